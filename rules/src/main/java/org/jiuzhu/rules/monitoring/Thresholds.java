package org.jiuzhu.rules.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import org.jiuzhu.core.monitoring.Colour;
import org.jiuzhu.core.monitoring.Severity;
import org.jiuzhu.core.monitoring.WarningRule;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.policy.PolicySnapshot;
import org.jiuzhu.rules.cn.CnParameters;

/** Monitoring parameters resolved from one snapshot: read once per month, never per record. */
final class Thresholds {
  final long medicalLowIncome;
  final long medicalAnyone;
  final long medicalShare; // share x last year's rural per-capita disposable income, in fen
  final BigDecimal shareRatio;
  final long ruralIncome;
  final long stayMonitored;
  final long stayOther;
  final long noAssistance;
  final int severeGrade;
  final BigDecimal lossShare;
  final int incomeMonths;
  final long disasterMinLoss;
  final int leaverMonths;
  final Map<Severity, Integer> deadline = new EnumMap<>(Severity.class);
  final Map<WarningRule, Severity> severity = new EnumMap<>(WarningRule.class);
  final int colourMemory;
  final Severity redMin;
  final Severity orangeMin;
  final long redMedical;
  final long orangeMedical;
  final boolean orangeLeaver;
  final Map<Colour, Integer> visitMonths = new EnumMap<>(Colour.class);
  final int dibaoStable;
  final int dibaoIrregular;
  final int tekunReview;
  final int marginalReview;
  final int rigidValidity;
  final int withdrawalMonths;
  /** The snapshot they were read from (for the rulebook's own tests, such as work capacity). */
  final PolicySnapshot snapshot;

  Thresholds(PolicySnapshot s) {
    snapshot = s;
    medicalLowIncome = s.get(MonitoringParameters.MEDICAL_LOW_INCOME).fen();
    medicalAnyone = s.get(MonitoringParameters.MEDICAL_ANYONE).fen();
    shareRatio = s.get(MonitoringParameters.MEDICAL_SHARE);
    ruralIncome = s.get(CnParameters.DISPOSABLE_INCOME_RURAL).fen();
    medicalShare = Money.ofFen(ruralIncome).times(shareRatio, RoundingMode.HALF_UP).fen();
    stayMonitored = s.get(MonitoringParameters.HOSPITAL_STAY_MONITORED).fen();
    stayOther = s.get(MonitoringParameters.HOSPITAL_STAY_OTHER).fen();
    noAssistance = s.get(MonitoringParameters.NO_ASSISTANCE).fen();
    severeGrade = s.get(MonitoringParameters.SEVERE_DISABILITY_GRADE);
    lossShare = s.get(MonitoringParameters.INCOME_LOSS_SHARE);
    incomeMonths = positive(s, MonitoringParameters.INCOME_REFERENCE_MONTHS.name(), s.get(MonitoringParameters.INCOME_REFERENCE_MONTHS), 11);
    disasterMinLoss = s.get(MonitoringParameters.DISASTER_MIN_LOSS).fen();
    leaverMonths = s.get(MonitoringParameters.LEAVER_MONTHS);
    for (Severity v : Severity.values()) {
      deadline.put(v, s.get(MonitoringParameters.deadline(v)));
    }
    for (WarningRule r : WarningRule.values()) {
      severity.put(r, level(s, MonitoringParameters.SEVERITY.get(r).name(), s.get(MonitoringParameters.SEVERITY.get(r))));
    }
    colourMemory = positive(s, MonitoringParameters.COLOUR_MEMORY.name(), s.get(MonitoringParameters.COLOUR_MEMORY), 120);
    redMin = level(s, MonitoringParameters.RED_MIN_SEVERITY.name(), s.get(MonitoringParameters.RED_MIN_SEVERITY));
    orangeMin = level(s, MonitoringParameters.ORANGE_MIN_SEVERITY.name(), s.get(MonitoringParameters.ORANGE_MIN_SEVERITY));
    redMedical = s.get(MonitoringParameters.RED_MEDICAL).fen();
    orangeMedical = s.get(MonitoringParameters.ORANGE_MEDICAL).fen();
    orangeLeaver = s.get(MonitoringParameters.ORANGE_LEAVER);
    for (Colour c : Colour.values()) {
      String key = MonitoringParameters.visitMonths(c).name();
      visitMonths.put(c, positive(s, key, s.get(MonitoringParameters.visitMonths(c)), 120));
    }
    dibaoStable = positive(s, CnParameters.DIBAO_REVIEW_STABLE.name(), s.get(CnParameters.DIBAO_REVIEW_STABLE), 120);
    dibaoIrregular = positive(s, CnParameters.DIBAO_REVIEW_IRREGULAR.name(), s.get(CnParameters.DIBAO_REVIEW_IRREGULAR), 120);
    tekunReview = positive(s, MonitoringParameters.TEKUN_REVIEW.name(), s.get(MonitoringParameters.TEKUN_REVIEW), 120);
    marginalReview = positive(s, MonitoringParameters.MARGINAL_REVIEW.name(), s.get(MonitoringParameters.MARGINAL_REVIEW), 120);
    rigidValidity = positive(s, CnParameters.RIGID_VALIDITY.name(), s.get(CnParameters.RIGID_VALIDITY), 120);
    withdrawalMonths = s.get(CnParameters.DIBAO_WITHDRAWAL_MONTHS);
  }

  long hospitalStay(boolean monitored) {
    return monitored ? stayMonitored : stayOther;
  }

  private static Severity level(PolicySnapshot s, String key, int value) {
    if (value < 1 || value > 3) {
      throw new IllegalArgumentException("parameter " + key + " is " + value + " for region " + s.region() + " on "
          + s.date() + "; expected 1 (notice), 2 (warning) or 3 (urgent)");
    }
    return Severity.ofLevel(value);
  }

  private static int positive(PolicySnapshot s, String key, int value, int max) {
    if (value < 1 || value > max) {
      throw new IllegalArgumentException("parameter " + key + " is " + value + " for region " + s.region() + " on "
          + s.date() + "; expected 1 to " + max);
    }
    return value;
  }
}
