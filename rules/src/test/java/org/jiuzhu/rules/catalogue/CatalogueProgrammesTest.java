package org.jiuzhu.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jiuzhu.core.eligibility.Outcome;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.io.HouseholdReader;
import org.jiuzhu.rules.io.HouseholdReaderTestSupport;
import org.junit.jupiter.api.Test;

/** The catalogue's own programmes, condition by condition, with their reasons. */
final class CatalogueProgrammesTest {
  private static final LocalDate DATE = LocalDate.of(2025, 10, 1);
  private final CatalogueScreener screener = new CatalogueScreener(CnRulebook.create(Policy.installed()), Catalogue.cn());

  private CatalogueScreening screen(String yaml) {
    Household h = HouseholdReader.fromTree(HouseholdReaderTestSupport.yaml("id: t\nregion: \"230300\"\napplicant: m1\n" + yaml));
    return screener.screen(h, DATE);
  }

  private static String member(String id, String rel, String birth, String extra) {
    return "  - {id: " + id + ", relationship: " + rel + ", birthDate: " + birth
        + ", hukouType: URBAN, hukouRegion: \"230300\"" + extra + "}\n";
  }

  /** The trial's h3u: an urban 特困 person at home without a home of her own (DOMAIN.md §10, Art. 38). */
  @Test
  void aTekunPersonAtHomeWithoutAHomeGetsTheRentSubsidy() {
    CatalogueScreening tekun = screen("members:\n"
        + member("m1", "APPLICANT", "1950-10-01", ", workStatus: NOT_WORKING, carePlacement: HOME, selfCare: {eating: true,"
            + " dressing: false, bedTransfer: true, toileting: false, indoorWalking: true, bathing: false},"
            + " supporters: [{relationship: CHILD, birthDate: 1963-02-01, conditions: [DIBAO]}]")
        + "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2024-10, to: 2025-09}, gross: \"143\","
        + " tags: [RESIDENTS_BASIC_PENSION]}]\n");
    assertThat(tekun.get("cn.tekun").orElseThrow().isEligible()).isTrue();
    assertThat(tekun.get("cn.housing.rent-subsidy").orElseThrow().isEligible()).isTrue();
    assertThat(tekun.get("cn.housing.rent-subsidy").orElseThrow().monthly()).isEqualTo(Money.parse("300.00"));
    assertThat(tekun.get("cn.housing.rent-subsidy").orElseThrow().programme().legalReference())
        .isEqualTo("社会救助暂行办法 第三十八条（最低生活保障家庭、分散供养的特困人员）");
    assertThat(Catalogue.cn().programmes().stream().filter(p -> p.id().equals("cn.housing.rent-subsidy")).findFirst()
        .orElseThrow().prerequisites()).containsExactly("cn.tekun", "cn.dibao");
    // cared for in an institution (集中供养): housing is the institution's, no rent subsidy or public rental
    CatalogueScreening institution = screen("members:\n"
        + member("m1", "APPLICANT", "1950-10-01", ", workStatus: NOT_WORKING, carePlacement: INSTITUTION, selfCare: {eating: true,"
            + " dressing: false, bedTransfer: true, toileting: false, indoorWalking: true, bathing: false},"
            + " supporters: [{relationship: CHILD, birthDate: 1963-02-01, conditions: [DIBAO]}]")
        + "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2024-10, to: 2025-09}, gross: \"143\","
        + " tags: [RESIDENTS_BASIC_PENSION]}]\n");
    assertThat(institution.get("cn.tekun").orElseThrow().isEligible()).isTrue();
    assertThat(institution.get("cn.housing.rent-subsidy").orElseThrow().isEligible()).isFalse();
    assertThat(institution.get("cn.housing.public-rental").orElseThrow().isEligible()).isFalse();
  }

