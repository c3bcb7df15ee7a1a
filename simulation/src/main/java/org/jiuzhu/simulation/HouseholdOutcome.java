package org.jiuzhu.simulation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jiuzhu.core.household.HukouType;
import org.jiuzhu.core.region.RegionCode;

/**
 * What one household gets under the baseline and under the reform, in fen a month.
 *
 * @param householdId the household
 * @param region its region
 * @param hukou the applicant's hukou type
 * @param persons members
 * @param weight how many households it stands for (1 for a generated household; a survey weight may have up to
 *     {@value Microdata#WEIGHT_DECIMALS} decimal places)
 * @param marketIncome monthly income before transfers (the average over the months the data give)
 * @param povertyLine the baseline 低保 standard of its region and hukou times its members
 * @param baseline what each programme gives under the baseline (eligible programmes only)
 * @param reform the same under the reform (equal to {@code baseline} without a reform)
 * @param entitledBaseline what each programme the household is entitled to would give under the
 *     baseline, before take-up ({@code baseline} is what it receives: the entitled programmes it takes up)
 * @param entitledReform the same under the reform
 * @param ages the members by age band: persons aged 0-4, 5-9, …, 95-99, 100+ ({@value #AGE_BANDS} bands)
 * @param disabled members with a certified disability
 * @param severelyDisabled members with a grade 1 or 2 disability
 * @param review programmes that need review under the baseline, each {@code programme|reason-code}
 * @param gap for a household below the 低保 line after the baseline's transfers: the first test it
 *     fails for 低保 (see {@link Gaps}), else null
 * @param reformLoss for a household that loses from the reform: the programme whose amount fell
 *     most, else null
 * @since 0.1.0
 */
public record HouseholdOutcome(String householdId, RegionCode region, HukouType hukou, int persons, java.math.BigDecimal weight,
    long marketIncome, long povertyLine, List<ProgrammeAmount> baseline, List<ProgrammeAmount> reform,
    List<ProgrammeAmount> entitledBaseline, List<ProgrammeAmount> entitledReform, int[] ages, int disabled,
    int severelyDisabled, List<String> review, String gap, String reformLoss) {

  /** Weight units per household in {@link Aggregates}: weights are summed exactly as multiples of 10^-4. */
  public static final long WEIGHT_SCALE = 10_000L;

  /** The weight in units of 10^-4 of a household ({@link #WEIGHT_SCALE}), exact. */
  public long weightUnits() {
    if (weight == ONE) {
      return WEIGHT_SCALE;
    }
    return weight.movePointRight(Microdata.WEIGHT_DECIMALS).longValueExact();
  }

  /** The weight 1, shared (the weight of a generated household). */
  public static final java.math.BigDecimal ONE = java.math.BigDecimal.ONE;

  /** Age bands of {@link #ages}: 0-4, 5-9, …, 95-99 and 100+. */
  public static final int AGE_BANDS = 21;

  /** Checks the fields and copies the lists. */
  public HouseholdOutcome {
    checkNotNull(householdId, "householdId");
    checkNotNull(region, "region");
    checkNotNull(hukou, "hukou");
    checkNotNull(ages, "ages");
    checkNotNull(weight, "weight");
    if (weight != ONE && (weight.signum() <= 0 || weight.stripTrailingZeros().scale() > Microdata.WEIGHT_DECIMALS)) {
      throw new IllegalArgumentException("weight of household " + householdId + " is " + weight.toPlainString()
          + "; expected above 0 with at most " + Microdata.WEIGHT_DECIMALS + " decimal places");
    }
    baseline = ImmutableList.copyOf(baseline);
    reform = ImmutableList.copyOf(reform);
    entitledBaseline = ImmutableList.copyOf(entitledBaseline);
    entitledReform = ImmutableList.copyOf(entitledReform);
    review = ImmutableList.copyOf(review);
  }

  /** A household as before take-up, ages and review were recorded: entitled equals receiving, no ages. */
  public HouseholdOutcome(String householdId, RegionCode region, HukouType hukou, int persons, long weight,
      long marketIncome, long povertyLine, List<ProgrammeAmount> baseline, List<ProgrammeAmount> reform) {
    this(householdId, region, hukou, persons, java.math.BigDecimal.valueOf(weight), marketIncome, povertyLine, baseline, reform, baseline, reform,
        new int[AGE_BANDS], 0, 0, List.of(), null, null);
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
    return String.join(";", review);
  }

  /** Monthly equivalent of every baseline transfer, in fen. */
  public long baselineTransfers() {
    return total(baseline);
  }

  /** Monthly equivalent of every reform transfer, in fen. */
  public long reformTransfers() {
    return total(reform);
  }

  /** The reform's gain (or, negative, loss) a month, in fen. */
  public long change() {
    return reformTransfers() - baselineTransfers();
  }

  private static long total(List<ProgrammeAmount> amounts) {
    long sum = 0;
    for (ProgrammeAmount a : amounts) {
      sum += a.monthlyEquivalent();
    }
    return sum;
  }
}
