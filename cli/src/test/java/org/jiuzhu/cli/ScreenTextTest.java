package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.eligibility.Outcome;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.io.HouseholdReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code screen} prints as text, from the households of a new user's trial. */
final class ScreenTextTest {
  @TempDir
  Path dir;

  /** A dialysis patient's household already on 低保, 1,500 yuan out of pocket a month (trial h6). */
  static final String DIALYSIS = """
      {"id":"h6-dialysis","region":"620825","applicant":"m1",
       "members":[{"id":"m1","relationship":"APPLICANT","birthDate":"1968-05-01","hukouType":"RURAL","hukouRegion":"620825","workStatus":"NOT_WORKING",
         "illnesses":[{"description":"uraemia","icd10":"N18.5","major":true,"chronic":true,"dialysisSessionsPerWeek":3}]},
                  {"id":"m2","relationship":"SPOUSE","birthDate":"1969-06-01","hukouType":"RURAL","hukouRegion":"620825","workStatus":"FARMING"}],
       "incomes":[{"member":"m2","category":"BUSINESS_NET","months":{"from":"2024-10","to":"2025-09"},"gross":"500"}],
       "expenditures":[{"member":"m1","category":"MEDICAL_OUT_OF_POCKET","months":{"from":"2024-10","to":"2025-09"},"amount":"1500"}],
       "currentBenefits":[{"programme":"cn.dibao","since":"2023-01-01"}]}
      """;

  /** Two people whose monthly income per person is exactly the 低保 standard, 570.00 yuan (trial h1). */
  static final String AT_THE_LINE = """
      {"id":"h1-at-line","region":"620825","applicant":"m1",
       "members":[{"id":"m1","relationship":"APPLICANT","birthDate":"1970-03-01","hukouType":"RURAL","hukouRegion":"620825","workStatus":"NOT_WORKING"},
                  {"id":"m2","relationship":"SPOUSE","birthDate":"1972-05-01","hukouType":"RURAL","hukouRegion":"620825","workStatus":"NOT_WORKING"}],
       "incomes":[{"member":"m1","category":"TRANSFER_NET","months":{"from":"2024-10","to":"2025-09"},"gross":"1140.00"}],
       "homes":[{"owner":"m1","floorArea":60,"livedIn":true}]}
      """;

  /**
   * An urban dialysis patient's household already on 低保, without a home of its own, the spouse
   * unemployed (trial h6): public rental housing and the rent subsidy are both granted.
   */
  static final String URBAN_DIALYSIS = """
      {"id":"h6-dialysis","region":"620825","applicant":"m1",
       "members":[{"id":"m1","relationship":"APPLICANT","birthDate":"1968-08-08","hukouType":"URBAN","hukouRegion":"620825","workStatus":"NOT_WORKING",
         "illnesses":[{"description":"uraemia","icd10":"N18.5","major":true,"chronic":true,"dialysisSessionsPerWeek":3}]},
                  {"id":"m2","relationship":"SPOUSE","birthDate":"1969-09-09","hukouType":"URBAN","hukouRegion":"620825","workStatus":"UNEMPLOYED","refusedJobOffers":3}],
       "incomes":[{"member":"m2","category":"WAGES","months":{"from":"2024-10","to":"2025-09"},"gross":"500"}],
       "expenditures":[{"member":"m1","category":"MEDICAL_OUT_OF_POCKET","months":{"from":"2025-04","to":"2025-09"},"amount":"1500"}],
       "currentBenefits":[{"programme":"cn.dibao","since":"2024-05-01"}]}
      """;

  /** Two people 0.01 yuan a month per person below the 低保 standard: a 低保 of 0.00 (trial h1b). */
  static final String JUST_BELOW = """
      {"id":"h1b-just-below","region":"620825","applicant":"m1",
       "members":[{"id":"m1","relationship":"APPLICANT","birthDate":"1980-05-06","hukouType":"RURAL","hukouRegion":"620825","workStatus":"EMPLOYED"},
                  {"id":"m2","relationship":"SPOUSE","birthDate":"1982-07-08","hukouType":"RURAL","hukouRegion":"620825","workStatus":"NOT_WORKING","workCapacity":"NONE"}],
       "incomes":[{"member":"m1","category":"WAGES","months":{"from":"2024-10","to":"2025-09"},"gross":"1310.99"}]}
      """;

  /** No income, and 14,000.00 yuan of deposits per person against a limit of 13,680.00 yuan. */
  static final String ASSETS_JUST_ABOVE = """
      {"id":"h-assets","region":"620825","applicant":"m1",
       "members":[{"id":"m1","relationship":"APPLICANT","birthDate":"1970-03-01","hukouType":"RURAL","hukouRegion":"620825","workStatus":"NOT_WORKING"},
                  {"id":"m2","relationship":"SPOUSE","birthDate":"1972-05-01","hukouType":"RURAL","hukouRegion":"620825","workStatus":"NOT_WORKING"}],
       "financialAssets":[{"owner":"m1","type":"DEPOSIT","value":"28000.00"}],
       "homes":[{"owner":"m1","floorArea":60,"livedIn":true}]}
      """;

