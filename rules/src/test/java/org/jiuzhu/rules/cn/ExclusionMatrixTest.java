package org.jiuzhu.rules.cn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.rules.cn.ProgrammesTest.household;
import static org.jiuzhu.rules.cn.ProgrammesTest.member;

import java.time.LocalDate;
import java.util.List;
import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.eligibility.Outcome;
import org.jiuzhu.core.eligibility.Screening;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.rules.synthetic.HouseholdGenerator;
import org.junit.jupiter.api.Test;

/**
 * Every cell of the exclusion matrix of docs/rulebook.md ("Mutual exclusions"): the exclusive
 * cells over 20,000 seeded generated households (each cell seen with its first programme
 * eligible, so that no check is vacuous), the compatible ones on a household that gets both.
 */
final class ExclusionMatrixTest {
  private static final CnRulebook RULEBOOK = CnRulebook.create(Policy.installed());
  private static final LocalDate DATE = LocalDate.of(2025, 10, 1);
  private static final List<RegionCode> REGIONS = List.of("620825", "230300", "330105", "320509", "150602", "350500")
      .stream().map(RegionCode::parse).toList();

  @Test
  void exclusiveCellsHoldOnGeneratedHouseholds() {
    int[] seen = new int[16];
    for (long seed : new long[] {12L, 1212L}) {
      HouseholdGenerator g = new HouseholdGenerator(seed, REGIONS, DATE);
      for (int i = 0; i < 10_000; i++) {
        Household h = g.next();
        Screening s = RULEBOOK.evaluateFast(h, DATE);
        String what = "seed " + seed + " household " + i;
        Determination tekun = s.get(CnRulebook.TEKUN).orElseThrow();
        Determination dibao = s.get(CnRulebook.DIBAO).orElseThrow();
        Determination single = s.get(CnRulebook.DIBAO_SINGLE).orElseThrow();
        Determination marginal = s.get(CnRulebook.MARGINAL).orElseThrow();
        Determination rigid = s.get(CnRulebook.RIGID).orElseThrow();
        // every member of the household has a 特困 share: the household as a whole is on 特困
        boolean everyMemberTekun = tekun.isEligible() && tekun.shareCount() == h.members().size();
        if (tekun.isEligible()) {
          seen[0]++;
          for (String id : tekun.shareMemberIds()) {
            // 特困 x 低保: per person — a 特困 member has no 低保 share
            assertThat(dibao.memberShares().getOrDefault(id, org.jiuzhu.core.money.Money.ZERO).isPositive()).as(what).isFalse();
            // 特困 x 单人户: per person
            assertThat(single.hasShare(id)).as(what).isFalse();
          }
          if (dibao.isEligible()) {
            seen[1]++;
          }
        }
        if (everyMemberTekun) {
          seen[2]++;
          // 特困 of every member x 低保, 单人户, 边缘, 刚性: household
          assertThat(dibao.isEligible() || single.isEligible() || marginal.isEligible() || rigid.isEligible()).as(what).isFalse();
        }
        if (dibao.isEligible()) {
          seen[3]++;
          // 低保 x 单人户, 低保 x 边缘, 低保 x 刚性: household
          assertThat(single.isEligible() || marginal.isEligible() || rigid.isEligible()).as(what).isFalse();
        }
        if (single.isEligible()) {
          seen[4]++;
          // 单人户 needs the marginal tests: 单人户 implies 边缘, and so never 刚性
          assertThat(marginal.isEligible()).as(what).isTrue();
          assertThat(rigid.isEligible()).as(what).isFalse();
        }
        if (marginal.isEligible()) {
          seen[5]++;
          // 边缘 x 刚性
          assertThat(rigid.isEligible()).as(what).isFalse();
        }
        if (rigid.isEligible()) {
          seen[6]++;
        }
      }
    }
    assertThat(seen[0]).as("特困 eligible").isGreaterThan(50);
    assertThat(seen[1]).as("特困 member in a 低保 household").isGreaterThan(0);
    assertThat(seen[2]).as("every member 特困").isGreaterThan(10);
    assertThat(seen[3]).as("低保 eligible").isGreaterThan(500);
    assertThat(seen[4]).as("单人户 eligible").isGreaterThan(5);
    assertThat(seen[5]).as("边缘 eligible").isGreaterThan(50);
    assertThat(seen[6]).as("刚性 eligible").isGreaterThan(5);
  }

  private static final String TEKUN_MEMBER = "  - {id: m1, relationship: APPLICANT, birthDate: 1950-01-01, hukouType: RURAL,"
      + " hukouRegion: \"230300\", workStatus: NOT_WORKING, carePlacement: HOME, selfCare: {eating: true, dressing: true,"
      + " bedTransfer: true, toileting: true, indoorWalking: true, bathing: true}}\n";
  private static final String COUPLE = member("m1", "APPLICANT", "1980-05-01", "230300", "")
      + member("m2", "SPOUSE", "1982-03-01", "230300", "");
  private static final String FIRE = "events: [{date: 2025-09-01, type: FIRE, amount: \"500\"}]\n";

