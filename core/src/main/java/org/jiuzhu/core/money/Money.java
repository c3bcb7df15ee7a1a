package org.jiuzhu.core.money;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jiuzhu.core.text.LocalizedIllegalArgumentException;
import org.jiuzhu.core.validation.ValidationTexts;

/**
 * An exact amount of Chinese yuan (CNY), held as a whole number of fen (分, 1/100 yuan).
 *
 * <p>Nothing rounds silently: {@link #parse(String)} and {@link #of(BigDecimal)} reject amounts
 * with more than two decimals, and every operation that can produce a fraction of a fen takes an
 * explicit {@link RoundingMode} (or a {@link Rounding} read from a region's parameters). Sums
 * that overflow throw {@link ArithmeticException}.
 *
 * @since 0.1.0
 */
public final class Money implements Comparable<Money> {
  /** Zero yuan. */
  public static final Money ZERO = new Money(0);

  private final long fen;

  /** A plain decimal in ASCII digits: no exponent, no other script's digits, no grouping. */
  private static final java.util.regex.Pattern PLAIN_DECIMAL =
      java.util.regex.Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)");

  private Money(long fen) {
    this.fen = fen;
  }

  /** An amount of {@code fen} fen (1 yuan = 100 fen). */
  public static Money ofFen(long fen) {
    return fen == 0 ? ZERO : new Money(fen);
  }

  /** An amount of whole yuan. */
  public static Money ofYuan(long yuan) {
    return ofFen(Math.multiplyExact(yuan, 100L));
  }

  /**
   * An amount in yuan with at most two decimals.
   *
   * @throws ArithmeticException if {@code yuan} has a fraction of a fen, or is out of range
   */
  public static Money of(BigDecimal yuan) {
    checkNotNull(yuan, "yuan");
    // checked before any scaling, so that a value such as 1e999999999 is refused at once (its plain
    // form has a billion digits) and the message never spells out a huge number
    if (yuan.signum() != 0 && yuan.precision() - yuan.scale() > MAX_YUAN_DIGITS) {
      throw new ArithmeticException(problemWith(yuan).in(org.jiuzhu.core.text.Lang.EN));
    }
    BigDecimal exact = yuan.scale() > 2 ? yuan.stripTrailingZeros() : yuan;
    if (exact.scale() > 2) {
      throw new ArithmeticException(problemWith(yuan).in(org.jiuzhu.core.text.Lang.EN));
    }
    BigDecimal fen = exact.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2);
    try {
      return ofFen(fen.longValueExact());
    } catch (ArithmeticException e) {
      throw new ArithmeticException(problemWith(yuan).in(org.jiuzhu.core.text.Lang.EN));
    }
  }

  /** Why {@code yuan}, which {@link #of(BigDecimal)} refused, is no amount, in both languages. */
  private static org.jiuzhu.core.text.Text problemWith(BigDecimal yuan) {
    if (yuan.signum() != 0 && yuan.precision() - yuan.scale() > MAX_YUAN_DIGITS) {
      return ValidationTexts.text("problem.amount.large", shortForm(yuan), String.valueOf(MAX_YUAN_DIGITS));
    }
    BigDecimal exact = yuan.scale() > 2 ? yuan.stripTrailingZeros() : yuan;
    if (exact.scale() > 2) {
      return ValidationTexts.text("problem.amount.fraction", shortForm(yuan));
    }
    return ValidationTexts.text("problem.amount.fen", shortForm(yuan));
  }

  /** Digits before the decimal point an amount of yuan may have (a long of fen holds 9.2e18 fen, 9.2e16 yuan). */
  private static final int MAX_YUAN_DIGITS = 17;

  /** The plain form of a short number, the scientific form of a long one (never thousands of digits). */
  private static String shortForm(BigDecimal v) {
    return v.precision() + Math.abs(v.scale()) > 40 ? v.toString() : v.toPlainString();
  }

  /** An amount in yuan rounded to the fen with an explicit rounding mode. */
  public static Money of(BigDecimal yuan, RoundingMode mode) {
    checkNotNull(mode, "mode");
    return of(yuan.setScale(2, mode));
  }

  /**
   * Parses a decimal yuan amount such as {@code "760"}, {@code "760.5"} or {@code "-12.30"}.
   *
   * <p>Only ASCII digits with an optional sign and decimal point are amounts: an exponent
   * ({@code "7e3"}), digits of another script ({@code "７０００"}) and grouping ({@code "1,200"}) are
   * refused alike, never read silently.
   *
   * @throws IllegalArgumentException if the text is not a decimal number with at most two decimals
   */
  public static Money parse(String yuan) {
    checkNotNull(yuan, "yuan");
    String text = yuan.trim();
    if (!PLAIN_DECIMAL.matcher(text).matches()) {
      throw new LocalizedIllegalArgumentException(ValidationTexts.text("problem.amount.format", yuan));
    }
    BigDecimal value = new BigDecimal(text);
    try {
      return of(value);
    } catch (ArithmeticException e) {
      throw new LocalizedIllegalArgumentException(problemWith(value), e);
    }
  }

  /** The amount in fen. */
  public long fen() {
    return fen;
  }

  /** The amount in yuan, with scale 2. */
  public BigDecimal toYuan() {
    return BigDecimal.valueOf(fen, 2);
  }

  /** This amount plus {@code other}, exactly; throws {@link ArithmeticException} on overflow. */
  public Money plus(Money other) {
    return ofFen(Math.addExact(fen, other.fen));
  }

  /** This amount minus {@code other}, exactly; throws {@link ArithmeticException} on overflow. */
  public Money minus(Money other) {
    return ofFen(Math.subtractExact(fen, other.fen));
  }

  /** This amount times a whole number (exact). */
  public Money times(long factor) {
    return ofFen(Math.multiplyExact(fen, factor));
  }

  /** This amount times a decimal factor, rounded to the fen with {@code mode}. */
  public Money times(BigDecimal factor, RoundingMode mode) {
    checkNotNull(factor, "factor");
    checkNotNull(mode, "mode");
    return ofFen(BigDecimal.valueOf(fen).multiply(factor).setScale(0, mode).longValueExact());
  }

  /** This amount divided by a whole number, rounded to the fen with {@code mode}. */
  public Money dividedBy(long divisor, RoundingMode mode) {
    checkArgument(divisor != 0, "cannot divide an amount by zero");
    checkNotNull(mode, "mode");
    return ofFen(BigDecimal.valueOf(fen).divide(BigDecimal.valueOf(divisor), 0, mode).longValueExact());
  }

  /** Rounds to the step and mode of {@code rounding}, e.g. to whole yuan, half up. */
  public Money round(Rounding rounding) {
    return rounding.apply(this);
  }

  /** This amount with the opposite sign. */
  public Money negate() {
    return ofFen(Math.negateExact(fen));
  }

  /** True for zero yuan. */
  public boolean isZero() {
    return fen == 0;
  }

  /** True below zero. */
  public boolean isNegative() {
    return fen < 0;
  }

  /** True above zero. */
  public boolean isPositive() {
    return fen > 0;
  }

  /** True when this amount is more than {@code other}. */
  public boolean isGreaterThan(Money other) {
    return fen > other.fen;
  }

  /** True when this amount is less than {@code other}. */
  public boolean isLessThan(Money other) {
    return fen < other.fen;
  }

  /** The larger of two amounts. */
  public static Money max(Money a, Money b) {
    return a.fen >= b.fen ? a : b;
  }

  /** The smaller of two amounts. */
  public static Money min(Money a, Money b) {
    return a.fen <= b.fen ? a : b;
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(fen, other.fen);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money && ((Money) o).fen == fen;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(fen);
  }

  /**
   * The amount as people read it: yuan with thousands separators and two decimals, the same in
   * Chinese and English, e.g. {@code 1,167.00} or {@code -12,345.60}. Texts (explanations, notices,
   * tables) use this; machine formats (JSON, CSV, policy files) use {@link #toString()}. Message
   * bundles ({@code Messages}, criterion sentences) write a {@code Money} argument this way.
   */
  public String grouped() {
    return grouped(fen);
  }

  /** {@link #grouped()} of an amount in fen. */
  public static String grouped(long fen) {
    if (fen == Long.MIN_VALUE) {
      return new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))
          .format(java.math.BigDecimal.valueOf(fen, 2));
    }
    long abs = Math.abs(fen);
    long yuan = abs / 100;
    long cents = abs % 100;
    StringBuilder sb = new StringBuilder(24);
    if (fen < 0) {
      sb.append('-');
    }
    String digits = Long.toString(yuan);
    int head = digits.length() % 3;
    if (head > 0) {
      sb.append(digits, 0, head);
    }
    for (int i = head; i < digits.length(); i += 3) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(digits, i, i + 3);
    }
    return sb.append(cents < 10 ? ".0" : ".").append(cents).toString();
  }

  /** The amount as a plain decimal yuan string with two decimals, e.g. {@code 760.00}. */
  @Override
  public String toString() {
    long abs = Math.abs(fen);
    if (abs < 0) { // Long.MIN_VALUE
      return toYuan().toPlainString();
    }
    long cents = abs % 100;
    return (fen < 0 ? "-" : "") + (abs / 100) + (cents < 10 ? ".0" : ".") + cents;
  }
}
