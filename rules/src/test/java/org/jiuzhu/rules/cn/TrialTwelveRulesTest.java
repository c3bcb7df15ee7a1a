package org.jiuzhu.rules.cn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.rules.cn.ProgrammesTest.get;
import static org.jiuzhu.rules.cn.ProgrammesTest.household;
import static org.jiuzhu.rules.cn.ProgrammesTest.member;

import java.time.LocalDate;
import org.jiuzhu.core.eligibility.DecisionLevel;
import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.eligibility.Outcome;
import org.jiuzhu.core.eligibility.Screening;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.rules.batch.BatchResult;
import org.jiuzhu.rules.batch.HouseholdBatch;
import org.junit.jupiter.api.Test;

/** The rulebook findings of the twelfth new-user trial. */
final class TrialTwelveRulesTest {
  private static final CnRulebook RULEBOOK = CnRulebook.create(Policy.installed());
  private static final LocalDate MISTYPED = LocalDate.of(2030, 1, 1);
  private static final String OLD_PERSON = member("m1", "APPLICANT", "1950-01-01", "230300",
      ", workStatus: NOT_WORKING, selfCare: {eating: false, dressing: false, bedTransfer: true, toileting: true, indoorWalking: true,"
          + " bathing: true}, carePlacement: HOME").replace("workStatus: FARMING, ", "");
  private static final String COUPLE = member("m1", "APPLICANT", "1980-05-01", "230300", "")
      + member("m2", "SPOUSE", "1982-03-01", "230300", "");

  private static BatchResult batch(Household h, LocalDate date) {
    HouseholdBatch b = RULEBOOK.newBatch(date, 1);
    b.add(h);
    BatchResult r = new BatchResult();
    RULEBOOK.evaluateFast(b, date, r);
    return r;
  }

  @Test
  void tekunOnOwnIncomeRecordsAllBeforeTheWindowIsReviewedNotGranted() {
    Household h = household("230300", OLD_PERSON,
        "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2025-04, to: 2025-09}, gross: \"300\"}]\n");
    Determination d = get(RULEBOOK.evaluate(h, MISTYPED), CnRulebook.TEKUN);
    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    assertThat(d.level()).contains(DecisionLevel.TOWNSHIP);
    assertThat(d.monthlyAmount().isZero()).isTrue();
    assertThat(d.shareMemberIds()).isEmpty();
    assertThat(d.reviewReason()).contains("income.before-window");
    assertThat(d.details()).containsEntry("situation", "income.before-window").containsEntry("lastIncomeMonth", "2025-09");
    assertThat(d.reviewReasonText().orElseThrow().in(org.jiuzhu.core.text.Lang.ZH))
        .isEqualTo("成员 m1 本人在收入计算期（申请前 6 个月）内没有收入记录，此前最近的记录在 2025年9月：本人收入不明，不按 0 元计算，由乡镇（街道）核实收入后决定。");
    assertThat(d.reviewReasonText().orElseThrow().in(org.jiuzhu.core.text.Lang.EN))
        .isEqualTo("Member m1 has no income of their own recorded in the income reference window (the 6 months before the application);"
            + " the latest record before it is of 2025-09: the member's income is not known and is not counted as 0;"
            + " the township (乡镇街道) verifies it and decides.");
    // the batch decides the same
    BatchResult r = batch(h, MISTYPED);
    assertThat(r.outcome(0, Programmes.P_TEKUN)).isEqualTo(Outcome.NEEDS_REVIEW);
    assertThat(r.reviewCode(0, Programmes.P_TEKUN)).isEqualTo(BatchResult.REVIEW_INCOME_BEFORE_WINDOW);
    assertThat(r.level(0, Programmes.P_TEKUN)).isEqualTo(DecisionLevel.TOWNSHIP);
    // on the right date it is granted
    assertThat(get(RULEBOOK.evaluate(h, LocalDate.of(2025, 10, 1)), CnRulebook.TEKUN).outcome()).isEqualTo(Outcome.ELIGIBLE);
  }

  @Test
  void aTekunMemberWithoutIncomeRecordsBesideAnotherWithRecordsIsDecided() {
    // m2's records are in the window; m1 (old, no records of their own) is decided on no own income
    Household h = household("230300", OLD_PERSON + member("m2", "CHILD", "1980-05-01", "230300", ""),
        "incomes: [{member: m2, category: WAGES, months: {from: 2025-04, to: 2025-09}, gross: \"3000\"}]\n");
    Determination d = get(RULEBOOK.evaluate(h, LocalDate.of(2025, 10, 1)), CnRulebook.TEKUN);
    assertThat(d.reviewReason()).isNotEqualTo(java.util.Optional.of("income.before-window"));
  }