  private Path file(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void temporaryAssistanceAfterMedicalAssistanceSaysWhyInTheText() throws IOException {
    Path h6 = file("h6.json", DIALYSIS);
    // the rulebook alone, on the household as given: the bills exceed the cap, a case-by-case review
    Household h = HouseholdReader.read(h6);
    Determination alone = CnRulebook.create(Policy.installed()).evaluate(h, LocalDate.of(2025, 10, 1))
        .get(CnRulebook.TEMPORARY).orElseThrow();
    assertThat(alone.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);

    // the screen sets medical assistance against the bills first, and says so under the programme
    CliRun zh = CliRun.of("screen", "--date", "2025-10-01", h6.toString());
    assertThat(zh.exit()).as(zh.err()).isZero();
    assertThat(zh.out())
        .contains("    - 临时救助 [不符合]：近 90 天内没有突发事件。")
        .contains("\n      支出型临时救助按扣除医疗救助 12,600.00 元后的自付费用计算。\n")
        // and in the rulebook details, under 临时救助's explanation
        .contains("临时救助 · 不符合\n  不符合临时救助条件：近 90 天内没有突发事件。近 6 个月没有超出收入可承担部分的刚性支出（或收入、财产不符合支出型救助条件）。\n"
            + "  支出型临时救助按扣除医疗救助 12,600.00 元后的自付费用计算。\n");
    CliRun en = CliRun.of("screen", "--date", "2025-10-01", "--lang", "en", h6.toString());
    assertThat(en.exit()).as(en.err()).isZero();
    assertThat(en.out())
        .contains("    - Temporary assistance [not eligible]: No sudden event within the last 90 days.")
        .contains("\n      Expenditure-type temporary assistance is computed on out-of-pocket costs after medical assistance"
            + " of 12,600.00 yuan.\n");
  }

  @Test
  void aDibaoOfZeroStatesItsMonthlyAmountInTheCatalogue() throws IOException {
    Path h1b = file("h1b.json", JUST_BELOW);
    CliRun zh = CliRun.of("screen", "--date", "2025-10-01", h1b.toString());
    assertThat(zh.exit()).as(zh.err()).isZero();
    assertThat(zh.out()).contains("    - 最低生活保障 [现金] · 每月 0.00 元 · 成员 m1、m2 · 自2025年11月1日起\n")
        .contains("  合计：每月 0.00 元，");
    CliRun en = CliRun.of("screen", "--date", "2025-10-01", "--lang", "en", h1b.toString());
    assertThat(en.exit()).as(en.err()).isZero();
    assertThat(en.out()).contains("    - Minimum living allowance [cash] · 0.00 yuan a month · members m1, m2 · from 1 November 2025\n");
  }

  @Test
  void publicRentalHousingAndTheRentSubsidyAreAlternativesAndTheTotalCountsOne() throws IOException {
    Path h6 = file("h6u.json", URBAN_DIALYSIS);
    CliRun zh = CliRun.of("screen", "--date", "2025-10-01", h6.toString());
    assertThat(zh.exit()).as(zh.err()).isZero();
    assertThat(zh.out())
        .contains("    - 公共租赁住房实物配租 [实物]\n      与住房租赁补贴二选一，由家庭选择其一；合计按本项计算，不含住房租赁补贴。\n")
        .contains("    - 住房租赁补贴 [现金] · 每月 300.00 元\n"
            + "      与公共租赁住房实物配租二选一，由家庭选择其一：选择本项则不再享受公共租赁住房实物配租；合计不含本项。\n")
        // 724.00 of 低保, not 1,024.00 with the rent subsidy on top of the unit
        .contains("  合计：每月 724.00 元，每年 1,800.00 元，一次性 10,500.00 元\n");
    CliRun en = CliRun.of("screen", "--date", "2025-10-01", "--lang", "en", h6.toString());
    assertThat(en.exit()).as(en.err()).isZero();
    assertThat(en.out())
        .contains("      An alternative to the rent subsidy (住房租赁补贴): the household chooses one; the total counts this one, not the rent subsidy.\n")
        .contains("      An alternative to public rental housing (公共租赁住房实物配租): the household chooses one, and choosing this one means"
            + " no public rental housing; the total does not count this one.\n")
        .contains("724.00 yuan a month");
    assertThat(LanguageLeakTest.enLeaks(en.out())).isEmpty();
    CliRun json = CliRun.of("screen", "--date", "2025-10-01", "--format", "json", h6.toString());
    assertThat(json.exit()).as(json.err()).isZero();
    com.fasterxml.jackson.databind.JsonNode cat = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out()).get("catalogue");
    for (com.fasterxml.jackson.databind.JsonNode r : cat) {
      String id = r.get("programme").asText();
      if (id.equals("cn.housing.rent-subsidy")) {
        assertThat(r.get("outcome").asText()).isEqualTo("ELIGIBLE");
        assertThat(r.get("counted").asBoolean()).isFalse();
        assertThat(r.get("alternativeTo").asText()).isEqualTo("cn.housing.public-rental");
      } else if (id.equals("cn.housing.public-rental")) {
        assertThat(r.get("counted").asBoolean()).isTrue();
        assertThat(r.get("alternativeTo").isNull()).isTrue();
      }
    }
  }

