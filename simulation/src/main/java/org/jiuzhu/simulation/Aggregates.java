package org.jiuzhu.simulation;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jiuzhu.core.household.HukouType;

/**
 * Mergeable statistics of a run, by region and hukou: households and persons, market income,
 * recipients and annual cost of every programme under the baseline and the reform, poverty
 * headcount and gap before transfers and after each, winners and losers, and the distribution of
 * monthly gains. Every figure is summed exactly as a whole number of weight units (a household
 * of weight 1 counts {@link HouseholdOutcome#WEIGHT_SCALE} units; survey weights have up to four
 * decimal places; money in fen × weight units), so merging is exact and its order does not
 * matter: the same population gives the same aggregates on one thread, on many, or on a cluster.
 * The getters return whole households, persons and fen, rounded half up from the exact sums
 * (exact for whole-number weights); {@link Cell#exact} gives the exact decimal of any of them.
 * A product that does not fit 64 bits fails ({@link ArithmeticException}) rather than wrap. Not
 * thread-safe: one per worker, then {@link #merge}.
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
  /** Entitled (before take-up) baseline households, persons, cost; then the reform's. */
  static final int ENTITLED_BASE_HOUSEHOLDS = 6;
  static final int ENTITLED_REFORM_HOUSEHOLDS = 9;
  private static final int PROGRAMME_FIGURES = 12;

  /** Income bins of the decile tables: bin 0 is under 1 yuan per person a month, bin k ≥ 1 starts at 1.05^(k-1) yuan. */
  public static final int INCOME_BINS = 240;
  /** Ratio of the bounds of consecutive income bins. */
  public static final double INCOME_BIN_RATIO = 1.05;
  private static final double LOG_RATIO = Math.log(INCOME_BIN_RATIO);
  /** Fixed-point scale of the poverty-gap ratios summed for FGT(1) and FGT(2). */
  public static final long FGT_SCALE = 1_000_000L;

  /** The income bin of a per-capita monthly income in fen. */
  static int binOf(long perCapitaFen) {
    if (perCapitaFen < 100) {
      return 0;
    }
    return (int) Math.min(INCOME_BINS - 1, 1 + (long) Math.floor(Math.log(perCapitaFen / 100.0) / LOG_RATIO));
  }

  /** The lower bound in yuan of income bin {@code k}. */
  public static double incomeBinLower(int k) {
    return k == 0 ? 0 : Math.pow(INCOME_BIN_RATIO, k - 1);
  }

  private final TreeMap<String, Cell> cells = new TreeMap<>();

  /** The statistics of one region and hukou type. */
  public static final class Cell implements Serializable {
    private static final long serialVersionUID = 1L;
    long households;
    /** Household records added (each once, whatever its weight). */
    long records;
    long persons;
    long marketIncome;
    /** programme → its {@link #PROGRAMME_FIGURES} figures (weight units; money in fen × weight units). */
    final Tally programme = new Tally(PROGRAMME_FIGURES);
    /** {poor households, poor persons, gap in fen a month} before transfers, after the baseline's, after the reform's. */
    final long[] poverty = new long[9];
    long winners;
    long losers;
    long gains;
    long losses;
    final long[] gainBuckets = new long[BUCKET_FEN.length + 1];
    /** Persons (weighted) by age band of {@link HouseholdOutcome#ages}. */
    final long[] ages = new long[HouseholdOutcome.AGE_BANDS];
    long disabled;
    long severelyDisabled;
    /** {Σ persons × gap ratio, Σ persons × gap ratio²} × {@link #FGT_SCALE}, before transfers, after the baseline's, after the reform's. */
    final long[] fgt = new long[6];
    /** (programme, reason) → {households, persons} needing review under the baseline. */
    final Tally review = new Tally(2);
    /** gap code → {households, persons} below the line after the baseline's transfers. */
    final Tally gaps = new Tally(2);
    /** programme → {losing households, monthly loss in fen} of the reform's losers, by the programme that fell most. */
    final Tally losersBy = new Tally(2);
    /** Per income bin: {households, persons, baseline transfers, reform transfers (fen a month)}. */
    final long[] bins = new long[INCOME_BINS * 4];

    void add(HouseholdOutcome o) {
      long w = o.weightUnits();
      int n = o.persons();
      long wp = Math.multiplyExact(w, (long) n); // weighted persons
      households += w;
      records++;
      persons += wp;
      long market = o.marketIncome();
      marketIncome += Math.multiplyExact(w, market);
      int[] a0 = o.ages();
      for (int i = 0; i < a0.length; i++) {
        if (a0[i] != 0) {
          ages[i] += Math.multiplyExact(w, (long) (a0[i]));
        }
      }
      disabled += Math.multiplyExact(w, (long) (o.disabled()));
      severelyDisabled += Math.multiplyExact(w, (long) (o.severelyDisabled()));
      for (int i = 0; i < o.reviewCount; i++) {
        int at = review.row(o.reviewProgrammes[i], o.reviewCodes[i]);
        review.values[at] += w;
        review.values[at + 1] += wp;
      }
      if (o.gap() != null) {
        int at = gaps.row(o.gap(), null);
        gaps.values[at] += w;
        gaps.values[at + 1] += wp;
      }
      boolean sameEntitled = o.entitledBase == o.entitledRef;
      programmes(o.entitledBase, w, ENTITLED_BASE_HOUSEHOLDS, sameEntitled ? ENTITLED_REFORM_HOUSEHOLDS : -1);
      if (!sameEntitled) {
        programmes(o.entitledRef, w, ENTITLED_REFORM_HOUSEHOLDS, -1);
      }
      boolean same = o.base == o.ref; // no reform: count once, in both columns
      programmes(o.base, w, BASE_HOUSEHOLDS, same ? REFORM_HOUSEHOLDS : -1);
      if (!same) {
        programmes(o.ref, w, REFORM_HOUSEHOLDS, -1);
      }
      long base = o.baselineTransfers();
      long reform = o.reformTransfers();
      long line = o.povertyLine();
      poor(0, market, line, w, wp);
      poor(3, market + base, line, w, wp);
      poor(6, market + reform, line, w, wp);
      long change = reform - base;
      if (change > 0) {
        winners += w;
        gains += Math.multiplyExact(w, (long) (change));
      } else if (change < 0) {
        losers += w;
        losses -= Math.multiplyExact(w, (long) (change));
        if (o.reformLoss() != null) {
          int at = losersBy.row(o.reformLoss(), null);
          losersBy.values[at] += w;
          losersBy.values[at + 1] -= Math.multiplyExact(w, (long) (change));
        }
      }
      int bin = binOf(n == 0 ? 0 : market / n);
      bins[bin * 4] += w;
      bins[bin * 4 + 1] += wp;
      bins[bin * 4 + 2] += Math.multiplyExact(w, (long) (base));
      bins[bin * 4 + 3] += Math.multiplyExact(w, (long) (reform));
      int b = 0;
      while (b < BUCKET_FEN.length && change > BUCKET_FEN[b]) {
        b++;
      }
      gainBuckets[b] += w;
    }

    /** Adds each programme of {@code a} at figures {@code at} (households, persons, cost) and, unless -1, {@code also}. */
    private void programmes(HouseholdOutcome.Amounts a, long w, int at, int also) {
      for (int i = 0; i < a.count; i++) {
        int row = programme.row(a.ids[i], null);
        long[] p = programme.values;
        long whom = Math.multiplyExact(w, (long) a.persons[i]);
        long cost = Math.multiplyExact(w, a.annualCost(i));
        p[row + at] += w;
        p[row + at + 1] += whom;
        p[row + at + 2] += cost;
        if (also >= 0) {
          p[row + also] += w;
          p[row + also + 1] += whom;
          p[row + also + 2] += cost;
        }
      }
    }

    private void poor(int at, long income, long line, long w, long wp) {
      if (income < line) {
        poverty[at] += w;
        poverty[at + 1] += wp;
        poverty[at + 2] += Math.multiplyExact(w, (long) ((line - income)));
        double ratio = (line - Math.max(0, income)) / (double) line;
        fgt[at / 3 * 2] += Math.multiplyExact(wp, Math.round(ratio * FGT_SCALE));
        fgt[at / 3 * 2 + 1] += Math.multiplyExact(wp, Math.round(ratio * ratio * FGT_SCALE));
      }
    }

    void merge(Cell c) {
      households += c.households;
      records += c.records;
      persons += c.persons;
      marketIncome += c.marketIncome;
      programme.merge(c.programme);
      review.merge(c.review);
      gaps.merge(c.gaps);
      losersBy.merge(c.losersBy);
      for (int i = 0; i < ages.length; i++) {
        ages[i] += c.ages[i];
      }
      disabled += c.disabled;
      severelyDisabled += c.severelyDisabled;
      for (int i = 0; i < fgt.length; i++) {
        fgt[i] += c.fgt[i];
      }
      for (int i = 0; i < bins.length; i++) {
        bins[i] += c.bins[i];
      }
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
      return units(households);
    }

    /** Household records evaluated: each household read or generated counts once, whatever its weight. */
    public long records() {
      return records;
    }

    /** Persons (weighted). */
    public long persons() {
      return units(persons);
    }

    /** Sum of monthly market income, in fen. */
    public long marketIncome() {
      return units(marketIncome);
    }

    /** Programme ids, sorted. */
    public ImmutableList<String> programmes() {
      String[] ids = new String[programme.size()];
      for (int r = 0; r < ids.length; r++) {
        ids[r] = programme.first(r);
      }
      return ImmutableList.sortedCopyOf(java.util.Arrays.asList(ids));
    }

    /**
     * One programme's figures: {baseline households, persons, annual cost in fen, reform
     * households, persons, annual cost in fen} of those who receive it (after take-up); zeros for
     * a programme nobody gets.
     */
    public long[] programme(String id) {
      int at = programme.find(id, null);
      return at < 0 ? new long[6] : units(Arrays.copyOfRange(programme.values, at, at + 6));
    }

    /**
     * One programme's figures for those entitled to it, before take-up: {baseline households,
     * persons, annual cost in fen, reform households, persons, annual cost in fen}.
     */
    public long[] entitled(String id) {
      int at = programme.find(id, null);
      return at < 0 ? new long[6]
          : units(Arrays.copyOfRange(programme.values, at + ENTITLED_BASE_HOUSEHOLDS, at + PROGRAMME_FIGURES));
    }

    /** Persons (weighted) by age band: 0-4, 5-9, …, 95-99, 100+. */
    public long[] ages() {
      return units(ages.clone());
    }

    /** Persons (weighted) aged {@code from} to {@code to} inclusive; both multiples of five (to + 1), to 999 for "and over". */
    public long personsAged(int from, int to) {
      long n = 0;
      for (int b = from / 5; b < ages.length && b * 5 <= to; b++) {
        n += ages[b];
      }
      return units(n);
    }

    /** Persons (weighted) with a certified disability. */
    public long disabled() {
      return units(disabled);
    }

    /** Persons (weighted) with a grade 1 or 2 disability. */
    public long severelyDisabled() {
      return units(severelyDisabled);
    }

    /**
     * FGT(alpha) for alpha 1 and 2 at a stage (0 before transfers, 1 after the baseline's, 2 after
     * the reform's): Σ persons × ((line − income) ÷ line)^alpha over the poor, ÷ persons.
     * FGT(0) is the headcount rate, {@code poverty(stage)[1] ÷ persons()}.
     */
    public double fgt(int stage, int alpha) {
      if (alpha == 0) {
        return persons == 0 ? 0 : poverty[stage * 3 + 1] / (double) persons;
      }
      return persons == 0 ? 0 : fgt[stage * 2 + alpha - 1] / (double) FGT_SCALE / persons;
    }

    /** Needs review under the baseline: "programme|reason-code" → {households, persons}, sorted. */
    public Map<String, long[]> review() {
      return review.view(0, 2, Cell::units);
    }

    /** Below the 低保 line after the baseline's transfers, by {@link Gaps} code → {households, persons}, sorted. */
    public Map<String, long[]> gaps() {
      return gaps.view(0, 2, Cell::units);
    }

    /** The reform's losers by the programme whose amount fell most → {households, monthly loss in fen}, sorted. */
    public Map<String, long[]> losersByProgramme() {
      return losersBy.view(0, 2, Cell::units);
    }

    /** Income bin {@code k} ({@link #INCOME_BINS}): {households, persons, baseline transfers, reform transfers (fen a month)}. */
    public long[] incomeBin(int k) {
      return units(Arrays.copyOfRange(bins, k * 4, k * 4 + 4));
    }

    /**
     * Poverty: {households, persons, gap in fen a month} below the line before transfers
     * ({@code stage} 0), after the baseline's (1) and after the reform's (2).
     */
    public long[] poverty(int stage) {
      return units(Arrays.copyOfRange(poverty, stage * 3, stage * 3 + 3));
    }

    /** Households that gain from the reform. */
    public long winners() {
      return units(winners);
    }

    /** Households that lose from the reform. */
    public long losers() {
      return units(losers);
    }

    /** Sum of monthly gains, in fen. */
    public long gains() {
      return units(gains);
    }

    /** Sum of monthly losses, in fen (positive). */
    public long losses() {
      return units(losses);
    }

    /** Households by monthly gain, in the buckets of {@link #GAIN_BUCKET_LABELS}. */
    public long[] gainBuckets() {
      return units(gainBuckets.clone());
    }

    /** Whole units from weight units: rounded half up (exact for whole-number weights). */
    static long units(long weightUnits) {
      return Math.floorDiv(weightUnits + HouseholdOutcome.WEIGHT_SCALE / 2, HouseholdOutcome.WEIGHT_SCALE);
    }

    private static long[] units(long[] v) {
      for (int i = 0; i < v.length; i++) {
        v[i] = units(v[i]);
      }
      return v;
    }

    /**
     * The exact decimal of a figure of this cell, by name: {@code households}, {@code persons},
     * {@code marketIncome} (fen a month), {@code cost:PROGRAMME} (baseline annual cost in fen),
     * {@code reformCost:PROGRAMME}, {@code recipients:PROGRAMME} (baseline persons), {@code
     * reformRecipients:PROGRAMME}, {@code poorPersons:STAGE} (0, 1, 2).
     *
     * @throws IllegalArgumentException for another name
     */
    public java.math.BigDecimal exact(String figure) {
      long u;
      int colon = figure.indexOf(':');
      String head = colon < 0 ? figure : figure.substring(0, colon);
      String arg = colon < 0 ? "" : figure.substring(colon + 1);
      int p = programme.find(arg, null);
      long[] v = programme.values;
      switch (head) {
        case "households" -> u = households;
        case "persons" -> u = persons;
        case "marketIncome" -> u = marketIncome;
        case "cost" -> u = p < 0 ? 0 : v[p + BASE_COST];
        case "reformCost" -> u = p < 0 ? 0 : v[p + REFORM_COST];
        case "recipients" -> u = p < 0 ? 0 : v[p + BASE_PERSONS];
        case "reformRecipients" -> u = p < 0 ? 0 : v[p + REFORM_PERSONS];
        case "poorPersons" -> u = poverty[Integer.parseInt(arg) * 3 + 1];
        default -> throw new IllegalArgumentException("figure '" + figure + "'; expected households, persons, marketIncome,"
            + " cost:ID, reformCost:ID, recipients:ID, reformRecipients:ID or poorPersons:STAGE");
      }
      return java.math.BigDecimal.valueOf(u, Microdata.WEIGHT_DECIMALS).stripTrailingZeros();
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Cell c)) {
        return false;
      }
      if (households != c.households || records != c.records || persons != c.persons || marketIncome != c.marketIncome || winners != c.winners
          || losers != c.losers || gains != c.gains || losses != c.losses || !Arrays.equals(poverty, c.poverty)
          || !Arrays.equals(gainBuckets, c.gainBuckets) || !Arrays.equals(ages, c.ages) || disabled != c.disabled
          || severelyDisabled != c.severelyDisabled || !Arrays.equals(fgt, c.fgt) || !Arrays.equals(bins, c.bins)) {
        return false;
      }
      return programme.sameAs(c.programme) && review.sameAs(c.review) && gaps.sameAs(c.gaps) && losersBy.sameAs(c.losersBy);
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

  /** The regions added to so far and their cells by hukou ordinal: found by a short scan, no key made per household. */
  private transient org.jiuzhu.core.region.RegionCode[] seenRegions;
  private transient Cell[][] seenCells;
  private transient int seen;

  /** Adds one household. */
  public void add(HouseholdOutcome o) {
    org.jiuzhu.core.region.RegionCode region = o.region();
    int r = 0;
    while (r < seen && seenRegions[r] != region && !seenRegions[r].equals(region)) {
      r++;
    }
    if (r == seen) {
      if (seenRegions == null || seen == seenRegions.length) {
        int n = seen == 0 ? 4 : seen * 2;
        seenRegions = seenRegions == null ? new org.jiuzhu.core.region.RegionCode[n] : Arrays.copyOf(seenRegions, n);
        seenCells = seenCells == null ? new Cell[n][] : Arrays.copyOf(seenCells, n);
      }
      seenRegions[r] = region;
      seenCells[r] = new Cell[HukouType.values().length];
      seen++;
    }
    Cell[] byHukou = seenCells[r];
    int h = o.hukou().ordinal();
    Cell c = byHukou[h];
    if (c == null) {
      c = cells.computeIfAbsent(key(region.toString(), o.hukou()), k -> new Cell());
      byHukou[h] = c;
    }
    c.add(o);
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

  /**
   * Household records evaluated in the run: each household read or generated counts once, whatever
   * its weight (the throughput of a run); {@link #households()} is the population they stand for.
   */
  public long records() {
    long n = 0;
    for (Cell c : cells.values()) {
      n += c.records;
    }
    return n;
  }

  /** Households in the run (weighted, rounded half up to a whole number). */
  public long households() {
    long n = 0;
    for (Cell c : cells.values()) {
      n += c.households;
    }
    return Cell.units(n);
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
