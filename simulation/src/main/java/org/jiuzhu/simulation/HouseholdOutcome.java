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
 * @param weight how many households it stands for (1 for a generated household)
 * @param marketIncome monthly income before transfers (the average over the months the data give)
 * @param povertyLine the baseline 低保 standard of its region and hukou times its members
 * @param baseline what each programme gives under the baseline (eligible programmes only)
 * @param reform the same under the reform (equal to {@code baseline} without a reform)
 * @since 0.1.0
 */
public record HouseholdOutcome(String householdId, RegionCode region, HukouType hukou, int persons, long weight,
    long marketIncome, long povertyLine, List<ProgrammeAmount> baseline, List<ProgrammeAmount> reform) {

  /** Checks the fields and copies the lists. */
  public HouseholdOutcome {
    checkNotNull(householdId, "householdId");
    checkNotNull(region, "region");
    checkNotNull(hukou, "hukou");
    baseline = ImmutableList.copyOf(baseline);
    reform = ImmutableList.copyOf(reform);
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
