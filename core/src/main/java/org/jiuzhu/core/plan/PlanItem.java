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
 * @param level the level that decides, for a {@link ItemType#PENDING} item (or a fast payment)
 * @since 0.1.0
 */
public record PlanItem(String id, ItemType type, Optional<String> programmeId, String department, String titleZh, String titleEn,
    ImmutableList<String> members, Money amount, int quantity, String unit, Frequency frequency, LocalDate start,
    LocalDate review, String targetZh, String targetEn, Optional<org.jiuzhu.core.eligibility.DecisionLevel> level) {
  /** An item no level decides. */
  public PlanItem(String id, ItemType type, Optional<String> programmeId, String department, String titleZh, String titleEn,
      ImmutableList<String> members, Money amount, int quantity, String unit, Frequency frequency, LocalDate start,
      LocalDate review, String targetZh, String targetEn) {
    this(id, type, programmeId, department, titleZh, titleEn, members, amount, quantity, unit, frequency, start, review, targetZh,
        targetEn, Optional.empty());
  }

  /** Checks the fields. */
  public PlanItem {
    checkNotNull(id, "id");
    checkNotNull(type, "type");
    checkNotNull(department, "department");
    checkNotNull(frequency, "frequency");
    checkNotNull(start, "start");
    checkNotNull(review, "review");
    checkNotNull(level, "level");
    checkArgument(quantity > 0, "plan item %s: quantity %s; expected > 0", id, quantity);
    checkArgument(!amount.isNegative(), "plan item %s: negative amount %s", id, amount);
    checkArgument(review.isAfter(start), "plan item %s: review %s is not after start %s", id, review, start);
  }

  /**
   * How many units are due by the end of {@code date}: those of every period whose last day is
   * on or before {@code date}. Units fall due at the end of their period, not on its first day:
   * a monthly item's first period runs from the start to the end of that month, then calendar
   * months; weekly and yearly periods run from the start; a {@link Frequency#ONCE} item's period
   * ends the day before its review (its last day). A new item has nothing due on its first day.
   */
  public int expectedBy(LocalDate date) {
    if (date.isBefore(start)) {
      return 0;
    }
    LocalDate next = date.plusDays(1); // periods whose exclusive end is on or before the next day
    long periods;
    switch (frequency) {
      case ONCE:
        periods = next.isBefore(review) ? 0 : 1;
        break;
      case WEEKLY:
        periods = ChronoUnit.WEEKS.between(start, next);
        break;
      case MONTHLY:
        periods = ChronoUnit.MONTHS.between(start.withDayOfMonth(1), next.withDayOfMonth(1));
        break;
      default:
        periods = ChronoUnit.YEARS.between(start, next);
    }
    return Math.toIntExact(periods * quantity);
  }

  /** The last day of the item's first period: when its first units fall due. */
  public LocalDate firstDue() {
    switch (frequency) {
      case ONCE:
        return review.minusDays(1);
      case WEEKLY:
        return start.plusDays(6);
      case MONTHLY:
        return start.withDayOfMonth(start.lengthOfMonth());
      default:
        return start.plusYears(1).minusDays(1);
    }
  }
}
