package org.jiuzhu.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.household.HukouType;
import org.jiuzhu.core.household.IncomeCategory;
import org.jiuzhu.core.household.IncomeItem;
import org.jiuzhu.core.household.Member;
import org.jiuzhu.core.household.Relationship;
import org.jiuzhu.core.household.WorkStatus;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.validation.Problem;
import org.jiuzhu.core.validation.ValidationException;
import org.jiuzhu.rules.cn.CnRulebook;
import org.junit.jupiter.api.Test;

final class SimulationTest {
  static final Policy POLICY = Policy.installed();
  static final LocalDate DATE = LocalDate.of(2025, 10, 1);
  static final RegionCode ZHUANGLANG = RegionCode.parse("620825");
  static final Path REFORM = Path.of(System.getProperty("jiuzhu.reforms", "../examples/reforms")).resolve("dibao-standard-plus-10.yaml");

  static PopulationGenerator generator(long seed) {
    return new PopulationGenerator(POLICY, seed, List.of(ZHUANGLANG, RegionCode.parse("330105")), DATE);
  }

  @Test
  void theSameSeedGivesTheSamePopulationInAnyOrderAndAnotherSeedAnother() {
    PopulationGenerator a = generator(7);
    PopulationGenerator b = generator(7);
    assertThat(a.household(12_345)).isEqualTo(b.household(12_345));
    for (int i = 99; i >= 0; i--) {
      assertThat(a.household(i)).isEqualTo(b.household(i));
    }
    assertThat(generator(8).household(5)).isNotEqualTo(a.household(5));
    assertThat(PopulationGenerator.id(0)).isEqualTo("p00000001");
    assertThat(PopulationGenerator.id(123_456_788)).isEqualTo("p123456789");
    assertThat(PopulationGenerator.id(9)).isEqualTo("p00000010");
    assertThat(PopulationGenerator.id(99_999_998)).isEqualTo("p99999999");
    assertThat(PopulationGenerator.id(99_999_999)).isEqualTo("p100000000");
  }

  @Test
  void thePopulationFollowsItsRegionsCalibration() {
    PopulationGenerator g = new PopulationGenerator(POLICY, 3, List.of(ZHUANGLANG), DATE);
    int n = 40_000;
    long persons = 0;
    long rural = 0;
    long ruralIncome = 0;
    long ruralPersons = 0;
    double expected = 0; // person-weighted multiple of the mean: the no-earner factor 0.5 where nobody works or is retired
    for (int i = 0; i < n; i++) {
      Household h = g.household(i);
      persons += h.members().size();
      if (h.applicant().hukouType() == HukouType.RURAL) {
        rural++;
        ruralPersons += h.members().size();
        rualIncome(h);
        ruralIncome += Evaluator.marketIncome(h, DATE);
        boolean works = h.members().stream().anyMatch(m -> m.workStatus() == WorkStatus.EMPLOYED || m.workStatus() == WorkStatus.FARMING);
        boolean retired = h.members().stream().anyMatch(m -> m.workStatus() == WorkStatus.RETIRED);
        expected += h.members().size() * (works || retired ? 1 : 0.5);
      }
    }
    // size CDF 0.25;0.55;0.76;0.89;0.95;1 has mean 1*.25+2*.30+3*.21+4*.13+5*.06+6*.05 = 2.60
    assertThat(persons / (double) n).isBetween(2.55, 2.65);
    // Gansu's rural share is 0.68 (population-defaults.yaml)
    assertThat(rural / (double) n).isBetween(0.665, 0.695);
    // mean rural income per person: Gansu's 14,000 a year / 12 = 1,166.67 a month, less the 3% with no income,
    // half of it in households where nobody works or draws an employees' pension
    double perCapita = ruralIncome / 100.0 / ruralPersons;
    double mean = 1_166.67 * 0.97 * expected / ruralPersons;
    assertThat(perCapita).isBetween(mean * 0.95, mean * 1.05);
  }

  private static void rualIncome(Household h) {
    for (IncomeItem i : h.incomes()) {
      assertThat(i.category()).isIn(IncomeCategory.BUSINESS_NET, IncomeCategory.TRANSFER_NET);
    }
  }

