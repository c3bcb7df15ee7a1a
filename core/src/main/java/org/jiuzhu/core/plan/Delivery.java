package org.jiuzhu.core.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.jiuzhu.core.money.Money;

/**
 * Something of a plan item delivered: how many units, how much money, when, by whom.
 *
 * @param itemId the plan item
 * @param date the day
 * @param quantity units delivered
 * @param amount money paid (zero when none)
 * @param by the id of who delivered (not a name)
 * @since 0.1.0
 */
public record Delivery(String itemId, LocalDate date, int quantity, Money amount, String by) {
  /** Checks the fields. */
  public Delivery {
    checkNotNull(itemId, "itemId");
    checkNotNull(date, "date");
    checkNotNull(amount, "amount");
    checkNotNull(by, "by");
    checkArgument(quantity > 0, "a delivery of %s has quantity %s; expected > 0", itemId, quantity);
    checkArgument(!amount.isNegative(), "a delivery of %s has a negative amount", itemId);
  }
}