  @Test
  void rigidExpenditureOnIncomeRecordsAllBeforeItsWindowIsReviewed() {
    Household h = household("230300", COUPLE,
        "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2024-09, to: 2024-09}, gross: \"2000\"}]\n"
            + "expenditures: [{member: m2, category: MEDICAL_OUT_OF_POCKET, month: 2025-06, amount: \"30000\"}]\n");
    Determination d = get(RULEBOOK.evaluate(h, LocalDate.of(2025, 10, 1)), CnRulebook.RIGID);
    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    assertThat(d.level()).contains(DecisionLevel.TOWNSHIP);
    assertThat(d.details()).containsEntry("situation", "income.before-window").containsEntry("lastIncomeMonth", "2024-09");
    assertThat(d.explanationZh()).contains("收入计算期（申请前 12 个月）内没有任何收入记录，此前最近的记录在 2024年9月");
    assertThat(d.explanationEn()).contains("(the 12 months before the application); the latest record before it is of 2024-09");
    BatchResult r = batch(h, LocalDate.of(2025, 10, 1));
    assertThat(r.outcome(0, Programmes.P_RIGID)).isEqualTo(Outcome.NEEDS_REVIEW);
    assertThat(r.reviewCode(0, Programmes.P_RIGID)).isEqualTo(BatchResult.REVIEW_INCOME_BEFORE_WINDOW);
  }

  @Test
  void temporaryAssistanceForExpenditureOnIncomeRecordsAllBeforeItsWindowIsReviewed() {
    Household h = household("230300", COUPLE,
        "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2025-03, to: 2025-03}, gross: \"1500\"}]\n"
            + "expenditures: [{member: m2, category: MEDICAL_OUT_OF_POCKET, month: 2025-09, amount: \"3000\"}]\n");
    Determination d = get(RULEBOOK.evaluate(h, LocalDate.of(2025, 10, 1)), CnRulebook.TEMPORARY);
    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    assertThat(d.oneOffAmount().isZero()).isTrue();
    assertThat(d.details()).containsEntry("situation", "income.before-window").containsEntry("lastIncomeMonth", "2025-03");
    BatchResult r = batch(h, LocalDate.of(2025, 10, 1));
    assertThat(r.outcome(0, Programmes.P_TEMPORARY)).isEqualTo(Outcome.NEEDS_REVIEW);
    assertThat(r.reviewCode(0, Programmes.P_TEMPORARY)).isEqualTo(BatchResult.REVIEW_INCOME_BEFORE_WINDOW);
  }

  @Test
  void temporaryAssistanceForASuddenEventNeedsNoIncome() {
    Household h = household("230300", COUPLE,
        "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2025-03, to: 2025-03}, gross: \"1500\"}]\n"
            + "events: [{date: 2025-07-04, type: FIRE, amount: \"800\"}]\n");
    Determination d = get(RULEBOOK.evaluate(h, LocalDate.of(2025, 10, 1)), CnRulebook.TEMPORARY);
    assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(d.oneOffAmount().toString()).isEqualTo("800.00");
  }

