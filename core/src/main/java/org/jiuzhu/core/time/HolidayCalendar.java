package org.jiuzhu.core.time;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days under a holiday calendar supplied as data: public holidays (法定节假日) and the
 * weekend days that are working days in exchange (调休上班).
 *
 * <p>A calendar covers whole years; asking about a day in a year it does not cover is an error,
 * never a guess, because a process deadline computed without the year's holidays would be wrong.
 * The national calendar ships as data in the rules module.
 *
 * @since 0.1.0
 */
public final class HolidayCalendar {
  private final String name;
  private final ImmutableSortedSet<Integer> years;
  private final ImmutableSet<LocalDate> holidays;
  private final ImmutableSet<LocalDate> workingWeekendDays;

  private HolidayCalendar(Builder b) {
    this.name = b.name;
    this.years = ImmutableSortedSet.copyOf(b.years);
    this.holidays = ImmutableSet.copyOf(b.holidays);
    this.workingWeekendDays = ImmutableSet.copyOf(b.workingWeekendDays);
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
   * True for a working day: Monday to Friday except holidays, plus weekend days worked in
   * exchange for a holiday.
   *
   * @throws IllegalArgumentException if the calendar does not cover {@code date}'s year
   */
  public boolean isWorkingDay(LocalDate date) {
    checkCovered(date);
    if (holidays.contains(date)) {
      return false;
    }
    if (workingWeekendDays.contains(date)) {
      return true;
    }
    DayOfWeek d = date.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
  }

  /**
   * The date that is {@code workingDays} working days after {@code start}: the deadline of a
   * process step started on {@code start}. {@code start} itself is not counted, whether or not it
   * is a working day; with zero the answer is {@code start}.
   *
   * @throws IllegalArgumentException if {@code workingDays} is negative or the count runs past
   *     the years the calendar covers
   */
  public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
    checkArgument(workingDays >= 0, "working days must be >= 0, was %s", workingDays);
    checkCovered(start);
    LocalDate d = start;
    int left = workingDays;
    while (left > 0) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /**
   * The number of working days in {@code (startExclusive, endInclusive]}: how many working days
   * have passed from {@code startExclusive} to {@code endInclusive}.
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

  private void checkCovered(LocalDate date) {
    if (!covers(date)) {
      throw new IllegalArgumentException(
          "holiday calendar '" + name + "' does not cover " + date + "; it covers the years " + years
              + " (add the year's official holiday notice as data)");
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
