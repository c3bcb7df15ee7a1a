package org.jiuzhu.core.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.money.Multiples;
import org.jiuzhu.core.money.PaymentBands;
import org.jiuzhu.core.money.Rounding;
import org.jiuzhu.core.money.RoundingStage;

/**
 * The unit of a parameter, which fixes the Java type of its values. Policy files name the unit
 * by its {@link #id()} (e.g. {@code CNY/person/month}); a value whose file states another unit
 * than its key's is rejected.
 *
 * <p>No parameter is negative: amounts, ratios, counts and durations are all {@code >= 0}.
 *
 * @since 0.1.0
 */
public enum Unit {
  /** A one-off amount of yuan. */
  CNY("CNY", Money.class),
  /** Yuan per person per month, e.g. a 低保 standard. */
  CNY_PER_PERSON_MONTH("CNY/person/month", Money.class),
  /** Yuan per person per year, e.g. a 特困 basic standard. */
  CNY_PER_PERSON_YEAR("CNY/person/year", Money.class),
  /** A dimensionless decimal: a multiple (1.5) or a share (0.3 = 30%). */
  RATIO("ratio", BigDecimal.class),
  /** A whole number of years, e.g. an age limit. */
  YEARS("years", Integer.class),
  /** A whole number of months. */
  MONTHS("months", Integer.class),
  /** A whole number of calendar days. */
  DAYS("days", Integer.class),
  /** A whole number of working days (see the holiday calendar). */
  WORKING_DAYS("working-days", Integer.class),
  /** A whole count, e.g. refused job offers. */
  COUNT("count", Integer.class),
  /** An area in square metres. */
  SQUARE_METRES("m2", BigDecimal.class),
  /** Yes or no: whether a rule applies. */
  FLAG("flag", Boolean.class),
  /** A rounding rule {@code MODE:STEP}, see {@link Rounding#parse}. */
  ROUNDING("rounding", Rounding.class),
  /** The step of a computation at which rounding applies, see {@link RoundingStage}. */
  ROUNDING_STAGE("rounding-stage", RoundingStage.class),
  /** Payment bands {@code UPPER:PAY;…}, see {@link PaymentBands#parse}. */
  BANDS("bands", PaymentBands.class),
  /** Rising multiples {@code M;M;…}, see {@link Multiples#parse}. */
  MULTIPLES("multiples", Multiples.class);

  private final String id;
  private final Class<?> valueType;

  Unit(String id, Class<?> valueType) {
    this.id = id;
    this.valueType = valueType;
  }

  /** The name used in policy files, e.g. {@code CNY/person/month}. */
  public String id() {
    return id;
  }

  /** The Java type of values in this unit. */
  public Class<?> valueType() {
    return valueType;
  }

  /** The unit whose {@link #id()} is {@code id}, if any. */
  public static Optional<Unit> fromId(String id) {
    for (Unit u : values()) {
      if (u.id.equals(id)) {
        return Optional.of(u);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads a value of this unit from its text form, e.g. {@code 760.50}, {@code 1.5}, {@code 12},
   * {@code true}, {@code HALF_UP:1}.
   *
   * @throws IllegalArgumentException naming the text and what was expected, for a malformed or
   *     negative value
   */
  public Object parse(String text) {
    checkNotNull(text, "text");
    String s = text.trim();
    switch (this) {
      case CNY:
      case CNY_PER_PERSON_MONTH:
      case CNY_PER_PERSON_YEAR:
        return checkNonNegative(Money.parse(s));
      case RATIO:
      case SQUARE_METRES:
        return checkNonNegative(decimal(s));
      case YEARS:
      case MONTHS:
      case DAYS:
      case WORKING_DAYS:
      case COUNT:
        return checkNonNegative(integer(s));
      case FLAG:
        String b = s.toLowerCase(Locale.ROOT);
        if (b.equals("true") || b.equals("false")) {
          return Boolean.valueOf(b);
        }
        throw refused("unit.flag", text);
      case ROUNDING:
        return Rounding.parse(s);
      case ROUNDING_STAGE:
        return RoundingStage.parse(s);
      case BANDS:
        return PaymentBands.parse(s);
      case MULTIPLES:
        return Multiples.parse(s);
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * Checks that {@code value} has this unit's type and is not negative.
   *
   * @throws IllegalArgumentException when it has another type or is negative
   */
  public Object check(Object value) {
    checkNotNull(value, "value");
    if (!valueType.isInstance(value)) {
      throw new IllegalArgumentException("value " + value + " is a " + value.getClass().getSimpleName()
          + "; unit " + id + " expects a " + valueType.getSimpleName());
    }
    if (value instanceof Money) {
      return checkNonNegative((Money) value);
    }
    if (value instanceof BigDecimal) {
      return checkNonNegative((BigDecimal) value);
    }
    if (value instanceof Integer) {
      return checkNonNegative((Integer) value);
    }
    return value;
  }

  /** Formats a value of this unit the way {@link #parse} reads it. */
  public String format(Object value) {
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    return String.valueOf(value);
  }

  /** The unit in words, e.g. 元/人/月 in Chinese, {@code CNY/person/month} in English. */
  private org.jiuzhu.core.text.Text label() {
    return PolicyTexts.text("unit.name." + name());
  }

  private static org.jiuzhu.core.text.LocalizedIllegalArgumentException refused(String key, Object... args) {
    return new org.jiuzhu.core.text.LocalizedIllegalArgumentException(PolicyTexts.text(key, args));
  }

  private Money checkNonNegative(Money m) {
    if (m.isNegative()) {
      throw refused("unit.negative.amount", m.toString(), label());
    }
    return m;
  }

  private BigDecimal checkNonNegative(BigDecimal d) {
    if (d.signum() < 0) {
      throw refused("unit.negative.decimal", d.toPlainString(), label());
    }
    return d;
  }

  private Integer checkNonNegative(Integer i) {
    if (i < 0) {
      throw refused("unit.negative.integer", i.toString(), label());
    }
    return i;
  }

  private BigDecimal decimal(String s) {
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      throw refused("unit.decimal", s, label());
    }
  }

  private Integer integer(String s) {
    try {
      return Integer.valueOf(s);
    } catch (NumberFormatException e) {
      throw refused("unit.integer", s, label());
    }
  }
}
