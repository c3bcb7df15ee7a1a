package org.jiuzhu.simulation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jiuzhu.core.household.HukouType;
import org.jiuzhu.core.region.RegionCode;

/**
 * What one household gets under the baseline and under the reform, in fen a month.
 *
 * <p>The programme amounts are held as primitive arrays ({@link Amounts}), which {@link
 * Aggregates} reads directly; the list views ({@link #baseline()} and the others) are made when
 * asked for, for result files and tests. The weight is kept as given and, for the aggregates, as
 * a whole number of units of 10^-4 ({@link #weightUnits()}), computed once.
 *
 * <p>Fields: {@code householdId} the household; {@code region} its region; {@code hukou} the
 * applicant's hukou type; {@code persons} members; {@code weight} how many households it stands
 * for (1 for a generated household; a survey weight may have up to {@value
 * Microdata#WEIGHT_DECIMALS} decimal places); {@code marketIncome} monthly income before
 * transfers (the average over the months the data give); {@code povertyLine} the baseline 低保
 * (minimum living allowance) standard of its region and hukou times its members; {@code baseline}
 * what each programme gives under the baseline (eligible programmes the household takes up);
 * {@code reform} the same under the reform (equal to {@code baseline} without a reform); {@code
 * entitledBaseline} what each programme the household is entitled to would give under the
 * baseline, before take-up; {@code entitledReform} the same under the reform; {@code ages} the
 * members by age band (persons aged 0-4, 5-9, …, 95-99, 100+, {@value #AGE_BANDS} bands); {@code
 * disabled} members with a certified disability; {@code severelyDisabled} members with a grade 1
 * or 2 disability; {@code review} programmes that need review under the baseline, each {@code
 * programme|reason-code}; {@code gap} for a household below the 低保 line after the baseline's
 * transfers, the first test it fails for 低保 (see {@link Gaps}), else null; {@code reformLoss}
 * for a household that loses from the reform, the programme whose amount fell most, else null.
 *
 * @since 0.1.0
 */
public final class HouseholdOutcome {
  /** Weight units per household in {@link Aggregates}: weights are summed exactly as multiples of 10^-4. */
  public static final long WEIGHT_SCALE = 10_000L;

  /** The weight 1, shared (the weight of a generated household). */
  public static final BigDecimal ONE = BigDecimal.ONE;

  /** Age bands of {@link #ages}: 0-4, 5-9, …, 95-99 and 100+. */
  public static final int AGE_BANDS = 21;

  private final String householdId;
  private final RegionCode region;
  private final HukouType hukou;
  private final int persons;
  private final BigDecimal weight;
  private final long weightUnits;
  private final long marketIncome;
  private final long povertyLine;
  final Amounts base;
  final Amounts ref;
  final Amounts entitledBase;
  final Amounts entitledRef;
  private final int[] ages;
  private final int disabled;
  private final int severelyDisabled;
  /** Programmes needing review and their reason codes, {@link #reviewCount} of each. */
  final String[] reviewProgrammes;
  final String[] reviewCodes;
  final int reviewCount;
  private final String gap;
  private final String reformLoss;

  /**
   * An outcome from its fields (see the class comment); the lists are copied. A reform list that
   * is the baseline list itself (the same object) marks a run without a reform.
   *
   * @throws IllegalArgumentException if the weight is not above 0 or has more than {@value
   *     Microdata#WEIGHT_DECIMALS} decimal places, or a review entry is not {@code programme|code}
   */
  public HouseholdOutcome(String householdId, RegionCode region, HukouType hukou, int persons, BigDecimal weight,
      long marketIncome, long povertyLine, List<ProgrammeAmount> baseline, List<ProgrammeAmount> reform,
      List<ProgrammeAmount> entitledBaseline, List<ProgrammeAmount> entitledReform, int[] ages, int disabled,
      int severelyDisabled, List<String> review, String gap, String reformLoss) {
    this(householdId, region, hukou, persons, weight, marketIncome, povertyLine, Amounts.of(baseline),
        reform == baseline ? null : Amounts.of(reform), Amounts.of(entitledBaseline),
        entitledReform == entitledBaseline ? null : Amounts.of(entitledReform), ages, disabled, severelyDisabled,
        reviewParts(review, true), reviewParts(review, false), review.size(), gap, reformLoss);
  }

