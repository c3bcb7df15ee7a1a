package org.jiuzhu.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.household.InsuranceScheme;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.validation.Problem;
import org.jiuzhu.core.validation.ValidationException;
import org.jiuzhu.rules.batch.HouseholdBatch;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.io.HouseholdReader;
import org.jiuzhu.rules.io.HouseholdWriter;
import org.junit.jupiter.api.Test;

/**
 * The residents' contribution subsidies go by the member's insurance scheme (issue 12): the
 * residents' pension contribution (城乡居民养老保险代缴) only to a member in or able to join the
 * residents' pension scheme, the residents' medical contribution (城乡居民医保参保资助) only to one in
 * or joining the residents' medical insurance — a member of the employees' scheme gets neither; a
 * member whose scheme is not recorded is decided as before, with a detail and a note in both
 * languages that it must be checked; the batch decides the same.
 */
final class InsuranceSchemeTest {
  private static final CnRulebook RULEBOOK = CnRulebook.create(Policy.installed());
  private static final CatalogueScreener SCREENER = new CatalogueScreener(RULEBOOK, Catalogue.cn());
  private static final LocalDate DATE = LocalDate.of(2026, 10, 1);
  private static final String PENSION = "cn.pension.contribution-subsidy";
  private static final String MEDICAL = "cn.medical.contribution-subsidy";

