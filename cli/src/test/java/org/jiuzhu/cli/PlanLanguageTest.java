package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One language per output for a plan's status (deliveries, evaluations, withdrawals) and each refusal of a delivery. */
final class PlanLanguageTest {
  private static final String CRAFTSMAN = LanguageLeakTest.HOUSEHOLDS.resolve("craftsman.json").toString();

  /**
   * What a caseworker typed (ids, notes, reasons) may be in any script, and so may an option name the
   * message tells them to type ({@code --status-date}); the rest is the tool's text.
   */
  private static List<String> ids(Path file) {
    List<String> ids = new ArrayList<>(List.of("craftsman", "coop-7", "civil-1", "four", "baskets", "sold", "moved", "away", "status-date",
        file.toString(), file.toString().replaceAll("^/+", "")));
    for (int i = 1; i <= 20; i++) {
      ids.add("i" + i);
    }
    return ids;
  }

  private static void noLeak(String what, String lang, String text, List<String> ids) {
    List<String> leaks = lang.equals("zh") ? LanguageLeakTest.zhLeaks(text, ids) : LanguageLeakTest.enLeaks(text);
    assertThat(leaks).as(what + " [" + lang + "]:\n" + text).isEmpty();
  }

  @Test
  void theStatusWithDeliveriesEvaluationsAndAWithdrawalIsInOneLanguage(@TempDir Path dir) throws IOException {
    Path record = dir.resolve("record.yaml");
    Files.writeString(record, "- {delivered: i12, date: 2025-10-20, quantity: 4, by: coop-7}\n"
        + "- {delivered: i1, date: 2025-11-10, amount: \"760.00\", by: civil-1}\n"
        + "- {withdrawn: i3, date: 2025-12-01, reason: moved away, by: civil-1}\n"
        + "- {evaluated: i12, date: 2025-10-31, targetMet: true, note: four baskets sold, by: coop-7}\n");
    for (String lang : new String[] {"zh", "en"}) {
      CliRun r = CliRun.of("plan", "--date", "2025-10-01", "--lang", lang, "--record", record.toString(), "--status-date",
          "2025-12-01", CRAFTSMAN);
      assertThat(r.exit()).as(r.err()).isZero();
      noLeak("plan status", lang, r.out(), ids(record));
      if (lang.equals("zh")) {
        assertThat(r.out()).contains("2025年11月10日交付 1 笔").contains("760.00 元").contains("i3").contains("2025年12月1日");
      } else {
        assertThat(r.out()).contains("10 November 2025 delivered 1 payment, 760.00 yuan, by civil-1")
            .contains("i3 withdrawn on 1 December 2025: moved away (civil-1)").contains("(i12): delivered 4 sales of 8 sales due (overdue)");
      }
    }
  }

