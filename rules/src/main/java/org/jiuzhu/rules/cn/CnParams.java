package org.jiuzhu.rules.cn;

import static org.jiuzhu.rules.cn.CnParameters.*;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.money.PaymentBands;
import org.jiuzhu.core.money.Rounding;
import org.jiuzhu.core.policy.Fingerprints;
import org.jiuzhu.core.policy.ParameterKey;
import org.jiuzhu.core.policy.ParameterValue;
import org.jiuzhu.core.policy.PolicySnapshot;

/**
 * Every parameter the rulebook reads, resolved once per region and stretch of unchanged dates.
 * A value the region does not have is null here; a rule that needs it calls {@link #need},
 * which throws a {@link org.jiuzhu.core.policy.MissingParameterException} naming key, region and
 * date — so a household is never decided on a missing threshold.
 */
final class CnParams {
  final PolicySnapshot snapshot;
  final String fingerprint;

  final Money standardUrban;
  final Money standardRural;
  final Integer referenceMonths;
  final Ratio employmentCostRatio;
  final boolean excludeResidentsPension;
  final Rounding rounding;
  /** The region's rounding, at the stage it applies. */
  final Amounts amounts;
  final boolean deductMedical;
  final PaymentBands bands;
  final Integer religiousSiteYears;

  final Integer financialMonths;
  final Money vehicleExemptMax;
  final boolean exemptMotorcycles;
  final boolean exemptLivelihoodVehicle;
  final int maxHomes;
  final BigDecimal maxHomeAreaPerCapita;
  final boolean exemptMicroBusiness;
  final int earmarkMaxMonths;

  final int additionElderlyAge;
  final int additionMinorAge;
  final Money additionElderly;
  final Money additionMinor;
  final Money additionSevereDisability;
  final Money additionMajorIllness;
  final int withdrawalMonths;
  final int sanctionRefusals;
  final int reviewStableMonths;
  final int reviewIrregularMonths;

  final Ratio marginalMultiple;
  final Integer marginalFinancialMonths;
  final Boolean marginalExemptOneCar;

  final Ratio rigidRatio;
  /** {@link #rigidRatio} as a percentage for explanations ({@code 50%}); null when not set. */
  final String rigidRatioPercent;
  final int rigidWindow;
  final int rigidValidity;
  final Integer rigidFinancialMonths;
  final Money disposableUrban;
  final Money disposableRural;

  final Ratio tekunMinMultiple;
  final Money tekunBasicUrban;
  final Money tekunBasicRural;
  final int tekunAgeElderly;
  final int tekunAgeChild;
  final int tekunMinorCoverage;
  final int supporterElderlyAge;
  final int supporterDibaoAge;
  final int carePartialMinFailed;
  final int careFullMinFailed;
  final Money careFullInstitution;
  final Money careFullHome;
  final Money carePartialInstitution;
  final Money carePartialHome;
  final Money careSelfInstitution;
  final Money careSelfHome;

  final int dibaoExemptCars;
  final Money dibaoExemptCarMax;
  final int marginalExemptCars;
  final Money marginalExemptCarMax;
  final int rigidExemptCars;
  final Money rigidExemptCarMax;
  final int tekunExemptCars;
  final Money tekunExemptCarMax;
  final Integer tekunFinancialMonths;

  // the procedure a granted 低保, 单人户 or 特困 explanation states (the 特困 refusal reads the 低保 limit)
  final int publicNoticeDays;
  final int dibaoTimeLimitDays;
  final int refusalNoticeDays;
  final int tekunInvestigationDays;
  final int tekunConfirmationDays;

  final Ratio temporaryFastMonths;
  final int temporaryFastDays;
  final Ratio temporaryMaxMonths;
  final Ratio temporaryTownshipMonths;
  final int temporaryEventWindowDays;
  final int temporaryExpenditureWindow;
  final Ratio temporaryExpenditurePerPerson;
  final org.jiuzhu.core.money.Multiples temporaryBands;
  /** The bands' multiples as exact ratios (the batch path reads these, without BigDecimal). */
  final Ratio[] temporaryBandMultiples;

  // ---- the same values compiled to primitives, read on every household (no Money, no boxing) ----