  @Test
  void anIncomeTestUnderReviewIsNotAssessedNeverPassedOnNoIncome() {
    Household h = household("230300", COUPLE,
        "incomes: [{member: m1, category: WAGES, months: {from: 2025-04, to: 2025-09}, gross: \"3000\"}]\n");
    Screening s = RULEBOOK.evaluate(h, MISTYPED);
    for (String[] c : new String[][] {{CnRulebook.DIBAO, "dibao.income"}, {CnRulebook.MARGINAL, "dibao-marginal.income"}}) {
      Determination d = get(s, c[0]);
      org.jiuzhu.core.eligibility.Finding f = d.findings().stream().filter(x -> x.criterionId().equals(c[1])).findFirst().orElseThrow();
      assertThat(f.status()).isEqualTo(org.jiuzhu.core.eligibility.Finding.Status.NOT_ASSESSED);
      assertThat(f.passed()).isFalse();
      assertThat(f.zh()).isEqualTo("本项未评估（待审核）：收入计算期（申请前 6 个月）内没有收入记录，收入不明，不按 0 元计算，由乡镇（街道）核实收入后认定。")
          .doesNotContain("0.00");
      assertThat(f.en()).isEqualTo("Not assessed (under review): no income is recorded in the income reference window (the 6 months"
          + " before the application); the income is not known and is not counted as 0; the township (乡镇街道) verifies it before"
          + " this test is decided.");
      assertThat(d.explanationZh()).doesNotContain("家庭月人均收入 0.00 元");
    }
    // 特困: the member's own income
    Determination t = get(RULEBOOK.evaluate(household("230300", OLD_PERSON,
        "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2025-04, to: 2025-09}, gross: \"300\"}]\n"), MISTYPED), CnRulebook.TEKUN);
    org.jiuzhu.core.eligibility.Finding f = ProgrammesTest.finding(t, "tekun.income");
    assertThat(f.status()).isEqualTo(org.jiuzhu.core.eligibility.Finding.Status.NOT_ASSESSED);
    assertThat(f.zh()).startsWith("本项未评估（待审核）：成员 m1 本人在收入计算期（申请前 6 个月）内没有收入记录");
    assertThat(f.en()).startsWith("Not assessed (under review): member m1 has no income of their own recorded");
    // an income test that was assessed keeps its status
    Determination ok = get(RULEBOOK.evaluate(h, LocalDate.of(2025, 10, 1)), CnRulebook.DIBAO);
    assertThat(ProgrammesTest.finding(ok, "dibao.income").status()).isNotEqualTo(org.jiuzhu.core.eligibility.Finding.Status.NOT_ASSESSED);
  }

  @Test
  void aTestNotAssessedIsNoReasonForARefusal() {
    // the assets fail; the income, not known, is not given as a reason
    Household h = household("230300", COUPLE,
        "incomes: [{member: m1, category: WAGES, months: {from: 2025-04, to: 2025-09}, gross: \"3000\"}]\n"
            + "financialAssets: [{type: DEPOSIT, value: \"900000\"}]\n");
    Determination d = get(RULEBOOK.evaluate(h, MISTYPED), CnRulebook.DIBAO);
    assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
    assertThat(d.explanationZh()).doesNotContain("未评估").contains("金融资产");
    assertThat(d.explanationEn()).doesNotContain("Not assessed");
  }

  @Test
  void theRefusalSanctionShowsItsArithmetic() {
    Household h = household("230300", member("m1", "APPLICANT", "1980-05-01", "230300", "")
        + member("m2", "SPOUSE", "1982-03-01", "230300", ", refusedJobOffers: 3").replace("workStatus: FARMING, refused", "workStatus: UNEMPLOYED, refused"),
        "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2025-04, to: 2025-09}, gross: \"600.00\"}]\n");
    Determination d = get(RULEBOOK.evaluate(h, LocalDate.of(2025, 10, 1)), CnRulebook.DIBAO);
    assertThat(d.monthlyAmount().toString()).isEqualTo("240.00");
    assertThat(d.explanationZh()).contains("差额部分按（低保标准 − 家庭月人均收入）× 2 人计算，每月 480.00 元。"
        + "扣除不予发放的份额后：480.00 元 − 240.00 元（成员 m2 的份额）= 每月 240.00 元。");
    assertThat(d.explanationEn()).contains("Less the share not paid: 480.00 − 240.00 yuan (the share of member m2) = 240.00 yuan a month.");
  }

