package org.jiuzhu.benchmarks.comparison;

import static org.jiuzhu.rules.cn.CnParameters.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.jiuzhu.core.household.HukouType;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.money.Rounding;
import org.jiuzhu.core.money.RoundingStage;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.policy.PolicySnapshot;
import org.jiuzhu.core.region.RegionCode;

/**
 * The thresholds the three compared rules read, for one region, hukou type (户籍) and date, as
 * primitives: read from jiuzhu's installed policy (the region packs), never written here. This is
 * what a user writing the rules by hand would load from the same published figures; the
 * hand-written loop and the Drools rules read these fields.
 *
 * <p>Fails loudly for what the simple implementations do not do: 低保 paid in bands
 * ({@code dibao.amount.bands}) and rounding other than of the household's amount
 * ({@code dibao.amount.rounding-stage} member or end); no shipped pack with a 12-month window does
 * either.
 */
public final class RegionRules {
  public final String region;
  public final boolean urban;
  /** 低保标准: the monthly standard per person, in fen, for this hukou type. */
  public final long standardFen;
  /** Months of income averaged ({@code dibao.income.reference-months}). */
  public final int window;
  /** Employment cost deducted per earning member and month: the ratio times the standard, rounded down, in fen. */
  public final long employmentCapFen;
  public final boolean deductMedical;
  /** {@code dibao.amount.rounding}: mode and step in fen. */
  public final RoundingMode roundingMode;
  public final long roundingStepFen;

  public final int dibaoFinancialMonths;
  public final int marginalFinancialMonths;
  /** A vehicle worth less than this does not count; -1 when the region sets no such value. */
  public final long vehicleExemptBelowFen;
  public final boolean exemptMotorcycles;
  public final boolean exemptLivelihoodVehicle;
  public final int dibaoExemptCars;
  /** -1: no cap. */
  public final long dibaoExemptCarMaxFen;
  /** The marginal programme's exempt ordinary cars (the one-car exemption counts as one). */
  public final int marginalExemptCars;
  /** -1: no cap. */
  public final long marginalExemptCarMaxFen;
  public final int maxHomes;
  /** Floor area per person below which more homes pass, in hundredths of m²; -1 when not set. */
  public final long maxHomeAreaCentiPerCapita;
  public final boolean exemptMicroBusiness;

  public final int additionElderlyAge;
  public final int additionMinorAge;
  public final long additionElderlyFen;
  public final long additionMinorFen;
  public final long additionSevereDisabilityFen;
  public final long additionMajorIllnessFen;

  /** {@code marginal.income-multiple} as an exact fraction. */
  public final long marginalNum;
  public final long marginalDen;

  /** Refused job offers from which a member loses the 低保 share (the pool leaves such members out). */
  public final int sanctionRefusals;

  private RegionRules(PolicySnapshot s, String region, boolean urban) {
    this.region = region;
    this.urban = urban;
    if (s.find(DIBAO_AMOUNT_BANDS).isPresent()) {
      throw new IllegalArgumentException("region " + region + " pays 低保 in bands (dibao.amount.bands = "
          + s.find(DIBAO_AMOUNT_BANDS).get() + "); the comparison's hand-written loop and Drools rules do not: leave the"
          + " region out of the comparison's pool");
    }
    Money standard = s.get(urban ? DIBAO_STANDARD_URBAN : DIBAO_STANDARD_RURAL);
    standardFen = standard.fen();
    window = s.get(DIBAO_INCOME_REFERENCE_MONTHS);
    long[] emp = fraction(s.get(DIBAO_EMPLOYMENT_COST_RATIO));
    employmentCapFen = Math.floorDiv(Math.multiplyExact(standardFen, emp[0]), emp[1]);
    deductMedical = s.get(DIBAO_DEDUCT_MEDICAL);
    Rounding r = s.get(DIBAO_AMOUNT_ROUNDING);
    roundingMode = r.mode();
    roundingStepFen = r.step().fen();
    RoundingStage stage = s.get(DIBAO_AMOUNT_ROUNDING_STAGE);
    if (stage != RoundingStage.HOUSEHOLD) {
      // no shipped pack rounds elsewhere; the simple implementations are only checked where the pool checks them
      throw new IllegalArgumentException("region " + region + ": dibao.amount.rounding-stage is " + stage.id()
          + "; the comparison's hand-written loop and Drools rules round the household's amount only (household)");
    }
    dibaoFinancialMonths = s.get(DIBAO_ASSETS_FINANCIAL_MONTHS);
    marginalFinancialMonths = s.get(MARGINAL_ASSETS_FINANCIAL_MONTHS);
    vehicleExemptBelowFen = s.find(DIBAO_ASSETS_VEHICLE_EXEMPT_MAX).map(Money::fen).orElse(-1L);
    exemptMotorcycles = s.get(DIBAO_EXEMPT_MOTORCYCLES);
    exemptLivelihoodVehicle = s.get(DIBAO_EXEMPT_LIVELIHOOD_VEHICLE);
    dibaoExemptCars = s.get(DIBAO_EXEMPT_CARS);
    dibaoExemptCarMaxFen = s.find(DIBAO_EXEMPT_CAR_MAX).map(Money::fen).orElse(-1L);
    marginalExemptCars = Math.max(s.get(MARGINAL_EXEMPT_CARS), s.find(MARGINAL_EXEMPT_ONE_CAR).orElse(false) ? 1 : 0);
    marginalExemptCarMaxFen = s.find(MARGINAL_EXEMPT_CAR_MAX).map(Money::fen).orElse(-1L);
    maxHomes = s.get(DIBAO_MAX_HOMES);
    maxHomeAreaCentiPerCapita = s.find(DIBAO_MAX_HOME_AREA).map(a -> a.movePointRight(2).longValueExact()).orElse(-1L);
    exemptMicroBusiness = s.get(DIBAO_EXEMPT_MICRO_BUSINESS);
    additionElderlyAge = s.get(DIBAO_ADDITION_ELDERLY_AGE);
    additionMinorAge = s.get(DIBAO_ADDITION_MINOR_AGE);
    additionElderlyFen = s.get(DIBAO_ADDITION_ELDERLY).fen();
    additionMinorFen = s.get(DIBAO_ADDITION_MINOR).fen();
    additionSevereDisabilityFen = s.get(DIBAO_ADDITION_SEVERE_DISABILITY).fen();
    additionMajorIllnessFen = s.get(DIBAO_ADDITION_MAJOR_ILLNESS).fen();
    long[] m = fraction(s.get(MARGINAL_INCOME_MULTIPLE));
    marginalNum = m[0];
    marginalDen = m[1];
    sanctionRefusals = s.get(DIBAO_SANCTION_REFUSALS);
  }

  /** The rules of {@code region} on {@code date} for urban or rural hukou, from {@code policy}. */
  public static RegionRules of(Policy policy, RegionCode region, LocalDate date, HukouType hukou) {
    return new RegionRules(policy.snapshot(region, date), region.toString(), hukou == HukouType.URBAN);
  }

  private static long[] fraction(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    int scale = Math.max(0, v.scale());
    return new long[] {v.movePointRight(scale).longValueExact(), BigDecimal.TEN.pow(scale).longValueExact()};
  }

  @Override
  public String toString() {
    return region + (urban ? " urban" : " rural") + ": standard " + Money.ofFen(standardFen) + ", window " + window
        + " months, rounding " + roundingMode + ":" + Money.ofFen(roundingStepFen)
        + ", medical deducted " + deductMedical;
  }
}
