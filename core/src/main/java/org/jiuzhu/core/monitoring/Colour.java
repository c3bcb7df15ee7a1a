package org.jiuzhu.core.monitoring;

/**
 * Three-colour grading of monitored households: how closely a household is accompanied, and so
 * how often it is visited.
 *
 * @since 0.1.0
 */
public enum Colour {
  /** 放心户: reassured. */
  GREEN("绿色·放心户", "green (reassured)"),
  /** 关心户: watched. */
  ORANGE("橙色·关心户", "orange (watched)"),
  /** 连心户: closely accompanied. */
  RED("红色·连心户", "red (closely accompanied)");

  private final String zh;
  private final String en;

  Colour(String zh, String en) {
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
