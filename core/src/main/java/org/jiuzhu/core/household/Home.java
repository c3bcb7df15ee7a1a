package org.jiuzhu.core.household;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.validation.Problems;
import org.jiuzhu.core.validation.ValidationTexts;

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

  /**
   * The home is recorded as unsafe (危房): appraised as dangerous, or damaged (by a fire, a
   * disaster) and awaiting a house safety appraisal (房屋安全鉴定). A housing referral such as rural
   * dangerous-house renovation rests on this fact, never on owning a home alone.
   *
   * @since 0.4.0
   */
  @Value.Default
  public boolean unsafe() {
    return false;
  }

  @Value.Check
  void check() {
    Problems p = new Problems();
    if (floorArea().signum() <= 0) {
      p.add("floorArea", "home.area.range", ValidationTexts.text("problem.home.area.range", floorArea().toPlainString()));
    }
    if (value().isPresent() && value().get().isNegative()) {
      p.add("value", "home.value.negative", ValidationTexts.text("problem.home.value.negative", value().get()));
    }
    if (!p.isEmpty()) { // the subject is only written for a problem
      p.throwIfAny(ValidationTexts.subject("home"));
    }
  }

  /** Builds a {@link Home}. */
  public static final class Builder extends ImmutableHome.Builder {}
}
