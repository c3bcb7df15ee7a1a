package org.jiuzhu.core.monitoring;

/**
 * What comes due in a household's calendar.
 *
 * @since 0.1.0
 */
public enum DueKind {
  /** The periodic review (定期复核) of a programme: yearly, six-monthly or quarterly. */
  PERIODIC_REVIEW,
  /** The end of a rigid-expenditure recognition (刚性支出困难家庭认定期满): the household reapplies. */
  RIGID_RECOGNITION_END,
  /** The end of a gradual-withdrawal period (渐退期满). */
  WITHDRAWAL_END,
  /** The visit its colour calls for (按颜色走访). */
  VISIT;



  /** The Chinese name. */
  public String zh() {
    return MonitoringText.nameZh("due." + name());
  }

  /** The English name. */
  public String en() {
    return MonitoringText.nameEn("due." + name());
  }
}
