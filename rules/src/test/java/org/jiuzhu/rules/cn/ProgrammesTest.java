package org.jiuzhu.rules.cn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.eligibility.Finding;
import org.jiuzhu.core.eligibility.Outcome;
import org.jiuzhu.core.eligibility.Screening;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.rules.io.HouseholdReader;
import org.jiuzhu.rules.policyfile.PolicyFileLoader;
import org.junit.jupiter.api.Test;

/** The rulebook's explanations and the edges the scenario files do not reach. */
final class ProgrammesTest {
  private static final CnRulebook RULEBOOK = CnRulebook.create(Policy.installed());
  private static final LocalDate DATE = LocalDate.of(2025, 10, 1);

  static Household household(String region, String members, String rest) {
    String yaml = "id: t\nregion: \"" + region + "\"\napplicant: m1\nmembers:\n" + members + rest;
    try {
      return HouseholdReader.read("t.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), true);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  static String member(String id, String relationship, String birth, String region, String extra) {
    return "  - {id: " + id + ", relationship: " + relationship + ", birthDate: " + birth + ", hukouType: RURAL, hukouRegion: \""
        + region + "\", workStatus: FARMING" + extra + "}\n";
  }

  static Determination get(Screening s, String id) {
    return s.get(id).orElseThrow();
  }

  static Finding finding(Determination d, String criterion) {
    return d.findings().stream().filter(f -> f.criterionId().equals(criterion)).findFirst().orElseThrow();
  }

  private static final String COUPLE = member("m1", "APPLICANT", "1980-05-01", "230300", "")
      + member("m2", "SPOUSE", "1982-03-01", "230300", "");

  @Test
  void anEligibleExplanationStatesTheAmountAndEveryCheck() {
    Screening s = RULEBOOK.evaluate(household("230300", COUPLE,
        "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2025-04, to: 2025-09}, gross: \"600\"}]\n"
            + "financialAssets: [{type: DEPOSIT, value: \"10000.01\"}]\n"), DATE);
    Determination d = get(s, CnRulebook.DIBAO);
    assertThat(d.explanationZh()).startsWith("符合最低生活保障条件，每月 480.00 元。共同生活的家庭成员 2 人。")
        .contains("家庭月人均收入 300.00 元，低于低保标准 540.00 元。")
        .contains("人均金融资产 5,000.01 元，未超过限额 12,960.00 元。")
        .contains("收入按申请前 6 个月计算，已扣除就业成本 0.00 元。");
    assertThat(d.explanationEn()).startsWith("Eligible for the minimum living allowance (低保): 480.00 yuan a month.")
        .contains("Monthly income per person, 300.00 yuan, is below the minimum living standard of 540.00 yuan.");
    Finding fin = finding(d, "assets.financial");
    assertThat(fin.actual()).isEqualTo("5000.01");
    assertThat(fin.threshold()).isEqualTo("12960.00");
    assertThat(fin.legalReference()).contains("民发〔2021〕57号");
    assertThat(finding(d, "assets.vehicles").actual()).isEqualTo("0");
    assertThat(get(s, CnRulebook.DIBAO_SINGLE).explanationEn()).isEqualTo(
        "Not eligible for the minimum living allowance for a member alone (单人户): The household is eligible for the minimum living allowance (低保) already.");
  }

  static Household json(String text) {
    try {
      return HouseholdReader.read("t.json", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The new-user trial's household h6: a dialysis patient's major-illness addition on top of the gap. */
  private static final String H6 = "{\"id\":\"h6-dialysis\",\"region\":\"620825\",\"applicant\":\"m1\",\"members\":["
      + "{\"id\":\"m1\",\"relationship\":\"APPLICANT\",\"birthDate\":\"1968-05-01\",\"hukouType\":\"RURAL\",\"hukouRegion\":\"620825\","
      + "\"workStatus\":\"NOT_WORKING\",\"illnesses\":[{\"description\":\"uraemia\",\"icd10\":\"N18.5\",\"major\":true,\"chronic\":true,"
      + "\"dialysisSessionsPerWeek\":3}]},"
      + "{\"id\":\"m2\",\"relationship\":\"SPOUSE\",\"birthDate\":\"1969-06-01\",\"hukouType\":\"RURAL\",\"hukouRegion\":\"620825\","
      + "\"workStatus\":\"FARMING\"}],"
      + "\"incomes\":[{\"member\":\"m2\",\"category\":\"BUSINESS_NET\",\"months\":{\"from\":\"2024-10\",\"to\":\"2025-09\"},\"gross\":\"500\"}],"
      + "\"currentBenefits\":[{\"programme\":\"cn.dibao\",\"since\":\"2023-01-01\"}]}";

  @Test
  void aGrantedDibaoSaysItsGapPartAndEachAddition() {
    Determination d = get(RULEBOOK.evaluate(json(H6), DATE), CnRulebook.DIBAO);
    assertThat(d.monthlyAmount()).isEqualTo(Money.parse("911.00"));
    // 911 = (570 − 164.50) × 2 + 100 (m1's major-illness addition)
    assertThat(d.explanationZh()).contains("家庭月人均收入 164.50 元，低于低保标准 570.00 元。")
        .contains("差额部分按（低保标准 − 家庭月人均收入）× 2 人计算，每月 811.00 元。"
            + "分类施保：成员 m1（患重特大疾病）每月加发 100.00 元。"
            + "每月 911.00 元 = 差额部分 811.00 元 + 分类施保加发 100.00 元。");
    assertThat(d.explanationEn()).contains("The gap part: (standard − monthly income per person) × 2 members, 811.00 yuan a month."
        + " Addition (分类施保): member m1 (major illness) receives 100.00 yuan a month more."
        + " 911.00 yuan a month = the gap part of 811.00 yuan + additions (分类施保) of 100.00 yuan.");
    assertThat(d.details()).containsEntry("gapAmount", "811.00").containsEntry("additions", "m1:major-illness:100.00");
  }

  @Test
  void aGrantedSinglePersonDibaoSaysItsGapPartAndAddition() {
    // the README's car story: the father (grade-1 physical disability, no income of his own) on 低保 alone
    Household h = json("{\"id\": \"case\", \"region\": \"620825\", \"applicant\": \"m1\", \"members\": [{\"id\": \"m1\", \"relationship\": \"APPLICANT\", \"birthDate\": \"1975-04-01\", \"hukouType\": \"RURAL\", \"hukouRegion\": \"620825\", \"workStatus\": \"NOT_WORKING\", \"disability\": {\"category\": \"PHYSICAL\", \"grade\": 1}}, {\"id\": \"m2\", \"relationship\": \"SPOUSE\", \"birthDate\": \"1977-06-01\", \"hukouType\": \"RURAL\", \"hukouRegion\": \"620825\", \"workStatus\": \"FARMING\"}, {\"id\": \"m3\", \"relationship\": \"CHILD\", \"birthDate\": \"2005-02-01\", \"hukouType\": \"RURAL\", \"hukouRegion\": \"620825\", \"workStatus\": \"EMPLOYED\"}], \"incomes\": [{\"member\": \"m3\", \"category\": \"WAGES\", \"months\": {\"from\": \"2024-10\", \"to\": \"2025-09\"}, \"gross\": \"2000\"}], \"vehicles\": [{\"owner\": \"m2\", \"type\": \"CAR\", \"use\": \"PRIVATE\", \"value\": \"50000\"}]}");
    Screening screening = RULEBOOK.evaluate(h, DATE);
    // 21,948 (wages less employment costs) / 36 = 609.666…: shown half up to the fen, compared exactly
    assertThat(get(screening, CnRulebook.DIBAO).explanationZh()).contains("家庭月人均收入 609.67 元");
    assertThat(finding(get(screening, CnRulebook.DIBAO), "dibao.income").actual()).isEqualTo("609.67");
    Determination d = get(screening, CnRulebook.DIBAO_SINGLE);
    assertThat(d.monthlyAmount()).isEqualTo(Money.parse("670.00"));
    assertThat(d.explanationZh()).contains("成员 m1：差额部分（低保标准 − 本人月收入）每月 570.00 元，分类施保（重度残疾）加发 100.00 元，合计每月 670.00 元。");
    assertThat(d.explanationEn()).contains("Member m1: the gap part (standard − own monthly income) of 570.00 yuan a month, plus an"
        + " addition (分类施保) for severe disability of 100.00 yuan: 670.00 yuan a month.");
  }

  @Test
  void monthsWithoutAnIncomeRecordAreSaidToCountAsZero() {
    // the trial's h10: employed, only September's wages of 3,000 recorded
    Household h = json("{\"id\":\"h10-one-month\",\"region\":\"620825\",\"applicant\":\"m1\",\"members\":[{\"id\":\"m1\","
        + "\"relationship\":\"APPLICANT\",\"birthDate\":\"1985-01-01\",\"hukouType\":\"RURAL\",\"hukouRegion\":\"620825\","
        + "\"workStatus\":\"EMPLOYED\"}],\"incomes\":[{\"member\":\"m1\",\"category\":\"WAGES\",\"month\":\"2025-09\",\"gross\":\"3000\"}]}");
    Determination d = get(RULEBOOK.evaluate(h, DATE), CnRulebook.DIBAO);
    assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE); // the decision is unchanged
    assertThat(d.explanationZh()).contains("成员 m1：在 12 个月的计算期内，有 11 个月没有收入记录，按 0 元计算。");
    assertThat(d.explanationEn()).contains("Member m1: 11 of the 12 months of the reference window have no income record and count as 0.");
    // a full year of records says nothing; neither does a household with no income at all
    Determination full = get(RULEBOOK.evaluate(json("{\"id\":\"t\",\"region\":\"620825\",\"applicant\":\"m1\",\"members\":[{\"id\":\"m1\","
        + "\"relationship\":\"APPLICANT\",\"birthDate\":\"1985-01-01\",\"hukouType\":\"RURAL\",\"hukouRegion\":\"620825\","
        + "\"workStatus\":\"EMPLOYED\"}],\"incomes\":[{\"member\":\"m1\",\"category\":\"WAGES\",\"months\":{\"from\":\"2024-10\","
        + "\"to\":\"2025-09\"},\"gross\":\"250\"}]}"), DATE), CnRulebook.DIBAO);
    assertThat(full.explanationZh()).doesNotContain("没有收入记录");
    assertThat(get(RULEBOOK.evaluate(json(H6), DATE), CnRulebook.DIBAO).explanationZh()).doesNotContain("没有收入记录");
  }

  @Test
  void aGapThatRoundsToNothingIsSaidAndTheHouseholdStaysRecognised() {
    // the trial's h1b: 1,139.99 a month for two against 570 each; the region pays whole yuan (HALF_UP:1)
    Household h = json("{\"id\":\"h1b\",\"region\":\"620825\",\"applicant\":\"m1\",\"members\":["
        + "{\"id\":\"m1\",\"relationship\":\"APPLICANT\",\"birthDate\":\"1970-03-01\",\"hukouType\":\"RURAL\",\"hukouRegion\":\"620825\","
        + "\"workStatus\":\"NOT_WORKING\"},"
        + "{\"id\":\"m2\",\"relationship\":\"SPOUSE\",\"birthDate\":\"1972-05-01\",\"hukouType\":\"RURAL\",\"hukouRegion\":\"620825\","
        + "\"workStatus\":\"NOT_WORKING\"}],"
        + "\"incomes\":[{\"member\":\"m1\",\"category\":\"TRANSFER_NET\",\"months\":{\"from\":\"2024-10\",\"to\":\"2025-09\"},"
        + "\"gross\":\"1139.99\"}],\"homes\":[{\"owner\":\"m1\",\"floorArea\":60,\"livedIn\":true}]}");
    Determination d = get(RULEBOOK.evaluate(h, DATE), CnRulebook.DIBAO);
    assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(d.monthlyAmount()).isEqualTo(Money.ZERO);
    assertThat(d.explanationZh()).contains("差额部分按（低保标准 − 家庭月人均收入）× 2 人计算，每月 0.00 元。"
        + "家庭月人均收入低于低保标准，全家差额每月 0.01 元，按本地舍入规则（四舍五入，步长 1.00 元）计为 0.00 元；"
        + "家庭仍认定为低保对象，可享受与低保身份相关的其他救助。");
    assertThat(d.explanationEn()).contains("by 0.01 yuan a month for the household in all, which the region's rounding"
        + " (half up, in steps of 1.00 yuan) makes 0.00 yuan; the household is still recognised");
    assertThat(d.details()).containsEntry("gapAmount", "0.00").doesNotContainKey("additions");
    // 569.995 a person is below 570 and is never shown as 570.00 (half up would say so)
    assertThat(d.explanationZh()).contains("家庭月人均收入 569.99 元，低于低保标准 570.00 元。");
  }

  @Test
  void aGrantedDibaoEndsWithTheProcedureReadFromTheRegionsParameters() {
    // a region with its own time limit and public notice: the text says its numbers, not the national ones
    String own = "format: jiuzhu-policy/1\nparameters:\n"
        + "  - key: dibao.process.time-limit-working-days\n    region: \"230300\"\n    unit: working-days\n"
        + "    reference: test\n    status: illustrative\n    note: shorter\n    values: [{from: 2025-01-01, value: 20}]\n"
        + "  - key: process.public-notice-days\n    region: \"230300\"\n    unit: days\n"
        + "    reference: test\n    status: illustrative\n    note: shorter\n    values: [{from: 2025-01-01, value: 5}]\n";
    Policy policy = Policy.installed().toBuilder().override(new PolicyFileLoaderModule(own)).build();
    Household h = household("230300", COUPLE,
        "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2025-04, to: 2025-09}, gross: \"600\"}]\n");
    Determination d = get(CnRulebook.create(policy).evaluate(h, DATE), CnRulebook.DIBAO);
    assertThat(d.explanationZh()).endsWith("收入按申请前 6 个月计算，已扣除就业成本 0.00 元。"
        + "差额部分按（低保标准 − 家庭月人均收入）× 2 人计算，每月 480.00 元。"
        + "由县级民政部门（或经其授权的乡镇（街道））审核确认：拟批准的公示 5 天，自受理申请之日起 20 个工作日内作出决定（特殊情况可延长）；"
        + "不予批准的，3 个工作日内书面告知并说明理由。");
    assertThat(d.explanationEn()).endsWith(" Decided (审核确认) by the county civil-affairs bureau, or by the township (乡镇街道) it has"
        + " authorised: a case to be approved is posted for public notice (公示) for 5 days and decided within 20 working days of the"
        + " application (longer in special cases); a refusal is given in writing with its reasons within 3 working days.");
    // the installed national values where the region sets none
    Determination national = get(RULEBOOK.evaluate(h, DATE), CnRulebook.DIBAO);
    assertThat(national.explanationZh()).contains("拟批准的公示 7 天，自受理申请之日起 30 个工作日内作出决定");
    assertThat(national.explanationEn()).contains("for 7 days and decided within 30 working days");
    // a refusal states no procedure of a grant
    assertThat(get(RULEBOOK.evaluate(h, DATE), CnRulebook.DIBAO_SINGLE).explanationZh()).doesNotContain("公示");
    // a household already in payment is reviewed (复核), not taken through a new application
    Household receiving = household("230300", COUPLE,
        "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2025-04, to: 2025-09}, gross: \"600\"}]\n"
            + "currentBenefits: [{programme: cn.dibao, since: 2024-03-01}]\n");
    Determination review = get(RULEBOOK.evaluate(receiving, DATE), CnRulebook.DIBAO);
    assertThat(review.isEligible()).isTrue();
    // no time limit and no public notice are set for a review by the rules modelled: said, not left out;
    // how often it is reviewed comes from the parameters (members able to work: dibao.review.irregular-income-months)
    assertThat(review.explanationZh()).endsWith("本户已在享受最低生活保障，本次按复核（动态管理）办理，不是新的申请：由县级民政部门"
        + "（或经其授权的乡镇（街道））审核确认；本规则库所依据的规定对复核未设办理时限，也未规定公示；此后每 6 个月复核一次；"
        + "经复核不再符合条件的，书面告知并说明理由后停发。").doesNotContain("公示 ").doesNotContain("个工作日");
    assertThat(review.explanationEn()).endsWith("this is a review (复核, dynamic management), not a new application; the county"
        + " civil-affairs bureau, or the township (乡镇街道) it has authorised, confirms it; the rules modelled set no time limit for a"
        + " review and no public notice; the household is reviewed every 6 months; a household found no longer eligible is"
        + " told in writing, with the reasons, before payment stops.").doesNotContain("working day");
    assertThat(review.nextReview()).contains(DATE.plusMonths(6));
    // an elderly couple (no member able to work) is reviewed yearly: dibao.review.stable-months
    Household elderly = household("230300", member("m1", "APPLICANT", "1950-05-01", "230300", "")
            + member("m2", "SPOUSE", "1952-03-01", "230300", ""),
        "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2025-04, to: 2025-09}, gross: \"600\"}]\n"
            + "currentBenefits: [{programme: cn.dibao, since: 2024-03-01}]\n");
    Determination yearly = get(RULEBOOK.evaluate(elderly, DATE), CnRulebook.DIBAO);
    assertThat(yearly.isEligible()).isTrue();
    assertThat(yearly.nextReview()).contains(DATE.plusMonths(12));
    assertThat(yearly.explanationZh()).contains("也未规定公示；此后每 12 个月复核一次；");
    assertThat(yearly.explanationEn()).contains("no public notice; the household is reviewed every 12 months; ");
    // a region's own interval is the one said
    String quarterlyPolicy = "format: jiuzhu-policy/1\nparameters:\n"
        + "  - key: dibao.review.irregular-income-months\n    region: \"230300\"\n    unit: months\n"
        + "    reference: test\n    status: illustrative\n    note: quarterly\n    values: [{from: 2025-01-01, value: 3}]\n";
    Policy quarterlyReviews = Policy.installed().toBuilder().override(new PolicyFileLoaderModule(quarterlyPolicy)).build();
    Determination quarterly = get(CnRulebook.create(quarterlyReviews).evaluate(receiving, DATE), CnRulebook.DIBAO);
    assertThat(quarterly.nextReview()).contains(DATE.plusMonths(3));
    assertThat(quarterly.explanationZh()).contains("此后每 3 个月复核一次；");
    assertThat(quarterly.explanationEn()).contains("the household is reviewed every 3 months; ");
  }

  @Test
  void aGrantedTekunAndSinglePersonDibaoEndWithTheirProcedure() {
    String m = "  - {id: m1, relationship: APPLICANT, birthDate: 1950-01-01, hukouType: RURAL, hukouRegion: \"230300\","
        + " workStatus: NOT_WORKING, carePlacement: INSTITUTION, selfCare: {eating: true, dressing: true, bedTransfer: true,"
        + " toileting: true, indoorWalking: true, bathing: true}}\n";
    Determination tekun = get(RULEBOOK.evaluate(household("230300", m, ""), DATE), CnRulebook.TEKUN);
    assertThat(tekun.outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(tekun.explanationZh()).endsWith("由乡镇（街道）在 15 个工作日内调查核实，拟认定的公示 7 天（未成年人不公示），"
        + "县级民政部门（或经其授权的乡镇（街道））在公示期满后 10 个工作日内确认；不予认定的，3 个工作日内书面告知并说明理由。");
    assertThat(tekun.explanationEn()).endsWith(" The township (乡镇街道) investigates within 15 working days and posts a case to be"
        + " recognised for public notice (公示) for 7 days (not for minors); the county civil-affairs bureau, or the township (乡镇街道)"
        + " it has authorised, confirms (确认) it within 10 working days after the notice; a refusal is given in writing with its"
        + " reasons within 3 working days.");
    String couple = member("m1", "APPLICANT", "1980-05-01", "230300", "")
        + member("m2", "SPOUSE", "1982-03-01", "230300", ", disability: {category: PHYSICAL, grade: 1}").replace("FARMING", "NOT_WORKING");
    Determination single = get(RULEBOOK.evaluate(household("230300", couple,
        "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2025-04, to: 2025-09}, gross: \"1300\"}]\n"), DATE),
        CnRulebook.DIBAO_SINGLE);
    assertThat(single.outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(single.explanationZh()).endsWith("审核确认：拟批准的公示 7 天，自受理申请之日起 30 个工作日内作出决定（特殊情况可延长）；"
        + "不予批准的，3 个工作日内书面告知并说明理由。");
    assertThat(single.explanationEn()).endsWith("within 30 working days of the application (longer in special cases); a refusal is"
        + " given in writing with its reasons within 3 working days.");
  }

  @Test
  void anIneligibleExplanationListsOnlyWhatFailed() {
    Screening s = RULEBOOK.evaluate(household("230300", COUPLE,
        "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2025-04, to: 2025-09}, gross: \"600\"}]\n"
            + "nonResidentialProperties: [{type: SHOP}, {type: OFFICE}]\nbusinesses: [{type: COMPANY}]\n"), DATE);
    Determination d = get(s, CnRulebook.DIBAO);
    assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
    assertThat(d.explanationZh()).startsWith("不符合最低生活保障条件：拥有 2 处非住宅类房产。有 1 个不予豁免的经营登记。")
        .doesNotContain("低于低保标准");
    assertThat(d.explanationEn()).startsWith("Not eligible for the minimum living allowance (低保): Owns 2 non-residential properties."
        + " Has 1 business registration that disqualifies.");
    assertThat(finding(d, "assets.non-residential").actual()).isEqualTo("2");
    assertThat(d.monthlyAmount()).isEqualTo(Money.ZERO);
    assertThat(d.validFrom()).isEmpty();
  }

  private static Screening withVehicles(String vehicles) {
    return RULEBOOK.evaluate(household("230300", COUPLE,
        "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2025-04, to: 2025-09}, gross: \"600\"}]\n"
            + "vehicles: " + vehicles + "\n"), DATE);
  }

  @Test
  void aRefusalForAVehicleNamesTheRuleThatDoesNotExemptIt() {
    // 低保 exempts no car (the national count 0): the explanation says so, with the value's reference
    Screening car = withVehicles("[{owner: m1, type: CAR, use: PRIVATE, value: \"50000\"}]");
    Determination dibao = get(car, CnRulebook.DIBAO);
    assertThat(dibao.outcome()).isEqualTo(Outcome.INELIGIBLE);
    assertThat(dibao.explanationZh()).startsWith("不符合最低生活保障条件：第 1 辆机动车辆（价值 50,000.00 元）不予豁免："
        + "依据最低生活保障审核确认办法（民发〔2021〕57号）家庭财产，最低生活保障不豁免小型汽车。");
    assertThat(dibao.explanationEn()).startsWith("Not eligible for the minimum living allowance (低保): Vehicle 1 (worth 50,000.00 yuan)"
        + " is not exempt: the minimum living allowance (低保) exempts no ordinary car (Measures for Reviewing and Confirming the Minimum Living Allowance (最低生活保障审核确认办法, 民发〔2021〕57号) household assets (家庭财产)).");
    assertThat(finding(dibao, "assets.vehicles").actual()).isEqualTo("1");
    assertThat(finding(dibao, "assets.vehicles").threshold()).isEqualTo("50000.00");
    // the marginal household keeps one car worth at most 150,000 (Heilongjiang): above the cap
    Determination capped = get(withVehicles("[{owner: m1, type: CAR, use: PRIVATE, value: \"200000\"}]"), CnRulebook.MARGINAL);
    assertThat(capped.explanationZh()).contains("第 1 辆机动车辆（价值 200,000.00 元）不予豁免：依据低保边缘家庭认定：地方实施细则（国办发〔2023〕39号），"
        + "低保边缘家庭只豁免价值不超过 150,000.00 元的小型汽车。");
    assertThat(capped.explanationEn()).contains("Vehicle 1 (worth 200,000.00 yuan) is not exempt: recognition as a marginal household"
        + " (低保边缘家庭) exempts an ordinary car only when it is worth at most 150,000.00 yuan (recognition of marginal households (低保边缘家庭认定): local implementing rules (国办发〔2023〕39号)).");
    // two cars: the second is beyond the count
    Determination two = get(withVehicles("[{owner: m1, type: CAR, use: PRIVATE, value: \"50000\"},"
        + " {owner: m2, type: CAR, use: PRIVATE, value: \"40000\"}]"), CnRulebook.MARGINAL);
    assertThat(two.explanationZh()).contains("第 2 辆机动车辆（价值 40,000.00 元）不予豁免：", "低保边缘家庭至多豁免 1 辆小型汽车，其余不予豁免。")
        .contains("第 1 辆机动车辆（小型汽车，价值 50,000.00 元）予以豁免：按本地规定，可保留 1 辆价值不超过 150,000.00 元的小型汽车（低保边缘家庭认定：地方实施细则（国办发〔2023〕39号）［条款未核实］）。");
    assertThat(two.explanationEn()).contains("Vehicle 2 (worth 40,000.00 yuan) is not exempt: recognition as a marginal household (低保边缘家庭)"
        + " exempts at most one ordinary car, and the household has more (")
        .contains("Vehicle 1 (ordinary car, worth 50,000.00 yuan) is exempt: the local rule lets the household keep one ordinary car worth at most 150,000.00 yuan (recognition of marginal households (低保边缘家庭认定): local implementing rules (国办发〔2023〕39号) [article not verified]).");
    // a truck is exempt under no rule
    Determination truck = get(withVehicles("[{owner: m1, type: TRUCK, use: PRIVATE, value: \"50000\"}]"), CnRulebook.MARGINAL);
    assertThat(truck.explanationZh()).contains("不予豁免：依据最低生活保障审核确认办法（民发〔2021〕57号）家庭财产，低保边缘家庭不豁免货车。");
    assertThat(truck.explanationEn()).contains("is not exempt: recognition as a marginal household (低保边缘家庭) exempts no truck or van (");
  }

  @Test
  void countsInEnglishAreSingularOrPlural() {
    Determination one = get(withVehicles("[{owner: m1, type: CAR, use: PRIVATE, value: \"50000\"}]"), CnRulebook.MARGINAL);
    assertThat(finding(one, "assets.vehicles").en()).isEqualTo("1 vehicle, all within the rules.");
    assertThat(finding(one, "assets.vehicles").zh()).isEqualTo("机动车辆 1 辆，均符合规定。");
    assertThat(finding(one, "assets.homes").en()).isEqualTo("0 homes, within the rule (at most 1).");
    Determination none = get(withVehicles("[]"), CnRulebook.DIBAO);
    // no vehicle at all is said so, not "all within the rules"
    assertThat(finding(none, "assets.vehicles").en()).isEqualTo("No vehicle.");
    assertThat(finding(none, "assets.vehicles").zh()).isEqualTo("没有机动车辆。");
    assertThat(finding(none, "assets.vehicles").actual()).isEqualTo("0");
    Screening homes = RULEBOOK.evaluate(household("230300", COUPLE,
        "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2025-04, to: 2025-09}, gross: \"600\"}]\n"
            + "homes: [{floorArea: 60}]\n"), DATE);
    assertThat(finding(get(homes, CnRulebook.DIBAO), "assets.homes").en()).isEqualTo("1 home, within the rule (at most 1).");
    assertThat(finding(get(homes, CnRulebook.DIBAO), "assets.homes").zh()).isEqualTo("住房 1 套，符合规定（至多 1 套）。");
    assertThat(CnTexts.en("vehicle.exempt.cars", 2, "")).isEqualTo("the local rule lets the household keep 2 ordinary cars");
    assertThat(CnTexts.en("vehicle.exempt.cars", 1, "")).isEqualTo("the local rule lets the household keep one ordinary car");
    assertThat(CnTexts.count(org.jiuzhu.core.text.Lang.EN, 1, "vehicle")).isEqualTo("1 vehicle");
  }

  @Test
  void reviewAndOneOffExplanations() {
    Screening review = RULEBOOK.evaluate(household("230300", COUPLE,
        "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2025-04, to: 2025-09}, gross: \"2000\"}]\n"
            + "events: [{date: 2025-09-15, type: FIRE}]\n"), DATE);
    Determination t = get(review, CnRulebook.TEMPORARY);
    assertThat(t.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    assertThat(t.explanationZh()).isEqualTo("临时救助需要审核：突发事件造成的损失尚未核定，由乡镇（街道）核实后决定。");
    assertThat(t.explanationEn()).isEqualTo("Temporary assistance (临时救助) needs a review: the loss a sudden event caused is not"
        + " assessed yet; the township verifies it and decides.");
    // the reason is a machine code; its text is read in each language
    assertThat(t.reviewReason()).contains("temporary.loss-unassessed");
    assertThat(t.reviewReasonText().orElseThrow().in(org.jiuzhu.core.text.Lang.ZH)).isEqualTo("突发事件造成的损失尚未核定，由乡镇（街道）核实后决定。");
    assertThat(t.reviewReasonText().orElseThrow().in(org.jiuzhu.core.text.Lang.EN))
        .isEqualTo("the loss a sudden event caused is not assessed yet; the township verifies it and decides.");
    Determination fast = get(RULEBOOK.evaluateFast(household("230300", COUPLE,
        "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2025-04, to: 2025-09}, gross: \"2000\"}]\n"
            + "events: [{date: 2025-09-15, type: FIRE}]\n"), DATE), CnRulebook.TEMPORARY);
    assertThat(fast.reviewReason()).contains("temporary.loss-unassessed");
    assertThat(fast.reviewReasonText().orElseThrow().in(org.jiuzhu.core.text.Lang.ZH)).startsWith("突发事件造成的损失尚未核定");

    Screening paid = RULEBOOK.evaluate(household("230300", COUPLE,
        "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2025-04, to: 2025-09}, gross: \"2000\"}]\n"
            + "events: [{date: 2025-09-15, type: FIRE, amount: \"300\"}]\n"), DATE);
    Determination p = get(paid, CnRulebook.TEMPORARY);
    assertThat(p.explanationZh()).startsWith("符合临时救助条件，一次性 300.00 元。")
        .endsWith("由乡镇（街道）审批，适用小额快救，3 日内办结。");
    assertThat(p.explanationEn()).startsWith("Eligible for temporary assistance (临时救助): 300.00 yuan once.")
        .contains("A sudden event within the last 90 days: fire on 15 September 2025.")
        .endsWith("Approved by the township (乡镇街道); fast small payment (小额快救), decided within 3 days.");
    assertThat(p.validFrom()).contains(DATE);
  }

  @Test
  void aGrantedTemporaryExplanationGivesItsGroundNotTheFailedOtherKind() {
    String income = "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2025-04, to: 2025-09}, gross: \"1500\"}]\n";
    String spending = "expenditures: [{member: m2, category: MEDICAL_OUT_OF_POCKET, month: 2025-09, amount: \"3000\"},"
        + " {member: m2, category: EDUCATION, month: 2025-08, amount: \"100\"}, {category: REHABILITATION, month: 2025-07, amount: \"50\"}]\n";
    // emergency only: the failed spending finding stays in the findings, not in the explanation
    Determination fire = get(RULEBOOK.evaluate(household("230300", COUPLE,
        income + "events: [{date: 2025-09-15, type: FIRE, amount: \"300\"}]\n"), DATE), CnRulebook.TEMPORARY);
    assertThat(fire.outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(finding(fire, "temporary-assistance.expenditure").passed()).isFalse();
    assertThat(fire.explanationZh()).isEqualTo("符合临时救助条件，一次性 300.00 元。近 90 天内发生突发事件：火灾（2025年9月15日）。"
        + "不符合支出型救助条件，按急难型给予救助。由乡镇（街道）审批，适用小额快救，3 日内办结。")
        .doesNotContain("没有超出收入可承担部分");
    assertThat(fire.explanationEn()).isEqualTo("Eligible for temporary assistance (临时救助): 300.00 yuan once."
        + " A sudden event within the last 90 days: fire on 15 September 2025."
        + " Granted on the emergency ground (急难型), not on the spending ground (支出型)."
        + " Approved by the township (乡镇街道); fast small payment (小额快救), decided within 3 days.")
        .doesNotContain("No rigid spending");
    // spending only: the failed event finding is left out the same way
    Determination spent = get(RULEBOOK.evaluate(household("230300", COUPLE, income + spending), DATE), CnRulebook.TEMPORARY);
    assertThat(spent.oneOffAmount()).isEqualTo(Money.parse("630.00"));
    assertThat(finding(spent, "temporary-assistance.event").passed()).isFalse();
    assertThat(spent.explanationZh()).startsWith("符合临时救助条件，一次性 630.00 元。近 6 个月刚性支出超出收入可承担部分 630.00 元")
        .contains("近期没有突发事件，不属于急难型，按支出型给予救助。").doesNotContain("天内没有突发事件");
    assertThat(spent.explanationEn()).contains("Granted on the spending ground (支出型), not on the emergency ground (急难型)")
        .doesNotContain("No sudden event");
    // both met: both findings, and the note says which was chosen
    Determination both = get(RULEBOOK.evaluate(household("230300", COUPLE,
        income + spending + "events: [{date: 2025-09-15, type: TRAFFIC_ACCIDENT, amount: \"200\"}]\n"), DATE), CnRulebook.TEMPORARY);
    assertThat(both.explanationZh()).contains("近 90 天内发生突发事件：交通事故（2025年9月15日）。")
        .contains("急难型与支出型条件均符合，按金额较高的支出型给予救助。");
    assertThat(both.explanationEn()).contains(
        "Both the emergency (急难型) and the spending (支出型) grounds are met; granted on the spending ground, which gives more.");
  }

  @Test
  void whenEmergencyAndExpenditureBothApplyTheLargerIsGranted() {
    Screening s = RULEBOOK.evaluateFast(household("230300", COUPLE,
        "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2025-04, to: 2025-09}, gross: \"1500\"}]\n"
            + "expenditures: [{member: m2, category: MEDICAL_OUT_OF_POCKET, month: 2025-09, amount: \"3000\"},"
            + " {member: m2, category: EDUCATION, month: 2025-08, amount: \"100\"}, {category: REHABILITATION, month: 2025-07, amount: \"50\"}]\n"
            + "events: [{date: 2025-09-15, type: TRAFFIC_ACCIDENT, amount: \"200\"}]\n"), DATE);
    Determination t = get(s, CnRulebook.TEMPORARY);
    // expenditure: 3150 - (9000 - 6480) = 630 beats the emergency's 200
    assertThat(t.oneOffAmount()).isEqualTo(Money.parse("630.00"));
    assertThat(t.details()).containsEntry("kind", "EXPENDITURE").containsEntry("fastTier", "false");
  }

  @Test
  void additionsGoByTheAgeOnTheFirstDayOfPayment() {
    // 低保 is paid from 1 November 2025: the additions go by the age on that day
    String members = member("m1", "APPLICANT", "1980-05-01", "620825", "")
        + member("m2", "PARENT", "1955-10-01", "620825", ", workStatus: NOT_WORKING")
        + member("m3", "PARENT", "1955-10-02", "620825", ", workStatus: NOT_WORKING")
        + member("m4", "CHILD", "2007-11-01", "620825", ", workStatus: STUDENT")
        + member("m5", "CHILD", "2007-11-02", "620825", ", workStatus: STUDENT");
    Household h = household("620825", members.replace(", workStatus: FARMING, workStatus", ", workStatus"),
        "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2024-10, to: 2025-09}, gross: \"500\"}]\n");
    for (Determination d : List.of(get(RULEBOOK.evaluateFast(h, DATE), CnRulebook.DIBAO), get(RULEBOOK.evaluate(h, DATE), CnRulebook.DIBAO))) {
      // base (570 x 5 - 500) = 2350 split 470 each; m2 turns 70 today (+50), m3 tomorrow, before the first payment (+50);
      // m4 turns 18 on 1 November, the first day of payment (no minor addition), m5 a day later (+50, until then)
      assertThat(d.memberShares()).containsEntry("m1", Money.parse("470")).containsEntry("m2", Money.parse("520"))
          .containsEntry("m3", Money.parse("520")).containsEntry("m4", Money.parse("470")).containsEntry("m5", Money.parse("520"));
      assertThat(d.monthlyAmount()).isEqualTo(Money.parse("2500"));
      assertThat(d.validUntil()).contains(LocalDate.of(2025, 11, 2));
      assertThat(d.nextReview()).contains(LocalDate.of(2025, 11, 2));
      assertThat(d.details()).containsEntry("additionEnds", "m5:2025-11-02");
    }
  }

  @Test
  void reviewIntervalDependsOnWhetherSomeoneCanWork() {
    String old = member("m1", "APPLICANT", "1960-01-01", "230300", "") + member("m2", "SPOUSE", "1962-01-01", "230300", "");
    Determination d = get(RULEBOOK.evaluateFast(household("230300", old,
        "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2025-04, to: 2025-09}, gross: \"100\"}]\n"), DATE), CnRulebook.DIBAO);
    assertThat(d.nextReview()).contains(LocalDate.of(2026, 10, 1));
    String young = member("m1", "APPLICANT", "1960-01-01", "230300", "") + member("m2", "SPOUSE", "1966-01-01", "230300", "");
    Determination y = get(RULEBOOK.evaluateFast(household("230300", young,
        "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2025-04, to: 2025-09}, gross: \"100\"}]\n"), DATE), CnRulebook.DIBAO);
    assertThat(y.nextReview()).contains(LocalDate.of(2026, 4, 1));
  }

  private static Determination tekunWithSupporter(String supporter) {
    String m = "  - {id: m1, relationship: APPLICANT, birthDate: 1950-01-01, hukouType: RURAL, hukouRegion: \"230300\","
        + " workStatus: NOT_WORKING, carePlacement: HOME, selfCare: {eating: true, dressing: true, bedTransfer: true,"
        + " toileting: true, indoorWalking: true, bathing: true}, supporters: [" + supporter + "]}\n";
    return get(RULEBOOK.evaluate(household("230300", m, ""), DATE), CnRulebook.TEKUN);
  }

  @Test
  void supportersWhoCannotSupport() {
    assertThat(tekunWithSupporter("{birthDate: 1965-10-01, conditions: [DIBAO]}").outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(tekunWithSupporter("{birthDate: 1965-10-02, conditions: [DIBAO]}").outcome()).isEqualTo(Outcome.INELIGIBLE);
    assertThat(tekunWithSupporter("{birthDate: 1955-10-01, annualIncome: \"19999.99\", assetsWithinLowIncomeRules: true}").outcome())
        .isEqualTo(Outcome.ELIGIBLE);
    assertThat(tekunWithSupporter("{birthDate: 1955-10-02, annualIncome: \"100\", assetsWithinLowIncomeRules: true}").outcome())
        .isEqualTo(Outcome.INELIGIBLE);
    assertThat(tekunWithSupporter("{birthDate: 1955-10-01, annualIncome: \"20000\", assetsWithinLowIncomeRules: true}").outcome())
        .isEqualTo(Outcome.INELIGIBLE);
    assertThat(tekunWithSupporter("{birthDate: 1955-10-01, annualIncome: \"100\", assetsWithinLowIncomeRules: false}").outcome())
        .isEqualTo(Outcome.INELIGIBLE);
    Determination disabled = tekunWithSupporter(
        "{birthDate: 1990-01-01, conditions: [SEVERE_DISABILITY], annualIncome: \"100\", assetsWithinLowIncomeRules: true}");
    assertThat(disabled.outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(finding(disabled, "tekun.supporters").threshold()).isEqualTo("supporter:low-income");
    Determination missing = tekunWithSupporter("{birthDate: 1990-01-01, conditions: [MISSING]}, {birthDate: 1991-01-01, conditions: [TEKUN]}");
    assertThat(missing.outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(finding(missing, "tekun.supporters").threshold())
        .isEqualTo("supporter:unable,supporter:unable");
    assertThat(finding(missing, "tekun.work-capacity").threshold()).isEqualTo("elderly:75");
    assertThat(missing.explanationZh()).contains("成员 m1：基本生活标准每年 8,430.00 元，照料护理标准每年 742.00 元（全自理，分散供养），按月发放 764.33 元。");
  }

  @Test
  void aTekunReviewNamesEveryMissingFactAtOnce() {
    org.jiuzhu.core.text.Lang zh = org.jiuzhu.core.text.Lang.ZH;
    org.jiuzhu.core.text.Lang en = org.jiuzhu.core.text.Lang.EN;
    String elderly = "  - {id: m1, relationship: APPLICANT, birthDate: 1953-02-10, hukouType: RURAL, hukouRegion: \"230300\","
        + " workStatus: NOT_WORKING, supporters: [%s]}\n";
    // supporter unresolved, no self-care assessment and no placement: all three named
    Determination all = get(RULEBOOK.evaluate(household("230300", String.format(elderly, "{birthDate: 1955-10-01}"), ""), DATE),
        CnRulebook.TEKUN);
    assertThat(all.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    assertThat(all.details()).containsEntry("missingFacts", "m1:supporter-unknown;m1:self-care-missing;m1:placement-missing");
    assertThat(all.reviewReasonText().orElseThrow().in(zh)).isEqualTo("缺少认定所需的情况，由县级民政部门核实："
        + "成员 m1 的法定义务人收入或财产情况不明；成员 m1 缺少生活自理能力评估；成员 m1 未选择供养方式");
    assertThat(all.reviewReasonText().orElseThrow().in(en)).isEqualTo("facts needed to decide are missing; the county civil-affairs"
        + " bureau verifies them: the income or assets of member m1's legal supporter are not given; member m1 has no self-care"
        + " assessment; member m1 has chosen no care placement");
    // supporter resolved (cannot support): both care facts still named, not only the first
    Determination care = get(RULEBOOK.evaluate(household("230300", String.format(elderly, "{birthDate: 1955-10-01, annualIncome: \"100\","
        + " assetsWithinLowIncomeRules: true}"), ""), DATE), CnRulebook.TEKUN);
    assertThat(care.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    assertThat(care.details()).containsEntry("missingFacts", "m1:self-care-missing;m1:placement-missing");
    assertThat(care.monthlyAmount()).isEqualTo(Money.ZERO);
    assertThat(care.explanationZh()).endsWith("成员 m1 缺少生活自理能力评估；成员 m1 未选择供养方式");
  }

  @Test
  void aReviewReasonIsACodeWithItsTextInEachLanguage() {
    org.jiuzhu.core.text.Lang zh = org.jiuzhu.core.text.Lang.ZH;
    org.jiuzhu.core.text.Lang en = org.jiuzhu.core.text.Lang.EN;
    // 特困: a supporter's income is not given
    Determination unknown = tekunWithSupporter("{birthDate: 1955-10-01}");
    assertThat(unknown.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    assertThat(unknown.reviewReason()).contains("tekun.missing-facts");
    assertThat(unknown.details()).containsEntry("situation", "tekun.missing-facts").containsEntry("missingFacts", "m1:supporter-unknown");
    assertThat(unknown.reviewReasonText().orElseThrow().in(zh)).isEqualTo("缺少认定所需的情况，由县级民政部门核实：成员 m1 的法定义务人收入或财产情况不明");
    assertThat(unknown.reviewReasonText().orElseThrow().in(en)).isEqualTo(
        "facts needed to decide are missing; the county civil-affairs bureau verifies them: the income or assets of member m1's legal supporter are not given");
    assertThat(unknown.explanationZh()).endsWith(unknown.reviewReasonText().orElseThrow().in(zh));
    // 临时救助 above the cap (10 months of 570 in Zhuanglang)
    Determination above = get(RULEBOOK.evaluate(household("620825", member("m1", "APPLICANT", "1980-05-01", "620825", ""),
        "events: [{date: 2025-09-15, type: FIRE, amount: \"6000\"}]\n"), DATE), CnRulebook.TEMPORARY);
    assertThat(above.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    assertThat(above.reviewReason()).contains("temporary.above-cap");
    assertThat(above.reviewReasonText().orElseThrow().in(zh)).isEqualTo("困难程度 6,000.00 元超过救助上限 5,700.00 元，报县级一事一议。");
    assertThat(above.reviewReasonText().orElseThrow().in(en))
        .isEqualTo("the need of 6,000.00 yuan exceeds the cap of 5,700.00 yuan; the county decides case by case (一事一议).");
    // an eligible determination has neither
    Determination granted = get(RULEBOOK.evaluate(household("620825", member("m1", "APPLICANT", "1980-05-01", "620825", ""),
        "events: [{date: 2025-09-15, type: FIRE, amount: \"600\"}]\n"), DATE), CnRulebook.TEMPORARY);
    assertThat(granted.reviewReason()).isEmpty();
    assertThat(granted.reviewReasonText()).isEmpty();
  }

  @Test
  void householdMembersSupportAsFarAsRelationshipsTell() {
    String care = ", carePlacement: HOME, selfCare: {eating: true, dressing: true, bedTransfer: true, toileting: true,"
        + " indoorWalking: true, bathing: true}";
    // a child of the applicant's spouse is supported by the spouse when the spouse can work
    String withSpouse = member("m1", "APPLICANT", "1950-01-01", "230300", care) + member("m2", "SPOUSE", "1985-01-01", "230300", "")
        + member("m3", "CHILD", "2016-01-01", "230300", care + ", schooling: PRIMARY");
    Screening s = RULEBOOK.evaluateFast(household("230300", withSpouse.replace("FARMING" + care, "NOT_WORKING" + care), ""), DATE);
    assertThat(get(s, CnRulebook.TEKUN).outcome()).isEqualTo(Outcome.INELIGIBLE);
    // a grandchild has no statutory supporter among the applicant's household as far as relationships tell
    String grand = member("m1", "APPLICANT", "1940-01-01", "230300", care).replace("FARMING", "NOT_WORKING")
        + member("m2", "GRANDCHILD", "2016-01-01", "230300", care + ", schooling: PRIMARY");
    Determination t = get(RULEBOOK.evaluateFast(household("230300", grand, ""), DATE), CnRulebook.TEKUN);
    assertThat(t.shareCount()).isEqualTo(2);
    // assessed capacity overrides age; minors still qualify
    String assessed = member("m1", "APPLICANT", "1950-01-01", "230300", care + ", workCapacity: PARTIAL");
    assertThat(get(RULEBOOK.evaluateFast(household("230300", assessed, ""), DATE), CnRulebook.TEKUN).outcome())
        .isEqualTo(Outcome.INELIGIBLE);
    String none = member("m1", "APPLICANT", "1985-01-01", "230300", care + ", workCapacity: NONE");
    assertThat(get(RULEBOOK.evaluate(household("230300", none, ""), DATE), CnRulebook.TEKUN).findings().get(0).threshold())
        .isEqualTo("assessed");
  }

  @Test
  void theNationalFloorOfTheTekunStandardApplies() {
    String own = "format: jiuzhu-policy/1\nparameters:\n  - key: tekun.basic-standard.rural\n    region: \"230300\"\n"
        + "    unit: CNY/person/year\n    reference: test\n    status: illustrative\n    note: below the floor\n"
        + "    values: [{from: 2025-01-01, value: 8000}]\n";
    Policy policy = Policy.installed().toBuilder().override(new PolicyFileLoaderModule(own)).build();
    String m = "  - {id: m1, relationship: APPLICANT, birthDate: 1950-01-01, hukouType: RURAL, hukouRegion: \"230300\","
        + " workStatus: NOT_WORKING, carePlacement: INSTITUTION, selfCare: {eating: true, dressing: true, bedTransfer: true,"
        + " toileting: true, indoorWalking: true, bathing: true}}\n";
    Determination d = get(CnRulebook.create(policy).evaluate(household("230300", m, ""), DATE), CnRulebook.TEKUN);
    // 540 x 12 x 1.3 = 8424.00 beats the regional 8000; (8424 + 989) / 12 = 784.42 (half up to the fen)
    assertThat(d.monthlyAmount()).isEqualTo(Money.parse("784.42"));
    assertThat(d.explanationEn()).contains("The local basic standard of 8,000.00 yuan is below 1.3 times the minimum living standard (低保标准);"
        + " 8,424.00 yuan a year applies.");
  }

  @Test
  void medicalCostsAreDeductedWhereTheRegionSaysSo() {
    String members = member("m1", "APPLICANT", "1980-05-01", "330105", "") + member("m2", "SPOUSE", "1982-03-01", "330105", "");
    Household h = household("330105", members,
        "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2025-04, to: 2025-09}, gross: \"2600\"}]\n"
            + "expenditures: [{member: m2, category: MEDICAL_OUT_OF_POCKET, month: 2025-09, amount: \"1800\", grantsReceived: \"600\"},"
            + " {category: REHABILITATION, month: 2025-08, amount: \"600\"}, {category: EDUCATION, month: 2025-08, amount: \"900\"},"
            + " {category: MEDICAL_OUT_OF_POCKET, month: 2025-03, amount: \"5000\"}]\n");
    Determination d = get(RULEBOOK.evaluate(h, DATE), CnRulebook.DIBAO);
    // Gongshu: 2600 x 6 = 15600 - medical 1200 - rehabilitation 600 = 13800 < 1240 x 2 x 6 = 14880; (14880 - 13800) / 6 = 180
    assertThat(d.monthlyAmount()).isEqualTo(Money.parse("180"));
    assertThat(d.explanationZh()).contains("收入按申请前 6 个月计算，已扣除就业成本 0.00 元、医疗康复支出 1,800.00 元。");
    assertThat(d.explanationEn()).contains("and medical and rehabilitation costs of 1,800.00 yuan");
  }

  @Test
  void rigidLivingCostsCountOnlyUpToTheStandard() {
    Household h = household("230300", COUPLE,
        "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2024-10, to: 2025-09}, gross: \"2000\"}]\n"
            + "expenditures: [{category: LIVING, months: {from: 2024-10, to: 2025-09}, amount: \"5000\"},"
            + " {category: EDUCATION, month: 2025-09, amount: \"3840\"}]\n");
    // living capped at 540 x 2 x 12 = 12960, education 3840: 16800 = 0.7 x 24000, not above
    assertThat(get(RULEBOOK.evaluateFast(h, DATE), CnRulebook.RIGID).outcome()).isEqualTo(Outcome.INELIGIBLE);
    Household more = household("230300", COUPLE,
        "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2024-10, to: 2025-09}, gross: \"2000\"}]\n"
            + "expenditures: [{category: LIVING, months: {from: 2024-10, to: 2025-09}, amount: \"5000\"},"
            + " {category: EDUCATION, month: 2025-09, amount: \"3840.01\"}]\n");
    Determination d = get(RULEBOOK.evaluate(more, DATE), CnRulebook.RIGID);
    assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(finding(d, "rigid-expenditure.ratio").actual()).isEqualTo("16800.01");
    assertThat(finding(d, "rigid-expenditure.ratio").threshold()).isEqualTo("70%");
    assertThat(d.explanationZh()).endsWith("认定有效期至2026年9月30日，期满后需重新申请。");
  }

  /** A module from one policy file given as text. */
  private static final class PolicyFileLoaderModule implements org.jiuzhu.core.policy.PolicyModule {
    private final org.jiuzhu.rules.policyfile.PolicyFile file;

    PolicyFileLoaderModule(String yaml) {
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
