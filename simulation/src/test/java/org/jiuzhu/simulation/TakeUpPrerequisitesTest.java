package org.jiuzhu.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiuzhu.core.household.Expenditure;
import org.jiuzhu.core.household.ExpenditureCategory;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.rules.catalogue.Catalogue;
import org.jiuzhu.rules.catalogue.CatalogueProgramme;
import org.jiuzhu.rules.cn.CnParameters;
import org.jiuzhu.rules.policyfile.PolicyFileModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Take-up acts through the catalogue's prerequisites: a household that does not take up 低保 (or
 * 特困, …) does not receive what rests on being a 低保 (特困, …) household; what it is entitled to
 * stays as it is.
 */
final class TakeUpPrerequisitesTest {
  private static final LocalDate DATE = CalibrationTest.DATE;
  private static final RegionCode ZHUANGLANG = RegionCode.parse("620825");
  private static final int HOUSEHOLDS = 6_000;

  @TempDir
  Path dir;

  private Policy withTakeUp(Policy base, String dibao, String tekun, String other) throws Exception {
    return withTakeUp(base, dibao, dibao, tekun, tekun, other);
  }

  /** Take-up of 低保 and 特困 by hukou (urban, rural), of the marginal recognition and the rest {@code other}. */
  private Policy withTakeUp(Policy base, String dibao, String dibaoRural, String tekun, String tekunRural, String other)
      throws Exception {
    Path file = dir.resolve("take-up-" + dibao + "-" + dibaoRural + "-" + tekun + "-" + tekunRural + "-" + other + ".yaml");
    StringBuilder yaml = new StringBuilder("format: jiuzhu-policy/1\nparameters:\n");
    String[][] keys = {{"dibao", dibao}, {"dibao.rural", dibaoRural}, {"tekun", tekun}, {"tekun.rural", tekunRural},
        {"marginal", other}, {"other", other}};
    for (String[] k : keys) {
      yaml.append("  - key: population.take-up.").append(k[0]).append("\n    region: \"620825\"\n    unit: ratio\n")
          .append("    reference: test\n    status: illustrative\n    values:\n      - from: 2021-01-01\n        value: ")
          .append(k[1]).append('\n');
    }
    // nobody receives anything now: who receives now follows take-up (the generator records only takers),
    // so only a population without current benefits has the same entitlement under every take-up
    for (String k : List.of("dibao-share", "tekun-share", "withdrawal-share")) {
      yaml.append("  - key: population.current.").append(k).append("\n    region: \"620825\"\n    unit: ratio\n")
          .append("    reference: test\n    status: illustrative\n    values:\n      - from: 2021-01-01\n        value: 0\n");
    }
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return base.toBuilder().override(PolicyFileModule.fromFiles("t", CnParameters.catalog(), List.of(file))).build();
  }

  private static Set<String> ids(List<HouseholdOutcome.ProgrammeAmount> amounts) {
    return amounts.stream().map(HouseholdOutcome.ProgrammeAmount::programmeId).collect(Collectors.toSet());
  }

  /** Every programme received that has prerequisites has one of them received too; the problems found. */
  private static List<String> unsupported(String household, List<HouseholdOutcome.ProgrammeAmount> received) {
    Set<String> got = ids(received);
    List<String> out = new ArrayList<>();
    for (CatalogueProgramme p : Catalogue.cn().programmes()) {
      if (got.contains(p.id()) && !p.prerequisites().isEmpty() && p.prerequisites().stream().noneMatch(got::contains)) {
        out.add(household + ": " + p.id() + " without any of " + p.prerequisites());
      }
    }
    return out;
  }

  @Test
  void dependantsAreReceivedOnlyWithWhatTheyRestOnAndEntitlementStaysAsItIs() throws Exception {
    Policy calibrated = Calibration.shipped(Policy.installed());
    Policy half = withTakeUp(calibrated, "0.5", "0.5", "1");
    // the shipped fit has take-up below 1: everyone taking up, set here
    Aggregates full = Calibration.simulate(withTakeUp(calibrated, "1", "1", "1"), 3, HOUSEHOLDS, ZHUANGLANG, DATE, 2);
    Aggregates some = Calibration.simulate(half, 3, HOUSEHOLDS, ZHUANGLANG, DATE, 2);
    Aggregates.Cell f = full.total();
    Aggregates.Cell c = some.total();
    for (CatalogueProgramme p : Catalogue.cn().programmes()) {
      // entitlement does not depend on take-up
      assertThat(c.entitled(p.id())).as("entitled " + p.id()).containsExactly(f.entitled(p.id()));
      if (p.prerequisites().isEmpty()) {
        continue;
      }
      long prerequisitesReceived = p.prerequisites().stream().mapToLong(q -> c.programme(q)[0]).sum();
      assertThat(c.programme(p.id())[0]).as("receiving " + p.id() + " <= receiving its prerequisites " + p.prerequisites())
          .isLessThanOrEqualTo(prerequisitesReceived);
    }
    // the defect: free electricity and water rest on 低保 or 特困 alone; with half taking them up, far fewer receive them
    for (String dependant : List.of("cn.utility.free-electricity", "cn.utility.water-fee-reduction")) {
      long received = c.programme(dependant)[0];
      assertThat(received).as(dependant).isLessThanOrEqualTo(c.programme("cn.dibao")[0] + c.programme("cn.tekun")[0]);
      assertThat(received).as(dependant).isLessThan(c.entitled(dependant)[0] * 3 / 4).isPositive();
    }
    assertThat(c.programme("cn.heating.subsidy")[0]).isLessThan(c.entitled("cn.heating.subsidy")[0]);
    assertThat(c.programme("cn.medical.contribution-subsidy")[0]).isLessThan(c.entitled("cn.medical.contribution-subsidy")[0]);
    // with everyone taking up, received is entitled
    assertThat(f.programme("cn.utility.free-electricity")).containsExactly(f.entitled("cn.utility.free-electricity"));
  }

