package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Items waiting on a decision (PENDING) await a decision, not a delivery: the status counts them apart
 * ("待决定 N 项，其中逾期 M 项"), never among the units due.
 */
final class PlanAwaitingDecisionTest {
  // the trial's orphan who turns 18 on 15 November 2025: three decisions (i3, i4, i8) due by 14 November
  private static final String ORPHAN = """
      {"id":"orph","region":"620825","applicant":"m1","members":[
       {"id":"m1","relationship":"APPLICANT","birthDate":"2007-11-15","hukouType":"RURAL","hukouRegion":"620825","workStatus":"STUDENT","schooling":"SENIOR_SECONDARY","orphan":true},
       {"id":"m2","relationship":"GRANDPARENT","birthDate":"1950-01-01","hukouType":"RURAL","hukouRegion":"620825","workStatus":"NOT_WORKING","absence":{"reason":"SERVING_SENTENCE","since":"2024-01-01"}}],
       "incomes":[{"member":"m2","category":"TRANSFER_NET","months":{"from":"2024-10","to":"2025-09"},"gross":"143","tags":["RESIDENTS_BASIC_PENSION"]}]}
      """;

  @Test
  void decisionsAwaitedAreCountedApartFromDeliveries(@TempDir Path dir) throws IOException {
    Path orphan = Files.writeString(dir.resolve("orph.json"), ORPHAN);
    CliRun zh = CliRun.of("plan", "--date", "2025-10-01", "--status-date", "2026-01-15", orphan.toString());
    assertThat(zh.exit()).as(zh.err()).isZero();
    String status = zh.out().lines().filter(l -> l.startsWith("执行情况")).findFirst().orElseThrow();
    // the three decisions are no deliveries due
    assertThat(status).startsWith("执行情况（2026年1月15日）：已交付 0 笔（应交付 3 笔，0%）、0 单（应交付 1 单，0%）、")
        .doesNotContain("份");
    assertThat(zh.out().lines()).contains("待决定 3 项，其中逾期 3 项：城乡居民医保参保资助（待所依据的项目期满复核后决定）（i3）、"
        + "普通高中国家助学金与免学杂费（待所依据的项目期满复核后决定）（i4）、冬季取暖补贴（待所依据的项目期满复核后决定）（i8）");
    assertThat(zh.out()).doesNotContain("应交付 1 份").doesNotContain("已交付 0 份");
    CliRun en = CliRun.of("plan", "--lang", "en", "--date", "2025-10-01", "--status-date", "2026-01-15", orphan.toString());
    assertThat(en.out()).contains("3 awaiting decision, 3 of them overdue: Subsidy of the residents' health-insurance contribution")
        .doesNotContain("decision due").doesNotContain("decisions of");
    // before the deadline: awaited, none late
    CliRun before = CliRun.of("plan", "--date", "2025-10-01", "--status-date", "2025-11-01", orphan.toString());
    assertThat(before.out().lines()).anyMatch(l -> l.startsWith("待决定 3 项：城乡居民医保参保资助"))
        .anyMatch(l -> l.endsWith("（i4）：待决定（应由县级民政部门于2025年11月14日前作出决定）"));
    assertThat(before.out()).doesNotContain("其中逾期");
    // a pending item's status line names its decision deadline, never a first due date (other items keep theirs)
    assertThat(before.out().lines().filter(l -> l.startsWith("  ") && (l.contains("（i3）：") || l.contains("（i4）："))))
        .hasSize(2).noneMatch(l -> l.contains("首次到期"));
  }

  @Test
  void aDecisionRecordedLeavesTheOthersAwaited(@TempDir Path dir) throws IOException {
    Path orphan = Files.writeString(dir.resolve("orph.json"), ORPHAN);
    Path record = Files.writeString(dir.resolve("rec.yaml"), """
        - {delivered: i3, date: 2025-11-10, by: county-1}
        - {withdrawn: i8, date: 2025-11-12, reason: moved away, by: county-1}
        """);
    CliRun zh = CliRun.of("plan", "--date", "2025-10-01", "--status-date", "2026-01-15", "--record", record.toString(), orphan.toString());
    assertThat(zh.exit()).as(zh.err()).isZero();
    assertThat(zh.out().lines()).contains("待决定 1 项，其中逾期 1 项：普通高中国家助学金与免学杂费（待所依据的项目期满复核后决定）（i4）；已决定 1 项",
        "  城乡居民医保参保资助（待所依据的项目期满复核后决定）（i3）：已作出决定", "    2025年11月10日作出决定（county-1）",
        "  冬季取暖补贴（待所依据的项目期满复核后决定）（i8）：撤回前未作出决定");
    CliRun en = CliRun.of("plan", "--lang", "en", "--date", "2025-10-01", "--status-date", "2026-01-15", "--record", record.toString(),
        orphan.toString());
    assertThat(en.out()).contains("1 awaiting decision, 1 of them overdue: High-school grant and fee waiver (decided at the review when "
        + "what it rests on ends) (i4); 1 decided").contains("(i3): decided\n").contains("    10 November 2025 decided, by county-1")
        .contains("(i8): withdrawn before a decision was made");
    String json = CliRun.of("plan", "--date", "2025-10-01", "--status-date", "2026-01-15", "--record", record.toString(),
        "--format", "json", orphan.toString()).out();
    assertThat(JsonSchemasTest.problems(JsonSchemasTest.schema("plan"), json)).isEmpty();
    JsonNode st = new ObjectMapper().readTree(json).get("status");
    assertThat(st.get("decisions").toString()).isEqualTo("{\"awaiting\":1,\"overdue\":1,\"decided\":1,\"awaitingItems\":[\"i4\"]}");
    for (JsonNode u : st.get("byUnit")) {
      assertThat(u.get("unit").asText()).isNotEqualTo("decision");
    }
    assertThat(st.get("items").get(2).get("decided").asBoolean()).isTrue();
    assertThat(st.get("items").get(3).get("decided").asBoolean()).isFalse();
  }
}
