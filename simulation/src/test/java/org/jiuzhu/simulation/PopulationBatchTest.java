package org.jiuzhu.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.rules.batch.HouseholdBatch;
import org.jiuzhu.rules.cn.CnRulebook;
import org.junit.jupiter.api.Test;

/**
 * The population path without household objects: a batch row appended straight from the
 * generator equals the row of {@code batch.add(generator.household(i))}, column by column, on
 * 100,000 households of the shipped places; and the evaluator's three ways in — one household
 * object at a time, a batch of objects, the generator straight into the batch — give equal
 * outcomes, with and without a reform.
 */
final class PopulationBatchTest {
  private static final LocalDate DATE = CalibrationTest.DATE;
  private static final Policy POLICY = Calibration.shipped(Policy.installed());
  private static final List<RegionCode> PLACES = List.of("620825", "610630", "370983", "330105").stream().map(RegionCode::parse).toList();

  /** Every column of row {@code r} of {@code a} against row {@code r} of {@code b}; the differences. */
  private static List<String> compare(String id, HouseholdBatch a, HouseholdBatch b, int r) {
    List<String> out = new ArrayList<>();
    long[] ha = {a.specIndex(r), a.flags(r), a.counted(r), a.homes(r), a.nonResidential(r), a.disqualifyingBusinesses(r), a.incomeTotal(r),
        a.employmentDeduction(r), a.medicalDeduction(r), a.disregardedNewJob(r), a.incomeRigid(r), a.incomeTemporary(r), a.rigidLiving(r),
        a.rigidSpending(r), a.temporarySpending(r), a.financialAssets(r), a.loss(r), a.withdrawalEnd(r), a.lastDeath(r),
        a.memberEnd(r) - a.memberStart(r), a.vehicleEnd(r) - a.vehicleStart(r)};
    long[] hb = {b.specIndex(r), b.flags(r), b.counted(r), b.homes(r), b.nonResidential(r), b.disqualifyingBusinesses(r), b.incomeTotal(r),
        b.employmentDeduction(r), b.medicalDeduction(r), b.disregardedNewJob(r), b.incomeRigid(r), b.incomeTemporary(r), b.rigidLiving(r),
        b.rigidSpending(r), b.temporarySpending(r), b.financialAssets(r), b.loss(r), b.withdrawalEnd(r), b.lastDeath(r),
        b.memberEnd(r) - b.memberStart(r), b.vehicleEnd(r) - b.vehicleStart(r)};
    if (!Arrays.equals(ha, hb)) {
      out.add(id + ": household columns " + Arrays.toString(ha) + " vs " + Arrays.toString(hb));
      return out;
    }
    for (int k = 0; k < ha[ha.length - 2]; k++) {
      int ma = a.memberStart(r) + k;
      int mb = b.memberStart(r) + k;
      long[] xa = {a.age(ma), a.memberFlags(ma), a.disabilityCategory(ma), a.disabilityGrade(ma), a.refusedOffers(ma), a.relationship(ma),
          a.failedSelfCareItems(ma), a.idRank(ma), a.schoolingOrdinal(ma), a.workStatusOrdinal(ma), a.memberIncome(ma), a.tekunIncome(ma),
          a.memberFinancial(ma), a.pensionSchemeOrdinal(ma), a.medicalSchemeOrdinal(ma),
          a.supporterEnd(ma) - a.supporterStart(ma)};
      long[] xb = {b.age(mb), b.memberFlags(mb), b.disabilityCategory(mb), b.disabilityGrade(mb), b.refusedOffers(mb), b.relationship(mb),
          b.failedSelfCareItems(mb), b.idRank(mb), b.schoolingOrdinal(mb), b.workStatusOrdinal(mb), b.memberIncome(mb), b.tekunIncome(mb),
          b.memberFinancial(mb), b.pensionSchemeOrdinal(mb), b.medicalSchemeOrdinal(mb),
          b.supporterEnd(mb) - b.supporterStart(mb)};
      if (!Arrays.equals(xa, xb)) {
        out.add(id + " member " + k + ": " + Arrays.toString(xa) + " vs " + Arrays.toString(xb));
      }
      for (int s = 0; s < xa[xa.length - 1]; s++) {
        int sa = a.supporterStart(ma) + s;
        int sb = b.supporterStart(mb) + s;
        if (a.supporterAge(sa) != b.supporterAge(sb) || a.supporterConditions(sa) != b.supporterConditions(sb)
            || a.supporterIncome(sa) != b.supporterIncome(sb) || a.supporterAssetsWithin(sa) != b.supporterAssetsWithin(sb)) {
          out.add(id + " member " + k + " supporter " + s);
        }
      }
    }
    for (int v = 0; v < ha[ha.length - 1]; v++) {
      int va = a.vehicleStart(r) + v;
      int vb = b.vehicleStart(r) + v;
      if (a.vehicleType(va) != b.vehicleType(vb) || a.vehicleUse(va) != b.vehicleUse(vb) || a.vehicleOwner(va) != b.vehicleOwner(vb)
          || a.vehicleValue(va) != b.vehicleValue(vb)) {
        out.add(id + " vehicle " + v);
      }
    }
    return out;
  }

