package org.jiuzhu.rules.cn;

import static org.jiuzhu.rules.cn.CnParameters.*;

import java.time.LocalDate;
import org.jiuzhu.core.household.DisabilityCategory;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.household.Member;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.policy.ParameterKey;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.rules.batch.HouseholdBatch;

/**
 * What every programme needs to know about one household on one date: a view over one row of a
 * {@link HouseholdBatch} (reduced once when the household entered it), positioned with {@link #at}
 * and reused from household to household. All comparisons are exact, on totals in fen. Member
 * indices are 0 to {@link #size} - 1 within the household. In explain mode the household object
 * ({@link #h}) is there too, for ids and texts only: every decision reads the batch.
 */
final class Facts {
  final Policy policy;
  HouseholdBatch b;
  int row;
  CnParams p;
  RegionCode region;
  LocalDate date;
  /** The household object (explain mode and object-built batches), else null. */
  Household h;
  int first;
  int size;
  /** Counted members. */
  int n;
  int flags;
  boolean urban;
  /** Months of the 低保 reference window (0 when nobody is counted). */
  int window;
  long incomeTotal;
  boolean withdrawal;
  /** The monthly 低保 standard of the household's hukou type in fen, or {@link CnParams#MISSING}. */
  private long standardFen;

  Facts(Policy policy) {
    this.policy = policy;
  }

  void at(HouseholdBatch batch, int row, CnParams p, RegionCode region) {
    this.b = batch;
    this.row = row;
    this.p = p;
    this.region = region;
    this.date = batch.date();
    this.h = batch.object(row);
    this.first = batch.memberStart(row);
    this.size = batch.memberEnd(row) - first;
    this.n = batch.counted(row);
    this.flags = batch.flags(row);
    this.urban = (flags & HouseholdBatch.H_URBAN) != 0;
    this.window = n > 0 ? p.referenceMonths : 0;
    this.incomeTotal = batch.incomeTotal(row);
    this.withdrawal = (flags & HouseholdBatch.H_WITHDRAWAL) != 0;
    this.standardFen = urban ? p.standardUrbanFen : p.standardRuralFen;
  }

  /** {@code value}, or the error naming {@code key}, the region and the date when it is missing. */
  <T> T need(T value, ParameterKey<T> key) {
    return value != null ? value : policy.snapshot(region, date).get(key);
  }

  Ratio need(Ratio value, ParameterKey<java.math.BigDecimal> key) {
    if (value == null) {
      policy.snapshot(region, date).get(key);
    }
    return value;
  }

  /** The employment-cost deduction over the 低保 window, fen (explanations). */
  long employmentDeduction() {
    return b.employmentDeduction(row);
  }

  /** The medical deduction over the 低保 window, fen (explanations). */
  long medicalDeduction() {
    return b.medicalDeduction(row);
  }

  /** New-job earnings disregarded under 渐退, fen (explanations). */
  long disregardedNewJob() {
    return b.disregardedNewJob(row);
  }

  /** {@code fen}, or the error naming {@code key}, the region and the date when it is {@link CnParams#MISSING}. */
  long fen(long fen, ParameterKey<Money> key) {
    return fen != CnParams.MISSING ? fen : policy.snapshot(region, date).get(key).fen();
  }

  /** {@code months}, or the error naming {@code key}, the region and the date when it is {@link CnParams#MISSING_MONTHS}. */
  int months(int months, ParameterKey<Integer> key) {
    return months != CnParams.MISSING_MONTHS ? months : policy.snapshot(region, date).get(key);
  }

  /** The monthly 低保 standard of the applicant's hukou type, fen. */
  long standard() {
    return standardFen != CnParams.MISSING ? standardFen
        : urban ? fen(standardFen, DIBAO_STANDARD_URBAN) : fen(standardFen, DIBAO_STANDARD_RURAL);
  }

  /** Per-capita disposable income of the applicant's hukou type, fen a year. */
  long disposableIncome() {
    return urban ? fen(p.disposableUrbanFen, DISPOSABLE_INCOME_URBAN) : fen(p.disposableRuralFen, DISPOSABLE_INCOME_RURAL);
  }

  // ---- members (index 0 to size - 1) ----

  int mflags(int i) {
    return b.memberFlags(first + i);
  }

  boolean counted(int i) {
    return (b.memberFlags(first + i) & HouseholdBatch.M_COUNTED) != 0;
  }

  int age(int i) {
    return b.age(first + i);
  }

  /** The member's id (explain mode and object-built batches only). */
  String id(int i) {
    return h.members().get(i).id();
  }

  Member member(int i) {
    return h.members().get(i);
  }

  int relationship(int i) {
    return b.relationship(first + i);
  }

  int idRank(int i) {
    return b.idRank(first + i);
  }

  int disabilityCategory(int i) {
    return b.disabilityCategory(first + i);
  }

  int disabilityGrade(int i) {
    return b.disabilityGrade(first + i);
  }

  boolean severelyDisabled(int i) {
    int g = b.disabilityGrade(first + i);
    return g != 0 && g <= 2;
  }

  boolean grade3IntellectualOrMental(int i) {
    int c = b.disabilityCategory(first + i);
    return b.disabilityGrade(first + i) == 3
        && (c == DisabilityCategory.INTELLECTUAL.ordinal() || c == DisabilityCategory.MENTAL.ordinal());
  }

  boolean majorIllness(int i) {
    return (mflags(i) & HouseholdBatch.M_MAJOR_ILLNESS) != 0;
  }

