package org.jiuzhu.cli.report;

import java.nio.file.Path;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jiuzhu.core.monitoring.Alert;
import org.jiuzhu.core.monitoring.Colour;
import org.jiuzhu.core.monitoring.ColourChange;
import org.jiuzhu.core.monitoring.Due;
import org.jiuzhu.core.monitoring.DueKind;
import org.jiuzhu.core.monitoring.MonthlyRecord;
import org.jiuzhu.core.monitoring.OverdueVisit;
import org.jiuzhu.core.monitoring.Severity;
import org.jiuzhu.core.monitoring.WarningRule;
import org.jiuzhu.core.validation.Problem;
import org.jiuzhu.rules.monitoring.MonitorSink;
import org.jiuzhu.rules.monitoring.MonthSummary;

/**
 * The monitoring report: the three colours month by month, alerts by month and severity, alerts
 * by warning rule, what comes due by kind, the visits overdue (逾期未走访) after the last month, and
 * the months' figures. Fed while the run goes: wrap the run's sink with {@link #tee} and give every
 * {@link MonthSummary} to {@link #month}; counts, and the last month's overdue visits up to
 * {@link #OVERDUE_ROWS}, so memory does not grow with the households.
 */
public final class MonitorReport {
  private final List<MonthSummary> months = new ArrayList<>();
  private final Map<WarningRule, long[]> byRule = new EnumMap<>(WarningRule.class);
  private final Map<DueKind, Long> dues = new EnumMap<>(DueKind.class);
  private final long[] toColour = new long[3];
  /** At most this many overdue visits are listed; the rest are counted. */
  public static final int OVERDUE_ROWS = 1000;
  /** This month's overdue visits, the longest overdue kept when there are more than {@link #OVERDUE_ROWS}. */
  private java.util.PriorityQueue<OverdueVisit> overdue = queue();
  private long overdueCount;
  private List<OverdueVisit> lastOverdue = List.of();
  private long lastOverdueCount;

  /** A sink that counts for the report and passes everything on to {@code next}. */
  public MonitorSink tee(MonitorSink next) {
    return new MonitorSink() {
      @Override
      public void alert(Alert a) {
        byRule.computeIfAbsent(a.rule(), k -> new long[Severity.values().length])[a.severity().ordinal()]++;
        next.alert(a);
      }

      @Override
      public void colourChange(ColourChange c) {
        toColour[c.to().ordinal()]++;
        next.colourChange(c);
      }

      @Override
      public void due(Due d) {
        dues.merge(d.kind(), 1L, Long::sum);
        next.due(d);
      }

      @Override
      public void overdueVisit(OverdueVisit o) {
        overdue.add(o);
        if (overdue.size() > OVERDUE_ROWS) {
          overdue.poll(); // the least overdue
        }
        overdueCount++;
        next.overdueVisit(o);
      }

      @Override
      public void rejected(MonthlyRecord record, Problem problem) {
        next.rejected(record, problem);
      }
    };
  }

  private static java.util.PriorityQueue<OverdueVisit> queue() {
    return new java.util.PriorityQueue<>(java.util.Comparator.comparingLong(OverdueVisit::daysOverdue)
        .thenComparing(OverdueVisit::householdId, java.util.Comparator.reverseOrder()));
  }

  /** One month done. */
  public void month(MonthSummary s) {
    months.add(s);
    // a visit still owed is reported again every month: the last month's list is what is owed now
    lastOverdue = new ArrayList<>(overdue);
    lastOverdueCount = overdueCount;
    overdue = queue();
    overdueCount = 0;
  }

  /** Writes the page in the language of {@code t}. */
  public void write(Path file, Texts t, String context) throws IOException {
    page(t, context).write(file);
  }

