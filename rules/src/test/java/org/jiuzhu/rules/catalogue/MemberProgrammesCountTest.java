package org.jiuzhu.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.rules.batch.HouseholdBatch;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.io.HouseholdReader;
import org.junit.jupiter.api.Test;

/**
 * A member-level programme considers exactly the members counted in the household (DOMAIN.md §3,
 * the rule 低保 counts by): clergy at a religious site for under 3 years are counted and considered
 * as a member at home; 3 years or more, serving a sentence and the like are left out, with a
 * reason naming the member and why, in both languages — on the object path and on the batch.
 */
final class MemberProgrammesCountTest {
  private static final CnRulebook RULEBOOK = CnRulebook.create(Policy.installed());
  private static final CatalogueScreener SCREENER = new CatalogueScreener(RULEBOOK, Catalogue.cn());
  private static final LocalDate DATE = LocalDate.of(2026, 10, 1);

  /** Recorded: the notes are those of members not counted only (an unrecorded scheme would add its own). */
  private static final String SCHEMES = ", pensionScheme: RESIDENTS, medicalScheme: RESIDENTS";

  private static Household household(String m2Absence, String m3Absence, String events) {
    String yaml = "id: t\nregion: \"620825\"\napplicant: m1\nmembers:\n"
        + "  - {id: m1, relationship: APPLICANT, birthDate: 1965-03-12, hukouType: RURAL, hukouRegion: \"620825\", workStatus: FARMING"
        + SCHEMES + "}\n"
        + "  - {id: m2, relationship: SPOUSE, birthDate: 1970-04-01, hukouType: RURAL, hukouRegion: \"620825\", workStatus: NOT_WORKING" + SCHEMES
        + m2Absence + "}\n"
        + "  - {id: m3, relationship: CHILD, birthDate: 1990-04-01, hukouType: RURAL, hukouRegion: \"620825\", workStatus: NOT_WORKING" + SCHEMES
        + m3Absence + "}\n"
        + "incomes: [{member: m1, category: BUSINESS_NET, months: {from: 2025-10, to: 2026-09}, gross: \"900\", deductions: \"100\"}]\n"
        + events;
    try {
      return HouseholdReader.read("t.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), true);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static final String TWO_YEARS = ", absence: {reason: RELIGIOUS_SITE, since: 2024-09-01}";
  private static final String FOUR_YEARS = ", absence: {reason: RELIGIOUS_SITE, since: 2022-09-01}";

  @Test
  void clergyOfTwoYearsAreConsideredAndClergyOfFourYearsAreLeftOutWithAReason() {
    Household h = household(TWO_YEARS, FOUR_YEARS, "");
    CatalogueScreening s = SCREENER.screen(h, DATE);
    assertThat(s.get(CnRulebook.DIBAO).orElseThrow().members()).containsExactly("m1", "m2");

    // 300.00 a year for each member in 低保: m1 and m2 (m2 was left out before)
    ProgrammeResult insurance = s.get("cn.medical.contribution-subsidy").orElseThrow();
    assertThat(insurance.members()).containsExactly("m1", "m2");
    assertThat(insurance.yearly().toString()).isEqualTo("600.00");
    assertThat(insurance.notesZh())
        .containsExactly("成员 m3 不计入共同生活的家庭成员（自2022年9月1日起在宗教活动场所连续居住满 3 年），本项目不予考虑。");
    assertThat(insurance.notesEn()).containsExactly("Member m3 is left out: not counted as a household member (共同生活的家庭成员),"
        + " living at a religious site since 1 September 2022, 3 years or more in a row.");

    // 100.00 a year for each member of 低保 under 60: m2 (56) only — m1 is 61
    ProgrammeResult pension = s.get("cn.pension.contribution-subsidy").orElseThrow();
    assertThat(pension.members()).containsExactly("m2");
    assertThat(pension.yearly().toString()).isEqualTo("100.00");
    assertThat(pension.notesZh()).anyMatch(n -> n.startsWith("成员 m3 不计入共同生活的家庭成员"));

    // the fast object path and the batch decide the same members
    assertThat(SCREENER.screenFast(h, DATE).get("cn.medical.contribution-subsidy").orElseThrow().members()).containsExactly("m1", "m2");
    HouseholdBatch batch = RULEBOOK.newBatch(DATE, 1, true);
    batch.add(h);
    CatalogueBatchResult result = new CatalogueBatchResult();
    SCREENER.screenFast(batch, DATE, result);
    int p = result.programmes(0).stream().map(CatalogueProgramme::id).toList().indexOf("cn.medical.contribution-subsidy");
    assertThat(result.memberBits(0, p)).isEqualTo(0b011L);
    assertThat(result.yearlyFen(0, p)).isEqualTo(60000L);
  }

  @Test
  void aMemberLivingElsewhereIsConsideredAndAMemberBackFromCustodyToo() {
    Household h = household(", absence: {reason: LIVING_ELSEWHERE, since: 2020-01-01}",
        ", absence: {reason: SERVING_SENTENCE, since: 2023-01-01}", "events: [{date: 2026-09-01, type: RELEASE_FROM_CUSTODY, member: m3}]\n");
    ProgrammeResult insurance = SCREENER.screen(h, DATE).get("cn.medical.contribution-subsidy").orElseThrow();
    assertThat(insurance.members()).containsExactly("m1", "m2", "m3");
    assertThat(insurance.yearly().toString()).isEqualTo("900.00");
    assertThat(insurance.notesZh()).isEmpty();
  }

  @Test
  void aMemberServingASentenceIsLeftOutWithAReason() {
    Household h = household("", ", absence: {reason: SERVING_SENTENCE, since: 2023-01-01}", "");
    ProgrammeResult insurance = SCREENER.screen(h, DATE).get("cn.medical.contribution-subsidy").orElseThrow();
    assertThat(insurance.members()).containsExactly("m1", "m2");
    assertThat(insurance.notesZh()).containsExactly("成员 m3 不计入共同生活的家庭成员（正在服刑），本项目不予考虑。");
    assertThat(insurance.notesEn())
        .containsExactly("Member m3 is left out: not counted as a household member (共同生活的家庭成员), serving a sentence.");
  }
}