  @Test
  void anUrbanHouseholdWithoutAHomeAfterADeath() {
    CatalogueScreening s = screen("members:\n"
        + member("m1", "APPLICANT", "1980-01-01", ", workStatus: UNEMPLOYED")
        + member("m2", "SPOUSE", "1981-01-01", ", workStatus: SELF_EMPLOYED")
        + member("m3", "PARENT", "1940-01-01", ", workStatus: NOT_WORKING, selfCare: {eating: true, dressing: false,"
            + " bedTransfer: true, toileting: true, indoorWalking: true, bathing: true}")
        + member("m4", "CHILD", "2021-03-01", ", workStatus: NOT_WORKING, schooling: PRESCHOOL")
        + member("m5", "CHILD", "2005-03-01", ", workStatus: STUDENT, schooling: UNDERGRADUATE")
        + member("m6", "CHILD", "2008-03-01", ", workStatus: STUDENT, schooling: SECONDARY_VOCATIONAL")
        + "incomes: [{member: m2, category: TRANSFER_NET, months: {from: 2025-04, to: 2025-09}, gross: \"600\"}]\n"
        + "events: [{date: 2025-09-01, type: DEATH}]\n");
    assertThat(s.get("cn.dibao").orElseThrow().isEligible()).isTrue();
    assertThat(s.get("cn.housing.public-rental").orElseThrow().quantity()).isEmpty();
    assertThat(s.get("cn.housing.public-rental").orElseThrow().isEligible()).isTrue();
    assertThat(s.get("cn.housing.rent-subsidy").orElseThrow().monthly()).isEqualTo(Money.parse("300.00"));
    assertThat(s.get("cn.housing.dangerous-house-renovation").orElseThrow().reasonsEn())
        .containsExactly("Requires rural hukou.", "Requires a home of one's own.");
    assertThat(s.get("cn.employment.public-welfare-job").orElseThrow().members()).containsExactly("m1");
    assertThat(s.get("cn.employment.training-subsidy").orElseThrow().oneOff()).isEqualTo(Money.parse("1500.00"));
    assertThat(s.get("cn.employment.social-insurance-subsidy").orElseThrow().members()).containsExactly("m2");
    assertThat(s.get("cn.funeral-fee-waiver").orElseThrow().isEligible()).isTrue();
    assertThat(s.get("cn.old-age-allowance").orElseThrow().members()).containsExactly("m3");
    assertThat(s.get("cn.old-age-allowance").orElseThrow().monthly()).isEqualTo(Money.parse("100.00"));
    assertThat(s.get("cn.home-care-services").orElseThrow().members()).containsExactly("m3");
    assertThat(s.get("cn.home-care-services").orElseThrow().quantity()).contains("4 visits/month");
    assertThat(s.get("cn.education.preschool").orElseThrow().yearly()).isEqualTo(Money.parse("1000.00"));
    assertThat(s.get("cn.education.university-grant").orElseThrow().members()).containsExactly("m5");
    assertThat(s.get("cn.education.vocational-grant").orElseThrow().members()).containsExactly("m6");
    // full-time students (the undergraduate m5, the vocational student m6 aged 17) are not insured: no contribution paid for them
    assertThat(s.get("cn.pension.contribution-subsidy").orElseThrow().members()).containsExactly("m1", "m2");
    assertThat(s.get("cn.heating.subsidy").orElseThrow().yearly()).isEqualTo(Money.parse("1000.00"));
    assertThat(s.notGranted()).allMatch(r -> !r.isEligible());
    assertThat(s.rulebook().householdId()).isEqualTo("t");
  }