  /** The page. */
  public ReportPage page(Texts t, String context) {
    ReportPage page = new ReportPage(t, ReportPage.Layout.REPORT, t.t("mon.title"));
    page.context(context);
    List<String> labels = months.stream().map(m -> m.month().toString()).toList();

    Section colours = new Section("colours", t.t("mon.colours.heading"));
    colours.paragraph(t.t("mon.colours.text"));
    colours.paragraph(t.t("mon.colours.changes", t.integer(toColour[Colour.GREEN.ordinal()]),
        t.integer(toColour[Colour.ORANGE.ordinal()]), t.integer(toColour[Colour.RED.ordinal()])));
    colours.chart(t.t("mon.colours.chart"), Charts.bars(labels, List.of(
        new Charts.Bars(t.pick(Colour.GREEN.zh(), Colour.GREEN.en()), months.stream().map(m -> (double) m.green()).toList(), "#2e7d32", "c", false),
        new Charts.Bars(t.pick(Colour.ORANGE.zh(), Colour.ORANGE.en()), months.stream().map(m -> (double) m.orange()).toList(), "#e07b00", "c", false),
        new Charts.Bars(t.pick(Colour.RED.zh(), Colour.RED.en()), months.stream().map(m -> (double) m.red()).toList(), "#c62828", "c", false)),
        false, "households", t.t("col.households"), null, false, 70), 380);
    page.add(colours);

    Section alerts = new Section("alerts", t.t("mon.alerts.heading"));
    alerts.chart(t.t("mon.alerts.chart.month"), Charts.bars(labels, List.of(
        new Charts.Bars(t.t("mon.alerts.urgent"), months.stream().map(m -> (double) m.urgent()).toList(), "#c62828", "a", false),
        new Charts.Bars(t.t("mon.alerts.other"), months.stream().map(m -> (double) (m.alerts() - m.urgent())).toList(), "#1f5fa8",
            "a", false)), false, "count", t.t("mon.alerts.axis"), null, false, 70), 340);
    if (byRule.isEmpty()) {
      alerts.note(t.t("mon.alerts.none"));
    } else {
      List<WarningRule> rules = new ArrayList<>(byRule.keySet());
      rules.sort((a, b) -> Long.compare(sum(byRule.get(b)), sum(byRule.get(a))));
      List<String> names = rules.stream().map(r -> t.pick(r.zh(), r.en())).toList();
      List<Charts.Bars> series = new ArrayList<>();
      String[] colour = {"#1f5fa8", "#e07b00", "#c62828"};
      for (Severity sev : Severity.values()) {
        series.add(new Charts.Bars(t.pick(sev.zh(), sev.en()), rules.stream().map(r -> (double) byRule.get(r)[sev.ordinal()])
            .toList(), colour[Math.min(sev.ordinal(), 2)], "s", false));
      }
      alerts.chart(t.t("mon.alerts.chart.rule"), Charts.bars(names, series, true, "count", t.t("mon.alerts.axis"), null, false,
          320), Math.max(220, 90 + rules.size() * 34));
      List<List<String>> rows = new ArrayList<>();
      for (WarningRule r : rules) {
        List<String> row = new ArrayList<>(List.of(t.pick(r.zh(), r.en())));
        for (Severity sev : Severity.values()) {
          row.add(t.integer(byRule.get(r)[sev.ordinal()]));
        }
        row.add(t.integer(sum(byRule.get(r))));
        rows.add(row);
      }
      List<String> header = new ArrayList<>(List.of(t.t("col.rule")));
      for (Severity sev : Severity.values()) {
        header.add(t.pick(sev.zh(), sev.en()));
      }
      header.add(t.t("col.total"));
      alerts.table("", header, rows);
    }
    page.add(alerts);

    Section due = new Section("due", t.t("mon.due.heading"));
    if (dues.isEmpty()) {
      due.note(t.t("mon.due.none"));
    } else {
      List<DueKind> kinds = new ArrayList<>(dues.keySet());
      due.chart(t.t("mon.due.chart"), Charts.bars(kinds.stream().map(k -> t.pick(k.zh(), k.en())).toList(),
          List.of(new Charts.Bars(t.t("mon.due.series"), kinds.stream().map(k -> (double) dues.get(k)).toList(), "#6a3d9a", null,
              true)), true, "count", t.t("mon.due.series"), null, false, 300), Math.max(200, 80 + kinds.size() * 34));
    }
    page.add(due);

    Section late = new Section("overdue", t.t("mon.overdue.heading"));
    if (lastOverdueCount == 0) {
      late.note(months.isEmpty() ? t.t("mon.overdue.none") : t.t("mon.overdue.none.asOf", t.date(months.get(months.size() - 1).matchedOn())));
    } else {
      MonthSummary m = months.get(months.size() - 1);
      late.paragraph(t.t("mon.overdue.text", t.date(m.matchedOn()), t.integer(lastOverdueCount), lastOverdueCount));
      List<OverdueVisit> sorted = new ArrayList<>(lastOverdue);
      sorted.sort(java.util.Comparator.comparingLong(OverdueVisit::daysOverdue).reversed().thenComparing(OverdueVisit::householdId));
      List<List<String>> rows = new ArrayList<>();
      for (OverdueVisit o : sorted) {
        rows.add(List.of(o.householdId(), t.date(o.dueDate()), t.integer(o.daysOverdue()), t.pick(o.basisZh(), o.basisEn())));
      }
      late.table("", List.of(t.t("mon.overdue.col.household"), t.t("mon.overdue.col.due"), t.t("mon.overdue.col.days"),
          t.t("mon.overdue.col.basis")), rows);
      if (lastOverdueCount > sorted.size()) {
        late.note(t.t("mon.overdue.more", t.integer(sorted.size()), t.integer(lastOverdueCount)));
      }
    }
    page.add(late);

    Section table = new Section("months", t.t("mon.months.heading"));
    List<List<String>> rows = new ArrayList<>();
    for (MonthSummary m : months) {
      rows.add(List.of(m.month().toString(), t.integer(m.records()), t.integer(m.rejected()), t.integer(m.households()),
          t.integer(m.alerts()), t.integer(m.urgent()), t.integer(m.colourChanges()), t.integer(m.dues()),
          t.integer(m.overdueVisits()), t.integer(m.green()),
          t.integer(m.orange()), t.integer(m.red())));
    }
    table.table("", List.of(t.t("col.month"), t.t("mon.col.records"), t.t("mon.col.rejected"), t.t("col.households"),
        t.t("mon.col.alerts"), t.t("mon.alerts.urgent"), t.t("mon.col.colourChanges"), t.t("mon.col.dues"),
        t.t("mon.col.overdue"), t.pick(Colour.GREEN.zh(), Colour.GREEN.en()),
        t.pick(Colour.ORANGE.zh(), Colour.ORANGE.en()), t.pick(Colour.RED.zh(), Colour.RED.en())), rows);
    page.add(table);
    return page;
  }

  private static long sum(long[] v) {
    long s = 0;
    for (long x : v) {
      s += x;
    }
    return s;
  }
}
