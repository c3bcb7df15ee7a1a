package org.jiuzhu.core.household;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.validation.Problems;

/**
 * A dwelling the household owns (住房), with its floor area.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Home {
  Home() {}

  /** The member who owns it, where known. */
  public abstract Optional<String> ownerMemberId();

  /** Floor area in square metres (建筑面积). */
  public abstract BigDecimal floorArea();

  /** The assessed value, where known. */
  public abstract Optional<Money> value();

  /** The household lives here. */
  @Value.Default
  public boolean livedIn() {
    return true;
  }

  @Value.Check
  void check() {
    Problems p = new Problems();
    if (floorArea().signum() <= 0) {
      p.add("floorArea", "home.area.range", "floor area is " + floorArea().toPlainString() + " m2; expected > 0");
    }
    if (value().isPresent() && value().get().isNegative()) {
      p.add("value", "home.value.negative", "home value is " + value().get() + "; expected >= 0");
    }
    p.throwIfAny("home");
  }

  /** Builds a {@link Home}. */
  public static final class Builder extends ImmutableHome.Builder {}
}
