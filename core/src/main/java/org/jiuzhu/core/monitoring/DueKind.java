package org.jiuzhu.core.monitoring;

/**
 * What comes due in a household's calendar.
 *
 * @since 0.1.0
 */
public enum DueKind {
  /** The periodic review (定期复核) of a programme: yearly, six-monthly or quarterly. */
  PERIODIC_REVIEW("定期复核", "periodic review"),
  /** The end of a rigid-expenditure recognition (刚性支出困难家庭认定期满): the household reapplies. */
  RIGID_RECOGNITION_END("刚性支出困难家庭认定期满", "end of the rigid-expenditure recognition"),
  /** The end of a gradual-withdrawal period (渐退期满). */
  WITHDRAWAL_END("渐退期满", "end of the gradual-withdrawal period"),
  /** The visit its colour calls for (按颜色走访). */
  VISIT("走访", "visit");

  private final String zh;
  private final String en;

  DueKind(String zh, String en) {
    this.zh = zh;
    this.en = en;
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
