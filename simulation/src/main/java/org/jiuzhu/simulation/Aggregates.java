package org.jiuzhu.simulation;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jiuzhu.core.household.HukouType;

/**
 * Mergeable statistics of a run, by region and hukou: households and persons, market income,
 * recipients and annual cost of every programme under the baseline and the reform, poverty
 * headcount and gap before transfers and after each, winners and losers, and the distribution of
 * monthly gains. Every figure is a whole number (households and persons weighted, money in fen),
 * so merging is exact and its order does not matter: the same population gives the same
 * aggregates on one thread, on many, or on a cluster. Not thread-safe: one per worker, then
 * {@link #merge}.
 *
 * @since 0.1.0
 */
public final class Aggregates implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The gain buckets, yuan a month: losses, no change, gains. */
  public static final ImmutableList<String> GAIN_BUCKET_LABELS = ImmutableList.of("≤ -500", "-500 to -200", "-200 to -100",
      "-100 to -50", "-50 to 0", "0", "0 to 50", "50 to 100", "100 to 200", "200 to 500", "> 500");
  /** Upper bounds (inclusive, fen) of the buckets but the last. */
  private static final long[] BUCKET_FEN = {-50_000, -20_000, -10_000, -5_000, -1, 0, 5_000, 10_000, 20_000, 50_000};

  /** Indexes of {@link Cell#programme} arrays. */
  static final int BASE_HOUSEHOLDS = 0;
  static final int BASE_PERSONS = 1;
  static final int BASE_COST = 2;
  static final int REFORM_HOUSEHOLDS = 3;
  static final int REFORM_PERSONS = 4;
  static final int REFORM_COST = 5;

  private final TreeMap<String, Cell> cells = new TreeMap<>();

  /** The statistics of one region and hukou type. */
  public static final class Cell implements Serializable {
    private static final long serialVersionUID = 1L;
    long households;
    long persons;
    long marketIncome;
    final HashMap<String, long[]> programme = new HashMap<>();
    /** {poor households, poor persons, gap in fen a month} before transfers, after the baseline's, after the reform's. */
    final long[] poverty = new long[9];
    long winners;
    long losers;
    long gains;
    long losses;
    final long[] gainBuckets = new long[BUCKET_FEN.length + 1];

    void add(HouseholdOutcome o) {
      long w = o.weight();
      households += w;
      persons += w * o.persons();
      marketIncome += w * o.marketIncome();
      boolean same = o.baseline() == o.reform(); // no reform: count once, in both columns
      for (HouseholdOutcome.ProgrammeAmount a : o.baseline()) {
        long[] p = programme.computeIfAbsent(a.programmeId(), k -> new long[6]);
        p[BASE_HOUSEHOLDS] += w;
        p[BASE_PERSONS] += w * a.persons();
        p[BASE_COST] += w * a.annualCost();
        if (same) {
          p[REFORM_HOUSEHOLDS] += w;
          p[REFORM_PERSONS] += w * a.persons();
          p[REFORM_COST] += w * a.annualCost();
        }
      }
      for (HouseholdOutcome.ProgrammeAmount a : same ? java.util.List.<HouseholdOutcome.ProgrammeAmount>of() : o.reform()) {
        long[] p = programme.computeIfAbsent(a.programmeId(), k -> new long[6]);
        p[REFORM_HOUSEHOLDS] += w;
        p[REFORM_PERSONS] += w * a.persons();
        p[REFORM_COST] += w * a.annualCost();
      }
      long base = o.baselineTransfers();
      long reform = o.reformTransfers();
      poor(0, o.marketIncome(), o, w);
      poor(3, o.marketIncome() + base, o, w);
      poor(6, o.marketIncome() + reform, o, w);
      long change = reform - base;
      if (change > 0) {
        winners += w;
        gains += w * change;
      } else if (change < 0) {
        losers += w;
        losses -= w * change;
      }
      int b = 0;
      while (b < BUCKET_FEN.length && change > BUCKET_FEN[b]) {
        b++;
      }
      gainBuckets[b] += w;
    }

    private void poor(int at, long income, HouseholdOutcome o, long w) {
      if (income < o.povertyLine()) {
        poverty[at] += w;
        poverty[at + 1] += w * o.persons();
        poverty[at + 2] += w * (o.povertyLine() - income);
      }
    }

    void merge(Cell c) {
      households += c.households;
      persons += c.persons;
      marketIncome += c.marketIncome;
      c.programme.forEach((id, v) -> {
        long[] p = programme.computeIfAbsent(id, k -> new long[6]);
        for (int i = 0; i < 6; i++) {
          p[i] += v[i];
        }
      });
      for (int i = 0; i < poverty.length; i++) {
        poverty[i] += c.poverty[i];
      }
      winners += c.winners;
      losers += c.losers;
      gains += c.gains;
      losses += c.losses;
      for (int i = 0; i < gainBuckets.length; i++) {
        gainBuckets[i] += c.gainBuckets[i];
      }
    }

    /** Households (weighted). */
    public long households() {
      return households;
    }

    /** Persons (weighted). */
    public long persons() {
      return persons;
    }

    /** Sum of monthly market income, in fen. */
    public long marketIncome() {
      return marketIncome;
    }

    /** Programme ids, sorted. */
    public ImmutableList<String> programmes() {
      return ImmutableList.sortedCopyOf(programme.keySet());
    }

    /**
     * One programme's figures: {baseline households, persons, annual cost in fen, reform
     * households, persons, annual cost in fen}; zeros for a programme nobody gets.
     */
    public long[] programme(String id) {
      long[] p = programme.get(id);
      return p == null ? new long[6] : p.clone();
    }

    /**
     * Poverty: {households, persons, gap in fen a month} below the line before transfers
     * ({@code stage} 0), after the baseline's (1) and after the reform's (2).
     */
    public long[] poverty(int stage) {
      return Arrays.copyOfRange(poverty, stage * 3, stage * 3 + 3);
    }

    /** Households that gain from the reform. */
    public long winners() {
      return winners;
    }

    /** Households that lose from the reform. */
    public long losers() {
      return losers;
    }

    /** Sum of monthly gains, in fen. */
    public long gains() {
      return gains;
    }

    /** Sum of monthly losses, in fen (positive). */
    public long losses() {
      return losses;
    }

    /** Households by monthly gain, in the buckets of {@link #GAIN_BUCKET_LABELS}. */
    public long[] gainBuckets() {
      return gainBuckets.clone();
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Cell c)) {
        return false;
      }
      if (households != c.households || persons != c.persons || marketIncome != c.marketIncome || winners != c.winners
          || losers != c.losers || gains != c.gains || losses != c.losses || !Arrays.equals(poverty, c.poverty)
          || !Arrays.equals(gainBuckets, c.gainBuckets) || !programme.keySet().equals(c.programme.keySet())) {
        return false;
      }
      for (Map.Entry<String, long[]> e : programme.entrySet()) {
        if (!Arrays.equals(e.getValue(), c.programme.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int hashCode() {
      return Objects.hash(households, persons, marketIncome, winners, losers);
    }
  }

  /** The key of a region and hukou type: {@code 620825/RURAL}. */
  public static String key(String region, HukouType hukou) {
    return region + "/" + hukou.name();
  }

  /** Adds one household. */
  public void add(HouseholdOutcome o) {
    cells.computeIfAbsent(key(o.region().toString(), o.hukou()), k -> new Cell()).add(o);
  }

  /** Adds {@code other} into this; returns this. */
  public Aggregates merge(Aggregates other) {
    other.cells.forEach((k, c) -> cells.computeIfAbsent(k, x -> new Cell()).merge(c));
    return this;
  }

  /** The cells, by key ({@code region/HUKOU}), sorted. */
  public Map<String, Cell> cells() {
    return java.util.Collections.unmodifiableMap(cells);
  }

  /** Every cell merged into one: the whole run. */
  public Cell total() {
    Cell t = new Cell();
    cells.values().forEach(t::merge);
    return t;
  }

  /** Households in the run (weighted). */
  public long households() {
    long n = 0;
    for (Cell c : cells.values()) {
      n += c.households;
    }
    return n;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Aggregates a && cells.equals(a.cells);
  }

  @Override
  public int hashCode() {
    return cells.hashCode();
  }
}
