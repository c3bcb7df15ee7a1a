package org.jiuzhu.cli.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.jiuzhu.simulation.Summary;
import org.jiuzhu.simulation.Sweep;

/**
 * The sweep of one member's wages: what each programme pays, net income and the effective
 * marginal rate as wages rise, with the cliffs marked on the charts and listed in a table.
 */
public final class SweepReport {
  /** Effective marginal rates are drawn clipped to this range, in percent (a cliff can be thousands of percent). */
  static final double RATE_MIN = -200;
  static final double RATE_MAX = 300;

  private SweepReport() {}

  /** A page with the sweep's section. */
  public static ReportPage page(Texts t, Sweep.Result r, boolean reform, String context) {
    ReportPage page = new ReportPage(t, ReportPage.Layout.REPORT, t.t("sweep.title"));
    page.context(context);
    page.context(reform ? t.t("page.reform.yes") : t.t("page.reform.no"));
    sections(t, r, reform).forEach(page::add);
    return page;
  }

  /** The sweep's sections: amounts, net income, marginal rates and the cliffs. */
  public static List<Section> sections(Texts t, Sweep.Result r, boolean reform) {
    return sections(t, r, reform, null);
  }

  /** The sweep's sections, the first opening with {@code description} when given. */
  public static List<Section> sections(Texts t, Sweep.Result r, boolean reform, String description) {
    List<Section> out = new ArrayList<>();
    List<Double> cliffsBase = new ArrayList<>();
    List<Double> cliffsReform = new ArrayList<>();
    for (Sweep.Cliff c : r.cliffs()) {
      (c.reform() ? cliffsReform : cliffsBase).add(c.toWages() / 100.0);
    }
    Section amounts = new Section("sweep-amounts", t.t("sweep.amounts.heading"));
    amounts.paragraph(t.t("sweep.amounts.text", r.householdId(), r.memberId(), r.points().size(),
        t.yuan(r.points().get(0).wages()), t.yuan(r.points().get(r.points().size() - 1).wages())));
    if (description != null) {
      amounts.paragraph(description);
    }
    List<String> paying = new ArrayList<>();
    List<String> nothing = new ArrayList<>();
    for (String id : r.programmes()) {
      boolean pays = r.points().stream().anyMatch(p -> p.baseline().getOrDefault(id, 0L) != 0
          || (reform && p.reform().getOrDefault(id, 0L) != 0));
      (pays ? paying : nothing).add(id);
    }
    if (!nothing.isEmpty()) {
      amounts.note(t.t("sweep.amounts.services", t.list(
          nothing.stream().map(id -> Summary.name(id, t.zh())).toList())));
    }
    for (int scenario = 0; scenario < (reform ? 2 : 1); scenario++) {
      List<Charts.Line> lines = new ArrayList<>();
      for (String id : paying) {
        List<double[]> pts = new ArrayList<>();
        for (Sweep.Point p : r.points()) {
          pts.add(new double[] {p.wages() / 100.0, (scenario == 0 ? p.baseline() : p.reform()).getOrDefault(id, 0L) / 100.0});
        }
        lines.add(new Charts.Line(Summary.name(id, t.zh()), pts, null, true, false));
      }
      if (lines.isEmpty()) {
        amounts.note(t.t("sweep.amounts.none"));
        break;
      }
      ObjectNode o = Charts.lines(lines, "yuan", t.t("sweep.axis.wages"), "yuan", t.t("axis.yuanPerMonth"));
      Charts.markCliffs(o, scenario == 0 ? cliffsBase : cliffsReform, t.t("sweep.cliff"));
      amounts.chart(t.t(scenario == 0 ? "sweep.amounts.chart.baseline" : "sweep.amounts.chart.reform"), o, 420);
    }
    out.add(amounts);

    Section net = new Section("sweep-net", t.t("sweep.net.heading"));
    List<Charts.Line> nl = new ArrayList<>();
    nl.add(line(t.t("sweep.series.market"), r, p -> p.marketIncome(), "#546e7a", true));
    nl.add(line(t.t("sweep.series.netBaseline"), r, Sweep.Point::netBaseline, "#1f5fa8", false));
    if (reform) {
      nl.add(line(t.t("sweep.series.netReform"), r, Sweep.Point::netReform, "#e07b00", false));
    }
    ObjectNode no = Charts.lines(nl, "yuan", t.t("sweep.axis.wages"), "yuan", t.t("axis.yuanPerMonth"));
    List<Double> all = new ArrayList<>(cliffsBase);
    all.addAll(cliffsReform);
    Charts.markCliffs(no, all, t.t("sweep.cliff"));
    net.paragraph(t.t("sweep.net.text"));
    net.chart(t.t("sweep.net.chart"), no, 400);
    out.add(net);

    Section rate = new Section("sweep-rate", t.t("sweep.rate.heading"));
    List<Charts.Line> rl = new ArrayList<>();
    rl.add(rateLine(t.t("scenario.baseline"), r, false, "#1f5fa8"));
    if (reform) {
      rl.add(rateLine(t.t("scenario.reform"), r, true, "#e07b00"));
    }
    ObjectNode ro = Charts.lines(rl, "yuan", t.t("sweep.axis.wages"), "percent", t.t("sweep.axis.rate"));
    Charts.markY(ro, 100, t.t("sweep.rate.hundred"));
    Charts.markCliffs(ro, all, t.t("sweep.cliff"));
    rate.paragraph(t.t("sweep.rate.text", t.decimal(RATE_MIN), t.decimal(RATE_MAX)));
    rate.chart(t.t("sweep.rate.chart"), ro, 360);
    out.add(rate);

    Section cliffs = new Section("sweep-cliffs", t.t("sweep.cliffs.heading"));
    if (r.cliffs().isEmpty()) {
      cliffs.paragraph(t.t("sweep.cliffs.none"));
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (Sweep.Cliff c : r.cliffs()) {
        rows.add(List.of(t.t(c.reform() ? "scenario.reform" : "scenario.baseline"), t.yuan(c.fromWages()), t.yuan(c.toWages()),
            t.yuan(c.netLost()), changes(t, c)));
      }
      cliffs.paragraph(t.t("sweep.cliffs.text", r.cliffs().size()));
      cliffs.table("", List.of(t.t("col.scenario"), t.t("sweep.col.from"), t.t("sweep.col.to"), t.t("sweep.col.lost"),
          t.t("sweep.col.programmes")), rows);
    }
    out.add(cliffs);
    out.add(nonCash(t, r));
    if (reform) {
      out.add(dibaoSwitches(t, r));
    }
    return out;
  }