  /** A household as before take-up, ages and review were recorded: entitled equals receiving, no ages. */
  public HouseholdOutcome(String householdId, RegionCode region, HukouType hukou, int persons, long weight,
      long marketIncome, long povertyLine, List<ProgrammeAmount> baseline, List<ProgrammeAmount> reform) {
    this(householdId, region, hukou, persons, BigDecimal.valueOf(weight), marketIncome, povertyLine, baseline, reform, baseline, reform,
        new int[AGE_BANDS], 0, 0, List.of(), null, null);
  }

  /**
   * The primitive form the {@link Evaluator} makes: {@code reform} or {@code entitledReform} null
   * means the same as the baseline's (no reform); the review arrays are not copied.
   */
  HouseholdOutcome(String householdId, RegionCode region, HukouType hukou, int persons, BigDecimal weight, long marketIncome,
      long povertyLine, Amounts baseline, Amounts reform, Amounts entitledBaseline, Amounts entitledReform, int[] ages,
      int disabled, int severelyDisabled, String[] reviewProgrammes, String[] reviewCodes, int reviewCount, String gap,
      String reformLoss) {
    this.householdId = checkNotNull(householdId, "householdId");
    this.region = checkNotNull(region, "region");
    this.hukou = checkNotNull(hukou, "hukou");
    this.ages = checkNotNull(ages, "ages");
    this.weight = checkNotNull(weight, "weight");
    this.weightUnits = units(householdId, weight);
    this.persons = persons;
    this.marketIncome = marketIncome;
    this.povertyLine = povertyLine;
    this.base = checkNotNull(baseline, "baseline");
    this.ref = reform == null ? baseline : reform;
    this.entitledBase = checkNotNull(entitledBaseline, "entitledBaseline");
    this.entitledRef = entitledReform == null ? entitledBaseline : entitledReform;
    this.disabled = disabled;
    this.severelyDisabled = severelyDisabled;
    this.reviewProgrammes = reviewProgrammes;
    this.reviewCodes = reviewCodes;
    this.reviewCount = reviewCount;
    this.gap = gap;
    this.reformLoss = reformLoss;
  }

  private static final String[] NONE = new String[0];

  /** The programme (first) or code (second) parts of {@code programme|code} review entries. */
  private static String[] reviewParts(List<String> review, boolean programme) {
    if (review.isEmpty()) {
      return NONE;
    }
    String[] out = new String[review.size()];
    for (int i = 0; i < out.length; i++) {
      String r = checkNotNull(review.get(i), "review");
      int bar = r.indexOf('|');
      if (bar < 0) {
        throw new IllegalArgumentException("review entry '" + r + "'; expected programme|reason-code");
      }
      out[i] = programme ? r.substring(0, bar) : r.substring(bar + 1);
    }
    return out;
  }

  /** The weight in units of 10^-4, checked: above 0, at most {@value Microdata#WEIGHT_DECIMALS} decimal places. */
  private static long units(String householdId, BigDecimal weight) {
    if (weight == ONE) {
      return WEIGHT_SCALE;
    }
    if (weight.signum() > 0) {
      if (weight.scale() == 0 && weight.precision() < 15) {
        return weight.longValue() * WEIGHT_SCALE;
      }
      if (weight.stripTrailingZeros().scale() <= Microdata.WEIGHT_DECIMALS) {
        return weight.movePointRight(Microdata.WEIGHT_DECIMALS).longValueExact();
      }
    }
    throw new IllegalArgumentException("weight of household " + householdId + " is " + weight.toPlainString()
        + "; expected above 0 with at most " + Microdata.WEIGHT_DECIMALS + " decimal places");
  }

  /** The household. */
  public String householdId() {
    return householdId;
  }

