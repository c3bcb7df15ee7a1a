package org.jiuzhu.rules.cn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.rules.cn.ProgrammesTest.get;
import static org.jiuzhu.rules.cn.ProgrammesTest.household;
import static org.jiuzhu.rules.cn.ProgrammesTest.member;

import java.time.LocalDate;
import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.policy.Policy;
import org.junit.jupiter.api.Test;

/**
 * Who is counted in the household (共同生活的家庭成员, DOMAIN.md §3): a member serving a sentence is not,
 * until a release from custody brings them home; the explanation names every member left out and why.
 */
final class MembersCountedTest {
  private static final CnRulebook RULEBOOK = CnRulebook.create(Policy.installed());
  private static final LocalDate DATE = LocalDate.of(2025, 10, 1);
  private static final String MEMBERS = member("m1", "APPLICANT", "1965-03-12", "620825", "")
      + member("m2", "SPOUSE", "1966-04-01", "620825", ", absence: {reason: SERVING_SENTENCE, since: 2023-01-01}")
      + member("m3", "CHILD", "1990-04-01", "620825", ", absence: {reason: RELIGIOUS_SITE, since: 2020-01-01}");
  private static final String INCOME =
      "incomes: [{member: m1, category: BUSINESS_NET, months: {from: 2024-10, to: 2025-09}, gross: \"600\"}]\n";

  @Test
  void aMemberServingASentenceAndClergyOfThreeYearsAreLeftOutAndTheExplanationSaysWhoAndWhy() {
    Determination d = get(RULEBOOK.evaluate(household("620825", MEMBERS, INCOME), DATE), CnRulebook.DIBAO);
    assertThat(d.explanationZh()).contains("共同生活的家庭成员 1 人。").contains("成员 m2 不计入共同生活的家庭成员：正在服刑。")
        .contains("成员 m3 不计入共同生活的家庭成员：自2020年1月1日起在宗教活动场所连续居住满 3 年。");
    assertThat(d.explanationEn()).contains("Member m2 is not counted as a household member (共同生活的家庭成员): serving a sentence.")
        .contains("Member m3 is not counted as a household member (共同生活的家庭成员): living at a religious site since 1 January 2020,"
            + " 3 years or more in a row.");
  }

  @Test
  void aReleaseFromCustodyBringsTheMemberBackAndTheExplanationSaysSince() {
    String released = INCOME + "events: [{date: 2025-09-01, type: RELEASE_FROM_CUSTODY, member: m2}]\n";
    Household h = household("620825", MEMBERS, released);
    assertThat(h.releasedFromCustody(h.members().get(1), DATE)).contains(LocalDate.of(2025, 9, 1));
    assertThat(h.absenceOn(h.members().get(1), DATE)).isEmpty();
    Determination d = get(RULEBOOK.evaluate(h, DATE), CnRulebook.DIBAO);
    // m1 and m2: (7,200.00 − 2,052.00 employment costs) / 12 / 2 = 214.50 per person; (570.00 − 214.50) × 2 = 711.00
    assertThat(d.monthlyAmount().toString()).as(d.explanationZh()).isEqualTo("711.00");
    assertThat(d.explanationZh()).contains("共同生活的家庭成员 2 人。")
        .contains("成员 m2 此前服刑，2025年9月1日起已回家（刑满释放、假释或暂予监外执行），计入共同生活的家庭成员。")
        .doesNotContain("成员 m2 不计入");
    assertThat(d.explanationEn()).contains("Member m2 was serving a sentence and has been back home since 1 September 2025");
    // the fast path counts the same members
    assertThat(get(RULEBOOK.evaluateFast(h, DATE), CnRulebook.DIBAO).monthlyAmount()).isEqualTo(d.monthlyAmount());
  }

  @Test
  void aReleaseBeforeTheAbsenceBeganOrAfterTheDateDoesNotEndIt() {
    Household before = household("620825", MEMBERS, INCOME + "events: [{date: 2022-06-01, type: RELEASE_FROM_CUSTODY, member: m2}]\n");
    assertThat(before.absenceOn(before.members().get(1), DATE)).isPresent();
    assertThat(get(RULEBOOK.evaluate(before, DATE), CnRulebook.DIBAO).explanationZh()).contains("共同生活的家庭成员 1 人。");
    Household other = household("620825", MEMBERS, INCOME + "events: [{date: 2025-09-01, type: RELEASE_FROM_CUSTODY, member: m3}]\n");
    // a release of the clergy member ends nothing: only custody ends with a release
    assertThat(other.absenceOn(other.members().get(2), DATE)).isPresent();
    assertThat(other.absenceOn(other.members().get(1), DATE)).isPresent();
  }
}