  /** Marks a fen or month value the region does not set: a rule that reads it throws the missing-parameter error. */
  static final long MISSING = Long.MIN_VALUE;
  /** Marks a month count the region does not set. */
  static final int MISSING_MONTHS = Integer.MIN_VALUE;

  final long standardUrbanFen;
  final long standardRuralFen;
  final long disposableUrbanFen;
  final long disposableRuralFen;
  final long tekunBasicUrbanFen;
  final long tekunBasicRuralFen;
  /** {@link #vehicleExemptMax} in fen; {@link Long#MIN_VALUE} when none (no vehicle is below it). */
  final long vehicleExemptMaxFen;
  final long additionElderlyFen;
  final long additionMinorFen;
  final long additionSevereDisabilityFen;
  final long additionMajorIllnessFen;
  /** The programmes' exempt-car caps in fen; {@link Long#MAX_VALUE} when uncapped. */
  final long dibaoExemptCarMaxFen;
  final long marginalExemptCarMaxFen;
  final long rigidExemptCarMaxFen;
  final long tekunExemptCarMaxFen;
  /** Months of the standard that financial assets may reach; {@link #MISSING_MONTHS} when not set. */
  final int dibaoFinancialMonthsI;
  final int marginalFinancialMonthsI;
  final int rigidFinancialMonthsI;
  final int tekunFinancialMonthsI;
  /** 特困 care amounts (yearly, fen) by tier (0 self-care, 1 partial, 2 full) and placement (0 institution, 1 home). */
  final long[] careFen;
  /** The payment bands (分档发放) as exact fractions: upper share i is {@code upperNum[i] / upperDen[i]}. */
  final long[] bandUpperNum;
  final long[] bandUpperDen;
  /** The pay share of band i, exact; and as the policy wrote it (for the explanation). */
  final Ratio[] bandPay;
  final BigDecimal[] bandPayDecimal;