  @Test
  void aNearMissIsASentenceInEachLanguageWithoutCriterionIds() throws IOException {
    Path h1 = file("h1.json", AT_THE_LINE);
    CliRun zh = CliRun.of("screen", "--date", "2025-10-01", h1.toString());
    assertThat(zh.exit()).as(zh.err()).isZero();
    assertThat(zh.out())
        .contains("    - 最低生活保障 [不符合]：家庭月人均收入 570.00 元，不低于低保标准 570.00 元。"
            + "（接近标准：家庭月人均收入 570.00 元，低保标准 570.00 元）\n")
        .doesNotContain("dibao.income").doesNotContain(" vs ");
    CliRun en = CliRun.of("screen", "--date", "2025-10-01", "--lang", "en", h1.toString());
    assertThat(en.exit()).as(en.err()).isZero();
    assertThat(en.out())
        .contains("    - Minimum living allowance [not eligible]: Monthly income per person, 570.00 yuan, is not below the minimum"
            + " living standard of 570.00 yuan. (near miss: per-capita monthly income 570.00 yuan against the standard of 570.00 yuan)\n")
        .doesNotContain("dibao.income").doesNotContain(" vs ");
  }

  @Test
  void aNearMissGroupsItsAmountsAndTheJsonKeepsTheMachineFormBesideTheSentence() throws IOException {
    Path h = file("assets.json", ASSETS_JUST_ABOVE);
    CliRun zh = CliRun.of("screen", "--date", "2025-10-01", h.toString());
    assertThat(zh.exit()).as(zh.err()).isZero();
    assertThat(zh.out()).contains("（接近标准：人均金融资产 14,000.00 元，限额 13,680.00 元）");
    CliRun en = CliRun.of("screen", "--date", "2025-10-01", "--lang", "en", h.toString());
    assertThat(en.out()).contains(" (near miss: financial assets per person 14,000.00 yuan against the limit of 13,680.00 yuan)");

    CliRun json = CliRun.of("screen", "--date", "2025-10-01", "--format", "json", h.toString());
    assertThat(json.exit()).as(json.err()).isZero();
    assertThat(JsonSchemasTest.problems(JsonSchemasTest.schema("screen"), json.out())).isEmpty();
    com.fasterxml.jackson.databind.JsonNode dibao = null;
    for (com.fasterxml.jackson.databind.JsonNode r : new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out()).get("catalogue")) {
      if (r.get("programme").asText().equals(CnRulebook.DIBAO)) {
        dibao = r;
      }
    }
    assertThat(dibao.get("nearMiss").asText()).isEqualTo("assets.financial: 14000.00 vs 13680.00");
    assertThat(dibao.get("nearMissText").get("zh").asText()).isEqualTo("接近标准：人均金融资产 14,000.00 元，限额 13,680.00 元");
    assertThat(dibao.get("nearMissText").get("en").asText())
        .isEqualTo("near miss: financial assets per person 14,000.00 yuan against the limit of 13,680.00 yuan");
  }

  @Test
  void englishHeadingsAndLinesStartWithACapitalAndTheJsonKeepsItsTexts() throws IOException {
    Path h6 = file("h6.json", DIALYSIS);
    CliRun en = CliRun.of("screen", "--date", "2025-10-01", "--lang", "en", h6.toString());
    assertThat(en.exit()).as(en.err()).isZero();
    assertThat(en.out())
        .contains("\nMinimum living allowance (低保) · eligible · 911.00 yuan a month · shares: m1 505.50, m2 405.50")
        .contains("\nSupport for people in extreme poverty (特困) · not eligible\n")
        .contains("\nTemporary assistance (临时救助) · not eligible\n")
        .contains("\n    - The single application form\n")
        .contains("\nParameters: ")
        .contains("\nParameter values used: ");
    // no line of the English text starts with a lower-case letter, at any indent after a bullet
    for (String line : en.out().split("\n")) {
      String text = line.stripLeading();
      text = text.startsWith("- ") ? text.substring(2) : text;
      assertThat(text.isEmpty() || !Character.isLowerCase(text.charAt(0))).as(line).isTrue();
    }
    // Chinese as it was
    CliRun zh = CliRun.of("screen", "--date", "2025-10-01", h6.toString());
    assertThat(zh.out()).contains("\n最低生活保障 · 符合 · 每月 911.00 元");
    // the JSON's texts are data, left as they are
    CliRun json = CliRun.of("screen", "--date", "2025-10-01", "--format", "json", h6.toString());
    com.fasterxml.jackson.databind.JsonNode checklist = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out()).get("checklist");
    assertThat(checklist.findValuesAsText("en")).contains("the single application form");
  }
}
