package org.jiuzhu.core.monitoring;

/**
 * How urgent an {@link Alert} is. Each region sets the severity of each warning rule and the
 * visit deadline of each severity in working days.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** Worth a look at the next regular visit (提示). */
  NOTICE,
  /** Visit soon (预警). */
  WARNING,
  /** Visit at once (紧急). */
  URGENT;



  /** The Chinese name. */
  public String zh() {
    return MonitoringText.nameZh("severity." + name());
  }

  /** The English name. */
  public String en() {
    return MonitoringText.nameEn("severity." + name());
  }

  /** The severity with level {@code level}: 1 notice, 2 warning, 3 urgent. */
  public static Severity ofLevel(int level) {
    if (level < 1 || level > 3) {
      throw new IllegalArgumentException("severity level is " + level + "; expected 1 (notice), 2 (warning) or 3 (urgent)");
    }
    return values()[level - 1];
  }
}
