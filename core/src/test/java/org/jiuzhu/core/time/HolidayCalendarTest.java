package org.jiuzhu.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

final class HolidayCalendarTest {
  /** Spring Festival 2026: 15–23 February off; Saturdays 14 and 28 February worked. */
  private final HolidayCalendar calendar = springFestival2026();

  private static HolidayCalendar springFestival2026() {
    HolidayCalendar.Builder b = HolidayCalendar.builder("test").coverYear(2026);
    for (LocalDate d = LocalDate.of(2026, 2, 15); d.isBefore(LocalDate.of(2026, 2, 24)); d = d.plusDays(1)) {
      b.holiday(d);
    }
    return b.workingWeekendDay(LocalDate.of(2026, 2, 14)).workingWeekendDay(LocalDate.of(2026, 2, 28)).build();
  }

  @Test
  void weekdaysWorkWeekendsRestUnlessTheCalendarSaysOtherwise() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 12))).isTrue(); // Thursday
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue(); // make-up Saturday
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse(); // Monday in the holiday
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 21))).isFalse(); // Saturday
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 1))).isFalse(); // Sunday
  }

  @Test
  void countsWorkingDaysAcrossTheHoliday() {
    // Friday 13 Feb + 3 working days: Sat 14 (make-up), Tue 24, Wed 25.
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 3)).isEqualTo(LocalDate.of(2026, 2, 25));
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 0)).isEqualTo(LocalDate.of(2026, 2, 13));
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 25))).isEqualTo(3);
  }

  @Test
  void refusesToGuessOutsideItsYears() {
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2027, 1, 4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not cover 2027-01-04")
        .hasMessageContaining("[2026]");
    assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2026, 12, 30), 5))
        .hasMessageContaining("does not cover 2027");
  }

  @Test
  void rejectsInconsistentData() {
    assertThatThrownBy(() -> HolidayCalendar.builder("x").coverYear(2026).workingWeekendDay(LocalDate.of(2026, 2, 13)))
        .hasMessageContaining("only a Saturday or Sunday");
    assertThatThrownBy(() -> HolidayCalendar.builder("x").coverYear(2026).holiday(LocalDate.of(2025, 1, 1)).build())
        .hasMessageContaining("outside the covered years");
    assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), -1))
        .hasMessageContaining(">= 0");
  }
}