  @Test
  void aOneMemberHouseholdIsToldItsMemberIsNotATekunPerson() {
    Screening s = RULEBOOK.evaluate(household("230300", member("m1", "APPLICANT", "1980-05-01", "230300", ""), ""),
        LocalDate.of(2025, 10, 1));
    assertThat(ProgrammesTest.finding(get(s, CnRulebook.DIBAO), "dibao.not-tekun").zh()).isEqualTo("成员 m1 不属于特困供养对象。");
    assertThat(ProgrammesTest.finding(get(s, CnRulebook.DIBAO), "dibao.not-tekun").en())
        .isEqualTo("Member m1 is not a person in extreme poverty (特困).");
    // 特困 under review (no self-care assessment): not yet
    Screening r = RULEBOOK.evaluate(household("230300", member("m1", "APPLICANT", "1950-01-01", "230300", ", carePlacement: HOME"), ""),
        LocalDate.of(2025, 10, 1));
    assertThat(get(r, CnRulebook.TEKUN).outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    assertThat(ProgrammesTest.finding(get(r, CnRulebook.DIBAO), "dibao.not-tekun").zh()).isEqualTo("成员 m1 尚未认定为特困供养对象（特困认定待审核）。");
    assertThat(ProgrammesTest.finding(get(r, CnRulebook.DIBAO), "dibao.not-tekun").en())
        .isEqualTo("Member m1 is not yet recognised as a person in extreme poverty (特困): that is under review.");
    // two members: the household
    Screening two = RULEBOOK.evaluate(household("230300", COUPLE, ""), LocalDate.of(2025, 10, 1));
    assertThat(ProgrammesTest.finding(get(two, CnRulebook.DIBAO), "dibao.not-tekun").zh()).isEqualTo("家庭成员不全属于特困供养对象。");
  }

  @Test
  void anEarmarkedDepositLeftOutOfTheAssetTestIsNamedWithItsValueRuleAndDate() {
    String earmarked = "financialAssets: [{owner: m2, type: DEPOSIT, value: \"80000\", earmarkedForMajorIllness: true,"
        + " earmarkedUntil: 2026-03-01}]\n";
    String zh = "第 1 项金融资产（成员 m2 的存款，价值 80,000.00 元）予以豁免：按本地规定，专门用于重特大疾病治疗的资金在指定用途期内"
        + "不计入家庭财产（指定用途至2026年3月1日）。";
    String en = "Financial asset 1 (member m2's deposit, worth 80,000.00 yuan) is exempt: the local rule does not count money earmarked"
        + " for treating a major illness (专门用于重特大疾病治疗) as assets while the earmark holds (earmarked until 1 March 2026).";
    Screening s = RULEBOOK.evaluate(household("230300", COUPLE, earmarked), LocalDate.of(2025, 10, 1));
    Determination dibao = get(s, CnRulebook.DIBAO);
    assertThat(dibao.outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(ProgrammesTest.finding(dibao, "assets.financial").zh()).startsWith("人均金融资产 0.00 元");
    assertThat(dibao.explanationZh()).contains(zh);
    assertThat(dibao.explanationEn()).contains(en);
    // the 特困 test of the member's own assets says the same; the deposit is m2's, not m1's
    Household old = household("230300", OLD_PERSON, earmarked.replace("owner: m2", "owner: m1"));
    Determination tekun = get(RULEBOOK.evaluate(old, LocalDate.of(2025, 10, 1)), CnRulebook.TEKUN);
    assertThat(tekun.outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(tekun.explanationZh()).contains(zh.replace("成员 m2", "成员 m1"));
    assertThat(tekun.explanationEn()).contains(en.replace("member m2", "member m1"));
    // an earmark beyond the local limit (12 months) is counted, and no exemption is written
    Screening late = RULEBOOK.evaluate(household("230300", COUPLE, earmarked.replace("2026-03-01", "2027-03-01")),
        LocalDate.of(2025, 10, 1));
    assertThat(get(late, CnRulebook.DIBAO).outcome()).isEqualTo(Outcome.INELIGIBLE);
    assertThat(get(late, CnRulebook.DIBAO).explanationZh()).doesNotContain("项金融资产");
    // an earmark that ended before the application no longer holds: the deposit is counted, for
    // 特困's own-asset test too; one ending on the day of the application still holds
    Screening ended = RULEBOOK.evaluate(household("230300", COUPLE, earmarked.replace("2026-03-01", "2025-09-30")),
        LocalDate.of(2025, 10, 1));
    assertThat(get(ended, CnRulebook.DIBAO).outcome()).isEqualTo(Outcome.INELIGIBLE);
    assertThat(ProgrammesTest.finding(get(ended, CnRulebook.DIBAO), "assets.financial").zh()).startsWith("人均金融资产 40,000.00 元");
    assertThat(get(ended, CnRulebook.DIBAO).explanationEn()).doesNotContain("Financial asset 1");
    Household oldEnded = household("230300", OLD_PERSON, earmarked.replace("owner: m2", "owner: m1").replace("2026-03-01", "2025-09-30"));
    assertThat(get(RULEBOOK.evaluate(oldEnded, LocalDate.of(2025, 10, 1)), CnRulebook.TEKUN).outcome()).isEqualTo(Outcome.INELIGIBLE);
    Screening lastDay = RULEBOOK.evaluate(household("230300", COUPLE, earmarked.replace("2026-03-01", "2025-10-01")),
        LocalDate.of(2025, 10, 1));
    assertThat(get(lastDay, CnRulebook.DIBAO).outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(get(lastDay, CnRulebook.DIBAO).explanationZh()).contains("指定用途至2025年10月1日");
  }
}
