package org.jiuzhu.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jiuzhu.core.time.HolidayCalendar;
import org.junit.jupiter.api.Test;

final class HolidayCalendarsTest {
  private final HolidayCalendar cn = HolidayCalendars.national();

  @Test
  void coversTheShippedYears() {
    assertThat(cn.years()).containsExactly(2025, 2026);
  }

  @Test
  void knowsHolidaysAndMakeUpDays() {
    assertThat(cn.isWorkingDay(LocalDate.of(2025, 10, 8))).isFalse(); // Wednesday, National Day
    assertThat(cn.isWorkingDay(LocalDate.of(2025, 10, 11))).isTrue(); // Saturday worked
    assertThat(cn.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue(); // Saturday worked
    assertThat(cn.isWorkingDay(LocalDate.of(2026, 2, 23))).isFalse(); // Monday, Spring Festival
    assertThat(cn.isWorkingDay(LocalDate.of(2026, 2, 24))).isTrue();
    assertThat(cn.isWorkingDay(LocalDate.of(2026, 1, 4))).isTrue(); // Sunday worked
  }

  @Test
  void aThirtyWorkingDayLimitAcrossNationalDay2026() {
    // Application on Friday 2026-09-18: 30 working days, counting Sunday 20 Sept and Saturday
    // 10 Oct and skipping 25 Sept (Mid-Autumn) and 1-7 Oct, end on Thursday 2026-11-05
    // (without the holiday calendar it would be Friday 2026-10-30).
    assertThat(cn.plusWorkingDays(LocalDate.of(2026, 9, 18), 30)).isEqualTo(LocalDate.of(2026, 11, 5));
  }

  @Test
  void pastTheLastNoticeDeadlinesAreProvisionalNeverRefused() {
    // Thursday 2026-12-17 + 15 working days: 18, 21-25, 28-31 Dec (10), then 2027 on weekdays without the
    // statutory holidays on fixed dates: 4, 5, 6, 7, 8 Jan — Friday 1 January 2027 is 元旦 by the national
    // regulation (全国年节及纪念日放假办法 Art. 2), whatever the 2027 notice (not yet published) adds
    HolidayCalendar.Deadline d = cn.deadline(LocalDate.of(2026, 12, 17), 15);
    assertThat(d.date()).isEqualTo(LocalDate.of(2027, 1, 8));
    assertThat(d.provisional()).isTrue();
    assertThat(d.warning()).hasValueSatisfying(w -> assertThat(w).contains("does not cover [2027]")
        .contains("statutory holidays on fixed dates"));
    assertThat(cn.deadline(LocalDate.of(2026, 9, 18), 30).provisional()).isFalse();
  }

  @Test
  void pastTheLastNoticeTheFixedDateStatutoryHolidaysAreDaysOff() {
    assertThat(cn.years()).containsExactly(2025, 2026); // no 2027 notice was found: none is invented
    assertThat(cn.fixedHolidays()).extracting(Object::toString)
        .containsExactly("--01-01", "--05-01", "--05-02", "--10-01", "--10-02", "--10-03");
    assertThat(cn.fixedHolidaysFrom()).isEqualTo(2025);
    for (LocalDate day : List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 5, 3).minusDays(1), LocalDate.of(2027, 10, 1),
        LocalDate.of(2028, 10, 3), LocalDate.of(2028, 5, 1))) {
      assertThat(cn.isWorkingDay(day)).as(day.toString()).isFalse();
      assertThat(cn.isProvisional(day)).isTrue();
    }
    // the lunar holidays and make-up days are unknown: Monday 4 January 2027 and a weekday of the Spring Festival count
    assertThat(cn.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
    assertThat(cn.isWorkingDay(LocalDate.of(2027, 2, 8))).isTrue();
    // 2026's own days come from its notice (1 May to 5 May off, Saturday 9 May worked)
    assertThat(cn.isWorkingDay(LocalDate.of(2026, 5, 4))).isFalse();
    assertThat(cn.isWorkingDay(LocalDate.of(2026, 5, 9))).isTrue();
    // Thursday 2026-12-31 + 1 working day: Friday 1 January 2027 is skipped, Monday 4 January, provisional
    assertThat(cn.deadline(LocalDate.of(2026, 12, 31), 1).date()).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(cn.deadline(LocalDate.of(2026, 12, 31), 1).provisional()).isTrue();
    assertThat(cn.deadline(LocalDate.of(2026, 12, 30), 1).provisional()).isFalse();
  }

  @Test
  void eachYearSaysHowSureWeAreOfIt() {
    assertThat(HolidayCalendars.nationalYears()).extracting(HolidayCalendars.CalendarYear::year).containsExactly(2025, 2026);
    HolidayCalendars.CalendarYear y2025 = HolidayCalendars.nationalYears().get(0);
    assertThat(y2025.status()).isEqualTo(org.jiuzhu.core.policy.ParameterStatus.ILLUSTRATIVE);
    assertThat(y2025.source()).isEmpty();
    assertThat(y2025.lead()).hasValueSatisfying(l -> assertThat(l).contains("holiday-cn"));
    HolidayCalendars.CalendarYear y2026 = HolidayCalendars.nationalYears().get(1);
    assertThat(y2026.status()).isEqualTo(org.jiuzhu.core.policy.ParameterStatus.VERIFIED);
    assertThat(y2026.source()).hasValueSatisfying(s -> {
      assertThat(s.issuer()).isEqualTo("国务院办公厅");
      assertThat(s.date()).isEqualTo(LocalDate.of(2025, 11, 4));
      assertThat(s.address()).isEqualTo("https://politics.gmw.cn/2025-11/04/content_38391083.htm");
      assertThat(s.kind()).isEqualTo(org.jiuzhu.core.policy.Source.Kind.OFFICIAL_MEDIA);
    });
  }

  @Test
  void aVerifiedYearNamesItsWholeSource() {
    String yaml = "calendar: test\nyears:\n  - year: 2026\n    reference: r\n    status: verified\n"
        + "    source: {title: t, issuer: 国务院办公厅, date: 2025-11-04, kind: mirror}\n";
    assertThatThrownBy(() -> HolidayCalendars.load("v.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("year 2026 is marked verified but its 'source' lacks title, issuer, date, address or kind");
    String noStatus = "calendar: test\nyears:\n  - year: 2026\n    reference: r\n";
    assertThatThrownBy(() -> HolidayCalendars.load("s.yaml", new ByteArrayInputStream(noStatus.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("year 2026: status 'null'; expected verified or illustrative");
  }

  @Test
  void badCalendarFilesNameTheirProblems() {
    String yaml = "calendar: test\nyears:\n  - year: 2026\n    holidays:\n      - {name: x, from: 2026-02-15, to: 2026-02-10}\n"
        + "    workingDays: [2026-02-13]\n";
    assertThatThrownBy(() -> HolidayCalendars.load("bad.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.yaml")
        .hasMessageContaining("names no 'reference'")
        .hasMessageContaining("'to' 2026-02-10 is before 'from' 2026-02-15")
        .hasMessageContaining("2026-02-13 is a FRIDAY");
  }
}
