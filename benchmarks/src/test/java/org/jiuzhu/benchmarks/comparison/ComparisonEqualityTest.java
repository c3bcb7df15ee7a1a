package org.jiuzhu.benchmarks.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jiuzhu.core.policy.Policy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The comparison's three implementations (hand-written loop, Drools, jiuzhu's fast path) decide
 * every household of a seeded pool the same: outcome and amount of 低保, 低保边缘 and 单人户.
 */
class ComparisonEqualityTest {
  private static final long SEED = 20261203L;
  private static final int SIZE = 20_000;

  private static Policy policy;
  private static JiuzhuSide jiuzhu;
  private static Pool pool;
  private static DroolsSide drools;

  @BeforeAll
  static void setUp() {
    policy = Policy.installed();
    jiuzhu = new JiuzhuSide(policy, Pool.DATE);
    pool = Pool.generate(SIZE, SEED, policy, jiuzhu);
    jiuzhu.prepare(pool.households);
    drools = new DroolsSide();
  }

  @Test
  void theThreeImplementationsAgreeOnEveryHousehold() {
    Equality.Summary s = Equality.check(pool, drools, jiuzhu, ComparisonBenchmark.BATCH);
    assertThat(s.households()).isEqualTo(SIZE);
    // the pool exercises both sides of each programme, so that agreement says something
    assertThat(s.dibao()).as("低保 eligible").isBetween(SIZE / 50, SIZE - SIZE / 50);
    assertThat(s.marginal()).as("低保边缘 eligible").isGreaterThan(SIZE / 100);
    assertThat(s.single()).as("单人户 eligible").isGreaterThan(10);
    assertThat(s.dibaoFen()).isPositive();
    assertThat(s.singleFen()).isPositive();
  }

  @Test
  void thePoolIsSeededAndLeavesOutOnlyTheNamedShapes() {
    Pool again = Pool.generate(2_000, SEED, policy, jiuzhu);
    for (int i = 0; i < again.households.length; i++) {
      assertThat(again.households[i]).isEqualTo(pool.households[i]);
    }
    assertThat(pool.leftOut.keySet()).isSubsetOf("absent member", "sanctioned member", "tagged income", "earmarked deposit",
        "特困 not ineligible");
    assertThat(pool.generated).isEqualTo(SIZE + pool.leftOut.values().stream().mapToInt(Integer::intValue).sum());
  }

  @Test
  void aDifferenceIsReportedWithTheHouseholdAndTheField() {
    // a 低保 household given a million yuan a month more, for the loop and Drools only: jiuzhu must disagree
    Results loop = new Results(SIZE);
    HandWrittenLoop.run(pool.plain, 0, SIZE, loop);
    int i = 0;
    while (loop.dibao[i] != Results.ELIGIBLE) {
      i++;
    }
    PlainHousehold[] changed = pool.plain.clone();
    PlainHousehold h = changed[i];
    PlainPerson p = h.persons[0];
    long[] income = p.income.clone();
    for (int k = 0; k < income.length; k++) {
      income[k] += 100_000_000L;
    }
    PlainPerson[] persons = h.persons.clone();
    persons[0] = new PlainPerson(p.age, p.disabilityGrade, p.intellectualOrMental, p.majorIllness, income, p.earned);
    changed[i] = new PlainHousehold(h.index, h.id, h.rules, persons, h.financialFen, h.vehicles, h.homes, h.homeAreaCenti,
        h.nonResidential, h.activeBusinesses, h.activeMicroBusinesses, h.medicalFen);
    Pool wrong = Pool.withPlain(pool, changed);
    assertThatThrownBy(() -> Equality.check(wrong, drools, jiuzhu, ComparisonBenchmark.BATCH))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("household " + h.id + ": 低保 (cn.dibao) outcome differs: hand-written loop 0, Drools 0, jiuzhu 1"
            + " (outcomes: 0 ineligible, 1 eligible, 2 needs review)");
  }
}
