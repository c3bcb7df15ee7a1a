package org.jiuzhu.core.monitoring;

/**
 * What a {@link MonthlyRecord} reports. Each type names the fields it needs; see {@link
 * MonthlyRecord} and {@code docs/monitoring.md}.
 *
 * @since 0.1.0
 */
public enum RecordType {
  /** A medical bill: the out-of-pocket cost after basic, critical-illness and supplementary insurance (医保报销后个人自付); {@code inpatient} when it is one hospital stay (住院). Needs member and amount. */
  MEDICAL_BILL("medical-bill"),
  /** A diagnosis: a major illness (重特大疾病) or dialysis (透析). Needs member and diagnosis. */
  DIAGNOSIS("diagnosis"),
  /** A disability certification (残疾认定): needs member, disability category and grade. */
  DISABILITY("disability"),
  /** The death of a member (死亡). Needs member. */
  DEATH("death"),
  /** A member lost a job (失业): needs member; amount is the monthly earnings lost, where known. */
  JOB_LOSS("job-loss"),
  /** A member found work (新就业), which may start a gradual withdrawal (渐退期). Needs member. */
  NEW_JOB("new-job"),
  /** A member's income for the month (收入): needs member, income category and amount. */
  INCOME("income"),
  /** A disaster hit the household (灾害: fire, flood, …): amount is the loss, where known. */
  DISASTER("disaster"),
  /** The household left a programme (退出救助): needs programme. */
  LEFT_ASSISTANCE("left-assistance"),
  /** A caseworker visited the household (走访): restarts the visit clock of its colour. */
  VISIT("visit");

  private final String code;

  RecordType(String code) {
    this.code = code;
  }

  /** The code used in feeds, e.g. {@code medical-bill}. */
  public String code() {
    return code;
  }

  /** The type with feed code {@code code}, or empty. */
  public static java.util.Optional<RecordType> fromCode(String code) {
    for (RecordType t : values()) {
      if (t.code.equals(code)) {
        return java.util.Optional.of(t);
      }
    }
    return java.util.Optional.empty();
  }
}
