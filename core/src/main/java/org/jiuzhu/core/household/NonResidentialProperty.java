package org.jiuzhu.core.household;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.validation.Problems;
import org.jiuzhu.core.validation.ValidationTexts;

/**
 * Property other than a dwelling (非住宅类房产、其他建筑物、林木).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class NonResidentialProperty {
  NonResidentialProperty() {}

  /** The member who owns it, where known. */
  public abstract Optional<String> ownerMemberId();

  /** The kind of property. */
  public abstract NonResidentialType type();

  /** Floor area in square metres, where it has one. */
  public abstract Optional<BigDecimal> area();

  /** The assessed value, where known. */
  public abstract Optional<Money> value();

  /** The household's only dwelling, although not residential (唯一住所). */
  @Value.Default
  public boolean onlyDwelling() {
    return false;
  }

  @Value.Check
  void check() {
    Problems p = new Problems();
    if (area().isPresent() && area().get().signum() <= 0) {
      p.add("area", "property.area.range", ValidationTexts.text("problem.property.area.range", area().get().toPlainString()));
    }
    if (value().isPresent() && value().get().isNegative()) {
      p.add("value", "property.value.negative", ValidationTexts.text("problem.property.value.negative", value().get()));
    }
    if (!p.isEmpty()) { // the subject is only written for a problem
      p.throwIfAny(ValidationTexts.subject("non-residential-property"));
    }
  }

  /** Builds a {@link NonResidentialProperty}. */
  public static final class Builder extends ImmutableNonResidentialProperty.Builder {}
}
