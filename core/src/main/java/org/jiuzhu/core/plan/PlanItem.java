package org.jiuzhu.core.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jiuzhu.core.money.Money;

/**
 * One measure of an aid plan: what, for whom, by which department, how much and how often, from
 * when, when it is reviewed, and the measurable target it is judged by.
 *
 * @param id a stable id within the plan, e.g. {@code i3}
 * @param type what it gives
 * @param programmeId the catalogue programme it comes from, if any
 * @param department the responsible department's id
 * @param titleZh what it is, in Chinese
 * @param titleEn what it is, in English
 * @param members the member ids it is for (empty for the household)
 * @param amount money per delivery (zero when none)
 * @param quantity units per delivery (e.g. 4 visits), 1 for a single act
 * @param unit the unit of {@code quantity}, e.g. {@code visits}
 * @param frequency how often it is delivered
 * @param start the first day
 * @param review the day it is reviewed
 * @param targetZh the measurable target, in Chinese
 * @param targetEn the same in English
 * @since 0.1.0
 */
public record PlanItem(String id, ItemType type, Optional<String> programmeId, String department, String titleZh, String titleEn,
    ImmutableList<String> members, Money amount, int quantity, String unit, Frequency frequency, LocalDate start,
    LocalDate review, String targetZh, String targetEn) {
  /** Checks the fields. */
  public PlanItem {
    checkNotNull(id, "id");
    checkNotNull(type, "type");
    checkNotNull(department, "department");
    checkNotNull(frequency, "frequency");
    checkNotNull(start, "start");
    checkNotNull(review, "review");
    checkArgument(quantity > 0, "plan item %s: quantity %s; expected > 0", id, quantity);
    checkArgument(!amount.isNegative(), "plan item %s: negative amount %s", id, amount);
    checkArgument(review.isAfter(start), "plan item %s: review %s is not after start %s", id, review, start);
  }

  /** How many units should have been delivered by {@code date} (inclusive). */
  public int expectedBy(LocalDate date) {
    if (date.isBefore(start)) {
      return 0;
    }
    long periods;
    switch (frequency) {
      case ONCE:
        periods = 1;
        break;
      case WEEKLY:
        periods = ChronoUnit.WEEKS.between(start, date) + 1;
        break;
      case MONTHLY:
        periods = ChronoUnit.MONTHS.between(start.withDayOfMonth(1), date.withDayOfMonth(1)) + 1;
        break;
      default:
        periods = ChronoUnit.YEARS.between(start, date) + 1;
    }
    return Math.toIntExact(periods * quantity);
  }
}
