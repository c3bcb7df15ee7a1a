package org.jiuzhu.benchmarks.comparison;

/**
 * The derived fact the Drools rules insert for each household (rule "assess" in
 * {@code three-rules.drl}): the counted income over the window and the asset tests, which the
 * three programmes' rules then match on. Plain data; the values are computed by the DRL's own
 * functions.
 */
public final class Assessed {
  private final PlainHousehold household;
  private final long incomeTotal;
  private final long line;
  private final long marginalLine;
  private final boolean dibaoAssets;
  private final boolean marginalAssets;

  public Assessed(PlainHousehold household, long incomeTotal, long line, long marginalLine, boolean dibaoAssets,
      boolean marginalAssets) {
    this.household = household;
    this.incomeTotal = incomeTotal;
    this.line = line;
    this.marginalLine = marginalLine;
    this.dibaoAssets = dibaoAssets;
    this.marginalAssets = marginalAssets;
  }

  public PlainHousehold getHousehold() {
    return household;
  }

  /** Counted income over the window after deductions, in fen. */
  public long getIncomeTotal() {
    return incomeTotal;
  }

  /** The 低保 line: standard × members × months, in fen. */
  public long getLine() {
    return line;
  }

  /** The smallest income (fen) that is not below the marginal multiple of the line. */
  public long getMarginalLine() {
    return marginalLine;
  }

  public boolean isDibaoAssets() {
    return dibaoAssets;
  }

  public boolean isMarginalAssets() {
    return marginalAssets;
  }
}
