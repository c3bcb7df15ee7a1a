package org.jiuzhu.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.jiuzhu.core.household.HukouType;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.rules.cn.CnRulebook;
import org.junit.jupiter.api.Test;

/** The primitive aggregation: tallies, outcomes' arrays and list views, serialization, the reform's loser by programme. */
final class AggregatesTest {
  private static final RegionCode A = RegionCode.parse("620825");
  private static final RegionCode B = RegionCode.parse("330105");

  @Test
  void aTallyAddsByKeyPairThroughGrowthAndComparesInAnyOrder() {
    Tally t = new Tally(2);
    Map<String, long[]> expected = new TreeMap<>();
    SplittableRandom r = new SplittableRandom(3);
    for (int i = 0; i < 5_000; i++) {
      String p = "p" + r.nextInt(40);
      String c = r.nextBoolean() ? null : "code-" + r.nextInt(7);
      long w = 1 + r.nextInt(9);
      int at = t.row(new String(p), c == null ? null : new String(c)); // equal keys, other objects
      t.values[at] += w;
      t.values[at + 1] += 2 * w;
      long[] v = expected.computeIfAbsent(c == null ? p : p + "|" + c, k -> new long[2]);
      v[0] += w;
      v[1] += 2 * w;
    }
    Map<String, long[]> view = t.view(0, 2, x -> x);
    assertThat(view.keySet()).containsExactlyElementsOf(expected.keySet());
    expected.forEach((k, v) -> assertThat(view.get(k)).containsExactly(v));
    // the same rows added in the opposite order: equal; one more unit anywhere: not
    Tally back = new Tally(2);
    for (int row = t.size() - 1; row >= 0; row--) {
      int at = back.row(t.first(row), t.second(row));
      back.values[at] = t.values[row * 2];
      back.values[at + 1] = t.values[row * 2 + 1];
    }
    assertThat(back.sameAs(t)).isTrue();
    assertThat(t.sameAs(back)).isTrue();
    back.values[back.find(t.first(0), t.second(0))]++;
    assertThat(back.sameAs(t)).isFalse();
    assertThat(t.find("nobody", null)).isEqualTo(-1);
  }

  private static HouseholdOutcome outcome(String id, RegionCode region, HukouType hukou, BigDecimal weight, long market,
      List<HouseholdOutcome.ProgrammeAmount> base, List<HouseholdOutcome.ProgrammeAmount> reform, List<String> review,
      String gap, String loss) {
    int[] ages = new int[HouseholdOutcome.AGE_BANDS];
    ages[8] = 2;
    return new HouseholdOutcome(id, region, hukou, 2, weight, market, 114_000, base, reform, base, reform, ages, 1, 0, review,
        gap, loss);
  }

  private static HouseholdOutcome.ProgrammeAmount dibao(long monthly) {
    return new HouseholdOutcome.ProgrammeAmount(CnRulebook.DIBAO, 2, monthly, 0, 0);
  }