  @Test
  void aRowFromTheGeneratorEqualsTheRowOfItsHouseholdOnAHundredThousandHouseholds() {
    PopulationGenerator g = new PopulationGenerator(POLICY, 7, PLACES, DATE);
    CnRulebook rulebook = CnRulebook.create(POLICY);
    HouseholdBatch fromObjects = rulebook.newBatch(DATE, 1024);
    HouseholdBatch direct = rulebook.newBatch(DATE, 1024);
    long[] market = new long[1024];
    List<String> mismatches = new ArrayList<>();
    int withSupporters = 0;
    int withdrawal = 0;
    int cars = 0;
    for (long first = 0; first < 100_000 && mismatches.size() <= 20; first += 1024) {
      fromObjects.clear();
      direct.clear();
      Household[] hs = new Household[1024];
      for (int i = 0; i < 1024; i++) {
        hs[i] = g.household(first + i);
        assertThat(fromObjects.add(hs[i])).isEqualTo(i);
        assertThat(g.household(first + i, direct, market)).isEqualTo(i);
      }
      for (int i = 0; i < 1024; i++) {
        String id = hs[i].id();
        mismatches.addAll(compare(id, fromObjects, direct, i));
        if (market[i] != Evaluator.marketIncome(hs[i], DATE)) {
          mismatches.add(id + ": market income " + market[i] + " vs " + Evaluator.marketIncome(hs[i], DATE));
        }
        withSupporters += hs[i].members().stream().anyMatch(m -> !m.supporters().isEmpty()) ? 1 : 0;
        withdrawal += (direct.flags(i) & HouseholdBatch.H_WITHDRAWAL) != 0 ? 1 : 0;
        cars += direct.vehicleEnd(i) - direct.vehicleStart(i);
      }
    }
    assertThat(mismatches).as(String.join("\n", mismatches)).isEmpty();
    // the population has the parts whose reduction could differ
    assertThat(withSupporters).isGreaterThan(100);
    assertThat(withdrawal).isGreaterThan(10);
    assertThat(cars).isGreaterThan(1000);
  }