  /**
   * Whether member {@code i} can work: as assessed where an assessment is given, else from
   * {@code tekun.age.no-work-capacity-below} up to below {@code tekun.age.elderly} without a
   * severe disability or a grade 3 intellectual or mental one.
   */
  boolean ableToWork(int i) {
    int fl = mflags(i);
    if ((fl & HouseholdBatch.M_CAPACITY_ASSESSED) != 0) {
      return (fl & HouseholdBatch.M_CAPACITY_NONE) == 0;
    }
    int age = age(i);
    return age >= p.tekunAgeChild && age < p.tekunAgeElderly && !severelyDisabled(i) && !grade3IntellectualOrMental(i);
  }

  long memberIncome(int i) {
    return b.memberIncome(first + i);
  }

  long tekunIncome(int i) {
    return b.tekunIncome(first + i);
  }

  long memberFinancial(int i) {
    return b.memberFinancial(first + i);
  }

  // ---- household ----

  long financialAssets() {
    return b.financialAssets(row);
  }

  int vehicles() {
    return b.vehicleEnd(row) - b.vehicleStart(row);
  }

  /** The end (exclusive) of the earliest withdrawal period of a disregarded member; null when none. */
  LocalDate withdrawalEnd() {
    int e = b.withdrawalEnd(row);
    return e == HouseholdBatch.NONE ? null : LocalDate.ofEpochDay(e);
  }

  static final int RULE_NONE = 0;
  static final int RULE_DISABILITY = 1;
  static final int RULE_MOTORCYCLES = 2;
  static final int RULE_LIVELIHOOD = 3;
  static final int RULE_VALUE = 4;
  static final int RULE_CARS = 5;

  private static final int CAR = org.jiuzhu.core.household.VehicleType.CAR.ordinal();
  private static final int MOTORCYCLE = org.jiuzhu.core.household.VehicleType.MOTORCYCLE.ordinal();
  private static final int E_BIKE = org.jiuzhu.core.household.VehicleType.ELECTRIC_BIKE.ordinal();
  private static final int MOBILITY = org.jiuzhu.core.household.VehicleType.DISABILITY_MOBILITY_VEHICLE.ordinal();
  private static final int USE_MOBILITY = org.jiuzhu.core.household.VehicleUse.DISABILITY_MOBILITY.ordinal();
  private static final int USE_LIVELIHOOD = org.jiuzhu.core.household.VehicleUse.LIVELIHOOD_TOOL.ordinal();

  /**
   * The index (within the household) of the first vehicle that disqualifies, or -1. Exempt:
   * disability mobility vehicles; motorcycles and e-bikes and the only vehicle used as a livelihood
   * tool where the region says so; vehicles worth less than the region's limit; and up to {@code
   * exemptCars} ordinary cars (小型汽车) worth at most {@code carMaxFen} ({@link Long#MAX_VALUE}: no cap) — the
   * programme's own count and cap. {@code onlyMember} is a member index or -1 for all. When {@code
   * exempted} is given, each exempted vehicle's index and rule go into it ({@code [index, rule]}).
   */
  int disqualifyingVehicle(int onlyMember, int exemptCars, long carMaxFen, java.util.List<int[]> exempted) {
    int from = b.vehicleStart(row);
    int to = b.vehicleEnd(row);
    return from == to ? -1 : disqualifyingVehicle(from, to, onlyMember, exemptCars, carMaxFen, exempted);
  }

  /** {@link #disqualifyingVehicle(int, int, long, java.util.List)} over the household's vehicles {@code from} to {@code to}. */
  private int disqualifyingVehicle(int from, int to, int onlyMember, int exemptCars, long carMaxFen, java.util.List<int[]> exempted) {
    int carsLeft = exemptCars;
    int vehicles = 0;
    for (int v = from; v < to; v++) {
      if (onlyMember < 0 || b.vehicleOwner(v) == onlyMember) {
        vehicles++;
      }
    }
    long exemptMax = p.vehicleExemptMaxFen;
    int firstBad = -1;
    for (int v = from; v < to; v++) {
      if (onlyMember >= 0 && b.vehicleOwner(v) != onlyMember) {
        continue;
      }
      int type = b.vehicleType(v);
      int use = b.vehicleUse(v);
      long value = b.vehicleValue(v);
      int rule = RULE_NONE;
      if (type == MOBILITY || use == USE_MOBILITY) {
        rule = RULE_DISABILITY;
      } else if (p.exemptMotorcycles && (type == MOTORCYCLE || type == E_BIKE)) {
        rule = RULE_MOTORCYCLES;
      } else if (p.exemptLivelihoodVehicle && use == USE_LIVELIHOOD && vehicles == 1) {
        rule = RULE_LIVELIHOOD;
      } else if (value < exemptMax) {
        rule = RULE_VALUE;
      } else if (carsLeft > 0 && type == CAR && value <= carMaxFen) {
        carsLeft--;
        rule = RULE_CARS;
      }
      if (rule == RULE_NONE) {
        if (firstBad < 0) {
          firstBad = v - from;
          if (exempted == null) {
            return firstBad;
          }
        }
        continue;
      }
      if (exempted != null) {
        exempted.add(new int[] {v - from, rule});
      }
    }
    return firstBad;
  }

  long vehicleValue(int local) {
    return b.vehicleValue(b.vehicleStart(row) + local);
  }

  boolean homesPass() {
    return (flags & HouseholdBatch.H_HOMES_PASS) != 0;
  }

  int homes() {
    return b.homes(row);
  }

  int nonResidential() {
    return b.nonResidential(row);
  }

  int disqualifyingBusinesses() {
    return b.disqualifyingBusinesses(row);
  }
}
