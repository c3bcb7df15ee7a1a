package org.jiuzhu.core.monitoring;

/**
 * The warning rules (预警规则) of monitoring. Their thresholds and severities are regional
 * parameters ({@code monitoring.*}); the rules themselves are the examples of DOMAIN.md §11.
 *
 * @since 0.1.0
 */
public enum WarningRule {
  /** Out-of-pocket medical cost over the last 12 months above the threshold for low-income people. */
  MEDICAL_COST_LOW_INCOME("medical-cost-low-income", "低收入人口医疗自付费用超标", "out-of-pocket medical cost of a low-income household"),
  /** Out-of-pocket medical cost over the last 12 months above the threshold for anyone. */
  MEDICAL_COST_ANYONE("medical-cost-anyone", "医疗自付费用超标", "out-of-pocket medical cost"),
  /** Out-of-pocket medical cost over the last 12 months above a share of last year's rural per-capita disposable income. */
  MEDICAL_COST_SHARE_OF_INCOME("medical-cost-share", "医疗自付费用超过上年农村居民人均可支配收入的一定比例",
      "out-of-pocket medical cost above a share of last year's rural per-capita disposable income"),
  /** One hospital stay with out-of-pocket cost above the threshold (monitored people or others). */
  HOSPITAL_STAY("hospital-stay", "单次住院自付费用超标", "out-of-pocket cost of one hospital stay"),
  /** Out-of-pocket medical cost over the last 12 months with no medical assistance received. */
  MEDICAL_COST_NO_ASSISTANCE("medical-cost-no-assistance", "高额医疗费用未获医疗救助",
      "high out-of-pocket medical cost with no medical assistance"),
  /** A member diagnosed with a major illness or put on dialysis. */
  MAJOR_ILLNESS("major-illness", "确诊重特大疾病或透析", "major illness or dialysis diagnosed"),
  /** A member died. */
  DEATH("death", "家庭成员死亡", "death of a member"),
  /** A member newly certified with a severe disability. */
  SEVERE_DISABILITY("severe-disability", "新增重度残疾", "new severe disability"),
  /** The household lost its main income. */
  INCOME_LOSS("income-loss", "失去主要收入", "loss of the main income"),
  /** A disaster hit the household. */
  DISASTER("disaster", "遭遇灾害", "disaster");

  private final String code;
  private final String zh;
  private final String en;

  WarningRule(String code, String zh, String en) {
    this.code = code;
    this.zh = zh;
    this.en = en;
  }

  /** The code used in parameter keys and output, e.g. {@code hospital-stay}. */
  public String code() {
    return code;
  }

  /** The Chinese name. */
  public String zh() {
    return zh;
  }

  /** The English name. */
  public String en() {
    return en;
  }
}