  /** Compares the three paths on households {@code 0 … n-1} in chunks of 256 (as the simulation); returns the explained gaps seen. */
  private static int sameOutcomes(Evaluator e, PopulationGenerator g, int n) {
    int gaps = 0;
    for (int first = 0; first < n; first += 256) {
      int m = Math.min(256, n - first);
      BigDecimal[] weights = new BigDecimal[m];
      Arrays.fill(weights, BigDecimal.ONE);
      Household[] hs = new Household[m];
      for (int i = 0; i < m; i++) {
        hs[i] = g.household(first + i);
      }
      HouseholdOutcome[] batched = new HouseholdOutcome[m];
      HouseholdOutcome[] direct = new HouseholdOutcome[m];
      e.evaluate(hs, weights, m, batched);
      e.evaluate(g, first, m, weights, direct);
      for (int i = 0; i < m; i++) {
        HouseholdOutcome one = e.evaluate(hs[i], BigDecimal.ONE);
        assertThat(batched[i]).as("batch of objects, %s", hs[i].id()).isEqualTo(one);
        assertThat(direct[i]).as("generator into the batch, %s", hs[i].id()).isEqualTo(one);
        boolean explained = one.gap() != null && !one.gap().equals(Gaps.RECEIVING) && !one.gap().equals(Gaps.NOT_TAKEN_UP)
            && !one.gap().equals(Gaps.AWAITING_REVIEW);
        gaps += explained ? 1 : 0;
      }
    }
    return gaps;
  }

  @Test
  void theEvaluatorGivesTheSameOutcomesOnEachPath() {
    PopulationGenerator g = new PopulationGenerator(POLICY, 11, PLACES, DATE);
    // the gap analysis (explain mode on the household object, made again on the generator path) is reached
    assertThat(sameOutcomes(new Evaluator(POLICY, Optional.empty(), DATE), g, 30_000)).as("explained gaps").isPositive();
  }

  @Test
  void theEvaluatorGivesTheSameOutcomesOnEachPathUnderAReform() throws Exception {
    Policy reform = Reform.apply(POLICY, List.of(java.nio.file.Path.of("../examples/reforms/dibao-plus-10-no-work-deduction.yaml")));
    PopulationGenerator g = new PopulationGenerator(POLICY, 12, PLACES, DATE);
    Evaluator e = new Evaluator(POLICY, Optional.of(reform), DATE);
    sameOutcomes(e, g, 3000);
    HouseholdOutcome[] out = new HouseholdOutcome[300];
    BigDecimal[] weights = new BigDecimal[300];
    Arrays.fill(weights, BigDecimal.ONE);
    e.evaluate(g, 0, 300, weights, out);
    assertThat(Arrays.stream(out).filter(o -> o.change() != 0).count()).as("the reform moves someone").isPositive();
  }

  @Test
  void aBatchOfMixedHouseholdsGivesTheOutcomesOfOneAtATime() {
    // every kind of household (reviews, medical bills through the object path, sudden events), not only generated populations
    org.jiuzhu.rules.synthetic.HouseholdGenerator g = new org.jiuzhu.rules.synthetic.HouseholdGenerator(99, PLACES, DATE);
    Evaluator e = new Evaluator(POLICY, Optional.empty(), DATE);
    int reviews = 0;
    for (int chunk = 0; chunk < 20; chunk++) {
      Household[] hs = new Household[256];
      BigDecimal[] weights = new BigDecimal[256];
      for (int i = 0; i < 256; i++) {
        hs[i] = g.next();
        weights[i] = new BigDecimal("1.5");
      }
      HouseholdOutcome[] out = new HouseholdOutcome[256];
      e.evaluate(hs, weights, 256, out);
      for (int i = 0; i < 256; i++) {
        assertThat(out[i]).as(hs[i].id()).isEqualTo(e.evaluate(hs[i], weights[i]));
        reviews += out[i].review().isEmpty() ? 0 : 1;
      }
    }
    assertThat(reviews).as("households with a review").isGreaterThan(20);
  }

  @Test
  void aBatchForAnotherDateIsRefused() {
    PopulationGenerator g = new PopulationGenerator(POLICY, 1, PLACES, DATE);
    HouseholdBatch other = CnRulebook.create(POLICY).newBatch(DATE.plusDays(1), 4);
    assertThatThrownBy(() -> g.household(0, other, null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(DATE.plusDays(1).toString()).hasMessageContaining(DATE.toString());
    assertThat(other.size()).isZero();
  }
}