  @Test
  void microdataWrittenAsCsvReadsBackAsTheSameHouseholds() throws Exception {
    PopulationGenerator g = generator(11);
    StringWriter out = new StringWriter();
    MicrodataCsv.writeHouseholdHeader(out);
    List<Household> written = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      Household h = g.household(i);
      written.add(h);
      MicrodataCsv.writeHousehold(out, h, 1 + i % 4);
    }
    HouseholdSource read = MicrodataCsv.reader("pop.csv", new BufferedReader(new StringReader(out.toString())), DATE);
    List<Household> back = new ArrayList<>();
    long weights = 0;
    for (HouseholdSource.Batch b = read.next(700); b.size() > 0; b = read.next(700)) {
      for (int i = 0; i < b.size(); i++) {
        back.add(b.get(i));
        weights += b.weight(i);
      }
    }
    assertThat(back).isEqualTo(written);
    assertThat(weights).isEqualTo(500L * (1 + 2 + 3 + 4));
  }

  @Test
  void badMicrodataRowsAreReportedWithTheirRowNumbers() throws Exception {
    String csv = String.join("\n", String.join(",", Microdata.COLUMNS),
        MicrodataTest.line("household", "h1", "order", "1", "member", "m1", "weight", "1", "region", "620825", "relationship",
            "APPLICANT", "birthDate", "1980-01-01", "hukou", "RURAL", "workStatus", "FARMING", "wages", "800", "hasVehicle", "false"),
        MicrodataTest.line("household", "h2", "order", "1", "member", "m1", "weight", "0", "region", "620825", "relationship",
            "APPLICANT", "birthDate", "1980-13-01", "hukou", "RURAL", "workStatus", "FARMING", "wages", "-5", "hasVehicle", "false"),
        MicrodataTest.line("household", "h2", "order", "2", "member", "m2", "region", "620825", "relationship", "SPOUSE",
            "birthDate", "1981-01-01", "hukou", "CITY", "workStatus", "FARMING", "disabilityGrade", "7"),
        "");
    HouseholdSource s = MicrodataCsv.reader("bad.csv", new BufferedReader(new StringReader(csv)), DATE);
    HouseholdSource.Batch batch = s.next(10);
    assertThat(batch.size()).isEqualTo(2);
    assertThat(batch.get(0).id()).isEqualTo("h1");
    // households are parsed when first asked for (in the worker that evaluates them)
    assertThatThrownBy(() -> batch.get(1))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::message)
            .containsExactly(
                "row 3: weight is '0'; expected a number above 0 with at most 4 decimal places, such as 1234.5678 and at"
                    + " most 1000000000",
                "row 3: birthDate is '1980-13-01'; expected a date YYYY-MM-DD",
                "row 3: wages is '-5'; expected an amount >= 0",
                "row 4: hukou is 'CITY'; expected one of [URBAN, RURAL]",
                "row 4: disabilityGrade is '7'; expected 0 (none) to 4"));
    assertThatThrownBy(() -> MicrodataCsv.reader("x.csv", new BufferedReader(new StringReader("household,order,name\n")), DATE))
        .isInstanceOf(ValidationException.class).hasMessageContaining("unknown column 'name'")
        .hasMessageContaining("column 'member' is missing");
  }

  @Test
  void aggregatesAreTheSameOnOneThreadOnTwoAndMergedFromParts() throws Exception {
    PopulationGenerator g = generator(5);
    Evaluator e = new Evaluator(POLICY, Optional.of(Reform.apply(POLICY, List.of(REFORM))), DATE);
    Aggregates one = new Simulation(e, 1).run(HouseholdSource.generated(g, 20_000), null, null);
    Aggregates two = new Simulation(e, 2).run(HouseholdSource.generated(g, 20_000), null, null);
    assertThat(two).isEqualTo(one);
    Aggregates parts = new Aggregates();
    for (int i = 19_999; i >= 0; i--) {
      Aggregates single = new Aggregates();
      single.add(e.evaluate(g.household(i), 1));
      parts.merge(single);
    }
    assertThat(parts).isEqualTo(one);
    assertThat(one.households()).isEqualTo(20_000);
    assertThat(one.cells().keySet()).containsExactly("330105/RURAL", "330105/URBAN", "620825/RURAL", "620825/URBAN");
  }

  /** Two farmers aged 40 in Zhuanglang with 500 yuan a month, nothing else. */
  static Household couple(long incomeFen) {
    Household.Builder b = new Household.Builder().id("c1").region(ZHUANGLANG).applicantId("m1");
    for (String id : List.of("m1", "m2")) {
      b.addMembers(new Member.Builder().id(id).relationship(id.equals("m1") ? Relationship.APPLICANT : Relationship.SPOUSE)
          .birthDate(LocalDate.of(1985, 3, 1)).hukouType(HukouType.RURAL).hukouRegion(ZHUANGLANG)
          .workStatus(WorkStatus.FARMING).build());
    }
    if (incomeFen > 0) {
      for (int k = 1; k <= 12; k++) {
        b.addIncomes(new IncomeItem.Builder().memberId("m1").category(IncomeCategory.BUSINESS_NET)
            .month(YearMonth.from(DATE).minusMonths(k)).gross(Money.ofFen(incomeFen)).build());
      }
    }
    return b.build();
  }

  @Test
  void ofTwoGrantedAlternativesOnlyTheCountedOneIsReceived() {
    // an urban couple without income or home: public rental housing and the rent subsidy are both granted,
    // the household takes one, and the run counts the flat as the screening's totals do
    Household.Builder b = new Household.Builder().id("u1").region(ZHUANGLANG).applicantId("m1");
    for (String id : List.of("m1", "m2")) {
      b.addMembers(new Member.Builder().id(id).relationship(id.equals("m1") ? Relationship.APPLICANT : Relationship.SPOUSE)
          .birthDate(LocalDate.of(1985, 3, 1)).hukouType(HukouType.URBAN).hukouRegion(ZHUANGLANG)
          .workStatus(WorkStatus.UNEMPLOYED).build());
    }
    Household h = b.build();
    org.jiuzhu.rules.catalogue.CatalogueScreening screening = new org.jiuzhu.rules.catalogue.CatalogueScreener(
        CnRulebook.create(POLICY), org.jiuzhu.rules.catalogue.Catalogue.cn()).screenFast(h, DATE);
    assertThat(screening.get("cn.housing.public-rental").orElseThrow().isEligible()).isTrue();
    assertThat(screening.get("cn.housing.rent-subsidy").orElseThrow().isEligible()).isTrue();
    HouseholdOutcome o = new Evaluator(POLICY, Optional.empty(), DATE).evaluate(h, 1);
    assertThat(o.baseline()).extracting(HouseholdOutcome.ProgrammeAmount::programmeId).contains("cn.housing.public-rental")
        .doesNotContain("cn.housing.rent-subsidy");
  }

  @Test
  void theReformRaisesTheCouplesAllowanceByTheRiseInTheStandard() {
    Evaluator e = new Evaluator(POLICY, Optional.of(Reform.apply(POLICY, List.of(REFORM))), DATE);
    HouseholdOutcome o = e.evaluate(couple(50_000), 1);
    HouseholdOutcome.ProgrammeAmount base = o.baseline().stream().filter(a -> a.programmeId().equals(CnRulebook.DIBAO))
        .findFirst().orElseThrow();
    HouseholdOutcome.ProgrammeAmount reform = o.reform().stream().filter(a -> a.programmeId().equals(CnRulebook.DIBAO))
        .findFirst().orElseThrow();
    // Gansu deducts an employment cost of 0.3 x the standard from earned income and rounds to the yuan:
    // before 2 x 570 - (500 - 171) = 811.00; after 2 x 627 - (500 - 188.10) = 942.10, paid as 942.00
    assertThat(base.monthly()).isEqualTo(81_100);
    assertThat(reform.monthly()).isEqualTo(94_200);
    assertThat(base.persons()).isEqualTo(2);
    assertThat(o.marketIncome()).isEqualTo(50_000);
    assertThat(o.povertyLine()).isEqualTo(114_000);
    assertThat(CnRulebook.create(POLICY).evaluate(couple(50_000), DATE).get(CnRulebook.DIBAO).orElseThrow().monthlyAmount())
        .isEqualTo(Money.ofFen(base.monthly()));
    Aggregates a = new Aggregates();
    a.add(o);
    Aggregates.Cell c = a.cells().get("620825/RURAL");
    assertThat(c.poverty(0)).containsExactly(1, 2, 64_000);
    assertThat(c.poverty(1)[0]).isZero();
    assertThat(c.winners()).isEqualTo(1);
    assertThat(c.programme(CnRulebook.DIBAO)).containsExactly(1, 2, 81_100 * 12, 1, 2, 94_200 * 12);
  }

  @Test
  void aSweepShowsTheAllowanceWithdrawnYuanForYuanAndTheCliffWhereItEnds() {
    Sweep.Result r = new Sweep(new Evaluator(POLICY, Optional.empty(), DATE)).run(couple(0), "m1", 0, 1_500_00, 1_00);
    assertThat(r.points()).hasSize(1_501);
    // the first 171 yuan (0.3 x 570, the employment cost) are not counted: a marginal rate of 0
    assertThat(r.points().get(100).baseline().get(CnRulebook.DIBAO)).isEqualTo(114_000);
    assertThat(r.points().get(101).rateBaseline()).isEqualByComparingTo("0");
    // beyond them 低保 fills the gap to 2 x 570 = 1,140 and each yuan earned takes a yuan of it: 100%
    assertThat(r.points().get(300).baseline().get(CnRulebook.DIBAO)).isEqualTo(114_000 - (30_000 - 17_100));
    assertThat(r.points().get(301).rateBaseline()).isEqualByComparingTo("1");
    assertThat(r.cliffs()).isNotEmpty();
    Sweep.Cliff first = r.cliffs().get(0);
    assertThat(first.reform()).isFalse();
    assertThat(first.netLost()).isPositive();
    assertThat(first.programmesLost()).isNotEmpty();
    assertThatThrownBy(() -> new Sweep(new Evaluator(POLICY, Optional.empty(), DATE)).run(couple(0), "m9", 0, 100, 1))
        .hasMessage("member m9 is not in household c1; members are [m1, m2]");
    assertThatThrownBy(() -> new Sweep(new Evaluator(POLICY, Optional.empty(), DATE)).run(couple(0), "m1", 0, 100_000_000, 1))
        .hasMessageContaining("expected at most 100,000");
    assertThatThrownBy(() -> new Sweep(new Evaluator(POLICY, Optional.empty(), DATE)).run(couple(0), "m1", 0, 100, 0))
        .isInstanceOfSatisfying(org.jiuzhu.core.text.LocalizedIllegalArgumentException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("step is 0.00; expected more than 0");
          assertThat(e.getMessage(org.jiuzhu.core.text.Lang.ZH)).isEqualTo("步长为 0.00 元；应大于 0");
        });
  }
}
