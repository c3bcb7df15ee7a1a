package org.jiuzhu.rules.cn;

import java.math.BigDecimal;

/**
 * A non-negative decimal parameter (a multiple or a share) as an exact fraction of two longs, so
 * that rules compare {@code a < ratio × b} on whole fen without BigDecimal in the hot path.
 * Products that would overflow throw {@link ArithmeticException} rather than compare wrongly.
 */
final class Ratio {
  final BigDecimal value;
  final long num;
  final long den;

  private Ratio(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    int scale = Math.max(0, v.scale());
    this.value = value;
    this.num = v.movePointRight(scale).longValueExact();
    this.den = BigDecimal.TEN.pow(scale).longValueExact();
  }

  static Ratio of(BigDecimal value) {
    return value == null ? null : new Ratio(value);
  }

  /** {@code ratio × fen}, rounded down to the fen. */
  long floorTimes(long fen) {
    return Math.floorDiv(Math.multiplyExact(fen, num), den);
  }

  /** True when {@code a < ratio × b}, exactly. */
  boolean isAbove(long a, long b) {
    return Math.multiplyExact(a, den) < Math.multiplyExact(num, b);
  }

  /** True when {@code a > ratio × b}, exactly. */
  boolean isBelow(long a, long b) {
    return Math.multiplyExact(a, den) > Math.multiplyExact(num, b);
  }

  @Override
  public String toString() {
    return value.stripTrailingZeros().toPlainString();
  }
}