  /**
   * The steps at which the reform moves the household between household 低保 and 单人户 低保
   * ({@link Sweep.Result#dibaoSwitchRanges()}, as the text output says them): which way, the wages,
   * how many steps, and the households and persons that switch at each step.
   */
  private static Section dibaoSwitches(Texts t, Sweep.Result r) {
    Section s = new Section("sweep-dibao-switch", t.t("sweep.switch.heading"));
    List<Sweep.DibaoSwitchRange> ranges = r.dibaoSwitchRanges();
    if (ranges.isEmpty()) {
      s.paragraph(t.t("sweep.switch.none"));
      return s;
    }
    List<List<String>> rows = new ArrayList<>();
    for (Sweep.DibaoSwitchRange x : ranges) {
      rows.add(List.of(t.t("sweep.switch." + x.direction().key()), t.yuan(x.fromWages()), t.yuan(x.toWages()), t.integer(x.points()),
          t.integer(x.households()), t.integer(x.persons())));
    }
    s.paragraph(t.t("sweep.switch.text"));
    s.table("", List.of(t.t("sweep.switch.col.direction"), t.t("sweep.col.from"), t.t("sweep.col.to"), t.t("sweep.switch.col.points"),
        t.t("sweep.switch.col.households"), t.t("sweep.switch.col.persons")), rows);
    return s;
  }

