package org.jiuzhu.rules.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.rules.monitoring.MonitorTest.dibaoHousehold;
import static org.jiuzhu.rules.monitoring.MonitorTest.monitor;
import static org.jiuzhu.rules.monitoring.MonitorTest.record;
import static org.jiuzhu.rules.monitoring.MonitorTest.run;

import java.time.LocalDate;
import java.time.YearMonth;
import org.jiuzhu.core.monitoring.RecordType;
import org.jiuzhu.core.time.HolidayCalendar;
import org.jiuzhu.rules.calendar.HolidayCalendars;
import org.junit.jupiter.api.Test;

/**
 * Past the national holiday calendar's last year (2026) every visit deadline is counted on weekends and
 * the statutory holidays on fixed dates only, and is marked provisional in both languages.
 */
final class MonitorPastTheCalendarTest {
  @Test
  void anAlertVisitDeadlineIn2027IsProvisionalAndSaysSo() {
    Monitor monitor = monitor(dibaoHousehold("d1"));
    // November 2026, matched on 1 December 2026: an urgent alert (a death), 2 working days, inside the calendar
    MonitorTest.Collect nov = run(monitor, YearMonth.of(2026, 11), record("d1", RecordType.DEATH, LocalDate.of(2026, 11, 9), "m2"));
    assertThat(nov.alerts).singleElement().satisfies(a -> {
      assertThat(a.visitBy()).isEqualTo(LocalDate.of(2026, 12, 3));
      assertThat(a.provisional()).isFalse();
      assertThat(a.explainZh()).doesNotContain("暂定");
      assertThat(a.explainEn()).doesNotContain("rovisional");
    });
  }

  @Test
  void decemberDataAreMatchedOnNewYearsDayAndTheirDeadlinesAreProvisional() {
    Monitor monitor = monitor(dibaoHousehold("d1"));
    run(monitor, YearMonth.of(2026, 11));
    MonitorTest.Collect dec = run(monitor, YearMonth.of(2026, 12), record("d1", RecordType.DEATH, LocalDate.of(2026, 12, 9), "m2"));
    assertThat(dec.rejected).isEmpty();
    assertThat(dec.alerts).singleElement().satisfies(a -> {
      assertThat(a.raised()).isEqualTo(LocalDate.of(2027, 1, 1));
      // 2 working days after Friday 1 January 2027 (元旦): Monday 4 and Tuesday 5 January
      assertThat(a.visitBy()).isEqualTo(LocalDate.of(2027, 1, 5));
      assertThat(a.provisional()).isTrue();
      assertThat(a.explainZh()).endsWith("请于2027年1月5日前入户走访。（暂定日期：节假日日历未收录2027年的放假安排，仅按周末和法定固定日期节日"
          + "（全国年节及纪念日放假办法）顺延，待当年放假通知收录后重新计算。）");
      assertThat(a.explainEn()).endsWith("visit by 5 January 2027. Provisional date: the holiday calendar does not cover 2027, so only"
          + " weekends and the statutory holidays on fixed dates of the national holiday regulation (全国年节及纪念日放假办法) were"
          + " skipped; recompute once the year's holiday notice is added.");
    });
    assertThat(monitor.provisionalYears()).containsExactly(2027);
    // every due of the month falls on a working day, never on 1 January 2027, and says it is provisional when in 2027
    HolidayCalendar calendar = HolidayCalendars.national();
    assertThat(dec.dues).allSatisfy(d -> {
      assertThat(d.date()).isNotEqualTo(LocalDate.of(2027, 1, 1));
      assertThat(calendar.isWorkingDay(d.date())).isTrue();
      if (d.date().getYear() == 2027) {
        assertThat(d.basisZh()).contains("暂定日期");
        assertThat(d.basisEn()).contains("provisional");
      }
      assertThat(d.provisional()).isEqualTo(d.date().getYear() == 2027);
    });
  }

  @Test
  void anOverdueVisitDueIn2027IsProvisionalAndSaysSoOneDueIn2026IsNot() {
    Monitor monitor = monitor(dibaoHousehold("d1"));
    // November 2026's alert calls for a visit by 3 December 2026; none is recorded in December
    run(monitor, YearMonth.of(2026, 11), record("d1", RecordType.DEATH, LocalDate.of(2026, 11, 9), "m2"));
    MonitorTest.Collect dec = run(monitor, YearMonth.of(2026, 12));
    assertThat(dec.overdue).singleElement().satisfies(o -> {
      assertThat(o.dueDate()).isEqualTo(LocalDate.of(2026, 12, 3));
      assertThat(o.provisional()).isFalse();
      assertThat(o.basisZh()).doesNotContain("暂定");
    });
    // a visit in December; a new alert of December data calls for one by 5 January 2027 (provisional), not made in January
    Monitor second = monitor(dibaoHousehold("d2"));
    run(second, YearMonth.of(2026, 11));
    run(second, YearMonth.of(2026, 12), record("d2", RecordType.DEATH, LocalDate.of(2026, 12, 9), "m2"));
    MonitorTest.Collect jan = run(second, YearMonth.of(2027, 1));
    assertThat(jan.overdue).singleElement().satisfies(o -> {
      assertThat(o.dueDate()).isEqualTo(LocalDate.of(2027, 1, 5));
      assertThat(o.provisional()).isTrue();
      assertThat(o.basisZh()).endsWith("此后未记录走访；暂定日期：节假日日历未覆盖2027年，仅按周末和法定固定日期节日（1月1日，5月1日、5月2日，"
          + "10月1日至10月3日）顺延");
      assertThat(o.basisEn()).contains("no visit has been recorded since; provisional: the holiday calendar does not cover 2027");
    });
    // what is to come, in 2027: provisional too
    assertThat(second.schedule("d2", LocalDate.of(2027, 2, 1))).isNotEmpty().allSatisfy(d -> {
      assertThat(d.provisional()).isEqualTo(d.date().getYear() > 2026);
      assertThat(d.basisZh().contains("暂定日期")).isEqualTo(d.provisional());
    });
    // as the run reports it
    assertThat(second.overdueVisit("d2", LocalDate.of(2027, 2, 1))).hasValueSatisfying(o -> assertThat(o.provisional()).isTrue());
  }
}
