package org.jiuzhu.core.monitoring;

/**
 * Three-colour grading of monitored households: how closely a household is accompanied, and so
 * how often it is visited.
 *
 * @since 0.1.0
 */
public enum Colour {
  /** 放心户: reassured. */
  GREEN,
  /** 关心户: watched. */
  ORANGE,
  /** 连心户: closely accompanied. */
  RED;



  /** The Chinese name. */
  public String zh() {
    return MonitoringText.nameZh("colour." + name());
  }

  /** The English name. */
  public String en() {
    return MonitoringText.nameEn("colour." + name());
  }
}
