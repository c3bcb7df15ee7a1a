package org.jiuzhu.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jiuzhu.core.monitoring.OverdueVisit;
import org.jiuzhu.rules.monitoring.MonitorSink;
import org.jiuzhu.rules.monitoring.MonthSummary;
import org.junit.jupiter.api.Test;

class MonitorReportTest {
  private static MonthSummary month(YearMonth m, long overdue) {
    return new MonthSummary(m, m.plusMonths(1).atDay(1), 0, 0, 0, 0, 0, 0, 0, 0, 0, overdue, 0, 0, 0);
  }

  @Test
  void moreOverdueVisitsThanTheTableHoldsListTheLongestOverdueAndSayHowManyThereAre() throws Exception {
    MonitorReport report = new MonitorReport();
    MonitorSink sink = report.tee(new MonitorSink() {});
    int n = MonitorReport.OVERDUE_ROWS + 5;
    LocalDate asOf = LocalDate.of(2025, 4, 1);
    for (int i = 0; i < n; i++) {
      // household i is i + 1 days overdue: the five least overdue (1–5 days) are left out
      sink.overdueVisit(new OverdueVisit(String.format("h%05d", i), asOf.minusDays(i + 1), asOf, "依据", "basis"));
    }
    report.month(month(YearMonth.of(2025, 3), n));
    for (boolean zh : new boolean[] {true, false}) {
      StringWriter w = new StringWriter();
      report.page(Texts.of(zh), "").write(w);
      String html = w.toString();
      assertThat(html.split("<tr><td>h", -1)).hasSize(MonitorReport.OVERDUE_ROWS + 1);
      assertThat(html).contains("<tr><td>h01004</td>").doesNotContain("<tr><td>h00004</td>")
          .contains(zh ? "列出逾期最久的 1,000 户，共 1,005 户；完整名单见命令的输出。"
              : "The 1,000 longest overdue of 1,005 are listed; the full list is in the command's output (--output).")
          .contains(zh ? "逾期未走访 1,005 户" : "1,005 visits are overdue");
      assertThat(html.indexOf("<tr><td>h01004</td>")).isLessThan(html.indexOf("<tr><td>h00005</td>"));
    }
    // a month without overdue visits: what was owed before was settled
    report.month(month(YearMonth.of(2025, 4), 0));
    StringWriter w = new StringWriter();
    report.page(Texts.of(true), "").write(w);
    assertThat(w.toString()).contains("截至2025年5月1日，没有逾期未走访。").doesNotContain("<tr><td>h0");
  }
}
