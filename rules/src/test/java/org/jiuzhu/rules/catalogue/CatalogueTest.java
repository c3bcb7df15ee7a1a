package org.jiuzhu.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiuzhu.core.eligibility.Outcome;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.io.HouseholdReader;
import org.jiuzhu.rules.synthetic.HouseholdGenerator;
import org.junit.jupiter.api.Test;

final class CatalogueTest {
  private final CatalogueScreener screener = new CatalogueScreener(CnRulebook.create(Policy.installed()), Catalogue.cn());
  private static final LocalDate DATE = LocalDate.of(2025, 10, 1);
  private static final Path HOUSEHOLDS = Path.of(System.getProperty("jiuzhu.households", "../examples/households"));

  private static InputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void hasThirtyProgrammesFromTenDepartmentsBesidesTheRulebook() {
    Catalogue c = Catalogue.cn();
    List<CatalogueProgramme> own = c.programmes().stream().filter(p -> !p.isRulebook()).toList();
    assertThat(own).hasSizeGreaterThanOrEqualTo(30);
    assertThat(c.programmes().stream().map(p -> p.department().id()).collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(10);
    assertThat(c.programmes().stream().filter(CatalogueProgramme::isRulebook).map(CatalogueProgramme::id))
        .containsExactlyElementsOf(CnRulebook.PROGRAMMES);
    for (CatalogueProgramme p : c.programmes()) {
      assertThat(p.documents()).as(p.id()).isNotEmpty();
      assertThat(p.legalReference()).as(p.id()).isNotBlank();
      assertThat(p.nameZh()).as(p.id()).isNotBlank();
      assertThat(p.nameEn()).as(p.id()).isNotBlank();
    }
    assertThat(c.programmes().stream().map(CatalogueProgramme::kind).collect(Collectors.toSet())).containsExactlyInAnyOrder(Kind.values());
  }

  @Test
  void theDialysisPatientGetsEveryProgrammeOfEveryDepartmentInOneResult() throws IOException {
    Household h = HouseholdReader.read(HOUSEHOLDS.resolve("dialysis-story.json"));
    CatalogueScreening s = screener.screen(h, DATE);
    assertThat(s.byDepartment().keySet()).extracting(Department::id).containsExactly("civil-affairs", "healthcare-security",
        "health-commission", "education", "human-resources", "justice", "power-supply", "water-supply", "heating");
    // a rural home of its own is no housing need: no renovation referral without the home recorded unsafe
    assertThat(s.get("cn.housing.dangerous-house-renovation").orElseThrow().isEligible()).isFalse();
    assertThat(s.get("cn.dibao").orElseThrow().monthly()).isEqualTo(Money.parse("982.00"));
    // 3 members x 300 (低保 contribution subsidy); 12 x 2500 out of pocket x 0.7 (低保, no deductible)
    assertThat(s.get("cn.medical.contribution-subsidy").orElseThrow().yearly()).isEqualTo(Money.parse("900.00"));
    assertThat(s.get("cn.medical.reimbursement").orElseThrow().oneOff()).isEqualTo(Money.parse("21000.00"));
    assertThat(s.get("cn.medical.reimbursement").orElseThrow().members()).containsExactly("m1");
    assertThat(s.get("cn.education.high-school-grant").orElseThrow().yearly()).isEqualTo(Money.parse("2300.00"));
    assertThat(s.get("cn.utility.free-electricity").orElseThrow().quantity()).contains("10 kWh/month");
    assertThat(s.get("cn.health.family-doctor").orElseThrow().quantity()).contains("1 visit/month");
    assertThat(s.totalMonthly()).isEqualTo(Money.parse("982.00"));
    // m3 (16, in senior secondary school) is a full-time student: no residents' pension contribution paid for her
    assertThat(s.get("cn.pension.contribution-subsidy").orElseThrow().members()).doesNotContain("m3");
    assertThat(s.totalYearly()).isEqualTo(Money.parse("4400.00"));
    assertThat(s.totalOneOff()).isEqualTo(Money.parse("21000.00"));
    List<String> docs = s.checklist().stream().map(Document::id).toList();
    assertThat(docs).doesNotHaveDuplicates().contains("id-card", "medical-invoices", "school-certificate", "electricity-account");
    // the spending need of temporary assistance is what medical assistance leaves: 21000 of the 30000 paid, the
    // last six months' bills covered, so no 支出型 need remains (the rulebook alone saw one above the cap)
    assertThat(s.rulebook().get("cn.temporary-assistance").orElseThrow().outcome()).isEqualTo(Outcome.INELIGIBLE);
    assertThat(screener.rulebook().evaluate(h, DATE).get("cn.temporary-assistance").orElseThrow().outcome())
        .isEqualTo(Outcome.NEEDS_REVIEW);
    assertThat(s.get("cn.temporary-assistance").orElseThrow().details()).containsEntry("medicalAssistanceDeducted", "21000.00");
    assertThat(s.get("cn.old-age-allowance").orElseThrow().reasonsEn()).containsExactly("No member meets the conditions (aged 80 or over).");
    assertThat(s.get("cn.housing.rent-subsidy").orElseThrow().reasonsZh()).containsExactly("需要城镇户籍。", "需要无自有住房。");
  }

  @Test
  void theCarStoryAcrossTheCatalogue() throws IOException {
    Household h = HouseholdReader.read(HOUSEHOLDS.resolve("dibao-marginal-car-story.json"));
    CatalogueScreening s = screener.screen(h, DATE);
    // the father alone on 低保 (570 + 100 severe-disability addition), 4200 at once, and what follows from 低保 for him
    assertThat(s.get("cn.dibao-single-person").orElseThrow().monthly()).isEqualTo(Money.parse("670.00"));
    assertThat(s.get("cn.temporary-assistance").orElseThrow().oneOff()).isEqualTo(Money.parse("4200.00"));
    assertThat(s.get("cn.dibao-marginal").orElseThrow().isEligible()).isTrue();
    assertThat(s.get("cn.disability.care-subsidy").orElseThrow().members()).containsExactly("m1");
    assertThat(s.get("cn.disability.living-subsidy").orElseThrow().monthly()).isEqualTo(Money.parse("90.00"));
    // the contribution subsidy by category: the father as 低保 (300), the others as marginal (200 each)
    assertThat(s.get("cn.medical.contribution-subsidy").orElseThrow().yearly()).isEqualTo(Money.parse("700.00"));
    assertThat(s.get("cn.utility.free-electricity").orElseThrow().isEligible()).isFalse();
    assertThat(s.get("cn.utility.free-electricity").orElseThrow().reasonsEn())
        .containsExactly("Requires one of: Support for people in extreme poverty, Minimum living allowance.");
  }

  @Test
  void nearMissesAreFlagged() {
    String yaml = "id: n\nregion: \"230300\"\napplicant: m1\nmembers:\n"
        + "  - {id: m1, relationship: APPLICANT, birthDate: 1980-01-01, hukouType: RURAL, hukouRegion: \"230300\", workStatus: FARMING}\n"
        + "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2025-04, to: 2025-09}, gross: \"560\"}]\n";
    Household h = HouseholdReader.fromTree(org.jiuzhu.rules.io.HouseholdReaderTestSupport.yaml(yaml));
    CatalogueScreening s = screener.screen(h, DATE);
    // 560 against 540 is within 5%: a near miss of 低保; 810 would not be
    assertThat(s.get("cn.dibao").orElseThrow().nearMiss()).contains("dibao.income: 560.00 vs 540.00");
    assertThat(s.nearMisses()).extracting(r -> r.programme().id()).contains("cn.dibao");
    assertThat(screener.screenFast(h, DATE).nearMisses()).isEmpty();
  }

  @Test
  void fastAndExplainAgreeOnGeneratedHouseholds() {
    HouseholdGenerator g = new HouseholdGenerator(77, List.of("620825", "230300", "330105", "150602").stream()
        .map(RegionCode::parse).toList(), DATE);
    for (int i = 0; i < 2_000; i++) {
      Household h = g.next();
      CatalogueScreening a = screener.screen(h, DATE);
      CatalogueScreening b = screener.screenFast(h, DATE);
      assertThat(b.results()).hasSameSizeAs(a.results());
      for (int k = 0; k < a.results().size(); k++) {
        ProgrammeResult x = a.results().get(k);
        ProgrammeResult y = b.results().get(k);
        assertThat(y.outcome()).as("household %s %s", i, x.programme().id()).isEqualTo(x.outcome());
        assertThat(y.monthly()).isEqualTo(x.monthly());
        assertThat(y.yearly()).isEqualTo(x.yearly());
        assertThat(y.oneOff()).isEqualTo(x.oneOff());
        assertThat(y.members()).isEqualTo(x.members());
        assertThat(x.monthly().isNegative() || x.yearly().isNegative() || x.oneOff().isNegative()).isFalse();
        if (!x.isEligible() && x.outcome() == Outcome.INELIGIBLE) {
          assertThat(x.reasonsZh()).as("household %s %s has a reason", i, x.programme().id()).isNotEmpty();
          assertThat(x.reasonsEn()).hasSameSizeAs(x.reasonsZh());
        }
      }
    }
  }

  @Test
  void anOverlayDropsAProgrammeForARegionAndBelow() {
    Set<String> zhejiang = Catalogue.cn().programmes(RegionCode.parse("330105")).stream().map(CatalogueProgramme::id)
        .collect(Collectors.toSet());
    Set<String> gansu = Catalogue.cn().programmes(RegionCode.parse("620825")).stream().map(CatalogueProgramme::id)
        .collect(Collectors.toSet());
    assertThat(zhejiang).doesNotContain("cn.heating.subsidy").contains("cn.legal-aid");
    assertThat(gansu).contains("cn.heating.subsidy");
    Catalogue more = Catalogue.cn().withOverlay("add.yaml", text("format: jiuzhu-catalogue-overlay/1\nregion: \"620825\"\n"
        + "add:\n  - {id: cn.local.zhuanglang-water, nameZh: 庄浪县饮水补助, nameEn: Zhuanglang drinking-water aid, department: water-supply,"
        + " kind: FEE_WAIVER, reference: local, documents: [id-card], anyOf: [cn.dibao]}\n"));
    assertThat(more.programmes(RegionCode.parse("620825100")).get(more.programmes(RegionCode.parse("620825100")).size() - 1).id())
        .isEqualTo("cn.local.zhuanglang-water");
    assertThat(more.programmes(RegionCode.parse("620826"))).noneMatch(p -> p.id().equals("cn.local.zhuanglang-water"));
  }

  @Test
  void badCataloguesAndOverlaysNameEveryProblem() {
    assertThatThrownBy(() -> Catalogue.load("bad.yaml", text("format: jiuzhu-catalogue/1\ndepartments: [{id: d, nameZh: 部门, nameEn: D}]\n"
        + "documents: [{id: id-card, nameZh: 身份证, nameEn: ID}]\nprogrammes:\n"
        + "  - {id: p1, nameZh: 一, nameEn: one, department: nowhere, kind: GIFT, reference: r, documents: [passport], anyOf: [p2],"
        + " alternativeTo: p1}\n"
        + "  - {id: p2, nameZh: 二, nameEn: two, department: d, kind: CASH, reference: r, documents: [id-card],"
        + " amount: {type: MONTHLY_PER_MEMBER, key: no.such.key}, member: {minAge: dibao.standard.urban, schooling: [KINDERGARTEN]}}\n"
        + "  - {id: p2, nameZh: 二, nameEn: two, department: d, kind: CASH, reference: r, documents: [id-card], rulebook: true}\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.yaml: invalid catalogue")
        .hasMessageContaining("programme p1: unknown department 'nowhere'")
        .hasMessageContaining("programme p1: kind 'GIFT'")
        .hasMessageContaining("programme p1: unknown document 'passport'")
        .hasMessageContaining("programme p1: prerequisite 'p2' is not a programme listed before it")
        .hasMessageContaining("programme p1: alternativeTo 'p1' is not a programme listed before it")
        .hasMessageContaining("programme p2: unknown amount parameter 'no.such.key'")
        .hasMessageContaining("programme p2: parameter 'dibao.standard.urban' is in CNY/person/month; expected years")
        .hasMessageContaining("programme p2: 'KINDERGARTEN' is not a schooling stage; expected one of [NONE, ")
        .hasMessageContaining("programme p2: the id is used twice")
        .hasMessageContaining("not a programme of the rulebook");
    assertThatThrownBy(() -> Catalogue.load("x.yaml", text("format: jiuzhu-catalogue/1\nprogrammes: [{id: p, colour: red}]\n")))
        .hasMessageContaining("x.yaml:2: malformed catalogue: unknown field 'programmes[0].colour'; expected one of [")
        .hasMessageNotContaining("class org.").hasMessageNotContaining("Docs$");
    assertThatThrownBy(() -> Catalogue.cn().withOverlay("o.yaml", text("format: jiuzhu-catalogue-overlay/1\nregion: \"330000\"\n"
        + "drop: [cn.nothing]\n"))).hasMessageContaining("o.yaml: invalid overlay").hasMessageContaining("drop: unknown programme 'cn.nothing'");
  }

  private static Household yaml(String members, String rest) {
    return HouseholdReader.fromTree(org.jiuzhu.rules.io.HouseholdReaderTestSupport.yaml(
        "id: n\nregion: \"230300\"\napplicant: m1\nmembers:\n" + members + rest));
  }

  private static final String M1 = "  - {id: m1, relationship: APPLICANT, birthDate: 1980-05-01, hukouType: RURAL, hukouRegion: \"230300\","
      + " workStatus: FARMING}\n";

  @Test
  void publicRentalHousingAndTheRentSubsidyAreAlternativesTheTotalCountingTheUnit() {
    // urban, on 低保, no home of its own (trial h6): both housing programmes are granted
    Household h = HouseholdReader.fromTree(org.jiuzhu.rules.io.HouseholdReaderTestSupport.yaml(
        "{id: h6, region: \"620825\", applicant: m1, members: ["
            + "{id: m1, relationship: APPLICANT, birthDate: 1968-08-08, hukouType: URBAN, hukouRegion: \"620825\", workStatus: NOT_WORKING},"
            + "{id: m2, relationship: SPOUSE, birthDate: 1969-09-09, hukouType: URBAN, hukouRegion: \"620825\", workStatus: NOT_WORKING,"
            + " workCapacity: NONE}],"
            + " incomes: [{member: m2, category: WAGES, months: {from: 2024-10, to: 2025-09}, gross: \"500\"}],"
            + " currentBenefits: [{programme: cn.dibao, since: 2024-05-01}]}"));
    assertThat(Catalogue.cn().programmes().stream().filter(p -> p.id().equals("cn.housing.rent-subsidy")).findFirst().orElseThrow()
        .alternativeTo()).contains("cn.housing.public-rental");
    for (CatalogueScreening s : List.of(screener.screen(h, DATE), screener.screenFast(h, DATE))) {
      ProgrammeResult unit = s.get("cn.housing.public-rental").orElseThrow();
      ProgrammeResult rent = s.get("cn.housing.rent-subsidy").orElseThrow();
      assertThat(unit.isEligible()).isTrue();
      assertThat(rent.isEligible()).isTrue();
      assertThat(rent.monthly()).isEqualTo(Money.parse("300.00"));
      assertThat(s.counted(unit)).isTrue();
      assertThat(s.counted(rent)).isFalse();
      assertThat(s.grantedAlternative(rent)).contains(unit);
      assertThat(s.grantedAlternative(unit)).contains(rent);
      // the monthly total is the 低保 alone (1,248.00): the rent subsidy's 300.00 is not added on top of the unit
      Money dibao = s.get("cn.dibao").orElseThrow().monthly();
      assertThat(dibao).isEqualTo(Money.parse("1248.00"));
      assertThat(s.totalMonthly()).isEqualTo(Money.parse("1248.00"));
      assertThat(s.alternativeText(rent, org.jiuzhu.core.text.Lang.ZH))
          .contains("与公共租赁住房实物配租二选一，由家庭选择其一：选择本项则不再享受公共租赁住房实物配租；合计不含本项。");
      assertThat(s.alternativeText(unit, org.jiuzhu.core.text.Lang.EN))
          .contains("An alternative to the rent subsidy (住房租赁补贴): the household chooses one; the total counts this one, not the rent subsidy.");
    }
    // a programme without an alternative has no such sentence
    CatalogueScreening s = screener.screen(h, DATE);
    assertThat(s.alternativeText(s.get("cn.dibao").orElseThrow(), org.jiuzhu.core.text.Lang.ZH)).isEmpty();
  }

  @Test
  void aDibaoOfZeroIsGrantedWithAMonthlyAmountToState() {
    // 1,310.99 a month for two: 0.01 per person below Zhuanglang's 570.00 (trial h1b); the gap rounds to 0.00
    Household h = HouseholdReader.fromTree(org.jiuzhu.rules.io.HouseholdReaderTestSupport.yaml(
        "{id: h1b, region: \"620825\", applicant: m1, members: ["
            + "{id: m1, relationship: APPLICANT, birthDate: 1980-05-06, hukouType: RURAL, hukouRegion: \"620825\", workStatus: EMPLOYED},"
            + "{id: m2, relationship: SPOUSE, birthDate: 1982-07-08, hukouType: RURAL, hukouRegion: \"620825\", workStatus: NOT_WORKING,"
            + " workCapacity: NONE}],"
            + " incomes: [{member: m1, category: WAGES, months: {from: 2024-10, to: 2025-09}, gross: \"1310.99\"}]}"));
    for (CatalogueScreening s : List.of(screener.screen(h, DATE), screener.screenFast(h, DATE))) {
      ProgrammeResult dibao = s.get("cn.dibao").orElseThrow();
      assertThat(dibao.isEligible()).isTrue();
      assertThat(dibao.monthly()).isEqualTo(Money.ZERO);
      assertThat(dibao.showsMonthly()).isTrue();
      // a yearly programme is not shown as monthly; nor is one not granted
      assertThat(s.get("cn.medical.contribution-subsidy").orElseThrow().showsMonthly()).isFalse();
      assertThat(s.get("cn.tekun").orElseThrow().showsMonthly()).isFalse();
    }
  }

  @Test
  void medicalAssistanceIsAStandingEntitlementOfAnIllMemberBeforeAnyBill() {
    Household h = yaml(M1 + "  - {id: m2, relationship: SPOUSE, birthDate: 1982-03-01, hukouType: RURAL, hukouRegion: \"230300\","
        + " workStatus: NOT_WORKING, illnesses: [{description: uraemia, chronic: true, dialysisSessionsPerWeek: 3}]}\n",
        "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2025-04, to: 2025-09}, gross: \"600\"}]\n");
    CatalogueScreening s = screener.screen(h, DATE);
    ProgrammeResult r = s.get("cn.medical.reimbursement").orElseThrow();
    assertThat(r.isEligible()).isTrue();
    assertThat(r.members()).containsExactly("m2");
    assertThat(r.oneOff()).isEqualTo(Money.ZERO);
    assertThat(r.details()).containsEntry("m2.category", "dibao").containsEntry("m2.ratio", "0.7")
        .containsEntry("m2.deductible", "0.00").containsEntry("m2.cap", "50000.00").containsEntry("m2.billed", "0.00")
        .containsEntry("m2.paid", "0.00").containsEntry("m2.standing", "true");
    assertThat(r.notesZh()).singleElement().asString().startsWith("成员 m2：医疗救助按自付费用超过起付线 0.00 元部分的 70% 报销，年度最高 50,000.00 元");
    assertThat(r.notesEn()).singleElement().asString().startsWith("Member m2: medical assistance pays 70% of out-of-pocket costs");
    // a healthy member without bills has no entitlement to show
    assertThat(r.members()).doesNotContain("m1");
    // the same in fast mode
    assertThat(screener.screenFast(h, DATE).get("cn.medical.reimbursement").orElseThrow().members()).containsExactly("m2");
  }

  @Test
  void temporaryAssistanceForSpendingIsComputedAfterMedicalAssistanceOnTheSameBills() {
    Household h = yaml(M1 + "  - {id: m2, relationship: SPOUSE, birthDate: 1982-03-01, hukouType: RURAL, hukouRegion: \"230300\","
        + " workStatus: NOT_WORKING}\n",
        "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2025-04, to: 2025-09}, gross: \"600\"}]\n"
            + "expenditures: [{member: m2, category: MEDICAL_OUT_OF_POCKET, month: 2025-09, amount: \"10000\"}]\n");
    // alone, the rulebook sees a need of 10000 above the cap 6 x 540 x 2 = 6480: a county review
    assertThat(screener.rulebook().evaluate(h, DATE).get("cn.temporary-assistance").orElseThrow().outcome())
        .isEqualTo(Outcome.NEEDS_REVIEW);
    CatalogueScreening s = screener.screen(h, DATE);
    // medical assistance pays 10000 x 0.7 = 7000 (低保, no deductible); temporary assistance the 3000 left, no more
    assertThat(s.get("cn.medical.reimbursement").orElseThrow().oneOff()).isEqualTo(Money.parse("7000.00"));
    ProgrammeResult t = s.get("cn.temporary-assistance").orElseThrow();
    assertThat(t.outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(t.oneOff()).isEqualTo(Money.parse("3000.00"));
    assertThat(t.notesZh()).containsExactly("支出型临时救助按扣除医疗救助 7,000.00 元后的自付费用计算。");
    assertThat(s.rulebook().get("cn.temporary-assistance").orElseThrow().oneOffAmount()).isEqualTo(Money.parse("3000.00"));
    assertThat(screener.screenFast(h, DATE).get("cn.temporary-assistance").orElseThrow().oneOff()).isEqualTo(Money.parse("3000.00"));
  }

  @Test
  void memberProgrammesAreDecidedPerMember() {
    // m2 alone on 低保 (单人户); m1, 45, is not a 低保 recipient
    Household h = yaml(M1 + "  - {id: m2, relationship: SPOUSE, birthDate: 1982-03-01, hukouType: RURAL, hukouRegion: \"230300\","
        + " workStatus: NOT_WORKING, disability: {category: PHYSICAL, grade: 1}}\n",
        "incomes: [{member: m1, category: TRANSFER_NET, months: {from: 2025-04, to: 2025-09}, gross: \"1300\"}]\n");
    CatalogueScreening s = screener.screen(h, DATE);
    assertThat(s.get("cn.dibao-single-person").orElseThrow().members()).containsExactly("m2");
    // the residents' pension contribution: for 特困, 低保 and 单人户 members of contribution age — m2 only
    assertThat(s.get("cn.pension.contribution-subsidy").orElseThrow().members()).containsExactly("m2");
    // every member-level programme whose prerequisite names 单人户 counts m2 as a 低保 recipient, and no other member
    for (CatalogueProgramme p : screener.catalogue().programmes()) {
      ProgrammeResult r = s.get(p.id()).orElseThrow();
      if (!p.isRulebook() && r.isEligible() && !r.members().isEmpty() && !p.prerequisites().isEmpty() && p.prerequisites().stream().noneMatch(
          x -> x.equals("cn.dibao-marginal") || x.equals("cn.rigid-expenditure"))) {
        assertThat(r.members()).as(p.id()).containsOnly("m2");
        assertThat(p.prerequisites()).as(p.id()).contains("cn.dibao-single-person");
      }
    }
  }
}