  CnParams(PolicySnapshot s) {
    this.snapshot = s;
    standardUrban = s.find(DIBAO_STANDARD_URBAN).orElse(null);
    standardRural = s.find(DIBAO_STANDARD_RURAL).orElse(null);
    referenceMonths = s.find(DIBAO_INCOME_REFERENCE_MONTHS).orElse(null);
    employmentCostRatio = Ratio.of(s.find(DIBAO_EMPLOYMENT_COST_RATIO).orElse(null));
    excludeResidentsPension = s.get(INCOME_EXCLUDE_RESIDENTS_PENSION);
    rounding = s.get(DIBAO_AMOUNT_ROUNDING);
    amounts = new Amounts(rounding, s.get(CnParameters.DIBAO_AMOUNT_ROUNDING_STAGE), s.get(CnParameters.TEKUN_FLOOR_ROUNDING),
        s.get(CnParameters.TEKUN_FLOOR_ROUNDING_STAGE));
    deductMedical = s.get(DIBAO_DEDUCT_MEDICAL);
    bands = s.find(DIBAO_AMOUNT_BANDS).orElse(null);
    religiousSiteYears = s.get(RELIGIOUS_SITE_YEARS);

    financialMonths = s.find(DIBAO_ASSETS_FINANCIAL_MONTHS).orElse(null);
    vehicleExemptMax = s.find(DIBAO_ASSETS_VEHICLE_EXEMPT_MAX).orElse(null);
    exemptMotorcycles = s.get(DIBAO_EXEMPT_MOTORCYCLES);
    exemptLivelihoodVehicle = s.get(DIBAO_EXEMPT_LIVELIHOOD_VEHICLE);
    maxHomes = s.get(DIBAO_MAX_HOMES);
    maxHomeAreaPerCapita = s.find(DIBAO_MAX_HOME_AREA).orElse(null);
    exemptMicroBusiness = s.get(DIBAO_EXEMPT_MICRO_BUSINESS);
    earmarkMaxMonths = s.get(DIBAO_EARMARK_MAX_MONTHS);

    additionElderlyAge = s.get(DIBAO_ADDITION_ELDERLY_AGE);
    additionMinorAge = s.get(DIBAO_ADDITION_MINOR_AGE);
    additionElderly = s.get(DIBAO_ADDITION_ELDERLY);
    additionMinor = s.get(DIBAO_ADDITION_MINOR);
    additionSevereDisability = s.get(DIBAO_ADDITION_SEVERE_DISABILITY);
    additionMajorIllness = s.get(DIBAO_ADDITION_MAJOR_ILLNESS);
    withdrawalMonths = s.get(DIBAO_WITHDRAWAL_MONTHS);
    sanctionRefusals = s.get(DIBAO_SANCTION_REFUSALS);
    reviewStableMonths = s.get(DIBAO_REVIEW_STABLE);
    reviewIrregularMonths = s.get(DIBAO_REVIEW_IRREGULAR);

    marginalMultiple = Ratio.of(s.get(MARGINAL_INCOME_MULTIPLE));
    marginalFinancialMonths = s.find(MARGINAL_ASSETS_FINANCIAL_MONTHS).orElse(null);
    marginalExemptOneCar = s.find(MARGINAL_EXEMPT_ONE_CAR).orElse(null);

    rigidRatio = Ratio.of(s.find(RIGID_SPENDING_RATIO).orElse(null));
    rigidRatioPercent = rigidRatio == null ? null
        : rigidRatio.value.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%";
    rigidWindow = s.get(RIGID_SPENDING_WINDOW);
    rigidValidity = s.get(RIGID_VALIDITY);
    rigidFinancialMonths = s.find(RIGID_ASSETS_FINANCIAL_MONTHS).orElse(null);
    disposableUrban = s.find(DISPOSABLE_INCOME_URBAN).orElse(null);
    disposableRural = s.find(DISPOSABLE_INCOME_RURAL).orElse(null);

    tekunMinMultiple = Ratio.of(s.get(TEKUN_BASIC_MIN_MULTIPLE));
    tekunBasicUrban = s.find(TEKUN_BASIC_URBAN).orElse(null);
    tekunBasicRural = s.find(TEKUN_BASIC_RURAL).orElse(null);
    tekunAgeElderly = s.get(TEKUN_AGE_ELDERLY);
    tekunAgeChild = s.get(TEKUN_AGE_CHILD);
    tekunMinorCoverage = s.get(TEKUN_AGE_MINOR_COVERAGE);
    supporterElderlyAge = s.get(TEKUN_SUPPORTER_ELDERLY);
    supporterDibaoAge = s.get(TEKUN_SUPPORTER_DIBAO_AGE);
    carePartialMinFailed = s.get(TEKUN_CARE_PARTIAL_MIN_FAILED);
    careFullMinFailed = s.get(TEKUN_CARE_FULL_MIN_FAILED);
    careFullInstitution = s.find(TEKUN_CARE_FULL_INSTITUTION).orElse(null);
    careFullHome = s.find(TEKUN_CARE_FULL_HOME).orElse(null);
    carePartialInstitution = s.find(TEKUN_CARE_PARTIAL_INSTITUTION).orElse(null);
    carePartialHome = s.find(TEKUN_CARE_PARTIAL_HOME).orElse(null);
    careSelfInstitution = s.find(TEKUN_CARE_SELF_INSTITUTION).orElse(null);
    careSelfHome = s.find(TEKUN_CARE_SELF_HOME).orElse(null);

    dibaoExemptCars = s.get(DIBAO_EXEMPT_CARS);
    dibaoExemptCarMax = s.find(DIBAO_EXEMPT_CAR_MAX).orElse(null);
    // the older flag counts as one ordinary car
    marginalExemptCars = Math.max(s.get(MARGINAL_EXEMPT_CARS), Boolean.TRUE.equals(marginalExemptOneCar) ? 1 : 0);
    marginalExemptCarMax = s.find(MARGINAL_EXEMPT_CAR_MAX).orElse(null);
    rigidExemptCars = s.get(RIGID_EXEMPT_CARS);
    rigidExemptCarMax = s.find(RIGID_EXEMPT_CAR_MAX).orElse(null);
    tekunExemptCars = s.get(TEKUN_EXEMPT_CARS);
    tekunExemptCarMax = s.find(TEKUN_EXEMPT_CAR_MAX).orElse(null);
    tekunFinancialMonths = s.find(TEKUN_ASSETS_FINANCIAL_MONTHS).orElse(null);

    publicNoticeDays = s.get(PUBLIC_NOTICE_DAYS);
    dibaoTimeLimitDays = s.get(DIBAO_TIME_LIMIT);
    refusalNoticeDays = s.get(DIBAO_REFUSAL_NOTICE);
    tekunInvestigationDays = s.get(TEKUN_INVESTIGATION);
    tekunConfirmationDays = s.get(TEKUN_CONFIRMATION);

    temporaryFastMonths = Ratio.of(s.get(TEMPORARY_FAST_MAX_MONTHS));
    temporaryFastDays = s.get(TEMPORARY_FAST_DAYS);
    temporaryMaxMonths = Ratio.of(s.find(TEMPORARY_MAX_MONTHS).orElse(null));
    temporaryTownshipMonths = Ratio.of(s.find(TEMPORARY_TOWNSHIP_MAX_MONTHS).orElse(null));
    temporaryEventWindowDays = s.get(TEMPORARY_EVENT_WINDOW_DAYS);
    temporaryExpenditureWindow = s.get(TEMPORARY_EXPENDITURE_WINDOW);
    temporaryExpenditurePerPerson = Ratio.of(s.find(TEMPORARY_EXPENDITURE_MAX_PER_PERSON).orElse(null));
    temporaryBands = s.find(TEMPORARY_AMOUNT_BANDS).orElse(null);
    temporaryBandMultiples = temporaryBands == null ? null
        : temporaryBands.values().stream().map(Ratio::of).toArray(Ratio[]::new);

    standardUrbanFen = fen(standardUrban);
    standardRuralFen = fen(standardRural);
    disposableUrbanFen = fen(disposableUrban);
    disposableRuralFen = fen(disposableRural);
    tekunBasicUrbanFen = fen(tekunBasicUrban);
    tekunBasicRuralFen = fen(tekunBasicRural);
    vehicleExemptMaxFen = vehicleExemptMax == null ? Long.MIN_VALUE : vehicleExemptMax.fen();
    additionElderlyFen = additionElderly.fen();
    additionMinorFen = additionMinor.fen();
    additionSevereDisabilityFen = additionSevereDisability.fen();
    additionMajorIllnessFen = additionMajorIllness.fen();
    dibaoExemptCarMaxFen = capFen(dibaoExemptCarMax);
    marginalExemptCarMaxFen = capFen(marginalExemptCarMax);
    rigidExemptCarMaxFen = capFen(rigidExemptCarMax);
    tekunExemptCarMaxFen = capFen(tekunExemptCarMax);
    dibaoFinancialMonthsI = months(financialMonths);
    marginalFinancialMonthsI = months(marginalFinancialMonths);
    rigidFinancialMonthsI = months(rigidFinancialMonths);
    tekunFinancialMonthsI = months(tekunFinancialMonths);
    careFen = new long[] {fen(careSelfInstitution), fen(careSelfHome), fen(carePartialInstitution), fen(carePartialHome),
        fen(careFullInstitution), fen(careFullHome)};
    if (bands == null) {
      bandUpperNum = null;
      bandUpperDen = null;
      bandPay = null;
      bandPayDecimal = null;
    } else {
      // the bands as the policy wrote them (UPPER:PAY;...), each share an exact fraction
      String[] parts = bands.toString().split(";");
      bandUpperNum = new long[parts.length];
      bandUpperDen = new long[parts.length];
      bandPay = new Ratio[parts.length];
      bandPayDecimal = new BigDecimal[parts.length];
      for (int i = 0; i < parts.length; i++) {
        String[] up = parts[i].split(":");
        Ratio upper = Ratio.of(new BigDecimal(up[0]));
        bandUpperNum[i] = upper.num;
        bandUpperDen[i] = upper.den;
        // gap / standard = upper i exactly: the band's own pay share, the very value payShare returns
        bandPayDecimal[i] = bands.payShare(upper.num, upper.den);
        bandPay[i] = Ratio.of(bandPayDecimal[i]);
      }
    }

    List<ParameterValue> read = new ArrayList<>();
    for (ParameterKey<?> k : CnParameters.all()) {
      if (!k.name().startsWith("calibration.")) {
        s.provenance(k).ifPresent(read::add);
      }
    }
    this.fingerprint = Fingerprints.of(ImmutableList.copyOf(read));
  }

  private static long fen(Money m) {
    return m == null ? MISSING : m.fen();
  }

  private static long capFen(Money m) {
    return m == null ? Long.MAX_VALUE : m.fen();
  }

  private static int months(Integer m) {
    return m == null ? MISSING_MONTHS : m;
  }

}
