package org.jiuzhu.core.household;

import java.util.Optional;
import org.immutables.value.Value;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.validation.Problems;
import org.jiuzhu.core.validation.ValidationTexts;

/**
 * A business registered to a member (市场主体登记). A micro family business without employees
 * may be exempted by the rules.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class BusinessRegistration {
  BusinessRegistration() {}

  /** The member the business is registered to, where known. */
  public abstract Optional<String> ownerMemberId();

  /** The legal form of the business. */
  public abstract BusinessType type();

  /** Employees other than household members. */
  @Value.Default
  public int employees() {
    return 0;
  }

  /** The registered capital, where known. */
  public abstract Optional<Money> registeredCapital();

  /** Still trading (not deregistered or dormant). */
  @Value.Default
  public boolean active() {
    return true;
  }

  @Value.Check
  void check() {
    Problems p = new Problems();
    if (employees() < 0) {
      p.add("employees", "business.employees.negative", ValidationTexts.text("problem.business.employees.negative", String.valueOf(employees())));
    }
    if (registeredCapital().isPresent() && registeredCapital().get().isNegative()) {
      p.add("registeredCapital", "business.capital.negative",
          ValidationTexts.text("problem.business.capital.negative", registeredCapital().get()));
    }
    if (!p.isEmpty()) { // the subject is only written for a problem
      p.throwIfAny(ValidationTexts.subject("business-registration"));
    }
  }

  /** Builds a {@link BusinessRegistration}. */
  public static final class Builder extends ImmutableBusinessRegistration.Builder {}
}
