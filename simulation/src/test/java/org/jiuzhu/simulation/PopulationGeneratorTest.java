package org.jiuzhu.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.household.CurrentBenefit;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.household.HukouType;
import org.jiuzhu.core.household.IncomeItem;
import org.jiuzhu.core.household.IncomeTag;
import org.jiuzhu.core.household.LifeEventType;
import org.jiuzhu.core.household.Member;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.rules.cn.CnParameters;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.policyfile.PolicyFileModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the generator makes: cars by income and hukou, current benefits as the rules read them. */
final class PopulationGeneratorTest {
  static final LocalDate DATE = CalibrationTest.DATE;
  static final RegionCode ZHUANGLANG = RegionCode.parse("620825");

  @TempDir
  Path dir;

  /** Per-capita monthly income of the household's own (not the residents' pension), in fen. */
  private static double perCapita(Household h) {
    long sum = 0;
    for (IncomeItem i : h.incomes()) {
      if (!i.tags().contains(IncomeTag.RESIDENTS_BASIC_PENSION)) {
        sum += i.gross().fen();
      }
    }
    return sum / 12.0 / h.members().size();
  }

  /**
   * Several regions: each household's region is a seeded draw, so the regions get about equal shares,
   * not exactly (as simulate --help says), and household i's region does not depend on how many are made.
   */
  @Test
  void regionsGetAboutEqualSharesByASeededDrawNotExactlyEqualOnes() {
    List<RegionCode> two = List.of(RegionCode.parse("620825"), RegionCode.parse("330105"));
    PopulationGenerator g = new PopulationGenerator(Policy.installed(), 1, two, LocalDate.of(2025, 10, 1));
    int first = 0;
    int n = 10_000;
    for (int i = 0; i < n; i++) {
      if (g.household(i).region().equals(two.get(0))) {
        first++;
      }
    }
    System.out.println("620825: " + first + " of " + n);
    assertThat(first).isBetween(n / 2 - 100, n / 2 + 100).isNotEqualTo(n / 2);
    PopulationGenerator again = new PopulationGenerator(Policy.installed(), 1, two, LocalDate.of(2025, 10, 1));
    assertThat(again.household(123).region()).isEqualTo(g.household(123).region());
  }

  @Test
  void poorerAndRuralHouseholdsOwnFewerCars() {
    PopulationGenerator g = new PopulationGenerator(CalibrationTest.CALIBRATED, 11, List.of(ZHUANGLANG), DATE);
    int n = 40_000;
    double[] income = new double[n];
    boolean[] car = new boolean[n];
    boolean[] rural = new boolean[n];
    for (int i = 0; i < n; i++) {
      Household h = g.household(i);
      income[i] = perCapita(h);
      car[i] = !h.vehicles().isEmpty();
      rural[i] = h.applicant().hukouType() == HukouType.RURAL;
    }
    double[] sorted = income.clone();
    java.util.Arrays.sort(sorted);
    double low = sorted[n / 3];
    double high = sorted[2 * n / 3];
    long[] cars = new long[4]; // low third, high third, urban, rural
    long[] all = new long[4];
    long carsWithoutIncome = 0;
    for (int i = 0; i < n; i++) {
      int c = car[i] ? 1 : 0;
      if (income[i] < low) {
        cars[0] += c;
        all[0]++;
      } else if (income[i] >= high) {
        cars[1] += c;
        all[1]++;
      }
      cars[rural[i] ? 3 : 2] += c;
      all[rural[i] ? 3 : 2]++;
      if (income[i] == 0) {
        carsWithoutIncome += c;
      }
    }
    double lowShare = cars[0] / (double) all[0];
    double highShare = cars[1] / (double) all[1];
    assertThat(lowShare).as("cars in the poorest third").isLessThan(highShare / 2);
    assertThat(cars[3] / (double) all[3]).as("rural cars").isLessThan(cars[2] / (double) all[2]);
    assertThat(carsWithoutIncome).as("cars of households without income (elasticity above 0)").isZero();
  }

