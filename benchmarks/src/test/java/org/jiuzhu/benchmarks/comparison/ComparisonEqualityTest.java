package org.jiuzhu.benchmarks.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
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
    pool = Pool.generate(SIZE, SEED, Pool.PACK_REGIONS, policy, jiuzhu);
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
  void theBenchmarksPoolAgreesToo() {
    // the benchmark's regions (12-month windows), a smaller pool of another seed
    Pool twelve = Pool.generate(10_000, SEED + 1, Pool.TWELVE_MONTH_REGIONS, policy, jiuzhu);
    JiuzhuSide side = new JiuzhuSide(policy, Pool.DATE);
    side.prepare(twelve.households);
    Equality.Summary s = Equality.check(twelve, drools, side, ComparisonBenchmark.BATCH);
    assertThat(s.households()).isEqualTo(10_000);
    assertThat(s.dibao()).isBetween(100, 9_900);
    assertThat(s.marginal()).isPositive();
    assertThat(s.single()).isPositive();
  }

  @Test
  void theLoopsRoundingIsBigDecimals() {
    SplittableRandom random = new SplittableRandom(SEED);
    for (RoundingMode mode : RoundingMode.values()) {
      if (mode == RoundingMode.UNNECESSARY) {
        continue;
      }
      for (int k = 0; k < 20_000; k++) {
        long a = random.nextLong(-2_000_000, 2_000_000);
        long b = 1 + random.nextLong(k % 2 == 0 ? 10 : 100_000);
        long expected = BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), 0, mode).longValueExact();
        assertThat(HandWrittenLoop.divide(a, b, mode)).as("%d / %d %s", a, b, mode).isEqualTo(expected);
      }
    }
  }

  @Test
  void thePoolIsSeededAndLeavesOutOnlyTheNamedShapes() {
    Pool again = Pool.generate(2_000, SEED, Pool.PACK_REGIONS, policy, jiuzhu);
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
    persons[0] = new PlainPerson(p.age, p.payAge, p.disabilityGrade, p.intellectualOrMental, p.majorIllness, income, p.earned);
    changed[i] = new PlainHousehold(h.index, h.id, h.rules, persons, h.financialFen, h.vehicles, h.homes, h.homeAreaCenti,
        h.nonResidential, h.activeBusinesses, h.activeMicroBusinesses, h.medicalFen);
    Pool wrong = Pool.withPlain(pool, changed);
    assertThatThrownBy(() -> Equality.check(wrong, drools, jiuzhu, ComparisonBenchmark.BATCH))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("household " + h.id + ": 低保 (cn.dibao) outcome differs: hand-written loop 0, Drools 0, jiuzhu 1"
            + " (outcomes: 0 ineligible, 1 eligible, 2 needs review)");
  }
}