  /** A rural 低保 household of Zhuanglang: three members aged 51, 48 and 36, with the schemes given. */
  private static Household household(String m1, String m2, String m3) {
    String yaml = "id: s\nregion: \"620825\"\napplicant: m1\nmembers:\n"
        + "  - {id: m1, relationship: APPLICANT, birthDate: 1975-03-12, hukouType: RURAL, hukouRegion: \"620825\", workStatus: FARMING"
        + m1 + "}\n"
        + "  - {id: m2, relationship: SPOUSE, birthDate: 1978-04-01, hukouType: RURAL, hukouRegion: \"620825\", workStatus: NOT_WORKING"
        + m2 + "}\n"
        + "  - {id: m3, relationship: CHILD, birthDate: 1990-04-01, hukouType: RURAL, hukouRegion: \"620825\", workStatus: NOT_WORKING"
        + m3 + "}\n"
        + "incomes: [{member: m1, category: BUSINESS_NET, months: {from: 2025-10, to: 2026-09}, gross: \"900\", deductions: \"100\"}]\n";
    try {
      return HouseholdReader.read("s.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), true);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static final String EMPLOYEES = ", pensionScheme: EMPLOYEES, medicalScheme: EMPLOYEES";
  private static final String RESIDENTS = ", pensionScheme: RESIDENTS, medicalScheme: RESIDENTS";
  private static final String NONE = ", pensionScheme: NONE, medicalScheme: NONE";

  @Test
  void anEmployeeGetsNeitherSubsidyAResidentAndAnUninsuredMemberGetBoth() {
    Household h = household(EMPLOYEES, RESIDENTS, NONE);
    assertThat(h.members().get(0).pensionScheme()).contains(InsuranceScheme.EMPLOYEES);
    assertThat(h.members().get(1).medicalScheme()).contains(InsuranceScheme.RESIDENTS);
    CatalogueScreening s = SCREENER.screen(h, DATE);
    assertThat(s.get(CnRulebook.DIBAO).orElseThrow().members()).containsExactly("m1", "m2", "m3");

    // 100.00 a year for each member in the residents' pension scheme or able to join it: m2 and m3, not m1
    ProgrammeResult pension = s.get(PENSION).orElseThrow();
    assertThat(pension.members()).containsExactly("m2", "m3");
    assertThat(pension.yearly().toString()).isEqualTo("200.00");
    assertThat(pension.notesZh()).noneMatch(n -> n.contains("参保"));
    assertThat(pension.details()).doesNotContainKeys("m1.pensionScheme", "m2.pensionScheme", "m3.pensionScheme");

    // 300.00 a year for each 低保 member in or joining the residents' medical insurance: m2 and m3
    ProgrammeResult medical = s.get(MEDICAL).orElseThrow();
    assertThat(medical.members()).containsExactly("m2", "m3");
    assertThat(medical.yearly().toString()).isEqualTo("600.00");
    assertThat(medical.notesEn()).noneMatch(n -> n.contains("scheme"));
    sameOnTheBatch(h, s);
  }

  @Test
  void aHouseholdOfEmployeesOnlyIsToldWhyNot() {
    Household h = household(EMPLOYEES, EMPLOYEES, EMPLOYEES);
    CatalogueScreening s = SCREENER.screen(h, DATE);
    assertThat(s.get(CnRulebook.DIBAO).orElseThrow().isEligible()).isTrue();
    ProgrammeResult pension = s.get(PENSION).orElseThrow();
    assertThat(pension.isEligible()).isFalse();
    assertThat(pension.yearly().toString()).isEqualTo("0.00");
    assertThat(pension.reasonsZh()).containsExactly("家庭中没有符合条件的成员（年满 16 周岁，未满 60 周岁，在读阶段：未在读，"
        + "基本养老保险：城乡居民、未参保）。");
    assertThat(pension.reasonsEn()).containsExactly("No member meets the conditions (aged 16 or over, under 60, in no school,"
        + " basic pension insurance: the residents' scheme (城乡居民) or not insured (未参保)).");
    ProgrammeResult medical = s.get(MEDICAL).orElseThrow();
    assertThat(medical.isEligible()).isFalse();
    assertThat(medical.reasonsZh()).containsExactly("家庭中没有符合条件的成员（基本医疗保险：城乡居民、未参保）。");
    assertThat(medical.reasonsEn()).containsExactly("No member meets the conditions (basic medical insurance: the residents' scheme"
        + " (城乡居民) or not insured (未参保)).");
    sameOnTheBatch(h, s);
  }

  @Test
  void aSchemeNotRecordedKeepsTheDecisionAndSaysItMustBeChecked() {
    Household h = household(EMPLOYEES, RESIDENTS, "");
    assertThat(h.members().get(2).pensionScheme()).isEmpty();
    CatalogueScreening s = SCREENER.screen(h, DATE);

    ProgrammeResult pension = s.get(PENSION).orElseThrow();
    assertThat(pension.members()).containsExactly("m2", "m3");
    assertThat(pension.yearly().toString()).isEqualTo("200.00");
    assertThat(pension.details()).containsEntry("m3.pensionScheme", "not-recorded").doesNotContainKey("m2.pensionScheme");
    assertThat(pension.notesZh()).filteredOn(n -> n.contains("参保")).containsExactly("成员 m3 的基本养老保险参保情况未登记：本项目按参加或可参加城乡居民养老保险"
        + "（城乡居民、未参保）核定，须查验参保记录，确认未参加职工基本养老保险。");
    assertThat(pension.notesEn()).filteredOn(n -> n.contains("scheme")).containsExactly("The pension scheme of member m3 is not recorded: this programme is decided as for"
        + " a member in or able to join the residents' pension scheme (the residents' scheme (城乡居民) or not insured (未参保));"
        + " check the enrolment record (参保记录) for the employees' basic pension (职工基本养老保险).");

    ProgrammeResult medical = s.get(MEDICAL).orElseThrow();
    assertThat(medical.members()).containsExactly("m2", "m3");
    assertThat(medical.yearly().toString()).isEqualTo("600.00");
    assertThat(medical.details()).containsEntry("m3.medicalScheme", "not-recorded");
    assertThat(medical.notesZh()).containsExactly("成员 m3 的基本医疗保险参保情况未登记：本项目按参加或可参加城乡居民医保"
        + "（城乡居民、未参保）核定，须查验参保记录，确认未参加职工基本医疗保险。");
    assertThat(medical.notesEn()).containsExactly("The medical-insurance scheme of member m3 is not recorded: this programme is"
        + " decided as for a member in or joining the residents' medical insurance (the residents' scheme (城乡居民) or not insured"
        + " (未参保)); check the enrolment record (参保记录) for the employees' basic medical insurance (职工基本医疗保险).");
    // the checklist asks for the enrolment record; with every scheme recorded it does not
    assertThat(s.checklist()).extracting(Document::id).contains("insurance-record");
    assertThat(s.checklist()).filteredOn(d -> d.id().equals("insurance-record")).singleElement()
        .satisfies(d -> assertThat(d.nameZh()).isEqualTo("社会保险参保记录"));
    assertThat(SCREENER.screen(household(EMPLOYEES, RESIDENTS, NONE), DATE).checklist()).extracting(Document::id)
        .doesNotContain("insurance-record");

    // as before the scheme was a condition: with nothing recorded, every member of 低保 in the age range
    Household unrecorded = household("", "", "");
    CatalogueScreening u = SCREENER.screen(unrecorded, DATE);
    assertThat(u.get(PENSION).orElseThrow().members()).containsExactly("m1", "m2", "m3");
    assertThat(u.get(PENSION).orElseThrow().yearly().toString()).isEqualTo("300.00");
    assertThat(u.get(MEDICAL).orElseThrow().yearly().toString()).isEqualTo("900.00");
    // one note names every such member; each has the detail
    assertThat(u.get(PENSION).orElseThrow().notesZh()).filteredOn(n -> n.contains("参保情况未登记")).singleElement()
        .satisfies(n -> assertThat(n).startsWith("成员 m1、m2、m3 的基本养老保险参保情况未登记"));
    assertThat(u.get(MEDICAL).orElseThrow().notesEn()).singleElement()
        .satisfies(n -> assertThat(n).startsWith("The medical-insurance scheme of members m1, m2, m3 is not recorded:"));
    assertThat(u.get(MEDICAL).orElseThrow().details()).containsEntry("m1.medicalScheme", "not-recorded")
        .containsEntry("m2.medicalScheme", "not-recorded").containsEntry("m3.medicalScheme", "not-recorded");
    sameOnTheBatch(h, s);
    sameOnTheBatch(unrecorded, u);
  }

  @Test
  void onlyTheSchemeOfItsOwnInsuranceCounts() {
    // in the employees' pension (a wage job) but in the residents' medical insurance, and the other way round
    Household h = household(", pensionScheme: EMPLOYEES, medicalScheme: RESIDENTS", ", pensionScheme: RESIDENTS, medicalScheme: EMPLOYEES",
        EMPLOYEES);
    CatalogueScreening s = SCREENER.screen(h, DATE);
    assertThat(s.get(PENSION).orElseThrow().members()).containsExactly("m2");
    assertThat(s.get(PENSION).orElseThrow().yearly().toString()).isEqualTo("100.00");
    assertThat(s.get(MEDICAL).orElseThrow().members()).containsExactly("m1");
    assertThat(s.get(MEDICAL).orElseThrow().yearly().toString()).isEqualTo("300.00");
    sameOnTheBatch(h, s);
  }

  @Test
  void theSchemesAreWrittenAndReadBack() throws Exception {
    Household h = household(EMPLOYEES, ", medicalScheme: NONE", "");
    String line = HouseholdWriter.toJsonLine(h);
    assertThat(line).contains("\"pensionScheme\":\"EMPLOYEES\"", "\"medicalScheme\":\"NONE\"");
    Household back = HouseholdReader.fromTree(com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(line));
    assertThat(back).isEqualTo(h);
    assertThat(back.members().get(1).pensionScheme()).isEmpty();
    assertThat(back.members().get(2).medicalScheme()).isEmpty();
  }

  @Test
  void aBadSchemeNamesFieldValueAndTheValuesExpectedInBothLanguages() {
    assertThatThrownBy(() -> household(", pensionScheme: PRIVATE", ", medicalScheme: 职工", ""))
        .isInstanceOf(ValidationException.class).satisfies(e -> {
          List<Problem> p = ((ValidationException) e).problems();
          assertThat(p).extracting(Problem::path).containsExactly("members[0].pensionScheme", "members[1].medicalScheme");
          assertThat(p.get(0).message(Lang.EN)).isEqualTo("'PRIVATE' is not a valid insurance scheme; expected one of"
              + " [RESIDENTS, EMPLOYEES, NONE]");
          assertThat(p.get(0).message(Lang.ZH)).isEqualTo("“PRIVATE”不是有效的参保类型；应为以下之一：RESIDENTS、EMPLOYEES、NONE");
          assertThat(p.get(1).message(Lang.ZH)).startsWith("“职工”不是有效的参保类型");
        });
    // a number or true/false where a scheme's name is expected: the value and the names it may be, as in a CSV cell
    assertThatThrownBy(() -> household(", pensionScheme: 1", ", medicalScheme: true", ""))
        .isInstanceOf(ValidationException.class).satisfies(e -> {
          List<Problem> p = ((ValidationException) e).problems();
          assertThat(p).extracting(Problem::path).containsExactly("members[0].pensionScheme", "members[1].medicalScheme");
          assertThat(p.get(0).message(Lang.EN)).isEqualTo("'1' is not a valid insurance scheme; expected one of"
              + " [RESIDENTS, EMPLOYEES, NONE]");
          assertThat(p.get(1).message(Lang.ZH)).isEqualTo("“true”不是有效的参保类型；应为以下之一：RESIDENTS、EMPLOYEES、NONE");
        });
  }

  @Test
  void aCatalogueWithABadSchemeConditionNamesEveryProblem() {
    String text = "format: jiuzhu-catalogue/1\ndepartments: [{id: d, nameZh: 部门, nameEn: D}]\n"
        + "documents: [{id: id-card, nameZh: 身份证, nameEn: ID}]\nprogrammes:\n"
        + "  - {id: p1, nameZh: 一, nameEn: one, department: d, kind: CASH, reference: r, documents: [id-card],"
        + " member: {pensionScheme: [RESIDENT], medicalScheme: [NONE, PRIVATE]}, documentsIfSchemeNotRecorded: [enrolment]}\n"
        + "  - {id: p2, nameZh: 二, nameEn: two, department: d, kind: CASH, reference: r, documents: [id-card],"
        + " documentsIfSchemeNotRecorded: [id-card]}\n";
    assertThatThrownBy(() -> Catalogue.load("s.yaml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("programme p1: 'RESIDENT' is not an insurance scheme; expected one of [RESIDENTS, EMPLOYEES, NONE]")
        .hasMessageContaining("programme p1: 'PRIVATE' is not an insurance scheme")
        .hasMessageContaining("programme p1: unknown document 'enrolment'")
        .hasMessageContaining("programme p2: documentsIfSchemeNotRecorded without a member condition on pensionScheme or medicalScheme");
  }

  /** The batch (from the household object) decides as the object path: members and money of both subsidies. */
  private static void sameOnTheBatch(Household h, CatalogueScreening explained) {
    CatalogueScreening fast = SCREENER.screenFast(h, DATE);
    HouseholdBatch batch = RULEBOOK.newBatch(DATE, 1, true);
    batch.add(h);
    CatalogueBatchResult result = new CatalogueBatchResult();
    SCREENER.screenFast(batch, DATE, result);
    List<String> ids = result.programmes(0).stream().map(CatalogueProgramme::id).toList();
    for (String id : List.of(PENSION, MEDICAL)) {
      ProgrammeResult e = explained.get(id).orElseThrow();
      assertThat(fast.get(id).orElseThrow().members()).as(id).isEqualTo(e.members());
      assertThat(fast.get(id).orElseThrow().yearly()).as(id).isEqualTo(e.yearly());
      int p = ids.indexOf(id);
      long bits = 0;
      for (String m : e.members()) {
        bits |= 1L << Integer.parseInt(m.substring(1)) - 1;
      }
      assertThat(result.memberBits(0, p)).as(id).isEqualTo(bits);
      assertThat(result.yearlyFen(0, p)).as(id).isEqualTo(e.yearly().fen());
      assertThat(result.isEligible(0, p)).as(id).isEqualTo(e.isEligible());
    }
  }
}
