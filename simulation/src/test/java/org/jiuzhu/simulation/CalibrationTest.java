package org.jiuzhu.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.household.Member;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.rules.cn.CnParameters;
import org.jiuzhu.rules.policyfile.PolicyFileModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped calibration reproduces its official targets; take-up, gaps, FGT and deciles add up. */
final class CalibrationTest {
  static final LocalDate DATE = LocalDate.of(2025, 10, 1);
  /** The seed the shipped calibration was fitted with, and a size that keeps the test short (the fit used 100,000; docs/targets.md). */
  static final long SEED = 1;
  static final int HOUSEHOLDS = 20_000;
  static final Policy CALIBRATED = Calibration.shipped(Policy.installed());

  @TempDir
  Path dir;

  @Test
  void everyShippedPlaceReproducesItsOfficialTargetsWithinTenPercentAndGrantsTekun() {
    Targets targets = Targets.shipped();
    assertThat(targets.places()).hasSize(12);
    List<String> report = new ArrayList<>();
    int official = 0;
    int standIns = 0;
    for (String place : targets.places()) {
      Aggregates a = Calibration.simulate(CALIBRATED, SEED, HOUSEHOLDS, RegionCode.parse(place), DATE, 2);
      for (Targets.Target t : targets.forPlace(place)) {
        double e = t.relativeError(a);
        report.add(String.format("%s %s target %s simulated %.4f (%+.1f%%)", t.id(), t.status().id(), t.value(), t.simulated(a), e * 100));
        // the place's own official figures and official figures of a wider area standing in, counted apart
        if (t.verified()) {
          official++;
          assertThat(Math.abs(e)).as(t.id() + " (" + t.sourceText() + ")").isLessThanOrEqualTo(0.10);
        } else if (t.official()) {
          standIns++;
          assertThat(Math.abs(e)).as(t.id() + " (stand-in: " + t.sourceText() + ")").isLessThanOrEqualTo(0.10);
        }
        if (t.programmes().contains("cn.tekun")) {
          assertThat(t.simulated(a)).as(place + ": 特困 recipients").isPositive();
        }
      }
      assertThat(a.total().programme("cn.tekun")[1]).as(place + ": tekun persons").isPositive();
    }
    assertThat(official).as("the places' own official targets checked").isZero();
    assertThat(standIns).as("official figures of a wider area standing in, checked").isEqualTo(4);
    System.out.println(String.join("\n", report));
  }

  @Test
  void theOfficialAgeBandsHoldOnAnotherSeedToo() {
    Aggregates a = Calibration.simulate(CALIBRATED, 99, 10_000, RegionCode.parse("620825"), DATE, 2);
    for (Targets.Target t : Targets.shipped().forPlace("620825")) {
      if (t.official()) {
        assertThat(Math.abs(t.relativeError(a))).as(t.id()).isLessThanOrEqualTo(0.10);
      }
    }
  }

  @Test
  void theCensusShapedOldAgesAreNotUniformAndFewAreOver80() {
    PopulationGenerator g = new PopulationGenerator(CALIBRATED, 5, List.of(RegionCode.parse("620825")), DATE);
    long persons = 0;
    long over80 = 0;
    long sixties = 0;
    long nineties = 0;
    for (int i = 0; i < 20_000; i++) {
      for (Member m : g.household(i).members()) {
        int age = m.ageOn(DATE);
        persons++;
        over80 += age >= 80 ? 1 : 0;
        sixties += age >= 60 && age < 70 ? 1 : 0;
        nineties += age >= 90 ? 1 : 0;
      }
    }
    assertThat(over80 / (double) persons).isBetween(0.01, 0.04); // census 2020: about 2.5%
    assertThat(sixties).isGreaterThan(10 * nineties);
  }

