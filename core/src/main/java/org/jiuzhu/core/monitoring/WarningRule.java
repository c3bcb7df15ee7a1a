package org.jiuzhu.core.monitoring;

/**
 * The warning rules (预警规则) of monitoring. Their thresholds and severities are regional
 * parameters ({@code monitoring.*}); the rules themselves are the examples of DOMAIN.md §11.
 *
 * @since 0.1.0
 */
public enum WarningRule {
  /** Out-of-pocket medical cost over the last 12 months above the threshold for low-income people. */
  MEDICAL_COST_LOW_INCOME("medical-cost-low-income"),
  /** Out-of-pocket medical cost over the last 12 months above the threshold for anyone. */
  MEDICAL_COST_ANYONE("medical-cost-anyone"),
  /** Out-of-pocket medical cost over the last 12 months above a share of last year's rural per-capita disposable income. */
  MEDICAL_COST_SHARE_OF_INCOME("medical-cost-share"),
  /** One hospital stay with out-of-pocket cost above the threshold (monitored people or others). */
  HOSPITAL_STAY("hospital-stay"),
  /** Out-of-pocket medical cost over the last 12 months with no medical assistance received. */
  MEDICAL_COST_NO_ASSISTANCE("medical-cost-no-assistance"),
  /** A member diagnosed with a major illness or put on dialysis. */
  MAJOR_ILLNESS("major-illness"),
  /** A member died. */
  DEATH("death"),
  /** A member newly certified with a severe disability. */
  SEVERE_DISABILITY("severe-disability"),
  /** The household lost its main income. */
  INCOME_LOSS("income-loss"),
  /** A disaster hit the household. */
  DISASTER("disaster");

  private final String code;

  WarningRule(String code) {
    this.code = code;
  }

  /** The code used in parameter keys and output, e.g. {@code hospital-stay}. */
  public String code() {
    return code;
  }

  /** The Chinese name. */
  public String zh() {
    return MonitoringText.nameZh("rule." + name());
  }

  /** The English name. */
  public String en() {
    return MonitoringText.nameEn("rule." + name());
  }
}
