package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An item ends where the entitlement ends (the orphan allowance at the 18th birthday, its last period
 * cut there as a 低保 item's is), and an item waiting on a decision is never overdue and owes no money.
 */
final class PlanEndsAndPendingTest {
  @TempDir
  Path dir;

  private Path household;

  @BeforeEach
  void household() throws IOException {
    // an orphan of 17 at school, 18 on 15 November 2025; the grandparent serving a sentence
    household = Files.writeString(dir.resolve("orph.json"), """
        {"id":"orph","region":"620825","applicant":"m1","members":[
         {"id":"m1","relationship":"APPLICANT","birthDate":"2007-11-15","hukouType":"RURAL","hukouRegion":"620825","workStatus":"STUDENT","schooling":"SENIOR_SECONDARY","orphan":true},
         {"id":"m2","relationship":"GRANDPARENT","birthDate":"1950-01-01","hukouType":"RURAL","hukouRegion":"620825","workStatus":"NOT_WORKING","absence":{"reason":"SERVING_SENTENCE","since":"2024-01-01"}}],
         "incomes":[{"member":"m2","category":"TRANSFER_NET","months":{"from":"2024-10","to":"2025-09"},"gross":"143","tags":["RESIDENTS_BASIC_PENSION"]}]}
        """);
  }

  private JsonNode plan() throws IOException {
    CliRun run = CliRun.of("plan", "--date", "2025-10-01", "--status-date", "2025-12-01", "--format", "json", household.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  private static JsonNode byId(JsonNode array, String id) {
    for (JsonNode n : array) {
      if (n.path("id").asText().equals(id)) {
        return n;
      }
    }
    throw new AssertionError("no " + id);
  }

  private static String idOf(JsonNode plan, String programme) {
    for (JsonNode n : plan.path("items")) {
      if (n.path("programme").asText().equals(programme)) {
        return n.path("id").asText();
      }
    }
    throw new AssertionError("no item of " + programme);
  }

  @Test
  void theOrphanAllowanceEndsAtTheEighteenthBirthday() throws IOException {
    JsonNode plan = plan();
    String id = idOf(plan, "cn.orphan-allowance");
    JsonNode item = byId(plan.path("items"), id);
    assertThat(item.path("end").asText()).isEqualTo("2025-11-15");
    JsonNode status = byId(plan.path("status").path("items"), id);
    assertThat(status.path("expected").asInt()).isEqualTo(2);
    assertThat(status.path("amountDue").asText()).isEqualTo("2600.00");
    JsonNode periods = status.path("periods");
    assertThat(periods).hasSize(2);
    assertThat(periods.get(0).path("from").asText()).isEqualTo("2025-10-01");
    assertThat(periods.get(0).path("lastDay").asText()).isEqualTo("2025-10-31");
    assertThat(periods.get(0).path("due").asText()).isEqualTo("1300.00");
    // the last period is cut at the birthday, as a 低保 item's at its determination's validUntil
    assertThat(periods.get(1).path("from").asText()).isEqualTo("2025-11-01");
    assertThat(periods.get(1).path("lastDay").asText()).isEqualTo("2025-11-14");
    assertThat(periods.get(1).path("due").asText()).isEqualTo("1300.00");
  }

  @Test
  void anItemWaitingOnADecisionIsNeverOverdueAndOwesNoMoney() throws IOException {
    JsonNode plan = plan();
    String id = idOf(plan, "cn.medical.contribution-subsidy");
    JsonNode item = byId(plan.path("items"), id);
    assertThat(item.path("type").asText()).isEqualTo("PENDING");
    JsonNode status = byId(plan.path("status").path("items"), id);
    assertThat(status.path("overdue").asBoolean()).isFalse();
    assertThat(status.path("shortfall").isMissingNode() || status.path("shortfall").asText().equals("0.00")).isTrue();
    assertThat(status.path("periods").isMissingNode() || status.path("periods").isEmpty()).isTrue();
    for (JsonNode o : plan.path("status").path("overdue")) {
      assertThat(byId(plan.path("items"), o.asText()).path("type").asText()).isNotEqualTo("PENDING");
    }
    // the text says the decision's day, not a payment due before the day its target names
    CliRun zh = CliRun.of("plan", "--date", "2025-10-01", "--status-date", "2025-12-01", household.toString());
    String line = zh.out().lines().filter(l -> l.startsWith("  " + id + " ")).findFirst().orElseThrow();
    assertThat(line).contains("2025年10月1日起，最迟于2025年11月14日作出决定，本计划复核2025年11月15日")
        .contains("本年度 300.00 元应于2025年12月31日发放").doesNotContain("首次到期");
    assertThat(zh.out()).doesNotContain(id + "）：已交付 0 份，应交付 1 份（逾期）");
    CliRun en = CliRun.of("plan", "--lang", "en", "--date", "2025-10-01", "--status-date", "2025-12-01", household.toString());
    assertThat(en.out()).contains("from 1 October 2025, to be decided by 14 November 2025, plan review 15 November 2025");
  }
}