  @Test
  void anOutcomeKeepsItsListsReviewAndExactWeight() {
    List<HouseholdOutcome.ProgrammeAmount> base = List.of(dibao(30_000),
        new HouseholdOutcome.ProgrammeAmount("cn.heating", 2, 0, 1_200_00, 100));
    HouseholdOutcome o = outcome("h1", A, HukouType.RURAL, new BigDecimal("1.2345"), 50_000, base, base,
        List.of("cn.tekun|tekun.missing-facts", "cn.dibao-marginal|x.y"), Gaps.RECEIVING, null);
    assertThat(o.baseline()).containsExactlyElementsOf(base);
    assertThat(o.reform()).isSameAs(o.baseline());
    assertThat(o.review()).containsExactly("cn.tekun|tekun.missing-facts", "cn.dibao-marginal|x.y");
    assertThat(o.reviewText()).isEqualTo("cn.tekun|tekun.missing-facts;cn.dibao-marginal|x.y");
    assertThat(o.weightUnits()).isEqualTo(12_345);
    assertThat(o.weight()).isEqualTo(new BigDecimal("1.2345"));
    assertThat(o.baselineTransfers()).isEqualTo(30_000 + (1_200_00 + 100) / 12);
    assertThat(o.change()).isZero();
    assertThat(outcome("h1", A, HukouType.URBAN, BigDecimal.valueOf(3), 0, List.of(), List.of(), List.of(), null, null)
        .weightUnits()).isEqualTo(30_000);
    assertThat(outcome("h1", A, HukouType.URBAN, new BigDecimal("2.50000"), 0, List.of(), List.of(), List.of(), null, null)
        .weightUnits()).isEqualTo(25_000);
    assertThatThrownBy(() -> outcome("h9", A, HukouType.URBAN, new BigDecimal("1.23456"), 0, List.of(), List.of(), List.of(), null,
        null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight of household h9 is 1.23456; expected above 0 with at most 4 decimal places");
    assertThatThrownBy(() -> outcome("h9", A, HukouType.URBAN, BigDecimal.ZERO, 0, List.of(), List.of(), List.of(), null, null))
        .hasMessage("weight of household h9 is 0; expected above 0 with at most 4 decimal places");
    assertThatThrownBy(() -> outcome("h9", A, HukouType.URBAN, BigDecimal.ONE, 0, List.of(), List.of(), List.of("no-bar"), null,
        null)).hasMessage("review entry 'no-bar'; expected programme|reason-code");
  }

  @Test
  void aggregatesSerializedMidwayAndAddedToAfterwardsEqualOnesNeverSerialized() throws Exception {
    List<HouseholdOutcome> outcomes = new ArrayList<>();
    SplittableRandom r = new SplittableRandom(11);
    for (int i = 0; i < 2_000; i++) {
      long b = r.nextInt(3) == 0 ? 20_000 + r.nextInt(50_000) : 0;
      long f = b == 0 ? 0 : b + 1_000 - r.nextInt(3_000);
      List<HouseholdOutcome.ProgrammeAmount> base = b == 0 ? List.of() : List.of(dibao(b));
      List<HouseholdOutcome.ProgrammeAmount> reform = f == 0 ? List.of() : List.of(dibao(f));
      List<String> review = r.nextInt(5) == 0 ? List.of("cn.tekun|tekun.code-" + r.nextInt(3)) : List.of();
      outcomes.add(outcome("h" + i, r.nextBoolean() ? A : B, r.nextBoolean() ? HukouType.URBAN : HukouType.RURAL,
          BigDecimal.valueOf(1 + r.nextInt(30_000), 4), r.nextInt(200_000), base, reform, review,
          r.nextBoolean() ? Gaps.INCOME : null, f < b ? CnRulebook.DIBAO : null));
    }
    Aggregates direct = new Aggregates();
    outcomes.forEach(direct::add);
    Aggregates first = new Aggregates();
    outcomes.subList(0, 1_000).forEach(first::add);
    Aggregates copy = roundTrip(first);
    assertThat(copy).isEqualTo(first);
    outcomes.subList(1_000, 2_000).forEach(copy::add); // the region cache is rebuilt after reading
    assertThat(copy).isEqualTo(direct);
    Aggregates halves = new Aggregates();
    outcomes.subList(1_000, 2_000).forEach(halves::add);
    assertThat(roundTrip(halves).merge(roundTrip(first))).isEqualTo(direct);
    assertThat(direct.cells().keySet()).containsExactly("330105/RURAL", "330105/URBAN", "620825/RURAL", "620825/URBAN");
    assertThat(direct.total().review().keySet()).containsExactly("cn.tekun|tekun.code-0", "cn.tekun|tekun.code-1",
        "cn.tekun|tekun.code-2");
    assertThat(direct.total().gaps().keySet()).containsExactly(Gaps.INCOME);
    assertThat(direct.total().losersByProgramme().keySet()).containsExactly(CnRulebook.DIBAO);
    assertThat(direct.total().programmes()).containsExactly(CnRulebook.DIBAO);
    long units = 0;
    for (HouseholdOutcome o : outcomes) {
      units += o.weightUnits();
    }
    assertThat(direct.total().exact("households")).isEqualByComparingTo(BigDecimal.valueOf(units, 4));
    // records: each household once, whatever its weight, through merging and serialization
    assertThat(direct.records()).isEqualTo(2_000);
    assertThat(direct.total().records()).isEqualTo(2_000);
    assertThat(roundTrip(halves).merge(roundTrip(first)).records()).isEqualTo(2_000);
  }

  @Test
  void recordsCountHouseholdsWhateverTheirWeightAndTheWeightedTotalIsApart() {
    Aggregates a = new Aggregates();
    for (int i = 0; i < 300; i++) {
      a.add(outcome("h" + i, A, i % 2 == 0 ? HukouType.URBAN : HukouType.RURAL, new BigDecimal("1.5"), 0, List.of(), List.of(),
          List.of(), null, null));
    }
    assertThat(a.records()).isEqualTo(300);
    assertThat(a.total().households()).isEqualTo(450);
    // the cells' rounded weighted counts (225 each) do not add up to a record count
    assertThat(a.cells().values().stream().mapToLong(Aggregates.Cell::records).sum()).isEqualTo(300);
  }

  private static Aggregates roundTrip(Aggregates a) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(a);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (Aggregates) in.readObject();
    }
  }

  private static HouseholdOutcome.Amounts amounts(Object... idsAndMonthly) {
    List<HouseholdOutcome.ProgrammeAmount> list = new ArrayList<>();
    for (int i = 0; i < idsAndMonthly.length; i += 2) {
      list.add(new HouseholdOutcome.ProgrammeAmount((String) idsAndMonthly[i], 1, (Long) idsAndMonthly[i + 1], 0, 0));
    }
    return HouseholdOutcome.Amounts.of(list);
  }

  @Test
  void theReformsLoserIsTheProgrammeThatFellMostTheFirstByIdOnATie() {
    assertThat(Evaluator.loss(amounts("b", 100L, "a", 100L), amounts())).isEqualTo("a");
    assertThat(Evaluator.loss(amounts("x", 50L, "y", 100L), amounts("x", 50L))).isEqualTo("y");
    assertThat(Evaluator.loss(amounts("x", 50L, "y", 100L), amounts("x", 10L, "y", 60L, "z", 5L))).isEqualTo("x");
    assertThat(Evaluator.loss(amounts("x", 50L), amounts("x", 50L))).isNull();
    assertThat(Evaluator.loss(amounts("x", 50L), amounts("y", 60L))).isNull();
    assertThat(Evaluator.loss(amounts("x", 50L, "y", 30L), amounts("y", 40L))).isEqualTo("x");
    assertThat(Optional.ofNullable(Evaluator.loss(amounts(), amounts()))).isEmpty();
  }
}