  /** Its region. */
  public RegionCode region() {
    return region;
  }

  /** The applicant's hukou type. */
  public HukouType hukou() {
    return hukou;
  }

  /** Members. */
  public int persons() {
    return persons;
  }

  /** How many households it stands for, as given. */
  public BigDecimal weight() {
    return weight;
  }

  /** The weight in units of 10^-4 of a household ({@link #WEIGHT_SCALE}), exact. */
  public long weightUnits() {
    return weightUnits;
  }

  /** Monthly income before transfers, fen. */
  public long marketIncome() {
    return marketIncome;
  }

  /** The baseline 低保 standard of its region and hukou times its members, fen a month. */
  public long povertyLine() {
    return povertyLine;
  }

  /** What each programme gives under the baseline (the entitled programmes the household takes up). */
  public List<ProgrammeAmount> baseline() {
    return base.list();
  }

  /** The same under the reform (the baseline's without a reform). */
  public List<ProgrammeAmount> reform() {
    return ref.list();
  }

  /** What each programme the household is entitled to would give under the baseline, before take-up. */
  public List<ProgrammeAmount> entitledBaseline() {
    return entitledBase.list();
  }

  /** The same under the reform. */
  public List<ProgrammeAmount> entitledReform() {
    return entitledRef.list();
  }

  /** Members by age band: 0-4, 5-9, …, 95-99, 100+. */
  public int[] ages() {
    return ages;
  }

  /** Members with a certified disability. */
  public int disabled() {
    return disabled;
  }

  /** Members with a grade 1 or 2 disability. */
  public int severelyDisabled() {
    return severelyDisabled;
  }

  /** Programmes that need review under the baseline, each {@code programme|reason-code}. */
  public List<String> review() {
    if (reviewCount == 0) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<String> b = ImmutableList.builderWithExpectedSize(reviewCount);
    for (int i = 0; i < reviewCount; i++) {
      b.add(reviewProgrammes[i] + "|" + reviewCodes[i]);
    }
    return b.build();
  }

  /** The {@link Gaps} code of a household left below the 低保 line after the baseline's transfers, else null. */
  public String gap() {
    return gap;
  }

  /** For a household that loses from the reform: the programme whose amount fell most, else null. */
  public String reformLoss() {
    return reformLoss;
  }

  /**
   * What one programme gives one household.
   *
   * @param programmeId the programme
   * @param persons the members it is for
   * @param monthly fen each month
   * @param yearly fen each year
   * @param oneOff fen once
   */
  public record ProgrammeAmount(String programmeId, int persons, long monthly, long yearly, long oneOff) {
    /** The monthly equivalent in fen: monthly, plus a twelfth (rounded down) of the yearly and one-off sums. */
    public long monthlyEquivalent() {
      return monthly + Math.floorDiv(yearly + oneOff, 12);
    }

    /** The cost over a year in fen: twelve months, the yearly sum and the one-off sum. */
    public long annualCost() {
      return monthly * 12 + yearly + oneOff;
    }
  }

  /**
   * The programme amounts of one household under one policy, as parallel primitive arrays (the
   * form {@link Aggregates} reads): {@code count} entries of programme id, persons and monthly,
   * yearly and one-off fen.
   */
  static final class Amounts {
    static final Amounts EMPTY = new Amounts(0);

    final String[] ids;
    final int[] persons;
    final long[] monthly;
    final long[] yearly;
    final long[] oneOff;
    int count;
    /** Σ monthly equivalents, fen, once {@link #seal()}ed. */
    long total;
    private List<ProgrammeAmount> list;

    Amounts(int capacity) {
      ids = new String[capacity];
      persons = new int[capacity];
      monthly = new long[capacity];
      yearly = new long[capacity];
      oneOff = new long[capacity];
    }

    void add(String id, int whom, long m, long y, long o) {
      ids[count] = id;
      persons[count] = whom;
      monthly[count] = m;
      yearly[count] = y;
      oneOff[count] = o;
      count++;
    }

