package org.jiuzhu.core.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;

/**
 * A plan item withdrawn from a day on (the household left the programme, the measure was
 * stopped): nothing falls due and nothing may be delivered from that day.
 *
 * @param itemId the plan item
 * @param date the first day the item no longer runs
 * @param reason why, in the words of who withdrew it
 * @param by the id of who withdrew it (not a name)
 * @since 0.1.0
 */
public record Withdrawal(String itemId, LocalDate date, String reason, String by) {
  /** Checks the fields. */
  public Withdrawal {
    checkNotNull(itemId, "itemId");
    checkNotNull(date, "date");
    checkNotNull(reason, "reason");
    checkNotNull(by, "by");
    checkArgument(!reason.isBlank(), "the withdrawal of %s has no reason", itemId);
  }
}