  /**
   * What is lost that has no cash amount (a recognition such as 低保边缘家庭认定, help in kind or a
   * service valued at 0.00): every step of {@link Sweep.Result#nonCashLosses()} — the list the text
   * output reads —, whether net income falls at the same step or not, and which of them other help
   * rests on.
   */
  private static Section nonCash(Texts t, Sweep.Result r) {
    Section s = new Section("sweep-non-cash", t.t("sweep.nonCash.heading"));
    if (r.nonCashLosses().isEmpty()) {
      s.paragraph(t.t("sweep.nonCash.none"));
      return s;
    }
    String sep = t.t("list.separator");
    List<List<String>> rows = new ArrayList<>();
    java.util.Set<String> gates = new java.util.TreeSet<>();
    for (Sweep.NonCashLoss n : r.nonCashLosses()) {
      rows.add(List.of(t.t(n.reform() ? "scenario.reform" : "scenario.baseline"), t.yuan(n.fromWages()), t.yuan(n.toWages()),
          String.join(sep, n.programmes().stream().map(id -> Summary.name(id, t.zh())).toList()),
          t.t(n.cliff() ? "sweep.nonCash.cliff" : "sweep.nonCash.noCliff")));
      n.programmes().stream().filter(SweepReport::gatesOtherHelp).forEach(gates::add);
    }
    s.paragraph(t.t("sweep.nonCash.text", r.nonCashLosses().size()));
    s.table("", List.of(t.t("col.scenario"), t.t("sweep.col.from"), t.t("sweep.col.to"), t.t("sweep.nonCash.col.programmes"),
        t.t("sweep.nonCash.col.net")), rows);
    if (!gates.isEmpty()) {
      s.note(t.t("sweep.nonCash.recognition", String.join(sep, gates.stream().map(id -> Summary.name(id, t.zh())).toList())));
    }
    return s;
  }

  /** The programmes other help rests on: every prerequisite ({@code anyOf}) of a catalogue programme. */
  private static final java.util.Set<String> RECOGNITIONS = org.jiuzhu.rules.catalogue.Catalogue.cn().programmes().stream()
      .flatMap(p -> p.prerequisites().stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * Whether other help rests on programme {@code id} (it is a prerequisite of a catalogue programme,
   * such as the recognition as a marginal household, 低保边缘家庭认定).
   */
  public static boolean gatesOtherHelp(String id) {
    return RECOGNITIONS.contains(id);
  }

  private static Charts.Line line(String name, Sweep.Result r, java.util.function.ToLongFunction<Sweep.Point> f, String colour,
      boolean dashed) {
    List<double[]> pts = new ArrayList<>();
    for (Sweep.Point p : r.points()) {
      pts.add(new double[] {p.wages() / 100.0, f.applyAsLong(p) / 100.0});
    }
    return new Charts.Line(name, pts, colour, false, dashed);
  }

  private static Charts.Line rateLine(String name, Sweep.Result r, boolean reform, String colour) {
    List<double[]> pts = new ArrayList<>();
    for (Sweep.Point p : r.points()) {
      java.math.BigDecimal rate = reform ? p.rateReform() : p.rateBaseline();
      if (rate != null) {
        pts.add(new double[] {p.wages() / 100.0, Math.max(RATE_MIN, Math.min(RATE_MAX, rate.doubleValue() * 100))});
      }
    }
    return new Charts.Line(name, pts, colour, true, false);
  }

  /** The programmes lost and those only reduced at a cliff, each with how much less a month (never empty). */
  private static String changes(Texts t, Sweep.Cliff c) {
    String sep = t.t("list.separator");
    List<String> parts = new ArrayList<>(c.programmesLost().stream().map(id -> Summary.name(id, t.zh())).toList());
    c.programmesReduced().forEach((id, v) -> parts.add(t.t("sweep.col.reduced", Summary.name(id, t.zh()), t.yuan(v))));
    return String.join(sep, parts);
  }
}
