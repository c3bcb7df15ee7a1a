package org.jiuzhu.rules.cn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.rules.cn.ProgrammesTest.finding;
import static org.jiuzhu.rules.cn.ProgrammesTest.get;
import static org.jiuzhu.rules.cn.ProgrammesTest.household;
import static org.jiuzhu.rules.cn.ProgrammesTest.member;

import java.time.LocalDate;
import org.jiuzhu.core.eligibility.DecisionLevel;
import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.eligibility.Outcome;
import org.jiuzhu.core.eligibility.Screening;
import org.jiuzhu.core.policy.Policy;
import org.junit.jupiter.api.Test;

/** The rulebook findings of the eleventh new-user trial. */
final class TrialElevenRulesTest {
  private static final CnRulebook RULEBOOK = CnRulebook.create(Policy.installed());
  private static final String COUPLE = member("m1", "APPLICANT", "1980-05-01", "230300", "")
      + member("m2", "SPOUSE", "1982-03-01", "230300", "");
  private static final String OLD_INCOME =
      "incomes: [{member: m1, category: WAGES, months: {from: 2025-04, to: 2025-09}, gross: \"3000\"}]\n";

  @Test
  void incomeRecordsThatAllEndBeforeTheWindowAreReviewedNotTakenAsNoIncome() {
    // a mistyped date: every income record lies years before the reference window
    Screening s = RULEBOOK.evaluate(household("230300", COUPLE, OLD_INCOME), LocalDate.of(2030, 1, 1));
    Determination d = get(s, CnRulebook.DIBAO);
    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    assertThat(d.level()).contains(DecisionLevel.TOWNSHIP);
    assertThat(d.monthlyAmount().isZero()).isTrue();
    assertThat(d.reviewReason()).contains("income.before-window");
    assertThat(d.details()).containsEntry("situation", "income.before-window").containsEntry("lastIncomeMonth", "2025-09");
    assertThat(d.explanationZh()).contains("收入计算期（申请前 6 个月）内没有任何收入记录，此前最近的记录在 2025年9月")
        .contains("不按 0 元计算，由乡镇（街道）核实收入后决定。");
    assertThat(d.explanationEn()).contains("No income is recorded in the income reference window (the 6 months before the application);"
        + " the latest record before it is of 2025-09: income in the window is not known and is not counted as 0");
    // the marginal household test reads the same income: reviewed too, not recognised on 0 income
    assertThat(get(s, CnRulebook.MARGINAL).outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    assertThat(get(s, CnRulebook.MARGINAL).reviewReason()).contains("income.before-window");
  }

  @Test
  void theSameRecordsInsideTheWindowAreDecidedAsBefore() {
    Screening s = RULEBOOK.evaluate(household("230300", COUPLE, OLD_INCOME), LocalDate.of(2025, 10, 1));
    assertThat(get(s, CnRulebook.DIBAO).outcome()).isNotEqualTo(Outcome.NEEDS_REVIEW);
    assertThat(get(s, CnRulebook.DIBAO).reviewReason()).isEmpty();
  }

  @Test
  void aHouseholdWithoutIncomeRecordsIsStillDecided() {
    Screening s = RULEBOOK.evaluate(household("230300", COUPLE, ""), LocalDate.of(2030, 1, 1));
    assertThat(get(s, CnRulebook.DIBAO).outcome()).isEqualTo(Outcome.ELIGIBLE);
  }

  @Test
  void aMinorOfAgeByTheFirstDayOfPaymentIsToldWhy() {
    Screening s = RULEBOOK.evaluate(household("620825",
        member("m1", "APPLICANT", "2008-02-29", "620825", ", schooling: NONE"), ""), LocalDate.of(2026, 2, 1));
    Determination d = get(s, CnRulebook.TEKUN);
    assertThat(finding(d, "tekun.work-capacity").zh()).isEqualTo("成员 m1 有劳动能力（至发放首日2026年3月1日已年满 18 周岁）。");
    assertThat(finding(d, "tekun.work-capacity").en())
        .isEqualTo("Member m1 is able to work (aged 18 by 1 March 2026, the first day of payment).");
    // an adult long before: no reason to add
    Screening adult = RULEBOOK.evaluate(household("620825", member("m1", "APPLICANT", "1980-05-01", "620825", ""), ""),
        LocalDate.of(2026, 2, 1));
    assertThat(finding(get(adult, CnRulebook.TEKUN), "tekun.work-capacity").zh()).isEqualTo("成员 m1 有劳动能力。");
  }

  @Test
  void theTekunAssetsLineOfAHouseholdWithoutVehiclesSaysNoVehicle() {
    Screening s = RULEBOOK.evaluate(household("620825",
        member("m1", "APPLICANT", "1950-05-01", "620825", ""), ""), LocalDate.of(2026, 2, 1));
    Determination d = get(s, CnRulebook.TEKUN);
    assertThat(finding(d, "tekun.assets").zh()).endsWith("，没有机动车辆。");
    assertThat(finding(d, "tekun.assets").en()).endsWith(", with no vehicle.");
  }
}