  private static Screening eval(String members, String rest) {
    Screening s = RULEBOOK.evaluate(household("230300", members, rest), DATE);
    assertThat(RULEBOOK.evaluateFast(household("230300", members, rest), DATE).equalsIgnoringExplanation(s)).isTrue();
    return s;
  }

  private static Outcome outcome(Screening s, String id) {
    return s.get(id).orElseThrow().outcome();
  }

  @Test
  void aHouseholdWhollyOnTekunIsNeitherDibaoNorMarginalNorRigid() {
    Screening s = eval(TEKUN_MEMBER, "");
    assertThat(outcome(s, CnRulebook.TEKUN)).isEqualTo(Outcome.ELIGIBLE);
    assertThat(outcome(s, CnRulebook.DIBAO)).isEqualTo(Outcome.INELIGIBLE);
    assertThat(outcome(s, CnRulebook.MARGINAL)).isEqualTo(Outcome.INELIGIBLE);
    assertThat(outcome(s, CnRulebook.RIGID)).isEqualTo(Outcome.INELIGIBLE);
    assertThat(outcome(s, CnRulebook.DIBAO_SINGLE)).isEqualTo(Outcome.INELIGIBLE);
    assertThat(s.get(CnRulebook.MARGINAL).orElseThrow().explanationZh()).contains("家庭成员均已认定为特困人员，不再认定为低保边缘家庭。");
  }

  @Test
  void tekunMemberOfADibaoHouseholdHasNoDibaoShare() {
    String mixed = member("m1", "APPLICANT", "1985-05-01", "230300", "")
        + TEKUN_MEMBER.replace("id: m1, relationship: APPLICANT, birthDate: 1950-01-01", "id: m2, relationship: GRANDPARENT, birthDate: 1945-01-01");
    Screening s = eval(mixed, "");
    assertThat(s.get(CnRulebook.TEKUN).orElseThrow().shareMemberIds()).containsExactly("m2");
    Determination dibao = s.get(CnRulebook.DIBAO).orElseThrow();
    assertThat(dibao.memberShares().get("m2").isPositive()).isFalse();
    assertThat(dibao.monthlyAmount().toString()).isEqualTo("540.00");
    assertThat(dibao.explanationZh()).contains("成员 m2 已按特困人员救助供养，不重复享受。");
  }

  @Test
  void temporaryAssistanceGoesWithEveryOtherProgramme() {
    // 特困 x 临时
    Screening tekun = eval(TEKUN_MEMBER, FIRE);
    assertThat(outcome(tekun, CnRulebook.TEKUN)).isEqualTo(Outcome.ELIGIBLE);
    assertThat(outcome(tekun, CnRulebook.TEMPORARY)).isEqualTo(Outcome.ELIGIBLE);
    // 低保 x 临时
    Screening dibao = eval(COUPLE, "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2025-04, to: 2025-09}, gross: \"600\"}]\n" + FIRE);
    assertThat(outcome(dibao, CnRulebook.DIBAO)).isEqualTo(Outcome.ELIGIBLE);
    assertThat(outcome(dibao, CnRulebook.TEMPORARY)).isEqualTo(Outcome.ELIGIBLE);
    // 边缘 x 临时 and 单人户 x 临时 (and 单人户 x 边缘: both)
    String sick = member("m1", "APPLICANT", "1980-05-01", "230300", "")
        + member("m2", "SPOUSE", "1982-03-01", "230300", ", disability: {category: PHYSICAL, grade: 1}").replace("FARMING", "NOT_WORKING");
    Screening single = eval(sick, "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2025-04, to: 2025-09}, gross: \"1300\"}]\n" + FIRE);
    assertThat(outcome(single, CnRulebook.DIBAO_SINGLE)).isEqualTo(Outcome.ELIGIBLE);
    assertThat(outcome(single, CnRulebook.MARGINAL)).isEqualTo(Outcome.ELIGIBLE);
    assertThat(outcome(single, CnRulebook.TEMPORARY)).isEqualTo(Outcome.ELIGIBLE);
    // 刚性 x 临时
    Screening rigid = eval(COUPLE, "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2024-10, to: 2025-09}, gross: \"2000\"}]\n"
        + "expenditures: [{member: m2, category: MEDICAL_OUT_OF_POCKET, months: {from: 2024-10, to: 2025-09}, amount: \"1400.01\"}]\n" + FIRE);
    assertThat(outcome(rigid, CnRulebook.RIGID)).isEqualTo(Outcome.ELIGIBLE);
    assertThat(outcome(rigid, CnRulebook.TEMPORARY)).isEqualTo(Outcome.ELIGIBLE);
  }
}