  /** {@code head}, then new lines up to {@code size} bytes, written a block at a time (never held whole). */
  /** {@code file} of {@code size} bytes: {@code head}, then newlines (the readers' size limits at and past the limit). */
  static Path padded(Path file, String head, long size) throws IOException {
    byte[] h = head.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] block = new byte[1 << 16];
    java.util.Arrays.fill(block, (byte) '\n');
    try (java.io.OutputStream out = Files.newOutputStream(file)) {
      out.write(h);
      for (long left = size - h.length; left > 0; left -= block.length) {
        out.write(block, 0, (int) Math.min(block.length, left));
      }
    }
    return file;
  }

  @Test
  void aRecordOfAtMost4MiBIsReadAndALargerOneIsRefusedWithTheLimitAndItsSize(@TempDir Path dir) throws IOException {
    String entry = "- {delivered: i12, date: 2025-10-20, quantity: 4, by: coop-7}\n";
    int max = org.jiuzhu.rules.io.StrictInput.MAX_PLAN_RECORD_BYTES;
    assertThat(max).isEqualTo(4 << 20);
    Path at = padded(dir.resolve("at.yaml"), entry, max);
    CliRun ok = CliRun.of("plan", "--date", "2025-10-01", "--lang", "en", "--record", at.toString(), "--status-date", "2025-12-01",
        CRAFTSMAN);
    assertThat(ok.exit()).as(ok.err()).isZero();
    Path over = padded(dir.resolve("over.yaml"), entry, max + 1L);
    for (String lang : new String[] {"zh", "en"}) {
      CliRun r = CliRun.of("plan", "--date", "2025-10-01", "--lang", lang, "--record", over.toString(), "--status-date", "2025-12-01",
          CRAFTSMAN);
      assertThat(r.exit()).isNotZero();
      assertThat(r.err()).contains(lang.equals("zh")
          ? over + " 为 4194305 字节；应为不超过 4 兆字节（4194304 字节）的单个文档"
          : over + " is 4194305 bytes; expected one document of at most 4 MiB (4194304 bytes)");
      noLeak("plan record too large", lang, r.err(), ids(over));
    }
  }

  @Test
  void aGradualWithdrawalHasItsReviewItemAndAHouseholdWithoutNeedsSaysSo(@TempDir Path dir) throws IOException {
    // the trial's households: a 低保 family in 渐退 since the father found work, and a fire whose loss is not assessed
    Path withdrawal = Files.writeString(dir.resolve("h4-withdrawal.json"), """
        {"id":"h4-withdrawal","region":"620825","applicant":"m1",
         "members":[{"id":"m1","relationship":"APPLICANT","birthDate":"1985-08-01","hukouType":"RURAL","hukouRegion":"620825","workStatus":"EMPLOYED"},
                    {"id":"m2","relationship":"CHILD","birthDate":"2014-01-01","hukouType":"RURAL","hukouRegion":"620825","workStatus":"STUDENT","schooling":"PRIMARY"}],
         "incomes":[{"member":"m1","category":"WAGES","months":{"from":"2025-06","to":"2025-09"},"gross":"3500","tags":["NEW_JOB"]}],
         "events":[{"date":"2025-06-01","type":"NEW_JOB","member":"m1"}],
         "currentBenefits":[{"programme":"cn.dibao","since":"2024-03-01"}]}
        """);
    Path fire = Files.writeString(dir.resolve("h5-fire.json"), """
        {"id":"h5-fire","region":"620825","applicant":"m1",
         "members":[{"id":"m1","relationship":"APPLICANT","birthDate":"1978-04-01","hukouType":"RURAL","hukouRegion":"620825","workStatus":"FARMING"},
                    {"id":"m2","relationship":"SPOUSE","birthDate":"1979-04-01","hukouType":"RURAL","hukouRegion":"620825","workStatus":"FARMING"},
                    {"id":"m3","relationship":"CHILD","birthDate":"2019-04-01","hukouType":"RURAL","hukouRegion":"620825","workStatus":"STUDENT","schooling":"PRESCHOOL"}],
         "incomes":[{"member":"m1","category":"BUSINESS_NET","months":{"from":"2024-10","to":"2025-09"},"gross":"3000"}],
         "homes":[{"owner":"m1","floorArea":90,"livedIn":true}],
         "events":[{"date":"2025-09-28","type":"FIRE","description":"house fire, loss not yet assessed"}]}
        """);
    CliRun zh = CliRun.of("plan", "--date", "2025-10-01", withdrawal.toString());
    assertThat(zh.exit()).as(zh.err()).isZero();
    assertThat(zh.out()).contains("i1 [现金] 最低生活保障 · 民政局 · 1,190.00 元 · 每月 1 笔 · 成员 m1、m2 · 2025年11月1日起，首次到期2025年11月30日，"
            + "本计划复核2025年12月1日，2025年11月30日终止")
        .contains("i9 [待决定] 渐退期满复核：最低生活保障 · 民政局 · 一次 1 份 · 成员 m1、m2 · 决定：县级民政部门 · 2025年10月1日起，"
            + "最迟于2025年11月30日作出决定，本计划复核2025年12月1日 · 目标：渐退期至2025年11月30日止：由县级民政部门复核家庭经济状况（最迟于2025年12月1日），"
            + "决定是否继续给予最低生活保障。")
        .doesNotContain("2026年1月1日");
    CliRun en = CliRun.of("plan", "--date", "2025-10-01", "--lang", "en", withdrawal.toString());
    assertThat(en.out()).contains("i9 [pending decision] Review at the end of the gradual withdrawal (渐退期满复核): Minimum living allowance")
        .contains("plan review 1 December 2025").doesNotContain("1 January 2026");
    noLeak("withdrawal plan", "en", en.out(), List.of());
    // the fire of three days ago is an emergency (突发事件) its pending temporary assistance and fast payment meet
    CliRun emergency = CliRun.of("plan", "--date", "2025-10-01", fire.toString());
    assertThat(emergency.out().lines()).contains("需求：突发事件", "  突发事件：i1、i2");
    assertThat(CliRun.of("plan", "--date", "2025-10-01", "--lang", "en", fire.toString()).out().lines()).contains("Needs: emergency");
    // without it the household has no need
    Path calm = Files.writeString(dir.resolve("h5-calm.json"), Files.readString(fire).replaceAll(",\\s*\"events\":\\[[^\\]]*\\]", ""));
    CliRun none = CliRun.of("plan", "--date", "2025-10-01", calm.toString());
    assertThat(none.out().lines()).contains("需求：未发现").doesNotContain("需求：");
    assertThat(CliRun.of("plan", "--date", "2025-10-01", "--lang", "en", calm.toString()).out().lines()).contains("Needs: none found");
  }

  @Test
  void aDecisionPastItsDeadlineIsSaidAsDecisionOverdueApartFromPaymentsOverdue(@TempDir Path dir) throws IOException {
    // the trial's orphan who turns 18 on 15 November 2025: three decisions due by 14 November
    Path orphan = Files.writeString(dir.resolve("orph.json"), """
        {"id":"orph","region":"620825","applicant":"m1","members":[
         {"id":"m1","relationship":"APPLICANT","birthDate":"2007-11-15","hukouType":"RURAL","hukouRegion":"620825","workStatus":"STUDENT","schooling":"SENIOR_SECONDARY","orphan":true},
         {"id":"m2","relationship":"GRANDPARENT","birthDate":"1950-01-01","hukouType":"RURAL","hukouRegion":"620825","workStatus":"NOT_WORKING","absence":{"reason":"SERVING_SENTENCE","since":"2024-01-01"}}],
         "incomes":[{"member":"m2","category":"TRANSFER_NET","months":{"from":"2024-10","to":"2025-09"},"gross":"143","tags":["RESIDENTS_BASIC_PENSION"]}]}
        """);
    CliRun zh = CliRun.of("plan", "--date", "2025-10-01", "--status-date", "2026-01-15", orphan.toString());
    assertThat(zh.exit()).as(zh.err()).isZero();
    assertThat(zh.out()).contains("逾期未决定：城乡居民医保参保资助（待所依据的项目期满复核后决定）（i3）应由县级民政部门于2025年11月14日前作出决定、")
        .contains("（i8）：待决定（逾期未决定：应由县级民政部门于2025年11月14日前作出决定）")
        .contains("逾期 最低生活保障（i1）、孤儿基本生活保障（i2）、法律援助（i5）、低保特困户免费用电（i6）、水费减免（i7），");
    List<String> ids = ids(orphan);
    ids.add("orph"); // the household id
    noLeak("decision overdue", "zh", zh.out(), ids);
    CliRun en = CliRun.of("plan", "--date", "2025-10-01", "--status-date", "2026-01-15", "--lang", "en", orphan.toString());
    assertThat(en.out()).contains("Decision overdue: Subsidy of the residents' health-insurance contribution (decided at the review when "
        + "what it rests on ends) (i3), to be decided by the county civil-affairs bureau by 14 November 2025; ")
        .contains("(i8): awaiting decision (decision overdue: to be decided by the county civil-affairs bureau by "
            + "14 November 2025)");
    noLeak("decision overdue", "en", en.out(), List.of());
    // on the deadline itself nothing is late yet
    CliRun onTime = CliRun.of("plan", "--date", "2025-10-01", "--status-date", "2025-11-14", orphan.toString());
    assertThat(onTime.out()).doesNotContain("逾期未决定");
    assertThat(onTime.out().lines()).anyMatch(line -> line.endsWith("（i3）：待决定（应由县级民政部门于2025年11月14日前作出决定）"));
    String json = CliRun.of("plan", "--date", "2025-10-01", "--status-date", "2026-01-15", "--format", "json", orphan.toString()).out();
    assertThat(JsonSchemasTest.problems(JsonSchemasTest.schema("plan"), json)).isEmpty();
    com.fasterxml.jackson.databind.JsonNode st = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("status");
    assertThat(st.get("decisionOverdue").toString()).isEqualTo("[{\"id\":\"i3\",\"deadline\":\"2025-11-14\",\"level\":\"COUNTY\"},"
        + "{\"id\":\"i4\",\"deadline\":\"2025-11-14\",\"level\":\"COUNTY\"},{\"id\":\"i8\",\"deadline\":\"2025-11-14\",\"level\":\"COUNTY\"}]");
    assertThat(st.get("overdue").toString()).isEqualTo("[\"i1\",\"i2\",\"i5\",\"i6\",\"i7\"]");
    com.fasterxml.jackson.databind.JsonNode i3 = st.get("items").get(2);
    assertThat(i3.get("id").asText()).isEqualTo("i3");
    assertThat(i3.get("overdue").asBoolean()).isFalse();
    assertThat(i3.get("decisionOverdue").asBoolean()).isTrue();
    assertThat(i3.get("decisionDeadline").asText()).isEqualTo("2025-11-14");
    assertThat(st.get("items").get(0).has("decisionOverdue")).isFalse();
  }

  @Test
  void entriesAfterTheStatusDateAreCheckedButLeftOutOfThatDaysStatus(@TempDir Path dir) throws IOException {
    Path record = dir.resolve("record.yaml");
    Files.writeString(record, "- {delivered: i12, date: 2025-10-20, quantity: 4, by: coop-7}\n"
        + "- {delivered: i1, date: 2025-11-10, amount: \"760.00\", by: civil-1}\n");
    for (String lang : new String[] {"zh", "en"}) {
      CliRun r = CliRun.of("plan", "--date", "2025-10-01", "--lang", lang, "--record", record.toString(), "--status-date",
          "2025-10-25", CRAFTSMAN);
      assertThat(r.exit()).as(r.err()).isZero();
      noLeak("later entries", lang, r.out(), ids(record));
      // the November payment is not among that day's deliveries
      assertThat(r.out()).doesNotContain("2025年11月10日").doesNotContain("10 November 2025");
      assertThat(r.out()).contains(lang.equals("zh") ? "另有 1 条记录日期晚于2025年10月25日：已核对，未计入本日的执行情况"
          : "1 entry dated after 25 October 2025: checked, but left out of this status");
      // without --status-date the status is on the plan date: both entries are later, neither refused
      CliRun onPlanDate = CliRun.of("plan", "--date", "2025-10-01", "--lang", lang, "--record", record.toString(), CRAFTSMAN);
      assertThat(onPlanDate.exit()).as(onPlanDate.err()).isZero();
      assertThat(onPlanDate.out()).contains(lang.equals("zh") ? "另有 2 条记录日期晚于2025年10月1日"
          : "2 entries dated after 1 October 2025");
      // a later entry is still checked: two payments of 低保 in November are refused
      Path over = dir.resolve("over.yaml");
      Files.writeString(over, "- {delivered: i1, date: 2025-11-10, amount: \"760.00\", by: civil-1}\n"
          + "- {delivered: i1, date: 2025-11-20, amount: \"760.00\", by: civil-1}\n");
      CliRun bad = CliRun.of("plan", "--date", "2025-10-01", "--lang", lang, "--record", over.toString(), "--status-date",
          "2025-10-25", CRAFTSMAN);
      assertThat(bad.exit()).isEqualTo(1);
      assertThat(bad.err()).contains(lang.equals("zh") ? "最多应为 760.00 元" : "expected at most 760.00 yuan");
    }
    CliRun json = CliRun.of("plan", "--date", "2025-10-01", "--format", "json", "--record", record.toString(), "--status-date",
        "2025-10-25", CRAFTSMAN);
    assertThat(json.out()).contains("\"laterEntries\" : 1");
  }

  @Test
  void aStatusDateWithoutARecordShowsThatDaysStatusAndOneBeforeThePlanIsAUsageError(@TempDir Path dir) {
    for (String lang : new String[] {"zh", "en"}) {
      CliRun r = CliRun.of("plan", "--date", "2025-10-01", "--lang", lang, "--status-date", "2025-12-01", CRAFTSMAN);
      assertThat(r.exit()).as(r.err()).isZero();
      noLeak("status without a record", lang, r.out(), ids(dir));
      assertThat(r.out()).contains(lang.equals("zh") ? "执行情况（2025年12月1日）：已交付 0 笔（应交付 " : "Status on 1 December 2025: delivered 0 payments of ")
          .contains(lang.equals("zh") ? "（i12）：已交付 0 件，应交付 8 件（逾期）" : "(i12): delivered 0 sales of 8 sales due (overdue)");
      CliRun before = CliRun.of("plan", "--date", "2025-10-01", "--lang", lang, "--status-date", "2025-09-01", CRAFTSMAN);
      assertThat(before.exit()).isEqualTo(2);
      assertThat(before.out()).isEmpty();
      assertThat(before.err()).contains(lang.equals("zh") ? "--status-date 2025-09-01 早于计划日期 --date 2025-10-01"
          : "--status-date 2025-09-01 is before the plan date --date 2025-10-01");
    }
  }

  @Test
  void everyRefusedDeliveryNamesItemValueAndExpectationInTheChosenLanguage(@TempDir Path dir) throws IOException {
    String[][] cases = {
        // over-delivery: 760.00 a month paid, one fen more
        {"over.yaml", "- {delivered: i1, date: 2025-11-10, amount: \"760.00\", by: civil-1}\n"
            + "- {delivered: i1, date: 2025-11-11, amount: \"0.01\", by: civil-1}\n", "2025-12-01",
            "最多应为 760.00 元", "expected at most 760.00 yuan"},
        // a period the item does not cover: 低保 is paid from November
        {"early.yaml", "- {delivered: i1, date: 2025-10-10, amount: \"760.00\", by: civil-1}\n", "2025-12-01",
            "早于该事项的开始日期2025年11月1日", "before the item starts on 1 November 2025"},
        // a withdrawn item
        {"withdrawn.yaml", "- {withdrawn: i1, date: 2025-11-01, reason: moved away, by: civil-1}\n"
            + "- {delivered: i1, date: 2025-11-10, amount: \"760.00\", by: civil-1}\n", "2025-12-01",
            "晚于该事项撤销的日期2025年11月1日", "withdrawn on 1 November 2025"},
    };
    for (String[] c : cases) {
      Path f = dir.resolve(c[0]);
      Files.writeString(f, c[1]);
      for (String lang : new String[] {"zh", "en"}) {
        CliRun r = CliRun.of("plan", "--date", "2025-10-01", "--lang", lang, "--record", f.toString(), "--status-date", c[2],
            CRAFTSMAN);
        assertThat(r.exit()).as(c[0] + " " + lang + ": " + r.out()).isEqualTo(1);
        assertThat(r.err()).as(c[0]).contains(lang.equals("zh") ? c[3] : c[4]).contains("i1");
        noLeak(c[0], lang, r.err(), ids(f));
      }
    }
  }
}
