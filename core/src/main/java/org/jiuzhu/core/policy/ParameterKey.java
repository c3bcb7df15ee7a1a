package org.jiuzhu.core.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.money.Rounding;
import org.jiuzhu.core.money.RoundingStage;

/**
 * A typed parameter key, e.g. {@code dibao.standard.urban} in {@code CNY/person/month}. Keys are
 * declared once, in Java, by the rulebook that reads them; their values are data.
 *
 * <p>Two keys are equal when their names are equal.
 *
 * @param <T> the Java type of the key's values, fixed by its {@link Unit}
 * @since 0.1.0
 */
public final class ParameterKey<T> implements Comparable<ParameterKey<?>> {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)*");

  private final String name;
  private final Unit unit;
  private final Class<T> type;
  private final String description;
  private final boolean required;

  private ParameterKey(String name, Unit unit, Class<T> type, String description, boolean required) {
    this.name = checkNotNull(name, "name");
    this.unit = checkNotNull(unit, "unit");
    this.type = checkNotNull(type, "type");
    this.description = checkNotNull(description, "description");
    this.required = required;
    checkArgument(NAME.matcher(name).matches(),
        "parameter key '%s' must be dot-separated lower-case words, e.g. dibao.standard.urban", name);
    checkArgument(unit.valueType() == type, "unit %s holds %s values, not %s", unit.id(),
        unit.valueType().getSimpleName(), type.getSimpleName());
  }

  /**
   * Declares a key.
   *
   * @param name dot-separated lower-case words, e.g. {@code dibao.standard.urban}
   * @param unit the unit, which fixes {@code type}
   * @param type the Java type of values
   * @param description what the value means, in English with the Chinese term
   * @param required true when the national defaults must give it a value, without gaps
   */
  public static <T> ParameterKey<T> of(String name, Unit unit, Class<T> type, String description, boolean required) {
    return new ParameterKey<>(name, unit, type, description, required);
  }

  /** An amount key in one of the CNY units. */
  public static ParameterKey<Money> money(String name, Unit unit, String description) {
    return of(name, unit, Money.class, description, false);
  }

  /** A ratio or multiple. */
  public static ParameterKey<BigDecimal> ratio(String name, String description) {
    return of(name, Unit.RATIO, BigDecimal.class, description, false);
  }

  /** A whole number in one of the integer units (years, months, days, working days, count). */
  public static ParameterKey<Integer> integer(String name, Unit unit, String description) {
    return of(name, unit, Integer.class, description, false);
  }

  /** A yes/no switch. */
  public static ParameterKey<Boolean> flag(String name, String description) {
    return of(name, Unit.FLAG, Boolean.class, description, false);
  }

  /** The step at which a rounding rule applies. */
  public static ParameterKey<RoundingStage> roundingStage(String name, String description) {
    return of(name, Unit.ROUNDING_STAGE, RoundingStage.class, description, false);
  }

  /** A rounding rule. */
  public static ParameterKey<Rounding> rounding(String name, String description) {
    return of(name, Unit.ROUNDING, Rounding.class, description, false);
  }

  /** The same key, marked as required in the national defaults. */
  public ParameterKey<T> required() {
    return new ParameterKey<>(name, unit, type, description, true);
  }

  /** The key's name, e.g. {@code dibao.standard.urban}. */
  public String name() {
    return name;
  }

  /** The key's unit. */
  public Unit unit() {
    return unit;
  }

  /** The Java type of the key's values. */
  public Class<T> type() {
    return type;
  }

  /** What the value means. */
  public String description() {
    return description;
  }

  /** True when the national defaults must give this key a value from its first date on. */
  public boolean isRequired() {
    return required;
  }

  /** Casts a value read for this key; throws if it has another type. */
  public T cast(Object value) {
    return type.cast(value);
  }

  @Override
  public int compareTo(ParameterKey<?> o) {
    return name.compareTo(o.name);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParameterKey && ((ParameterKey<?>) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
