package org.jiuzhu.core.money;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How a region rounds an amount: a step (0.01, 0.1, 1 or 10 yuan …) and a {@link RoundingMode}.
 * Written {@code MODE:STEP} in policy files, e.g. {@code HALF_UP:1} rounds to whole yuan half up.
 *
 * @since 0.1.0
 */
public final class Rounding {
  /** To the fen; amounts are already whole fen, so this changes nothing. */
  public static final Rounding TO_FEN = new Rounding(RoundingMode.HALF_UP, 1);

  private final RoundingMode mode;
  private final long stepFen;

  private Rounding(RoundingMode mode, long stepFen) {
    this.mode = checkNotNull(mode, "mode");
    checkArgument(stepFen > 0, "rounding step must be positive, was %s fen", stepFen);
    this.stepFen = stepFen;
  }

  /** Rounds to multiples of {@code step} with {@code mode}. */
  public static Rounding of(RoundingMode mode, Money step) {
    return new Rounding(mode, step.fen());
  }

  /**
   * Parses {@code MODE:STEP}, e.g. {@code HALF_UP:1}, {@code UP:0.1}, {@code CEILING:10}.
   *
   * @throws IllegalArgumentException naming the text and what was expected
   */
  private static final String EXPECTED = "value.rounding.expected";

  public static Rounding parse(String text) {
    checkNotNull(text, "text");
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new org.jiuzhu.core.text.LocalizedIllegalArgumentException(org.jiuzhu.core.validation.ValidationTexts.text("value.rounding.format", text, org.jiuzhu.core.validation.ValidationTexts.text(EXPECTED)));
    }
    RoundingMode mode;
    try {
      mode = RoundingMode.valueOf(text.substring(0, colon).trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new org.jiuzhu.core.text.LocalizedIllegalArgumentException(org.jiuzhu.core.validation.ValidationTexts.text("value.rounding.mode", text, org.jiuzhu.core.validation.ValidationTexts.text(EXPECTED)));
    }
    if (mode == RoundingMode.UNNECESSARY) {
      throw new org.jiuzhu.core.text.LocalizedIllegalArgumentException(org.jiuzhu.core.validation.ValidationTexts.text("value.rounding.unnecessary", text, org.jiuzhu.core.validation.ValidationTexts.text(EXPECTED)));
    }
    Money step;
    try {
      step = Money.parse(text.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      throw new org.jiuzhu.core.text.LocalizedIllegalArgumentException(org.jiuzhu.core.validation.ValidationTexts.text("value.rounding.step", text, org.jiuzhu.core.validation.ValidationTexts.text(EXPECTED)));
    }
    if (!step.isPositive()) {
      throw new org.jiuzhu.core.text.LocalizedIllegalArgumentException(org.jiuzhu.core.validation.ValidationTexts.text("value.rounding.positive", text, org.jiuzhu.core.validation.ValidationTexts.text(EXPECTED)));
    }
    return new Rounding(mode, step.fen());
  }

  /** The rounding mode. */
  public RoundingMode mode() {
    return mode;
  }

  /** The step, e.g. 1.00 for whole yuan. */
  public Money step() {
    return Money.ofFen(stepFen);
  }

  /** Rounds {@code amount} to a multiple of the step. */
  public Money apply(Money amount) {
    if (stepFen == 1) {
      return amount;
    }
    long steps = BigDecimal.valueOf(amount.fen())
        .divide(BigDecimal.valueOf(stepFen), 0, mode)
        .longValueExact();
    return Money.ofFen(Math.multiplyExact(steps, stepFen));
  }

  /**
   * Rounds the exact quotient {@code numerator / divisor} (an amount in fen divided by a whole
   * number) to the step in one go, so that no intermediate rounding to the fen can drift.
   */
  public Money roundQuotient(Money numerator, long divisor) {
    if (divisor <= 0) {
      throw new IllegalArgumentException("divisor must be positive, was " + divisor);
    }
    long steps = BigDecimal.valueOf(numerator.fen())
        .divide(BigDecimal.valueOf(Math.multiplyExact(divisor, stepFen)), 0, mode)
        .longValueExact();
    return Money.ofFen(Math.multiplyExact(steps, stepFen));
  }

  /** Rounds an exact amount in fen (possibly fractional, e.g. a standard times a share) to the step. */
  public Money roundFen(BigDecimal exactFen) {
    long steps = exactFen.divide(BigDecimal.valueOf(stepFen), 0, mode).longValueExact();
    return Money.ofFen(Math.multiplyExact(steps, stepFen));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rounding && ((Rounding) o).mode == mode && ((Rounding) o).stepFen == stepFen;
  }

  @Override
  public int hashCode() {
    return mode.hashCode() * 31 + Long.hashCode(stepFen);
  }

  /** {@code MODE:STEP}, the form {@link #parse} reads. */
  @Override
  public String toString() {
    return mode.name() + ":" + BigDecimal.valueOf(stepFen, 2).stripTrailingZeros().toPlainString();
  }
}