  @Test
  void everyHouseholdReceivesADependantOnlyWithAPrerequisiteOnEveryPathAndUnderTheReform() throws Exception {
    Policy calibrated = Calibration.shipped(Policy.installed());
    // urban and rural households at different rates: the batch (hukou from its flags) and the object path agree
    Policy half = withTakeUp(calibrated, "0.7", "0.4", "0.6", "0.3", "0.8");
    Path reformFile = Path.of(System.getProperty("jiuzhu.reforms", "../examples/reforms")).resolve("dibao-standard-plus-10.yaml");
    Evaluator evaluator = new Evaluator(half, Optional.of(Reform.apply(half, List.of(reformFile))), DATE);
    Evaluator everyone = new Evaluator(calibrated, Optional.empty(), DATE);
    PopulationGenerator g = new PopulationGenerator(half, 5, List.of(ZHUANGLANG), DATE);
    int n = 2_000;
    BigDecimal[] weights = new BigDecimal[256];
    java.util.Arrays.fill(weights, BigDecimal.ONE);
    HouseholdOutcome[] batch = new HouseholdOutcome[256];
    List<String> problems = new ArrayList<>();
    int dropped = 0;
    int withBills = 0;
    for (int first = 0; first < n; first += 256) {
      int size = Math.min(256, n - first);
      evaluator.evaluate(g, first, size, weights, batch);
      Household[] objects = new Household[size];
      for (int i = 0; i < size; i++) {
        Household h = g.household(first + i);
        HouseholdOutcome one = evaluator.evaluate(h, BigDecimal.ONE);
        // the object path and the batch straight from the generator agree
        assertThat(batch[i]).as(h.id()).isEqualTo(one);
        problems.addAll(unsupported(h.id(), one.baseline()));
        problems.addAll(unsupported(h.id() + " (reform)", one.reform()));
        assertThat(ids(one.baseline())).as(h.id()).isSubsetOf(ids(one.entitledBaseline()));
        assertThat(one.entitledBaseline()).as(h.id()).isEqualTo(everyone.evaluate(h, BigDecimal.ONE).entitledBaseline());
        if (ids(one.entitledBaseline()).contains("cn.utility.free-electricity") && !ids(one.baseline()).contains("cn.utility.free-electricity")) {
          dropped++;
        }
        // a bill a month for every member: the household takes the object path inside the batch
        Household.Builder b = new Household.Builder();
        b.id(h.id()).region(h.region()).applicantId(h.applicantId()).addAllMembers(h.members()).addAllIncomes(h.incomes())
            .addAllFinancialAssets(h.financialAssets()).addAllVehicles(h.vehicles()).addAllHomes(h.homes())
            .addAllNonResidentialProperties(h.nonResidentialProperties()).addAllBusinesses(h.businesses())
            .addAllExpenditures(h.expenditures()).addAllEvents(h.events()).addAllCurrentBenefits(h.currentBenefits());
        for (int k = 1; k <= 12; k++) {
          b.addExpenditures(new Expenditure.Builder().category(ExpenditureCategory.MEDICAL_OUT_OF_POCKET).month(YearMonth.from(DATE).minusMonths(k))
              .amount(Money.parse("800.00")).memberId(h.members().get(0).id()).build());
        }
        objects[i] = b.build();
      }
      // households with bills: screened through their objects inside the batch, the same as one at a time
      HouseholdOutcome[] viaObjects = new HouseholdOutcome[size];
      evaluator.evaluate(objects, weights, size, viaObjects);
      for (int i = 0; i < size; i++) {
        HouseholdOutcome one = evaluator.evaluate(objects[i], BigDecimal.ONE);
        assertThat(viaObjects[i]).as(objects[i].id() + " with bills").isEqualTo(one);
        problems.addAll(unsupported(objects[i].id() + " with bills", one.baseline()));
        if (ids(one.baseline()).contains("cn.medical.reimbursement")) {
          withBills++;
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(dropped).as("households entitled to free electricity that do not receive it").isPositive();
    assertThat(withBills).as("households receiving medical assistance on their bills").isPositive();
  }
}