  @Test
  void childrenWithoutParentsOrEffectiveGuardians() {
    CatalogueScreening orphan = screen("members:\n" + member("m1", "APPLICANT", "2015-01-01",
        ", workStatus: STUDENT, schooling: PRIMARY, orphan: true"));
    assertThat(orphan.get("cn.orphan-allowance").orElseThrow().monthly()).isEqualTo(Money.parse("1300.00"));
    assertThat(orphan.get("cn.unguarded-child-allowance").orElseThrow().isEligible()).isFalse();
    CatalogueScreening unguarded = screen("members:\n" + member("m1", "APPLICANT", "2015-01-01",
        ", workStatus: STUDENT, schooling: PRIMARY, supporters: [{birthDate: 1985-01-01, conditions: [IMPRISONED]},"
            + " {birthDate: 1986-01-01, conditions: [MISSING]}]"));
    assertThat(unguarded.get("cn.unguarded-child-allowance").orElseThrow().monthly()).isEqualTo(Money.parse("1300.00"));
    CatalogueScreening guarded = screen("members:\n" + member("m1", "APPLICANT", "2015-01-01",
        ", workStatus: STUDENT, schooling: PRIMARY, supporters: [{birthDate: 1985-01-01, conditions: [IMPRISONED]},"
            + " {birthDate: 1986-01-01}]"));
    assertThat(guarded.get("cn.unguarded-child-allowance").orElseThrow().reasonsEn())
        .containsExactly("No member meets the conditions (under 18, not an orphan, without effective guardians).");
    CatalogueScreening disabledChild = screen("members:\n" + member("m1", "APPLICANT", "2015-01-01",
        ", workStatus: NOT_WORKING, disability: {category: INTELLECTUAL, grade: 1}, orphan: true"));
    assertThat(disabledChild.get("cn.education.home-schooling").orElseThrow().quantity()).contains("2 visits/week");
    assertThat(disabledChild.get("cn.disability.care-subsidy").orElseThrow().isEligible()).isTrue();
  }

  @Test
  void reasonsNameEveryConditionInBothLanguages() {
    CatalogueScreening s = screen("members:\n" + member("m1", "APPLICANT", "1980-01-01", ", workStatus: EMPLOYED")
        + "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2025-04, to: 2025-09}, gross: \"5000\"}]\n"
        + "homes: [{floorArea: 80}]\n");
    assertThat(s.get("cn.medical.chronic-outpatient").orElseThrow().reasonsEn())
        .containsExactly("No member meets the conditions (with a chronic illness or on dialysis).");
    assertThat(s.get("cn.medical.chronic-outpatient").orElseThrow().reasonsZh())
        .containsExactly("家庭中没有符合条件的成员（患慢性病或需透析）。");
    assertThat(s.get("cn.health.major-illness-treatment").orElseThrow().reasonsEn())
        .containsExactly("No member meets the conditions (with a major illness).");
    assertThat(s.get("cn.disability.care-subsidy").orElseThrow().reasonsZh()).containsExactly("家庭中没有符合条件的成员（重度残疾）。");
    assertThat(s.get("cn.disability.rehabilitation").orElseThrow().reasonsEn())
        .containsExactly("No member meets the conditions (with a certified disability).");
    assertThat(s.get("cn.education.home-schooling").orElseThrow().reasonsEn())
        .containsExactly("No member meets the conditions (under 18, with a severe disability, in no school).");
    assertThat(s.get("cn.legal-aid").orElseThrow().reasonsZh().get(0)).startsWith("需先符合以下之一：特困人员救助供养、最低生活保障");
    assertThat(s.get("cn.medical.reimbursement").orElseThrow().outcome()).isEqualTo(Outcome.INELIGIBLE);
    assertThat(s.get("cn.dibao").orElseThrow().reasonsEn()).isNotEmpty();
    assertThat(s.get("cn.dibao").orElseThrow().nearMiss()).isEmpty();
  }

  @Test
  void theCatalogueDescribesItsProgrammes() {
    CatalogueProgramme legal = Catalogue.cn().programmes().stream().filter(p -> p.id().equals("cn.legal-aid")).findFirst().orElseThrow();
    assertThat(legal.prerequisites()).startsWith("cn.tekun", "cn.dibao");
    assertThat(legal.amountType()).isEmpty();
    assertThat(legal.toString()).isEqualTo("cn.legal-aid (法律援助, justice, REFERRAL)");
    assertThat(Catalogue.cn().departments()).containsKeys("civil-affairs", "commerce");
    assertThat(Catalogue.cn().programmes().stream().filter(p -> p.id().equals("cn.old-age-allowance")).findFirst().orElseThrow()
        .amountType()).contains("MONTHLY_PER_MEMBER");
    assertThat(Catalogue.cnKeys()).extracting(k -> k.name()).contains("screening.near-miss-margin", "plan.review-months");
  }
}
