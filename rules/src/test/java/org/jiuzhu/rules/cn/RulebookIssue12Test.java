package org.jiuzhu.rules.cn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jiuzhu.rules.cn.ProgrammesTest.finding;
import static org.jiuzhu.rules.cn.ProgrammesTest.get;
import static org.jiuzhu.rules.cn.ProgrammesTest.household;
import static org.jiuzhu.rules.cn.ProgrammesTest.member;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.eligibility.Outcome;
import org.jiuzhu.core.eligibility.Screening;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.policy.MissingParameterException;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.validation.Problem;
import org.jiuzhu.core.validation.ValidationException;
import org.jiuzhu.rules.policyfile.PolicyFileLoader;
import org.junit.jupiter.api.Test;

/** Dates against the evaluation date, 渐退期 end, parameters read only when needed, vehicle explanations. */
final class RulebookIssue12Test {
  private static final CnRulebook RULEBOOK = CnRulebook.create(Policy.installed());
  private static final LocalDate DATE = LocalDate.of(2025, 10, 1);
  private static final String COUPLE = member("m1", "APPLICANT", "1980-05-01", "230300", "")
      + member("m2", "SPOUSE", "1982-03-01", "230300", "");

  @Test
  void partsDatedAfterTheEvaluationDateAreProblemsNamingTheirPath() {
    Household h = household("230300", COUPLE + member("m3", "CHILD", "2025-10-02", "230300", ""),
        "incomes: [{member: m1, category: WAGES, month: 2025-11, gross: \"100\"}, {member: m1, category: WAGES, month: 2025-10, gross: \"100\"}]\n"
            + "expenditures: [{category: EDUCATION, month: 2025-11, amount: \"10\"}]\n"
            + "events: [{date: 2025-10-02, type: FIRE}, {date: 2025-10-01, type: FIRE, amount: \"10\"}]\n");
    for (boolean fast : new boolean[] {false, true}) {
      assertThatThrownBy(() -> {
        if (fast) {
          RULEBOOK.evaluateFast(h, DATE);
        } else {
          RULEBOOK.evaluate(h, DATE);
        }
      }).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::path)
          .containsExactly("members[2].birthDate", "incomes[0].month", "expenditures[0].month", "events[0].date"));
    }
    // the same household a day (and a month) later is fine: born on the date, income of the month
    assertThat(h.problemsOn(LocalDate.of(2025, 11, 1)).stream().map(Problem::path)).isEmpty();
    assertThat(RULEBOOK.evaluate(h, LocalDate.of(2025, 11, 1)).determinations()).hasSize(6);
    // a member born on the evaluation date is not a problem
    assertThat(household("230300", COUPLE + member("m3", "CHILD", "2025-10-01", "230300", ""), "").problemsOn(DATE)).isEmpty();
  }

  @Test
  void gradualWithdrawalEndsAndSaysSoInBothLanguages() {
    Household h = household("230300", COUPLE,
        "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2025-04, to: 2025-09}, gross: \"600\"},"
            + " {member: m2, category: WAGES, months: {from: 2025-08, to: 2025-09}, gross: \"2000\", tags: [NEW_JOB]}]\n"
            + "events: [{date: 2025-08-01, type: NEW_JOB, member: m2}]\n"
            + "currentBenefits: [{programme: cn.dibao, since: 2024-01-01}]\n");
    Determination d = get(RULEBOOK.evaluate(h, DATE), CnRulebook.DIBAO);
    assertThat(d.validUntil()).contains(LocalDate.of(2026, 2, 1));
    assertThat(d.nextReview()).contains(LocalDate.of(2026, 2, 1));
    assertThat(d.details()).containsEntry("withdrawal", "true").containsEntry("withdrawalLastDay", "2026-01-31");
    assertThat(d.explanationZh()).contains("渐退期至2026年1月31日止，最迟于2026年2月1日复核。");
    assertThat(d.explanationEn()).contains("Gradual withdrawal (渐退期) lasts until 31 January 2026 inclusive;"
        + " the household is reviewed by 1 February 2026 at the latest.");
    // fast mode decides the same
    assertThat(get(RULEBOOK.evaluateFast(h, DATE), CnRulebook.DIBAO).equalsIgnoringExplanation(d)).isTrue();
  }

  /** A region pack of its own standards and a few local values: no temporary-assistance caps, no rigid ratio, no 特困 amounts. */
  private static final String SMALL_PACK = "format: jiuzhu-policy/1\nregions: [{code: \"440000\", name: 广东省, nameEn: Guangdong}]\n"
      + "parameters:\n"
      + value("dibao.standard.urban", "CNY/person/month", "1000") + value("dibao.standard.rural", "CNY/person/month", "800")
      + value("dibao.income.reference-months", "months", "6") + value("dibao.income.employment-cost-ratio", "ratio", "0.3")
      + value("dibao.assets.financial-months-per-capita", "months", "24")
      + value("marginal.assets.financial-months-per-capita", "months", "36")
      + value("rigid.assets.financial-months-per-capita", "months", "36")
      + value("tekun.assets.financial-months", "months", "24")
      + value("stats.disposable-income.urban", "CNY/person/year", "60000")
      + value("stats.disposable-income.rural", "CNY/person/year", "25000");

  private static String value(String key, String unit, String v) {
    return "  - {key: " + key + ", region: \"440000\", unit: " + unit + ", reference: test, status: illustrative, note: test,"
        + " values: [{from: 2025-01-01, value: " + v + "}]}\n";
  }

  @Test
  void aSmallRegionPackIsEnoughForAHouseholdWithoutEventsOrSpending() {
    Policy policy = Policy.installed().toBuilder().override(new OwnModule(SMALL_PACK)).build();
    CnRulebook rulebook = CnRulebook.create(policy);
    String members = member("m1", "APPLICANT", "1980-05-01", "440000", "") + member("m2", "SPOUSE", "1982-03-01", "440000", "");
    Household plain = household("440000", members,
        "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2025-04, to: 2025-09}, gross: \"600\"}]\n");
    Screening s = rulebook.evaluate(plain, DATE);
    // (800 x 2 x 6 - 3600) / 6 = 1000, rounded by the national rule
    assertThat(get(s, CnRulebook.DIBAO).outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(get(s, CnRulebook.DIBAO).monthlyAmount().toString()).isEqualTo("1000.00");
    assertThat(get(s, CnRulebook.TEMPORARY).outcome()).isEqualTo(Outcome.INELIGIBLE);
    assertThat(get(rulebook.evaluateFast(plain, DATE), CnRulebook.RIGID).outcome()).isEqualTo(Outcome.INELIGIBLE);
    // a household with a sudden event needs the region's cap, and is told which
    Household fire = household("440000", members, "events: [{date: 2025-09-01, type: FIRE, amount: \"500\"}]\n");
    assertThatThrownBy(() -> rulebook.evaluate(fire, DATE)).isInstanceOf(MissingParameterException.class)
        .hasMessageContaining("temporary.max-months-of-standard").hasMessageContaining("440000");
  }

  @Test
  void anExemptedVehicleIsExplainedWithItsRule() {
    Household h = household("230300", COUPLE,
        "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2025-04, to: 2025-09}, gross: \"1300\"}]\n"
            + "vehicles: [{type: CAR, use: PRIVATE, value: \"80000\"}, {type: DISABILITY_MOBILITY_VEHICLE, use: DISABILITY_MOBILITY, value: \"5000\"}]\n");
    Screening s = RULEBOOK.evaluate(h, DATE);
    Determination marginal = get(s, CnRulebook.MARGINAL);
    assertThat(marginal.outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(marginal.explanationZh())
        .contains("机动车辆 2 辆，均符合规定。")
        .contains("第 1 辆机动车辆（小型汽车，价值 80,000.00 元）予以豁免：按本地规定，可保留 1 辆价值不超过 150,000.00 元的小型汽车（低保边缘家庭认定：地方实施细则（国办发〔2023〕39号）［条款未核实］）。")
        .contains("第 2 辆机动车辆（残疾人机动轮椅车，价值 5,000.00 元）予以豁免：残疾人功能性补偿代步车辆不计入家庭财产（");
    assertThat(marginal.explanationEn())
        .contains("Vehicle 1 (ordinary car, worth 80,000.00 yuan) is exempt: the local rule lets the household keep one ordinary car"
            + " worth at most 150,000.00 yuan (recognition of marginal households (低保边缘家庭认定): local implementing rules (国办发〔2023〕39号) [article not verified]).");
    Determination dibao = get(s, CnRulebook.DIBAO);
    assertThat(dibao.outcome()).isEqualTo(Outcome.INELIGIBLE);
    assertThat(finding(dibao, "assets.vehicles").passed()).isFalse();
    assertThat(dibao.explanationZh()).contains("第 1 辆机动车辆（价值 80,000.00 元）不予豁免：依据最低生活保障审核确认办法（民发〔2021〕57号）家庭财产，"
        + "最低生活保障不豁免小型汽车。");
    assertThat(dibao.explanationEn()).contains("Vehicle 1 (worth 80,000.00 yuan) is not exempt: the minimum living allowance (低保) exempts"
        + " no ordinary car (Measures for Reviewing and Confirming the Minimum Living Allowance (最低生活保障审核确认办法, 民发〔2021〕57号)"
        + " household assets (家庭财产)).");
  }

  @Test
  void tekunAmountsAreFieldsAndTheTierIsNamedInEachLanguage() {
    String m = "  - {id: m1, relationship: APPLICANT, birthDate: 1950-01-01, hukouType: RURAL, hukouRegion: \"230300\","
        + " workStatus: NOT_WORKING, carePlacement: INSTITUTION, selfCare: {eating: false, dressing: false, bedTransfer: false,"
        + " toileting: false, indoorWalking: true, bathing: true}}\n";
    Determination d = get(RULEBOOK.evaluate(household("230300", m, ""), DATE), CnRulebook.TEKUN);
    assertThat(d.details()).containsEntry("m1.careTier", "FULL").containsEntry("m1.placement", "INSTITUTION")
        .containsEntry("m1.basicAnnual", "8430.00").containsKey("m1.careAnnual");
    assertThat(d.explanationZh()).contains("（全护理，集中供养）").doesNotContain("FULL");
    assertThat(d.explanationEn()).contains("(full care, in an institution)");
  }

  /** A module from one policy file given as text. */
  static final class OwnModule implements org.jiuzhu.core.policy.PolicyModule {
    private final org.jiuzhu.rules.policyfile.PolicyFile file;

    OwnModule(String yaml) {
      this.file = new PolicyFileLoader(CnParameters.catalog())
          .load("own.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))).orThrow();
    }

    @Override
    public String id() {
      return "own";
    }

    @Override
    public List<org.jiuzhu.core.region.Region> regions() {
      return file.regions();
    }

    @Override
    public List<org.jiuzhu.core.policy.ParameterValue> values() {
      return file.values();
    }
  }
}
