package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan status's money per period (short, arrears filling the earliest periods, the 未足额发放 line) and the
 * 低保 item's procedure; text in zh and en, JSON.
 */
final class PlanPaymentsTest {
  @TempDir
  Path dir;

  private Path household;

  @BeforeEach
  void household() throws IOException {
    // a couple already on 低保 of 1,248.00 a month from November
    household = Files.writeString(dir.resolve("h6.json"), """
        {"id":"h6","region":"620825","applicant":"m1",
         "members":[{"id":"m1","relationship":"APPLICANT","birthDate":"1968-08-08","hukouType":"URBAN","hukouRegion":"620825","workStatus":"NOT_WORKING"},
                    {"id":"m2","relationship":"SPOUSE","birthDate":"1969-09-09","hukouType":"URBAN","hukouRegion":"620825","workStatus":"NOT_WORKING","workCapacity":"NONE"}],
         "incomes":[{"member":"m2","category":"WAGES","months":{"from":"2024-10","to":"2025-09"},"gross":"500"}],
         "currentBenefits":[{"programme":"cn.dibao","since":"2024-05-01"}]}
        """);
  }

  private CliRun plan(String record, String... options) throws IOException {
    Path r = Files.writeString(dir.resolve("r" + record.hashCode() + ".yaml"), record);
    List<String> args = new java.util.ArrayList<>(List.of("plan", "--date", "2025-10-01", "--record", r.toString(), "--status-date",
        "2025-12-31"));
    args.addAll(List.of(options));
    args.add(household.toString());
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exit()).as(run.err()).isZero();
    return run;
  }

  private static String pay(String date, String amount) {
    return "- {delivered: i1, date: " + date + ", amount: \"" + amount + "\", by: civil-1}\n";
  }

  @Test
  void aShortPaymentIsSaidInItsPeriodAndOnTheNotPaidInFullLine() throws IOException {
    String record = pay("2025-11-10", "1248.00") + pay("2025-12-10", "1200.00");
    CliRun zh = plan(record);
    assertThat(zh.out()).contains("  i1 [现金] 最低生活保障 · 民政局 · 1,248.00 元 · 每月 1 笔");
    assertThat(zh.out().lines()).contains("未足额发放：最低生活保障（i1）已发放的款项少发 48.00 元",
        "  最低生活保障（i1）：已交付 2 笔，应交付 2 笔；已发放 2,448.00 元，应发放 2,496.00 元，少发 48.00 元",
        "    2025年12月1日至2025年12月31日：应发 1,248.00 元，实发 1,200.00 元，少发 48.00 元");
    // November was paid in full: no line of its own
    assertThat(zh.out()).doesNotContain("2025年11月1日至2025年11月30日");
    CliRun en = plan(record, "--lang", "en");
    assertThat(en.out().lines()).contains("Not paid in full: Minimum living allowance (i1), paid 48.00 yuan short",
        "  Minimum living allowance (i1): delivered 2 payments of 2 payments due; paid 2,448.00 yuan of 2,496.00 yuan due, 48.00 yuan short",
        "    1 December 2025 to 31 December 2025: 1,248.00 yuan due, 1,200.00 yuan paid, 48.00 yuan short");
    assertThat(LanguageLeakTest.enLeaks(en.out())).isEmpty();
    JsonNode i1 = new ObjectMapper().readTree(plan(record, "--format", "json").out()).get("status");
    assertThat(i1.get("notPaidInFull").toString()).isEqualTo("[\"i1\"]");
    JsonNode item = i1.get("items").get(0);
    assertThat(item.get("amountDue").asText()).isEqualTo("2496.00");
    assertThat(item.get("amountPaid").asText()).isEqualTo("2448.00");
    assertThat(item.get("shortfall").asText()).isEqualTo("48.00");
    assertThat(item.get("shortPaid").asText()).isEqualTo("48.00");
    assertThat(item.get("overpaid").asText()).isEqualTo("0.00");
    assertThat(item.get("paidInFull").asBoolean()).isFalse();
    assertThat(item.get("periods").toString()).isEqualTo("[{\"from\":\"2025-11-01\",\"lastDay\":\"2025-11-30\",\"due\":\"1248.00\","
        + "\"paid\":\"1248.00\",\"received\":\"1248.00\",\"shortfall\":\"0.00\"},{\"from\":\"2025-12-01\",\"lastDay\":\"2025-12-31\","
        + "\"due\":\"1248.00\",\"paid\":\"1200.00\",\"received\":\"1200.00\",\"shortfall\":\"48.00\"}]");
    assertThat(JsonSchemasTest.problems(JsonSchemasTest.schema("plan"), plan(record, "--format", "json").out())).isEmpty();
  }

  /**
   * A period's end in JSON is inclusive and named so ({@code lastDay}, never an ambiguous {@code
   * to}): each period's last day is the day before the next one's first, and the text's period line
   * ends on that same day.
   */
  @Test
  void aPeriodsLastDayIsInclusiveAndNamedSo() throws IOException {
    String record = pay("2025-11-10", "1248.00") + pay("2025-12-10", "1200.00");
    JsonNode periods = new ObjectMapper().readTree(plan(record, "--format", "json").out()).get("status").get("items").get(0)
        .get("periods");
    assertThat(periods).hasSize(2);
    for (JsonNode p : periods) {
      assertThat(p.has("to")).isFalse();
      assertThat(java.time.LocalDate.parse(p.get("lastDay").asText())).isAfterOrEqualTo(java.time.LocalDate.parse(p.get("from").asText()));
    }
    assertThat(java.time.LocalDate.parse(periods.get(0).get("lastDay").asText()).plusDays(1))
        .isEqualTo(java.time.LocalDate.parse(periods.get(1).get("from").asText()));
    assertThat(periods.get(1).get("lastDay").asText()).isEqualTo("2025-12-31");
    assertThat(plan(record).out()).contains("2025年12月1日至2025年12月31日：");
  }

  @Test
  void anItemsEndIsExclusiveWithItsInclusiveLastDayBesideIt() throws IOException {
    // the trial's orphan who turns 18 on 15 November 2025: the orphan allowance's last day is 14 November
    Path orphan = Files.writeString(dir.resolve("orph.json"), """
        {"id":"orph","region":"620825","applicant":"m1","members":[
         {"id":"m1","relationship":"APPLICANT","birthDate":"2007-11-15","hukouType":"RURAL","hukouRegion":"620825","workStatus":"STUDENT","schooling":"SENIOR_SECONDARY","orphan":true},
         {"id":"m2","relationship":"GRANDPARENT","birthDate":"1950-01-01","hukouType":"RURAL","hukouRegion":"620825","workStatus":"NOT_WORKING","absence":{"reason":"SERVING_SENTENCE","since":"2024-01-01"}}],
         "incomes":[{"member":"m2","category":"TRANSFER_NET","months":{"from":"2024-10","to":"2025-09"},"gross":"143","tags":["RESIDENTS_BASIC_PENSION"]}]}
        """);
    String json = CliRun.of("plan", "--date", "2025-10-01", "--format", "json", orphan.toString()).out();
    assertThat(JsonSchemasTest.problems(JsonSchemasTest.schema("plan"), json)).isEmpty();
    JsonNode items = new ObjectMapper().readTree(json).get("items");
    JsonNode orphanAllowance = items.get(1);
    assertThat(orphanAllowance.get("id").asText()).isEqualTo("i2");
    assertThat(orphanAllowance.get("end").asText()).isEqualTo("2025-11-15");
    assertThat(orphanAllowance.get("lastDay").asText()).isEqualTo("2025-11-14");
    for (JsonNode i : items) {
      assertThat(i.has("lastDay")).as(i.get("id").asText()).isTrue();
      if (i.get("end").isNull()) {
        assertThat(i.get("lastDay").isNull()).isTrue();
      } else {
        assertThat(java.time.LocalDate.parse(i.get("lastDay").asText()).plusDays(1).toString()).isEqualTo(i.get("end").asText());
      }
    }
    // the household above: an item without an end has no last day
    JsonNode h6 = new ObjectMapper().readTree(plan("[]", "--format", "json").out()).get("items").get(0);
    assertThat(h6.get("end").isNull()).isTrue();
    assertThat(h6.get("lastDay").isNull()).isTrue();
  }

  @Test
  void arrearsPaidLaterFillTheEarliestPeriodAndEachPeriodSaysSo() throws IOException {
    // November 48.00 short, made up with December's payment: paid in full
    String record = pay("2025-11-10", "1200.00") + pay("2025-12-10", "1296.00");
    CliRun zh = plan(record);
    assertThat(zh.out()).doesNotContain("未足额发放").doesNotContain("少发");
    assertThat(zh.out().lines()).contains("  最低生活保障（i1）：已交付 2 笔，应交付 2 笔",
        "    2025年11月1日至2025年11月30日：应发 1,248.00 元，实发 1,200.00 元，之后补发 48.00 元",
        "    2025年12月1日至2025年12月31日：应发 1,248.00 元，实发 1,296.00 元，其中 48.00 元补发以前各期");
    CliRun en = plan(record, "--lang", "en");
    assertThat(en.out().lines()).contains(
        "    1 November 2025 to 30 November 2025: 1,248.00 yuan due, 1,200.00 yuan paid, 48.00 yuan made up later",
        "    1 December 2025 to 31 December 2025: 1,248.00 yuan due, 1,296.00 yuan paid, 48.00 yuan of it for earlier periods");
    JsonNode item = new ObjectMapper().readTree(plan(record, "--format", "json").out()).get("status").get("items").get(0);
    assertThat(item.get("paidInFull").asBoolean()).isTrue();
    assertThat(item.get("shortfall").asText()).isEqualTo("0.00");
    assertThat(item.get("periods").get(0).get("received").asText()).isEqualTo("1248.00");
    assertThat(item.get("periods").get(1).get("received").asText()).isEqualTo("1248.00");
  }

  @Test
  void nothingPaidForNovemberAndDecembersPaymentShortFillsNovemberFirst() throws IOException {
    String record = pay("2025-12-10", "1200.00");
    CliRun zh = plan(record);
    assertThat(zh.out().lines()).contains("未足额发放：最低生活保障（i1）已发放的款项少发 48.00 元",
        "  最低生活保障（i1）：已交付 1 笔，应交付 2 笔；已发放 1,200.00 元，应发放 2,496.00 元，少发 1,296.00 元", // December still payable on its last day: short, not overdue
        "    2025年11月1日至2025年11月30日：应发 1,248.00 元，实发 0.00 元，之后补发 1,200.00 元，少发 48.00 元",
        "    2025年12月1日至2025年12月31日：应发 1,248.00 元，实发 1,200.00 元，其中 1,200.00 元补发以前各期，少发 1,248.00 元");
  }

  @Test
  void theDibaoItemSaysHowItIsDecidedInTextAndJson() throws IOException {
    String craftsman = LanguageLeakTest.HOUSEHOLDS.resolve("craftsman.json").toString();
    CliRun zh = CliRun.of("plan", "--date", "2025-10-01", craftsman);
    List<String> lines = zh.out().lines().toList();
    int i1 = lines.indexOf(lines.stream().filter(x -> x.startsWith("  i1 [现金] 最低生活保障 ·")).findFirst().orElseThrow());
    assertThat(lines.get(i1 + 1)).isEqualTo("    办理程序：由县级民政部门（或经其授权的乡镇（街道））审核确认：拟批准的公示 7 天，"
        + "自受理申请之日起 30 个工作日内作出决定（特殊情况可延长）；不予批准的，3 个工作日内书面告知并说明理由。");
    assertThat(lines.get(i1 + 2)).startsWith("  i2 ");
    assertThat(zh.out().split("办理程序：由县级", -1)).hasSize(2); // under the 低保 item only
    // the contribution subsidies of members whose scheme the household does not record: what to check before paying
    assertThat(lines.get(i1 + 3)).startsWith("    办理程序：发放前须查验成员 m1、m2 的参保记录：其基本医疗保险参保情况未登记");
    CliRun en = CliRun.of("plan", "--date", "2025-10-01", "--lang", "en", craftsman);
    assertThat(en.out().lines()).contains("    procedure: Decided (审核确认) by the county civil-affairs bureau, or by the township (乡镇街道)"
        + " it has authorised: a case to be approved is posted for public notice (公示) for 7 days and decided within 30 working days"
        + " of the application (longer in special cases); a refusal is given in writing with its reasons within 3 working days.");
    assertThat(LanguageLeakTest.enLeaks(en.out())).isEmpty();
    // already on 低保: the review
    assertThat(CliRun.of("plan", "--date", "2025-10-01", household.toString()).out())
        .contains("    办理程序：本户已在享受最低生活保障，本次按复核（动态管理）办理，不是新的申请");
    String json = CliRun.of("plan", "--date", "2025-10-01", "--format", "json", craftsman).out();
    JsonNode items = new ObjectMapper().readTree(json).get("items");
    assertThat(items.get(0).get("note").get("zh").asText()).startsWith("由县级民政部门");
    assertThat(items.get(1).get("note").get("zh").asText()).startsWith("发放前须查验成员 m1、m2 的参保记录");
    assertThat(JsonSchemasTest.problems(JsonSchemasTest.schema("plan"), json)).isEmpty();
  }

  @Test
  void anItemInKindAndAYearlyItemNotYetPaidHaveNoMoneyLines() throws IOException {
    String record = pay("2025-11-10", "1248.00") + pay("2025-12-10", "1248.00");
    CliRun zh = plan(record);
    assertThat(zh.out()).doesNotContain("未足额发放").doesNotContain("应发 ");
    JsonNode items = new ObjectMapper().readTree(plan(record, "--format", "json").out()).get("status").get("items");
    for (JsonNode i : items) {
      if (i.get("id").asText().equals("i3")) { // public rental housing, in kind
        assertThat(i.has("periods")).isFalse();
        assertThat(i.has("shortfall")).isFalse();
      }
      if (i.get("id").asText().equals("i2")) { // a yearly 600.00 not paid: due, nothing received, not a short payment
        assertThat(i.get("periods").toString()).isEqualTo("[{\"from\":\"2025-11-01\",\"lastDay\":\"2025-12-31\",\"due\":\"600.00\","
            + "\"paid\":\"0.00\",\"received\":\"0.00\",\"shortfall\":\"600.00\"}]");
        assertThat(i.get("paidInFull").asBoolean()).isTrue();
      }
    }
  }
}
