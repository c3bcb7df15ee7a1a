package org.jiuzhu.core.household;

import java.util.Optional;
import org.immutables.value.Value;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.validation.Problems;
import org.jiuzhu.core.validation.ValidationTexts;

/**
 * A motor vehicle (机动车辆) with its value and use; exemptions (mobility vehicle, motorcycle,
 * the only vehicle used as a tool of livelihood, value below a limit) are rules.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Vehicle {
  Vehicle() {}

  /** The member who owns it, where known. */
  public abstract Optional<String> ownerMemberId();

  /** The kind of vehicle. */
  public abstract VehicleType type();

  /** What the vehicle is used for. */
  public abstract VehicleUse use();

  /** The assessed current value. */
  public abstract Money value();

  @Value.Check
  void check() {
    Problems p = new Problems();
    if (value().isNegative()) {
      p.add("value", "vehicle.value.negative", ValidationTexts.text("problem.vehicle.value.negative", value()));
    }
    if (!p.isEmpty()) { // the subject is only written for a problem
      p.throwIfAny(ValidationTexts.subject("vehicle"));
    }
  }

  /** Builds a {@link Vehicle}. */
  public static final class Builder extends ImmutableVehicle.Builder {}
}
