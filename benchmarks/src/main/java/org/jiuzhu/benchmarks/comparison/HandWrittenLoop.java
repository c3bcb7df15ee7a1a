package org.jiuzhu.benchmarks.comparison;

import java.math.RoundingMode;

/**
 * The three rules written by hand over {@link PlainHousehold}: what a user of the comparison would
 * write instead of calling jiuzhu. Same semantics as jiuzhu's rulebook for the pool's shapes
 * ({@link Pool}): 低保 (minimum living allowance: counted income after the employment-cost and,
 * where the region says so, medical deductions, below the standard times members times months;
 * financial assets, vehicles, homes, non-residential property and businesses; the monthly amount
 * with the region's rounding and the highest 分类施保 addition of each member), 低保边缘
 * (marginal household: not 低保, income below the region's multiple of the line, looser asset
 * limits with the region's exempt cars) and 单人户 (低保 for one member alone: a seriously ill
 * or severely disabled member of a household that passes the marginal tests, on the member's own
 * income). No allocation.
 */
public final class HandWrittenLoop {
  private HandWrittenLoop() {}

  /** Decides households {@code from} to {@code to} (exclusive) of {@code pool} into {@code out}. */
  public static void run(PlainHousehold[] pool, int from, int to, Results out) {
    for (int i = from; i < to; i++) {
      decide(pool[i], out);
    }
  }

  static void decide(PlainHousehold h, Results out) {
    int i = h.index;
    RegionRules r = h.rules;
    PlainPerson[] ps = h.persons;
    int n = ps.length;
    out.dibao[i] = Results.INELIGIBLE;
    out.dibaoFen[i] = 0;
    out.marginal[i] = Results.INELIGIBLE;
    out.single[i] = Results.INELIGIBLE;
    out.singleFen[i] = 0;
    if (n == 0) {
      return;
    }
    int w = r.window;
    long gross = 0;
    long employment = 0;
    long cap = r.employmentCapFen;
    for (PlainPerson p : ps) {
      long[] inc = p.income;
      long[] earned = p.earned;
      for (int k = 0; k < w; k++) {
        gross += inc[k];
        employment += Math.min(earned[k], cap);
      }
    }
    long medical = 0;
    if (r.deductMedical) {
      for (int k = 0; k < w; k++) {
        medical += h.medicalFen[k];
      }
    }
    long income = gross - employment - Math.min(medical, gross - employment);
    long std = r.standardFen;
    long line = std * n * w;

    if (income < line && assetsPass(h, n, r.dibaoFinancialMonths, r.dibaoExemptCars, r.dibaoExemptCarMaxFen)) {
      long additions = 0;
      for (PlainPerson p : ps) {
        additions += addition(r, p);
      }
      // the household's amount, rounded with the region's rule, plus the additions
      long base = roundQuotient(line - income, w, r);
      out.dibao[i] = Results.ELIGIBLE;
      out.dibaoFen[i] = base + additions;
      return;
    }
    // not 低保: the marginal tests, shared by 低保边缘 and 单人户
    if (income * r.marginalDen >= r.marginalNum * line
        || !assetsPass(h, n, r.marginalFinancialMonths, r.marginalExemptCars, r.marginalExemptCarMaxFen)) {
      return;
    }
    out.marginal[i] = Results.ELIGIBLE;
    long own1 = std * w;
    long single = 0;
    boolean any = false;
    for (PlainPerson p : ps) {
      if (!(p.isSeverelyDisabled() || p.isGrade3IntellectualOrMental() || p.majorIllness)) {
        continue;
      }
      long own = 0;
      for (int k = 0; k < w; k++) {
        own += p.income[k];
      }
      if (own >= own1) {
        continue;
      }
      long gap = own1 - own;
      single += roundQuotient(gap, w, r) + addition(r, p);
      any = true;
    }
    if (any) {
      out.single[i] = Results.ELIGIBLE;
      out.singleFen[i] = single;
    }
  }

  /** The highest 分类施保 addition that applies to {@code p} (就高不累加), by the age on the first day of payment. */
  static long addition(RegionRules r, PlainPerson p) {
    long a = 0;
    if (p.payAge >= r.additionElderlyAge) {
      a = Math.max(a, r.additionElderlyFen);
    }
    if (p.payAge < r.additionMinorAge) {
      a = Math.max(a, r.additionMinorFen);
    }
    if (p.isSeverelyDisabled()) {
      a = Math.max(a, r.additionSevereDisabilityFen);
    }
    if (p.majorIllness) {
      a = Math.max(a, r.additionMajorIllnessFen);
    }
    return a;
  }

  static boolean assetsPass(PlainHousehold h, int n, int financialMonths, int exemptCars, long carMaxFen) {
    RegionRules r = h.rules;
    if (h.financialFen > r.standardFen * financialMonths * n) {
      return false;
    }
    int carsLeft = exemptCars;
    PlainVehicle[] vs = h.vehicles;
    for (PlainVehicle v : vs) {
      if (v.disabilityMobility
          || (r.exemptMotorcycles && v.motorcycleOrEbike)
          || (r.exemptLivelihoodVehicle && v.livelihoodTool && vs.length == 1)
          || (r.vehicleExemptBelowFen >= 0 && v.valueFen < r.vehicleExemptBelowFen)) {
        continue;
      }
      if (carsLeft > 0 && v.car && (carMaxFen < 0 || v.valueFen <= carMaxFen)) {
        carsLeft--;
        continue;
      }
      return false;
    }
    if (h.homes > r.maxHomes && !(r.maxHomeAreaCentiPerCapita >= 0 && h.homeAreaCenti < r.maxHomeAreaCentiPerCapita * n)) {
      return false;
    }
    if (h.nonResidential > 0) {
      return false;
    }
    int businesses = h.activeBusinesses - (r.exemptMicroBusiness ? h.activeMicroBusinesses : 0);
    return businesses == 0;
  }

  /** {@code a / divisor} rounded to the region's step with its mode. */
  static long roundQuotient(long a, long divisor, RegionRules r) {
    return divide(a, divisor * r.roundingStepFen, r.roundingMode) * r.roundingStepFen;
  }

  /** {@code a / b} (b > 0) rounded to a whole number with {@code mode}. */
  static long divide(long a, long b, RoundingMode mode) {
    long q = Math.floorDiv(a, b);
    long rem = a - q * b; // 0 <= rem < b
    if (rem == 0) {
      return q;
    }
    boolean negative = a < 0;
    switch (mode) {
      case FLOOR:
        return q;
      case CEILING:
        return q + 1;
      case DOWN:
        return negative ? q + 1 : q;
      case UP:
        return negative ? q : q + 1;
      default:
        long twice = 2 * rem;
        if (twice > b) {
          return q + 1;
        }
        if (twice < b) {
          return q;
        }
        switch (mode) {
          case HALF_UP:
            return negative ? q : q + 1;
          case HALF_DOWN:
            return negative ? q + 1 : q;
          case HALF_EVEN:
            return (q & 1) == 0 ? q : q + 1;
          default:
            throw new ArithmeticException("rounding mode " + mode + " with a remainder");
        }
    }
  }
}
