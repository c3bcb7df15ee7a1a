package org.jiuzhu.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A sweep's monthly parts add up to the monthly net it shows: a twelfth of each yearly amount
 * rounded down, the fen of rounding to the largest remainders (ties by programme id).
 */
final class SweepMonthlyPartsTest {
  private static Map<String, Long> year(Object... idAndFen) {
    Map<String, Long> m = new TreeMap<>();
    for (int i = 0; i < idAndFen.length; i += 2) {
      m.put((String) idAndFen[i], ((Number) idAndFen[i + 1]).longValue());
    }
    return m;
  }

  @Test
  void threeYearlyProgrammesOf200YuanAre50YuanAMonthNot50Point01() {
    // 200.00 a year each: 16.666… a month; rounded one by one 16.67 × 3 = 50.01, the net 50.00
    Map<String, Long> m = Sweep.monthly(year("a", 20_000, "b", 20_000, "c", 20_000));
    assertThat(m).containsExactlyEntriesOf(year("a", 1_667, "b", 1_667, "c", 1_666));
    assertThat(m.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(Sweep.twelfth(60_000)).isEqualTo(5_000);
  }

  @Test
  void theRoundingFenGoesToTheLargestRemainder() {
    // 1000.00 a year (83.333…), 200.00 a year (16.666…), 480.00 a month (5760.00 a year, exact)
    Map<String, Long> m = Sweep.monthly(year("heating", 100_000, "pension", 20_000, "dibao", 576_000));
    assertThat(m).containsExactlyEntriesOf(year("dibao", 48_000, "heating", 8_333, "pension", 1_667));
    // 100.00 + 200.00 a year: 8.333… + 16.666… = 25.00 exactly; the one fen to the larger remainder
    assertThat(Sweep.monthly(year("x", 10_000, "y", 20_000))).containsExactlyEntriesOf(year("x", 833, "y", 1_667));
  }

  @Test
  void thePartsAlwaysAddUpToTheTwelfthOfTheTotalAndStayWithinAFenOfTheExactTwelfth() {
    java.util.Random random = new java.util.Random(11);
    for (int run = 0; run < 2_000; run++) {
      Map<String, Long> y = new TreeMap<>();
      int n = 1 + random.nextInt(8);
      for (int i = 0; i < n; i++) {
        y.put("p" + i, (long) random.nextInt(2_000_000));
      }
      Map<String, Long> m = Sweep.monthly(y);
      long total = y.values().stream().mapToLong(Long::longValue).sum();
      assertThat(m.values().stream().mapToLong(Long::longValue).sum()).as(y.toString()).isEqualTo(Sweep.twelfth(total));
      for (String id : y.keySet()) {
        assertThat(m.get(id) * 12 - y.get(id)).as(id + " of " + y).isBetween(-11L, 11L);
      }
    }
  }
}