  @Test
  void aFitMovesTheAgeStructureOntoItsTargets() throws Exception {
    Calibration.Result r = Calibration.fit(Policy.installed(), "620825", Targets.shipped(), 3, 2_000, DATE, 2);
    assertThat(r.fitted()).containsKeys("population.elderly-share", "population.child-share", "population.take-up.dibao",
        "population.take-up.dibao.rural", "population.take-up.tekun", "population.take-up.tekun.rural", "population.take-up.marginal")
        .doesNotContainKeys("population.income.location.urban", "population.income.location.rural", "population.income.sigma");
    // take-up is a share in (0, 1]
    r.fitted().forEach((k, v) -> {
      if (k.startsWith("population.take-up.")) {
        assertThat(v.doubleValue()).as(k).isGreaterThan(0).isLessThanOrEqualTo(1);
      }
    });
    for (Targets.Target t : r.targets()) {
      if (t.measure().equals("age-share")) {
        assertThat(Math.abs(t.relativeError(r.aggregates()))).as(t.id()).isLessThan(0.05);
      }
    }
    String yaml = Calibration.write(List.of(r), "cn-targets.yaml", "test");
    assertThat(yaml).contains("calibrated: fitted to targets [620825.age.0-14 (official-proxy)").contains("seed 3, 2000 households");
    Path file = dir.resolve("cal.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    Policy p = Policy.installed().toBuilder().override(PolicyFileModule.fromFiles("cal", CnParameters.catalog(), List.of(file))).build();
    assertThat(p.snapshot(RegionCode.parse("620825"), DATE).get(org.jiuzhu.rules.population.PopulationParameters.CHILD_SHARE))
        .isEqualByComparingTo(r.fitted().get("population.child-share"));
  }

  @Test
  void aTargetAboveEntitlementKeepsTakeUpAtOneAndSaysSoAndIncomesAreNotMoved() throws Exception {
    Path file = dir.resolve("high.yaml");
    Files.writeString(file, """
        format: jiuzhu-targets/1
        targets:
          - id: t.dibao.urban
            region: "620825"
            places: ["620825"]
            measure: recipient-rate
            hukou: URBAN
            programmes: [cn.dibao, cn.dibao-single-person]
            value: 0.9
            period: 2025-09-30
            status: illustrative
          - id: t.tekun.rural
            region: "620825"
            places: ["620825"]
            measure: recipient-rate
            hukou: RURAL
            programmes: [cn.tekun]
            value: 0.03
            period: 2025-09-30
            status: illustrative
          - id: t.dibao.rural
            region: "620825"
            places: ["620825"]
            measure: recipient-rate
            hukou: RURAL
            programmes: [cn.dibao, cn.dibao-single-person]
            value: 0.05
            period: 2025-09-30
            status: illustrative
        """, StandardCharsets.UTF_8);
    Calibration.Result r = Calibration.fit(Policy.installed(), "620825", Targets.read(file), 3, 2_000, DATE, 2);
    // 90% of urban persons on 低保: more than are entitled; take-up stays 1 and the shortfall is said
    assertThat(r.fitted().get("population.take-up.dibao")).isEqualByComparingTo("1");
    assertThat(r.beyondEntitlement()).extracting(Calibration.Shortfall::target).contains("t.dibao.urban", "t.tekun.rural");
    Calibration.Shortfall dibao = r.beyondEntitlement().stream().filter(f -> f.target().equals("t.dibao.urban")).findFirst().orElseThrow();
    assertThat(dibao.key()).isEqualTo("population.take-up.dibao");
    assertThat(dibao.needed()).isGreaterThan(1);
    assertThat(dibao.supporterKey()).isNull();
    // 特困 above entitlement: take-up 1, and the rural supporter share lowered from its policy value instead
    assertThat(r.fitted().get("population.take-up.tekun.rural")).isEqualByComparingTo("1");
    assertThat(r.fitted().get("population.supporter-share.rural")).isLessThan(new java.math.BigDecimal("0.9"));
    // a reachable target gets take-up in (0, 1)
    assertThat(r.fitted().get("population.take-up.dibao.rural").doubleValue()).isGreaterThan(0).isLessThan(1);
    assertThat(Math.abs(r.targets().get(2).relativeError(r.aggregates()))).isLessThan(0.1);
    // never incomes
    assertThat(r.fitted()).doesNotContainKeys("population.income.location.urban", "population.income.location.rural",
        "population.income.none-share", "population.income.sigma");
  }

  @Test
  void takeUpBelowOneKeepsEntitlementAndPaysAboutThatShareTheSameUnderTheReform() throws Exception {
    Policy half = withTakeUp("0.6");
    Aggregates full = Calibration.simulate(withTakeUp("1"), 4, 8_000, RegionCode.parse("620825"), DATE, 2);
    Aggregates some = Calibration.simulate(half, 4, 8_000, RegionCode.parse("620825"), DATE, 2);
    long[] f = full.total().programme("cn.dibao");
    long[] e = some.total().entitled("cn.dibao");
    long[] p = some.total().programme("cn.dibao");
    // everyone taking up, received is entitled; entitlement does not depend on take-up
    assertThat(e[0]).isEqualTo(f[0]);
    assertThat(full.total().entitled("cn.dibao")).containsExactly(e);
    assertThat(p[0] / (double) e[0]).isBetween(0.55, 0.65);
    assertThat(some.total().gaps()).containsKey(Gaps.NOT_TAKEN_UP);
    double[] rates = {0.6, 1, 1, 0.6, 1, 1};
    assertThat(Evaluator.takesUp("p00000001", "cn.dibao", rates, true, false))
        .isEqualTo(Evaluator.takesUp("p00000001", "cn.dibao-single-person", rates, true, false));
    // 低保 and 特困 by the applicant's hukou, the marginal recognition apart from the other programmes
    double[] noRuralDibao = {1, 1, 1, 0, 1, 1};
    assertThat(Evaluator.takesUp("p00000001", "cn.dibao", noRuralDibao, true, false)).isFalse();
    assertThat(Evaluator.takesUp("p00000001", "cn.dibao", noRuralDibao, false, false)).isTrue();
    double[] noUrbanTekun = {1, 0, 1, 1, 1, 1};
    assertThat(Evaluator.takesUp("p00000001", "cn.tekun", noUrbanTekun, false, false)).isFalse();
    assertThat(Evaluator.takesUp("p00000001", "cn.tekun", noUrbanTekun, true, false)).isTrue();
    double[] noMarginal = {1, 1, 1, 1, 1, 0};
    assertThat(Evaluator.takesUp("p00000001", "cn.dibao-marginal", noMarginal, true, false)).isFalse();
    assertThat(Evaluator.takesUp("p00000001", "cn.heating.subsidy", noMarginal, true, false)).isTrue();
    // a household receiving 低保 now takes it up (it applied already), whatever the draw; not 特困
    double[] none = {0, 0, 0, 0, 0, 0};
    assertThat(Evaluator.takesUp("p00000001", "cn.dibao", none, true, true)).isTrue();
    assertThat(Evaluator.takesUp("p00000001", "cn.dibao-single-person", none, false, true)).isTrue();
    assertThat(Evaluator.takesUp("p00000001", "cn.tekun", none, true, true)).isFalse();
    assertThat(Evaluator.takesUp("p00000001", "cn.dibao", none, true, false)).isFalse();
  }

  /** The shipped calibration with 低保 take-up {@code dibao} (both hukou) and every other take-up 1, for Zhuanglang. */
  private Policy withTakeUp(String dibao) throws Exception {
    Path file = dir.resolve("take-up-" + dibao + ".yaml");
    StringBuilder yaml = new StringBuilder("format: jiuzhu-policy/1\nparameters:\n");
    for (String k : List.of("dibao", "dibao.rural", "tekun", "tekun.rural", "marginal", "other")) {
      yaml.append("  - key: population.take-up.").append(k).append("\n    region: \"620825\"\n    unit: ratio\n")
          .append("    reference: test\n    status: illustrative\n    values:\n      - from: 2021-01-01\n        value: ")
          .append(k.startsWith("dibao") ? dibao : "1").append('\n');
    }
    // nobody receives anything now: who receives now follows take-up (the generator records only takers),
    // so only a population without current benefits has the same entitlement under every take-up
    for (String k : List.of("dibao-share", "tekun-share", "withdrawal-share")) {
      yaml.append("  - key: population.current.").append(k).append("\n    region: \"620825\"\n    unit: ratio\n")
          .append("    reference: test\n    status: illustrative\n    values:\n      - from: 2021-01-01\n        value: 0\n");
    }
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return CALIBRATED.toBuilder().override(PolicyFileModule.fromFiles("t", CnParameters.catalog(), List.of(file))).build();
  }

  @Test
  void gapsFgtAndDecilesAddUp() {
    Aggregates a = Calibration.simulate(CALIBRATED, 6, 8_000, RegionCode.parse("620825"), DATE, 2);
    Aggregates.Cell c = a.total();
    long poor = c.poverty(1)[1];
    assertThat(poor).isPositive();
    // the top decile is open above, as on a million households (8,000 reach no open-ended bin)
    List<Summary.Decile> deciles = Summary.decileTable(c);
    assertThat(deciles.get(9).incomeTo()).isInfinite();
    assertThat(deciles.get(8).incomeTo()).isFinite().isEqualTo(deciles.get(9).incomeFrom());
    assertThat(c.gaps().values().stream().mapToLong(v -> v[1]).sum()).isEqualTo(poor);
    for (int s = 0; s < 2; s++) {
      assertThat(c.fgt(s, 0)).isEqualTo(c.poverty(s)[1] / (double) c.persons());
      assertThat(c.fgt(s, 1)).isLessThanOrEqualTo(c.fgt(s, 0));
      assertThat(c.fgt(s, 2)).isLessThanOrEqualTo(c.fgt(s, 1));
    }
    assertThat(c.fgt(1, 1)).isLessThan(c.fgt(0, 1));
    List<Summary.Decile> d = Summary.decileTable(c);
    assertThat(d).hasSize(10);
    assertThat(d.stream().mapToLong(Summary.Decile::persons).sum()).isEqualTo(c.persons());
    long transfers = d.stream().mapToLong(Summary.Decile::baselineTransfers).sum();
    assertThat(d.get(0).baselineTransfers()).isGreaterThan(transfers / 10); // the poorest tenth gets more than a tenth
    for (Summary.Decile x : d) {
      assertThat(x.persons() / (double) c.persons()).as("decile " + x.decile()).isBetween(0.04, 0.16);
    }
    assertThat(c.ages()[0] + c.personsAged(5, 999)).isEqualTo(c.persons());
  }

  @Test
  void reformLosersAreCountedByTheProgrammeThatMoved() throws Exception {
    Path reform = Path.of(System.getProperty("jiuzhu.reforms", "../examples/reforms")).resolve("dibao-standard-plus-10.yaml");
    Policy r = Reform.apply(CALIBRATED, List.of(reform));
    Aggregates a = new Simulation(new Evaluator(CALIBRATED, Optional.of(r), DATE), 2)
        .run(HouseholdSource.generated(new PopulationGenerator(CALIBRATED, 2, List.of(RegionCode.parse("620825")), DATE), 20_000), null, null);
    Aggregates.Cell c = a.total();
    long byProgramme = c.losersByProgramme().values().stream().mapToLong(v -> v[0]).sum();
    assertThat(byProgramme).isEqualTo(c.losers());
  }

  @Test
  void badTargetFilesListEveryProblem() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, """
        format: jiuzhu-targets/1
        targets:
          - id: a
            region: "620825"
            places: ["620825"]
            measure: age-share
            ages: [3, 14]
            value: 0.2
            period: 2020-11-01
            status: verified
            source: somewhere
          - id: a
            region: "620825"
            places: []
            measure: weight
            value: -1
            period: soon
            status: official
        """, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Targets.read(bad)).isInstanceOf(org.jiuzhu.core.validation.ValidationException.class)
        .hasMessageContaining("ages is [3,14]").hasMessageContaining("verified without source and url")
        .hasMessageContaining("'a' appears twice").hasMessageContaining("places is missing or empty")
        .hasMessageContaining("measure is 'weight'; expected one of age-share, recipient-rate").hasMessageContaining("value is '-1'")
        .hasMessageContaining("period is 'soon'").hasMessageContaining("status is 'official'")
        .hasMessageContaining("targets[1].id: id 'a' appears twice");
    org.jiuzhu.core.validation.ValidationException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> Targets.read(bad), org.jiuzhu.core.validation.ValidationException.class);
    String zh = e.getMessage(org.jiuzhu.core.text.Lang.ZH);
    assertThat(zh).startsWith("目标值文件 " + bad + " 有误").contains("ages 为 [3,14]；应为 [起, 止]")
        .contains("measure 为“weight”；应为以下之一：age-share、recipient-rate").contains("period 为“soon”；应为 YYYY-MM-DD 格式的日期")
        .doesNotContain("expected").doesNotContain("problem");
  }

  @Test
  void hasVehicleIsExplicitAndTheNewColumnsReadBack() throws Exception {
    String header = String.join(",", Microdata.COLUMNS);
    String csv = header + "\n" + row(kv("household", "h1", "order", "1", "member", "m1", "region", "620825", "relationship", "APPLICANT",
        "birthDate", "1940-01-01", "hukou", "RURAL", "workStatus", "NOT_WORKING", "hasVehicle", "false", "vehicleValue", "0.00",
        "weight", "1"))
        + row(kv("household", "h2", "order", "1", "member", "m1", "region", "620825", "relationship", "APPLICANT",
        "birthDate", "1940-01-01", "hukou", "RURAL", "workStatus", "NOT_WORKING", "hasVehicle", "true", "carePlacement", "HOME",
        "weight", "1"))
        + row(kv("household", "h3", "order", "1", "member", "m1", "region", "620825", "relationship", "APPLICANT",
        "birthDate", "1940-01-01", "hukou", "RURAL", "workStatus", "NOT_WORKING", "hasVehicle", "false", "weight", "1", "supporterBirthDate", "1970-05-01",
        "supporterIncome", "30000.00", "supporterAssetsWithinRules", "true", "residentsPension", "143.00"));
    HouseholdSource s = MicrodataCsv.reader("v.csv", new BufferedReader(new StringReader(csv)), DATE);
    HouseholdSource.Batch b = s.next(10);
    assertThat(b.get(0).vehicles()).isEmpty();
    assertThat(b.get(1).vehicles()).hasSize(1);
    assertThat(b.get(1).members().get(0).carePlacement()).hasValue(org.jiuzhu.core.household.CarePlacement.HOME);
    Household h3 = b.get(2);
    assertThat(h3.members().get(0).supporters()).hasSize(1);
    assertThat(h3.incomes()).hasSize(12).allMatch(i -> i.tags().contains(org.jiuzhu.core.household.IncomeTag.RESIDENTS_BASIC_PENSION));
    String bad = header + "\n" + row(kv("household", "h1", "order", "1", "member", "m1", "region", "620825", "relationship",
        "APPLICANT", "birthDate", "1940-01-01", "hukou", "RURAL", "workStatus", "NOT_WORKING", "hasVehicle", "false",
        "vehicleValue", "5000.00", "supporterIncome", "100.00", "carePlacement", "HOSPITAL"));
    assertThatThrownBy(() -> MicrodataCsv.reader("b.csv", new BufferedReader(new StringReader(bad)), DATE).next(10).get(0))
        .hasMessageContaining("vehicleValue is 5000.00 but hasVehicle is false")
        .hasMessageContaining("supporterIncome is given but supporterBirthDate is empty")
        .hasMessageContaining("carePlacement is 'HOSPITAL'");
  }

  @Test
  void everyBadHouseholdOfAFileIsReportedAtOnceOrGoesToTheRejectsAndTheRunGoesOn() throws Exception {
    String header = String.join(",", Microdata.COLUMNS);
    StringBuilder csv = new StringBuilder(header).append("\n");
    for (int i = 1; i <= 5; i++) {
      csv.append(row(kv("household", "h" + i, "order", "1", "member", "m1", "region", "620825", "relationship", "APPLICANT",
          "birthDate", i == 2 ? "1950-13-01" : "1950-01-01", "hukou", i == 4 ? "CITY" : "RURAL", "workStatus", "NOT_WORKING",
          "weight", i == 5 ? "-1.5" : "1", "hasVehicle", "false")));
    }
    Simulation sim = new Simulation(new Evaluator(CALIBRATED, Optional.empty(), DATE), 2);
    assertThatThrownBy(() -> sim.run(MicrodataCsv.reader("bad.csv", new BufferedReader(new StringReader(csv.toString())), DATE),
        null, null))
        .isInstanceOf(org.jiuzhu.core.validation.ValidationException.class)
        .hasMessageContaining("invalid microdata bad.csv (3 households): 3 problems")
        .hasMessageContaining("row 3: birthDate is '1950-13-01'; expected a date YYYY-MM-DD")
        .hasMessageContaining("row 5: hukou is 'CITY'")
        .hasMessageContaining("row 6: weight is '-1.5'; expected a number above 0 with at most 4 decimal places");
    List<Microdata.Defect> rejected = new ArrayList<>();
    Aggregates a = sim.run(MicrodataCsv.reader("bad.csv", new BufferedReader(new StringReader(csv.toString())), DATE), null, null,
        rejected::add);
    assertThat(a.households()).isEqualTo(2);
    assertThat(rejected).extracting(Microdata.Defect::row, Microdata.Defect::column, Microdata.Defect::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "birthDate", "1950-13-01"),
            org.assertj.core.groups.Tuple.tuple(5L, "hukou", "CITY"), org.assertj.core.groups.Tuple.tuple(6L, "weight", "-1.5"));
  }

  private static Map<String, String> kv(String... kv) {
    Map<String, String> m = new java.util.HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  private static String row(Map<String, String> v) {
    List<String> cells = new ArrayList<>();
    for (String c : Microdata.COLUMNS) {
      cells.add(v.getOrDefault(c, ""));
    }
    return String.join(",", cells) + "\n";
  }
}
