package org.jiuzhu.rules.cn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.rules.cn.ProgrammesTest.get;
import static org.jiuzhu.rules.cn.ProgrammesTest.household;
import static org.jiuzhu.rules.cn.ProgrammesTest.member;

import java.time.LocalDate;
import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.eligibility.Outcome;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.policy.Policy;
import org.junit.jupiter.api.Test;

/**
 * While the income is unknown (every record before the window: the review income.before-window), no
 * text states a figure of that income: the 低保 deductions are not written out, and 刚性支出 with no
 * rigid spending is refused in a sentence that holds whatever the income is.
 */
final class IncomeUnknownTextsTest {
  private static final CnRulebook RULEBOOK = CnRulebook.create(Policy.installed());
  private static final LocalDate DATE = LocalDate.of(2025, 10, 1);
  private static final String COUPLE = member("m1", "APPLICANT", "1980-05-01", "230300", "")
      + member("m2", "SPOUSE", "1982-03-01", "230300", "");
  /** Earned income in 2024-09 only: before the windows of 2025-10-01 (低保 6 months in 230300, 刚性支出 12 months). */
  private static final String OLD_INCOME = "incomes: [{member: m1, category: WAGES, months: {from: 2024-09, to: 2024-09}, gross: \"2000\"}]\n";

  @Test
  void theDibaoReviewStatesNoEmploymentCostsOfTheUnknownIncome() {
    Determination d = get(RULEBOOK.evaluate(household("230300", COUPLE, OLD_INCOME), DATE), CnRulebook.DIBAO);
    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    assertThat(d.explanationZh()).contains("计算期内的收入不明，不按 0 元计算").doesNotContain("就业成本").doesNotContain("收入按申请前");
    assertThat(d.explanationEn()).contains("(the 6 months before the application)").doesNotContain("employment costs")
        .doesNotContain("Income is averaged");
  }

  @Test
  void aKnownIncomeStillStatesItsEmploymentCosts() {
    String inWindow = "incomes: [{member: m1, category: WAGES, months: {from: 2024-10, to: 2025-09}, gross: \"500\"}]\n";
    Determination d = get(RULEBOOK.evaluate(household("230300", COUPLE, inWindow), DATE), CnRulebook.DIBAO);
    assertThat(d.explanationZh()).contains("收入按申请前 6 个月计算，已扣除就业成本 972.00 元。");
    assertThat(d.explanationEn()).contains("after deducting employment costs of 972.00 yuan.");
  }

  @Test
  void rigidWithNoSpendingIsRefusedWithoutStatingTheUnknownIncome() {
    Determination d = get(RULEBOOK.evaluate(household("230300", COUPLE, OLD_INCOME), DATE), CnRulebook.RIGID);
    assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
    assertThat(d.explanationZh()).contains("近 12 个月没有刚性支出（0.00 元），不论家庭总收入多少，都不超过其规定比例。")
        .doesNotContain("未超过家庭总收入");
    assertThat(d.explanationEn()).contains("No rigid spending in the last 12 months (0.00 yuan): none exceeds the set share of total"
        + " household income, whatever that income is.").doesNotContain("does not exceed");
    // the income test is not assessed: it is no reason for the refusal
    assertThat(d.findings()).anyMatch(f -> f.criterionId().equals("rigid-expenditure.income")
        && f.status() == org.jiuzhu.core.eligibility.Finding.Status.NOT_ASSESSED);
  }

  @Test
  void rigidWithOneFenOfSpendingIsReviewedAndAKnownIncomeKeepsTheComparison() {
    String fen = OLD_INCOME + "expenditures: [{member: m2, category: MEDICAL_OUT_OF_POCKET, month: 2025-06, amount: \"0.01\"}]\n";
    Determination d = get(RULEBOOK.evaluate(household("230300", COUPLE, fen), DATE), CnRulebook.RIGID);
    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    assertThat(d.details()).containsEntry("situation", "income.before-window");
    assertThat(d.explanationZh()).doesNotContain("未超过家庭总收入").doesNotContain("没有刚性支出");

    String known = "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2024-10, to: 2025-09}, gross: \"2000\"}]\n";
    Determination k = get(RULEBOOK.evaluate(household("230300", COUPLE, known), DATE), CnRulebook.RIGID);
    assertThat(k.outcome()).isEqualTo(Outcome.INELIGIBLE);
    assertThat(k.explanationZh()).contains("近 12 个月刚性支出 0.00 元，未超过家庭总收入 24,000.00 元的 70%（16,800.00 元）。");
    assertThat(k.explanationEn()).contains("Rigid spending of the last 12 months, 0.00 yuan, does not exceed 70% of total household income, 24,000.00 yuan"
        + " (16,800.00 yuan).");
  }
}