  @Test
  void anElasticityOfZeroMakesCarsIndependentOfIncome() throws Exception {
    Path file = dir.resolve("flat.yaml");
    Files.writeString(file, """
        format: jiuzhu-policy/1
        parameters:
          - key: population.vehicle-share.income-elasticity
            region: "620825"
            unit: ratio
            reference: test
            status: illustrative
            values:
              - from: 2021-01-01
                value: 0
        """, StandardCharsets.UTF_8);
    Policy flat = CalibrationTest.CALIBRATED.toBuilder()
        .override(PolicyFileModule.fromFiles("t", CnParameters.catalog(), List.of(file))).build();
    PopulationGenerator g = new PopulationGenerator(flat, 11, List.of(ZHUANGLANG), DATE);
    long rural = 0;
    long ruralCars = 0;
    for (int i = 0; i < 40_000; i++) {
      Household h = g.household(i);
      if (h.applicant().hukouType() == HukouType.RURAL) {
        rural++;
        ruralCars += h.vehicles().isEmpty() ? 0 : 1;
      }
    }
    double expected = flat.snapshot(ZHUANGLANG, DATE).get(org.jiuzhu.rules.population.PopulationParameters.VEHICLE_SHARE_RURAL)
        .doubleValue();
    assertThat(ruralCars / (double) rural).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void currentBenefitsAreWhatTheRulesRead() {
    PopulationGenerator g = new PopulationGenerator(CalibrationTest.CALIBRATED, 12, List.of(ZHUANGLANG), DATE);
    CnRulebook rules = CnRulebook.create(CalibrationTest.CALIBRATED);
    long standardRural = CalibrationTest.CALIBRATED.snapshot(ZHUANGLANG, DATE).get(CnParameters.DIBAO_STANDARD_RURAL).fen();
    long standardUrban = CalibrationTest.CALIBRATED.snapshot(ZHUANGLANG, DATE).get(CnParameters.DIBAO_STANDARD_URBAN).fen();
    double[] rates = Evaluator.takeUpRates(CalibrationTest.CALIBRATED.snapshot(ZHUANGLANG, DATE));
    // the shipped fit takes some households out: the test below sees some below the standard not recorded as receiving
    assertThat(rates[3]).isLessThan(1);
    int withdrawal = 0;
    int withdrawalGranted = 0;
    int tekunNow = 0;
    int dibaoNow = 0;
    for (int i = 0; i < 30_000; i++) {
      Household h = g.household(i);
      boolean dibao = h.currentBenefits().stream().anyMatch(b -> b.programmeId().equals(CnRulebook.DIBAO));
      boolean newJob = h.events().stream().anyMatch(e -> e.type() == LifeEventType.NEW_JOB);
      long standard = h.applicant().hukouType() == HukouType.RURAL ? standardRural : standardUrban;
      boolean rural = h.applicant().hukouType() == HukouType.RURAL;
      for (CurrentBenefit b : h.currentBenefits()) {
        assertThat(b.since()).isBefore(DATE);
        if (b.programmeId().equals(CnRulebook.TEKUN)) {
          // only a household that takes 特困 up is recorded as receiving it (the simulation's own draw)
          assertThat(Evaluator.takesUp(h.id(), CnRulebook.TEKUN, rates, rural, false)).as(h.id() + ": receives 特困, takes it up").isTrue();
          tekunNow++;
          Member m = h.members().stream().filter(x -> x.id().equals(b.memberId().orElseThrow())).findFirst().orElseThrow();
          int age = m.ageOn(DATE);
          assertThat(m.supporters()).as(h.id() + ": a current 特困 member has no supporter").isEmpty();
          assertThat(age < 18 || age >= 60 || m.disability().isPresent()).as(h.id() + ": cannot work").isTrue();
        }
      }
      if (newJob) {
        // 渐退: receiving 低保, income above the standard, the new job's earnings tagged, and the rules continue it
        withdrawal++;
        assertThat(dibao).as(h.id()).isTrue();
        assertThat(perCapita(h) * 12 / Math.max(1, h.incomes().stream().filter(x -> x.tags().contains(IncomeTag.NEW_JOB))
            .map(IncomeItem::month).distinct().count())).as(h.id() + ": earns above the standard while working")
            .isGreaterThanOrEqualTo(standard * 0.999);
        assertThat(h.incomes()).anyMatch(x -> x.tags().contains(IncomeTag.NEW_JOB));
        Determination d = rules.evaluate(h, DATE).get(CnRulebook.DIBAO).orElseThrow();
        if (d.isEligible() && "true".equals(d.details().get("withdrawal"))) {
          withdrawalGranted++;
        }
      } else if (dibao) {
        dibaoNow++;
        assertThat(Evaluator.takesUp(h.id(), CnRulebook.DIBAO, rates, rural, false)).as(h.id() + ": receives 低保, takes it up").isTrue();
        assertThat(perCapita(h)).as(h.id() + ": a current 低保 household is below the standard").isLessThan(standard);
      }
    }
    assertThat(withdrawal).as("households in 渐退").isGreaterThan(20);
    assertThat(withdrawalGranted).as("of which the rules continue 低保 under 渐退").isGreaterThan(withdrawal / 2);
    assertThat(tekunNow).as("members receiving 特困 now").isPositive();
    assertThat(dibaoNow).as("households receiving 低保 now").isGreaterThan(withdrawal);
  }

  @Test
  void aHouseholdInGradualWithdrawalReadsBackFromMicrodataWithTheSameDecision() throws Exception {
    PopulationGenerator g = new PopulationGenerator(CalibrationTest.CALIBRATED, 12, List.of(ZHUANGLANG), DATE);
    CnRulebook rules = CnRulebook.create(CalibrationTest.CALIBRATED);
    StringBuilder csv = new StringBuilder(String.join(",", Microdata.COLUMNS)).append("\n");
    List<Household> made = new java.util.ArrayList<>();
    for (int i = 0; i < 20_000 && made.size() < 10; i++) {
      Household h = g.household(i);
      if (h.events().stream().anyMatch(e -> e.type() == LifeEventType.NEW_JOB)) {
        made.add(h);
        for (java.util.Map<String, String> row : Microdata.rows(h, 1)) {
          List<String> cells = new java.util.ArrayList<>();
          for (String c : Microdata.COLUMNS) {
            cells.add(row.getOrDefault(c, ""));
          }
          csv.append(String.join(",", cells)).append("\n");
        }
      }
    }
    assertThat(made).hasSize(10);
    HouseholdSource.Batch back = MicrodataCsv.reader("w.csv", new java.io.BufferedReader(new java.io.StringReader(csv.toString())), DATE)
        .next(100);
    assertThat(back.size()).isEqualTo(10);
    for (int i = 0; i < made.size(); i++) {
      Determination before = rules.evaluate(made.get(i), DATE).get(CnRulebook.DIBAO).orElseThrow();
      Determination after = rules.evaluate(back.get(i), DATE).get(CnRulebook.DIBAO).orElseThrow();
      assertThat(after.outcome()).as(made.get(i).id()).isEqualTo(before.outcome());
      assertThat(after.monthlyAmount()).as(made.get(i).id()).isEqualTo(before.monthlyAmount());
      assertThat(after.details().get("withdrawal")).as(made.get(i).id()).isEqualTo(before.details().get("withdrawal"));
    }
  }

  @Test
  void everyShippedPlaceHasFewerMarginalThanDibaoPersonsAndMostTekunIsRural() {
    for (String place : Targets.shipped().places()) {
      Aggregates a = Calibration.simulate(CalibrationTest.CALIBRATED, CalibrationTest.SEED, CalibrationTest.HOUSEHOLDS,
          RegionCode.parse(place), DATE, 2);
      long dibao = a.total().programme(CnRulebook.DIBAO)[1] + a.total().programme(CnRulebook.DIBAO_SINGLE)[1];
      long marginal = a.total().programme(CnRulebook.MARGINAL)[1];
      assertThat(marginal).as(place + ": marginal persons vs 低保 persons " + dibao).isLessThan(dibao);
      Aggregates.Cell urban = a.cells().get(Aggregates.key(place, HukouType.URBAN));
      Aggregates.Cell rural = a.cells().get(Aggregates.key(place, HukouType.RURAL));
      double urbanRate = urban.programme(CnRulebook.TEKUN)[1] / (double) urban.persons();
      double ruralRate = rural.programme(CnRulebook.TEKUN)[1] / (double) rural.persons();
      assertThat(ruralRate).as(place + ": rural 特困 rate vs urban " + urbanRate).isGreaterThan(3 * urbanRate);
      assertThat(a.total().programme(CnRulebook.TEKUN)[1] / (double) a.total().persons()).as(place + ": 特困 share of persons")
          .isBetween(0.001, 0.006);
    }
  }

  /**
   * Insurance schemes (illustrative): urban wage earners mostly in the employees' schemes (the share
   * population.insurance.employee-share.urban-employed, 0.6), drawers of an employees' pension in them,
   * everyone else in the residents' schemes, none for pension under 16 or in school; recorded for
   * every member, and the same for the same seed and index.
   */
  @Test
  void urbanWageEarnersAreMostlyInTheEmployeesSchemesTheOthersInTheResidents() {
    PopulationGenerator g = new PopulationGenerator(Policy.installed(), 3, List.of(ZHUANGLANG, RegionCode.parse("330105")), DATE);
    int employed = 0;
    int employees = 0;
    int others = 0;
    for (int i = 0; i < 20_000; i++) {
      Household h = g.household(i);
      for (Member m : h.members()) {
        assertThat(m.pensionScheme()).as(h.id()).isPresent();
        assertThat(m.medicalScheme()).as(h.id()).isPresent();
        org.jiuzhu.core.household.InsuranceScheme p = m.pensionScheme().get();
        org.jiuzhu.core.household.InsuranceScheme med = m.medicalScheme().get();
        int age = m.ageOn(DATE);
        switch (m.workStatus()) {
          case EMPLOYED -> {
            employed++;
            employees += p == org.jiuzhu.core.household.InsuranceScheme.EMPLOYEES ? 1 : 0;
            assertThat(med).isEqualTo(p);
            assertThat(m.hukouType()).isEqualTo(HukouType.URBAN);
          }
          case RETIRED -> assertThat(List.of(p, med)).containsOnly(org.jiuzhu.core.household.InsuranceScheme.EMPLOYEES);
          default -> {
            others++;
            assertThat(med).isEqualTo(org.jiuzhu.core.household.InsuranceScheme.RESIDENTS);
            assertThat(p).isEqualTo(age < 16 || m.schooling() != org.jiuzhu.core.household.SchoolingStage.NONE
                ? org.jiuzhu.core.household.InsuranceScheme.NONE : org.jiuzhu.core.household.InsuranceScheme.RESIDENTS);
          }
        }
      }
    }
    assertThat(employed).isGreaterThan(2_000);
    assertThat(others).isGreaterThan(10_000);
    assertThat((double) employees / employed).isBetween(0.57, 0.63);
    PopulationGenerator again = new PopulationGenerator(Policy.installed(), 3, List.of(ZHUANGLANG, RegionCode.parse("330105")), DATE);
    for (int i = 0; i < 200; i++) {
      assertThat(again.household(i)).isEqualTo(g.household(i));
    }
  }
}