    /** Sums the monthly equivalents; returns this. */
    Amounts seal() {
      long sum = 0;
      for (int i = 0; i < count; i++) {
        sum += monthlyEquivalent(i);
      }
      total = sum;
      return this;
    }

    long monthlyEquivalent(int i) {
      return monthly[i] + Math.floorDiv(yearly[i] + oneOff[i], 12);
    }

    long annualCost(int i) {
      return monthly[i] * 12 + yearly[i] + oneOff[i];
    }

    boolean has(String id) {
      for (int i = 0; i < count; i++) {
        if (ids[i].equals(id)) {
          return true;
        }
      }
      return false;
    }

    static Amounts of(List<ProgrammeAmount> list) {
      checkNotNull(list, "amounts");
      Amounts a = new Amounts(list.size());
      for (ProgrammeAmount p : list) {
        a.add(checkNotNull(p.programmeId(), "programmeId"), p.persons(), p.monthly(), p.yearly(), p.oneOff());
      }
      return a.seal();
    }

    /** The list view (made once; racy but idempotent, the list is immutable). */
    List<ProgrammeAmount> list() {
      List<ProgrammeAmount> l = list;
      if (l == null) {
        ImmutableList.Builder<ProgrammeAmount> b = ImmutableList.builderWithExpectedSize(count);
        for (int i = 0; i < count; i++) {
          b.add(new ProgrammeAmount(ids[i], persons[i], monthly[i], yearly[i], oneOff[i]));
        }
        l = b.build();
        list = l;
      }
      return l;
    }
  }

  /** Each programme's monthly equivalent in yuan, {@code id=amount} joined by {@code ;} (for result files). */
  public static String amounts(List<ProgrammeAmount> amounts) {
    StringBuilder b = new StringBuilder();
    for (ProgrammeAmount a : amounts) {
      b.append(b.length() == 0 ? "" : ";").append(a.programmeId()).append('=')
          .append(org.jiuzhu.core.money.Money.ofFen(a.monthlyEquivalent()));
    }
    return b.toString();
  }

  /** The programmes needing review, {@code programme|reason} joined by {@code ;}; the gap code, or empty. */
  public String reviewText() {
    return String.join(";", review());
  }

  /** Monthly equivalent of every baseline transfer, in fen. */
  public long baselineTransfers() {
    return base.total;
  }

  /** Monthly equivalent of every reform transfer, in fen. */
  public long reformTransfers() {
    return ref.total;
  }

  /** The reform's gain (or, negative, loss) a month, in fen. */
  public long change() {
    return reformTransfers() - baselineTransfers();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HouseholdOutcome h && householdId.equals(h.householdId) && region.equals(h.region) && hukou == h.hukou
        && persons == h.persons && weight.equals(h.weight) && marketIncome == h.marketIncome && povertyLine == h.povertyLine
        && baseline().equals(h.baseline()) && reform().equals(h.reform()) && entitledBaseline().equals(h.entitledBaseline())
        && entitledReform().equals(h.entitledReform()) && Arrays.equals(ages, h.ages) && disabled == h.disabled
        && severelyDisabled == h.severelyDisabled && review().equals(h.review()) && Objects.equals(gap, h.gap)
        && Objects.equals(reformLoss, h.reformLoss);
  }

  @Override
  public int hashCode() {
    return Objects.hash(householdId, region, persons, marketIncome, baselineTransfers(), reformTransfers());
  }

  @Override
  public String toString() {
    return "HouseholdOutcome[householdId=" + householdId + ", region=" + region + ", hukou=" + hukou + ", persons=" + persons
        + ", weight=" + weight.toPlainString() + ", marketIncome=" + marketIncome + ", povertyLine=" + povertyLine + ", baseline="
        + baseline() + ", reform=" + reform() + ", entitledBaseline=" + entitledBaseline() + ", entitledReform=" + entitledReform()
        + ", ages=" + Arrays.toString(ages) + ", disabled=" + disabled + ", severelyDisabled=" + severelyDisabled + ", review="
        + review() + ", gap=" + gap + ", reformLoss=" + reformLoss + "]";
  }
}
