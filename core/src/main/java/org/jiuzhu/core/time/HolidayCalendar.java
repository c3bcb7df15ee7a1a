package org.jiuzhu.core.time;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Working days under a holiday calendar supplied as data: public holidays (法定节假日) and the
 * weekend days that are working days in exchange (调休上班).
 *
 * <p>A calendar covers whole years, those whose official notice it holds. A day in a year it does
 * not cover (typically next year, before the State Council publishes its notice) is never refused:
 * it is a working day when it is Monday to Friday and not a statutory holiday on a fixed date that
 * the calendar knows for every year (in China: 1 January, 1–2 May and 1–3 October, by 全国年节及纪念日放假办法
 * Art. 2; the lunar holidays and the make-up working days need the year's notice), and every answer that depends on
 * such a day is <em>provisional</em> — {@link #deadline} says so with a flag and a warning, and the
 * calendar logs it once per uncovered year, at INFO (an application tells its users itself). The national calendar ships as data in the
 * rules module.
 *
 * @since 0.1.0
 */
public final class HolidayCalendar {
  private static final Logger LOG = LoggerFactory.getLogger(HolidayCalendar.class);

  private final Set<Integer> warned = ConcurrentHashMap.newKeySet();
  private final String name;
  private final ImmutableSortedSet<Integer> years;
  private final ImmutableSet<LocalDate> holidays;
  private final ImmutableSet<LocalDate> workingWeekendDays;
  private final ImmutableSortedSet<java.time.MonthDay> fixedHolidays;
  private final int fixedFrom;

  private HolidayCalendar(Builder b) {
    this.name = b.name;
    this.years = ImmutableSortedSet.copyOf(b.years);
    this.holidays = ImmutableSet.copyOf(b.holidays);
    this.workingWeekendDays = ImmutableSet.copyOf(b.workingWeekendDays);
    this.fixedHolidays = ImmutableSortedSet.copyOf(b.fixedHolidays);
    this.fixedFrom = b.fixedFrom;
  }

  /**
   * The statutory holidays on fixed dates known for every year from {@link #fixedHolidaysFrom()}
   * (empty when none is given): days off in a year the calendar does not cover, too.
   *
   * @since 0.5.0
   */
  public ImmutableSortedSet<java.time.MonthDay> fixedHolidays() {
    return fixedHolidays;
  }

  /** The first year the {@link #fixedHolidays()} hold in. @since 0.5.0 */
  public int fixedHolidaysFrom() {
    return fixedFrom;
  }

  /** True when {@code date} is a statutory holiday on a fixed date (in force in its year). */
  private boolean fixedHoliday(LocalDate date) {
    return !fixedHolidays.isEmpty() && date.getYear() >= fixedFrom && fixedHolidays.contains(java.time.MonthDay.from(date));
  }

  /** Starts a calendar named {@code name}, e.g. {@code CN national}. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** The calendar's name, e.g. {@code CN national}. */
  public String name() {
    return name;
  }

  /** The years this calendar covers. */
  public ImmutableSortedSet<Integer> years() {
    return years;
  }

  /** True when {@code date} lies in a year the calendar covers. */
  public boolean covers(LocalDate date) {
    return years.contains(date.getYear());
  }

  /**
   * True when an answer about {@code date} is provisional: the calendar does not cover its year,
   * so only weekends are known to be days off.
   */
  public boolean isProvisional(LocalDate date) {
    return !covers(date);
  }

  /**
   * True for a working day: Monday to Friday except holidays, plus weekend days worked in
   * exchange for a holiday. In a year the calendar does not cover, Monday to Friday except the
   * statutory holidays on fixed dates ({@link #fixedHolidays}; provisional: see {@link #isProvisional}).
   */
  public boolean isWorkingDay(LocalDate date) {
    if (!covers(date)) {
      warnOnce(date.getYear());
      return isWeekday(date) && !fixedHoliday(date);
    }
    if (holidays.contains(date)) {
      return false;
    }
    if (workingWeekendDays.contains(date)) {
      return true;
    }
    return isWeekday(date);
  }

  /**
   * The date that is {@code workingDays} working days after {@code start}: the deadline of a
   * process step started on {@code start}. {@code start} itself is not counted, whether or not it
   * is a working day; with zero the answer is {@code start}. Days in years the calendar does not
   * cover count on weekends only; {@link #deadline} says whether that happened.
   *
   * @throws IllegalArgumentException if {@code workingDays} is negative
   */
  public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
    return deadline(start, workingDays).date();
  }

  /**
   * The deadline {@code workingDays} working days after {@code start}, with whether it is
   * provisional (some counted day lies in a year the calendar does not cover, so its holidays
   * are unknown and only weekends were skipped) and a warning saying so.
   *
   * @throws IllegalArgumentException if {@code workingDays} is negative
   * @since 0.1.0
   */
  public Deadline deadline(LocalDate start, int workingDays) {
    checkArgument(workingDays >= 0, "working days must be >= 0, was %s", workingDays);
    checkNotNull(start, "start");
    Set<Integer> uncovered = new TreeSet<>();
    LocalDate d = start;
    int left = workingDays;
    while (left > 0) {
      d = d.plusDays(1);
      if (!covers(d)) {
        uncovered.add(d.getYear());
      }
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return new Deadline(d, ImmutableSortedSet.copyOf(uncovered), name, years);
  }

  /**
   * The number of working days in {@code (startExclusive, endInclusive]}: how many working days
   * have passed from {@code startExclusive} to {@code endInclusive} (weekends only in years the
   * calendar does not cover).
   */
  public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
    checkArgument(!endInclusive.isBefore(startExclusive),
        "end %s is before start %s", endInclusive, startExclusive);
    int n = 0;
    for (LocalDate d = startExclusive.plusDays(1); !d.isAfter(endInclusive); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }

  private static boolean isWeekday(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
  }

  private void warnOnce(int year) {
    if (warned.add(year)) {
      // INFO, not WARN: an application says it to its users in their language (the command line does,
      // once a run); a log line in English is for the operator
      LOG.info("holiday calendar '{}' does not cover {} (it covers {}); working days in {} are counted on"
          + " weekends and the statutory holidays on fixed dates only ({}), and deadlines there are provisional until"
          + " the year's official notice is added", name, year, years, year, fixedHolidays);
    }
  }

  /**
   * A deadline and whether it is provisional.
   *
   * @param date the deadline
   * @param uncoveredYears the years counted through that the calendar does not cover; empty
   *     when the deadline is final
   * @param calendar the calendar's name
   * @param coveredYears the years the calendar covers
   * @since 0.1.0
   */
  public record Deadline(LocalDate date, ImmutableSortedSet<Integer> uncoveredYears, String calendar,
      ImmutableSortedSet<Integer> coveredYears) {
    /** True when some counted day lies in a year whose holidays are not known. */
    public boolean provisional() {
      return !uncoveredYears.isEmpty();
    }

    /** The warning to show with a provisional deadline (English), empty when it is final. */
    public java.util.Optional<String> warning() {
      return provisional()
          ? java.util.Optional.of("provisional: holiday calendar '" + calendar + "' does not cover " + uncoveredYears
              + " (it covers " + coveredYears + "), so only weekends and the statutory holidays on fixed dates were"
              + " skipped there; recompute once the year's official holiday notice is loaded")
          : java.util.Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "HolidayCalendar[" + name + ", years=" + years + "]";
  }

  /** Builds a {@link HolidayCalendar}; checks that every day lies in a covered year. */
  public static final class Builder {
    private final String name;
    private final Set<Integer> years = new TreeSet<>();
    private final Set<LocalDate> holidays = new TreeSet<>();
    private final Set<LocalDate> workingWeekendDays = new TreeSet<>();
    private final Set<java.time.MonthDay> fixedHolidays = new TreeSet<>();
    private int fixedFrom = Integer.MIN_VALUE;

    private Builder(String name) {
      this.name = checkNotNull(name, "name");
    }

    /** Declares that the calendar holds every holiday of {@code year}. */
    public Builder coverYear(int year) {
      years.add(year);
      return this;
    }

    /** A public holiday (including weekend days inside a holiday period). */
    public Builder holiday(LocalDate date) {
      checkNotNull(date, "date");
      checkArgument(!workingWeekendDays.contains(date), "%s is already a working day", date);
      holidays.add(date);
      return this;
    }

    /**
     * A statutory holiday on a fixed date, known for every year from {@code fromYear} on (the year
     * the rule that fixes it came into force): a day off in the years the calendar does not cover,
     * too (their answers stay provisional: the make-up working days are not known).
     *
     * @since 0.5.0
     */
    public Builder fixedHoliday(java.time.MonthDay day, int fromYear) {
      checkNotNull(day, "day");
      checkArgument(fixedHolidays.isEmpty() || fromYear == fixedFrom, "every fixed holiday holds from the same year (%s), not %s",
          fixedFrom, fromYear);
      fixedHolidays.add(day);
      fixedFrom = fromYear;
      return this;
    }

    /** A Saturday or Sunday that is a working day in exchange for a holiday (调休上班). */
    public Builder workingWeekendDay(LocalDate date) {
      checkNotNull(date, "date");
      DayOfWeek d = date.getDayOfWeek();
      checkArgument(d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY,
          "%s is a %s; only a Saturday or Sunday can be a make-up working day", date, d);
      checkArgument(!holidays.contains(date), "%s is already a holiday", date);
      workingWeekendDays.add(date);
      return this;
    }

    /**
     * Builds the calendar.
     *
     * @throws IllegalArgumentException if a day lies outside the covered years
     */
    public HolidayCalendar build() {
      for (LocalDate d : holidays) {
        checkArgument(years.contains(d.getYear()), "holiday %s lies outside the covered years %s", d, years);
      }
      for (LocalDate d : workingWeekendDays) {
        checkArgument(years.contains(d.getYear()), "working day %s lies outside the covered years %s", d, years);
      }
      return new HolidayCalendar(this);
    }
  }
}
