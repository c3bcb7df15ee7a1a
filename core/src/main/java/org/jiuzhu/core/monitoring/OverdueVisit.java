package org.jiuzhu.core.monitoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A visit that came due and was not made (逾期未走访): the visit an alert called for by its
 * deadline, or the visit a colour calls for, with no {@code visit} record since. It is reported
 * every month until a visit is recorded.
 *
 * @param householdId the household
 * @param dueDate the day the visit was due: the alert's visit deadline, or the working day of the
 *     colour's visit
 * @param asOf the day it is reported: the matching day of the month whose feed has no visit
 * @param basisZh what called for the visit, in Chinese
 * @param basisEn what called for the visit, in English
 * @param provisional true when {@code dueDate} lies in a year the holiday calendar does not cover
 *     (counted on weekends and the statutory holidays on fixed dates only; the basis says so too)
 * @since 0.1.0
 */
public record OverdueVisit(String householdId, LocalDate dueDate, LocalDate asOf, String basisZh, String basisEn,
    boolean provisional) {
  /** An overdue visit whose due date the holiday calendar covers (not provisional). */
  public OverdueVisit(String householdId, LocalDate dueDate, LocalDate asOf, String basisZh, String basisEn) {
    this(householdId, dueDate, asOf, basisZh, basisEn, false);
  }

  /** Checks the fields: the visit was due before the day it is reported. */
  public OverdueVisit {
    checkNotNull(householdId, "householdId");
    checkNotNull(dueDate, "dueDate");
    checkNotNull(asOf, "asOf");
    checkNotNull(basisZh, "basisZh");
    checkNotNull(basisEn, "basisEn");
    checkArgument(dueDate.isBefore(asOf), "dueDate %s is not before asOf %s", dueDate, asOf);
  }

  /** Calendar days from the day the visit was due to the day it is reported (at least 1). */
  public long daysOverdue() {
    return ChronoUnit.DAYS.between(dueDate, asOf);
  }
}
