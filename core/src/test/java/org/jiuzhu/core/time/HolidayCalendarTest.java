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
  void pastItsYearsCountsWeekendsOnlyAndSaysTheDeadlineIsProvisional() {
    // 2027 is not covered: Friday 1 January 2027 is a working day provisionally (its holidays are unknown)
    assertThat(calendar.isProvisional(LocalDate.of(2027, 1, 1))).isTrue();
    assertThat(calendar.isProvisional(LocalDate.of(2026, 12, 31))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 2))).isFalse(); // Saturday
    // Wednesday 30 Dec 2026 + 5: Thu 31, Fri 1 Jan, Mon 4, Tue 5, Wed 6
    HolidayCalendar.Deadline d = calendar.deadline(LocalDate.of(2026, 12, 30), 5);
    assertThat(d.date()).isEqualTo(LocalDate.of(2027, 1, 6));
    assertThat(d.provisional()).isTrue();
    assertThat(d.uncoveredYears()).containsExactly(2027);
    assertThat(d.warning()).hasValueSatisfying(w -> assertThat(w).contains("does not cover [2027]").contains("[2026]"));
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 30), 5)).isEqualTo(d.date());
    // within the covered year the deadline is final
    HolidayCalendar.Deadline inside = calendar.deadline(LocalDate.of(2026, 2, 13), 3);
    assertThat(inside.provisional()).isFalse();
    assertThat(inside.warning()).isEmpty();
    assertThat(inside.date()).isEqualTo(LocalDate.of(2026, 2, 25));
    // at the edge: reaching exactly 31 December stays final
    assertThat(calendar.deadline(LocalDate.of(2026, 12, 30), 1).provisional()).isFalse();
    assertThat(calendar.deadline(LocalDate.of(2026, 12, 31), 1).provisional()).isTrue();
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
