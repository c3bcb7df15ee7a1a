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
 * @param end the first day the item no longer covers (exclusive; e.g. the end of a gradual
 *     withdrawal, 渐退期, or of a recognition's validity), empty when it runs until it is reviewed or
 *     withdrawn
 * @param noteZh how the item is decided, in Chinese — who decides, the public notice, the time
 *     limit (a granted 低保's procedure, as the screening explains it) — or empty when nothing is said
 * @param noteEn the same in English, empty exactly when {@code noteZh} is
 * @since 0.1.0
 */
public record PlanItem(String id, ItemType type, Optional<String> programmeId, String department, String titleZh, String titleEn,
    ImmutableList<String> members, Money amount, int quantity, String unit, Frequency frequency, LocalDate start,
    LocalDate review, String targetZh, String targetEn, Optional<org.jiuzhu.core.eligibility.DecisionLevel> level,
    Optional<LocalDate> end, String noteZh, String noteEn) {
  /** An item without a note. */
  public PlanItem(String id, ItemType type, Optional<String> programmeId, String department, String titleZh, String titleEn,
      ImmutableList<String> members, Money amount, int quantity, String unit, Frequency frequency, LocalDate start,
      LocalDate review, String targetZh, String targetEn, Optional<org.jiuzhu.core.eligibility.DecisionLevel> level,
      Optional<LocalDate> end) {
    this(id, type, programmeId, department, titleZh, titleEn, members, amount, quantity, unit, frequency, start, review, targetZh,
        targetEn, level, end, "", "");
  }

  /** An item without an end. */
  public PlanItem(String id, ItemType type, Optional<String> programmeId, String department, String titleZh, String titleEn,
      ImmutableList<String> members, Money amount, int quantity, String unit, Frequency frequency, LocalDate start,
      LocalDate review, String targetZh, String targetEn, Optional<org.jiuzhu.core.eligibility.DecisionLevel> level) {
    this(id, type, programmeId, department, titleZh, titleEn, members, amount, quantity, unit, frequency, start, review, targetZh,
        targetEn, level, Optional.empty());
  }

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
    checkNotNull(end, "end");
    checkArgument(end.isEmpty() || end.get().isAfter(start), "plan item %s: end %s is not after start %s", id, end.orElse(null),
        start);
    checkNotNull(noteZh, "noteZh");
    checkNotNull(noteEn, "noteEn");
    checkArgument(noteZh.isEmpty() == noteEn.isEmpty(), "plan item %s: a note in one language only", id);
  }

  /**
   * This item with a note on how it is decided ({@link #noteZh()}, {@link #noteEn()}).
   *
   * @since 0.4.0
   */
  public PlanItem withNote(String zh, String en) {
    return new PlanItem(id, type, programmeId, department, titleZh, titleEn, members, amount, quantity, unit, frequency, start, review,
        targetZh, targetEn, level, end, zh, en);
  }

  /**
   * The last day the item covers (inclusive): the day before {@link #end()}, empty when the item
   * has no end. The text's "…终止" / "ends …" is this day.
   *
   * @since 0.4.0
   */
  public Optional<LocalDate> lastDay() {
    return end.map(e -> e.minusDays(1));
  }

  /** True when the item has a note ({@link #noteZh()}). */
  public boolean hasNote() {
    return !noteZh.isEmpty();
  }

  /**
   * The first day of period {@code k} (from 0): a monthly item's first period runs from the start
   * to the end of its month, then calendar months; weekly periods run from the start; a yearly
   * item's first period ends by its review (the day before it, when the review comes within the
   * year), then whole years; a {@link Frequency#ONCE} item has one period, from the start to the day before its review.
   */
  public LocalDate periodStart(int k) {
    checkArgument(k >= 0, "period %s; expected >= 0", k);
    if (k == 0) {
      return start;
    }
    switch (frequency) {
      case ONCE:
        return review;
      case WEEKLY:
        return start.plusWeeks(k);
      case MONTHLY:
        return start.withDayOfMonth(1).plusMonths(k);
      default:
        return firstYearEnd().plusYears(k - 1);
    }
  }

  /**
   * The first day after a yearly item's first period: a year after the start, or the review when
   * that comes first — the year's units fall due by the plan's review, so that the review can see
   * them delivered (a winter heating subsidy of a plan made in October is due before the April
   * review, not the next September); later periods are whole years from then.
   */
  private LocalDate firstYearEnd() {
    LocalDate year = start.plusYears(1);
    return review.isBefore(year) ? review : year;
  }

  /** The first day after period {@code k}: the next period's start, or the item's end when that is earlier. */
  public LocalDate periodEnd(int k) {
    LocalDate next = periodStart(k + 1);
    return end.isPresent() && end.get().isBefore(next) ? end.get() : next;
  }

  /** True when the item has a period {@code k}: it starts before the item's end (a one-off item has only period 0). */
  public boolean hasPeriod(int k) {
    if (k < 0 || frequency == Frequency.ONCE && k > 0) {
      return false;
    }
    return end.isEmpty() || periodStart(k).isBefore(end.get());
  }

  /**
   * The period {@code date} falls in, or -1 when the item does not cover it (before its start, or
   * on or after its end). A one-off item covers every day from its start (a late delivery is
   * still of its one period).
   */
  public int periodOf(LocalDate date) {
    if (date.isBefore(start) || end.isPresent() && !date.isBefore(end.get())) {
      return -1;
    }
    switch (frequency) {
      case ONCE:
        return 0;
      case WEEKLY:
        return Math.toIntExact(ChronoUnit.WEEKS.between(start, date));
      case MONTHLY:
        return Math.toIntExact(ChronoUnit.MONTHS.between(start.withDayOfMonth(1), date.withDayOfMonth(1)));
      default:
        return date.isBefore(firstYearEnd()) ? 0 : 1 + Math.toIntExact(ChronoUnit.YEARS.between(firstYearEnd(), date));
    }
  }

  /**
   * How many units are due by the end of {@code date}: those of every period whose last day is
   * on or before {@code date}. Units fall due at the end of their period, not on its first day:
   * a monthly item's first period runs from the start to the end of that month, then calendar
   * months; weekly periods run from the start; a yearly item's first period ends by its review
   * (then whole years); a {@link Frequency#ONCE} item's period
   * ends the day before its review (its last day). A new item has nothing due on its first day.
   * An item with an {@link #end} has no period from its end on; a period cut short by the end
   * falls due on the day before the end.
   */
  public int expectedBy(LocalDate date) {
    if (date.isBefore(start)) {
      return 0;
    }
    LocalDate next = date.plusDays(1); // periods whose exclusive end is on or before the next day
    long periods;
    switch (frequency) {
      case ONCE:
        periods = next.isBefore(periodEnd(0)) ? 0 : 1;
        break;
      case WEEKLY:
        periods = ChronoUnit.WEEKS.between(start, next);
        break;
      case MONTHLY:
        periods = ChronoUnit.MONTHS.between(start.withDayOfMonth(1), next.withDayOfMonth(1));
        break;
      default:
        periods = next.isBefore(firstYearEnd()) ? 0 : 1 + ChronoUnit.YEARS.between(firstYearEnd(), next);
    }
    if (end.isPresent() && !next.isBefore(end.get()) && frequency != Frequency.ONCE) {
      // the periods the item has, the last one cut short by the end
      int k = 0;
      while (hasPeriod(k)) {
        k++;
      }
      periods = k;
    }
    return Math.toIntExact(periods * quantity);
  }

  /** The last day of the item's first period: when its first units fall due. */
  public LocalDate firstDue() {
    LocalDate last = firstDueUncut();
    return end.isPresent() && !last.isBefore(end.get()) ? end.get().minusDays(1) : last;
  }

  private LocalDate firstDueUncut() {
    switch (frequency) {
      case ONCE:
        return review.minusDays(1);
      case WEEKLY:
        return start.plusDays(6);
      case MONTHLY:
        return start.withDayOfMonth(start.lengthOfMonth());
      default:
        return firstYearEnd().minusDays(1);
    }
  }
}
