package org.jiuzhu.cli.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.region.Region;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.simulation.Aggregates;
import org.jiuzhu.simulation.Summary;
import org.jiuzhu.simulation.Sweep;

/**
 * The simulation report: a small data model fed with what a run produced, rendered as one page.
 * The {@link Aggregates} give cost by programme, recipients and coverage by region and hukou,
 * poverty before and after transfers and the distribution of gains; the optional inputs — gains by
 * income decile ({@link DecileGain}), who falls through the gaps by the test failed ({@link Gap}),
 * Foster–Greer–Thorbecke poverty measures ({@link PovertyMeasures}), simulated figures against
 * targets ({@link TargetComparison}) and one household's sweep — each add their section when given,
 * and are left out when not.
 */
public final class SimulationReport {
  /** Households of one income decile and their monthly transfers (weighted sums, fen) under each scenario. */
  public record DecileGain(int decile, long households, long baselineTransfers, long reformTransfers) {
    public DecileGain {
      if (decile < 1 || decile > 10) {
        throw new IllegalArgumentException("decile is " + decile + "; expected 1 to 10");
      }
    }
  }

  /**
   * Who falls through the gaps: households (and persons) below the poverty line after transfers
   * that receive no assistance, counted by the test they fail ({@code testId}, with its name in both
   * languages).
   */
  public record Gap(String testId, String nameZh, String nameEn, long households, long persons) {}

  /**
   * Foster–Greer–Thorbecke poverty measures of one stage ({@code before} transfers, after the
   * {@code baseline}'s, after the {@code reform}'s): headcount ratio (α = 0), poverty gap index
   * (α = 1) and severity (α = 2), each a share between 0 and 1.
   */
  public record PovertyMeasures(String stage, double headcount, double gap, double severity) {
    public PovertyMeasures {
      if (!List.of("before", "baseline", "reform").contains(stage)) {
        throw new IllegalArgumentException("stage is '" + stage + "'; expected before, baseline or reform");
      }
    }
  }

  /**
   * A simulated figure beside its target (an official statistic): name in both languages, the
   * format of both values ({@code households}, {@code persons}, {@code yuan}, {@code percent} or {@code decimal}),
   * the source of the target, whether it is the place's own official figure ({@code verified}), and
   * its status in words in the report's language (a stand-in names the area whose official figure
   * it is), or null for the plain verified/illustrative words.
   */
  public record TargetComparison(String nameZh, String nameEn, String format, double simulated, double target, String source,
      boolean verified, String status) {
    /** A comparison whose status is said as verified or illustrative. */
    public TargetComparison(String nameZh, String nameEn, String format, double simulated, double target, String source,
        boolean verified) {
      this(nameZh, nameEn, format, simulated, target, source, verified, null);
    }
  }

  private final Texts t;
  private final Aggregates agg;
  private final boolean reform;
  private final Policy policy;
  private final List<String> context = new ArrayList<>();
  private Map<String, Object> anchors;
  private List<DecileGain> deciles = List.of();
  private List<Gap> gaps = List.of();
  private List<PovertyMeasures> fgt = List.of();
  private List<TargetComparison> targets = List.of();
  private Sweep.Result sweep;
  private String sweepDescription;
  private boolean generated;

  /** A report of {@code agg}, with a reform or not, in the language of {@code t}; {@code policy} names the regions. */
  public SimulationReport(Texts t, Aggregates agg, boolean reform, Policy policy) {
    this.t = t;
    this.agg = agg;
    this.reform = reform;
    this.policy = policy;
  }

  /** A line of context under the title (source, date, reform). */
  public SimulationReport context(String line) {
    context.add(line);
    return this;
  }

  /** The population was generated (its parameters are illustrative): the report says so. */
  public SimulationReport generated(boolean generated) {
    this.generated = generated;
    return this;
  }

  /** The calibration anchors of {@link Summary#anchors}, by region. */
  public SimulationReport anchors(Map<String, Object> anchors) {
    this.anchors = anchors;
    return this;
  }

  /** Gains by income decile (section left out when not given). */
  public SimulationReport deciles(List<DecileGain> deciles) {
    this.deciles = List.copyOf(deciles);
    return this;
  }

  /** Who falls through the gaps, by failed test (section left out when not given). */
  public SimulationReport gaps(List<Gap> gaps) {
    this.gaps = List.copyOf(gaps);
    return this;
  }

  /** FGT poverty measures by stage (section left out when not given). */
  public SimulationReport povertyMeasures(List<PovertyMeasures> fgt) {
    this.fgt = List.copyOf(fgt);
    return this;
  }

  /** Simulated figures against targets (section left out when not given). */
  public SimulationReport targets(List<TargetComparison> targets) {
    this.targets = List.copyOf(targets);
    return this;
  }

  /** One household's sweep, described in the report's language. */
  public SimulationReport sweep(Sweep.Result sweep, String description) {
    this.sweep = Objects.requireNonNull(sweep);
    this.sweepDescription = description;
    return this;
  }

  /** The label of a cell key {@code 620825/RURAL}: {@code 庄浪县 农村} or {@code Zhuanglang County, rural}. */
  String cellLabel(String key) {
    int slash = key.indexOf('/');
    return t.t("cell.label", regionLabel(key.substring(0, slash)), t.t("hukou." + key.substring(slash + 1)));
  }

  /** A region's name in the report's language, or its code when the policy does not name it. */
  String regionLabel(String code) {
    Optional<Region> r = policy.region(RegionCode.parse(code));
    return r.map(x -> t.pick(x.nameZh(), x.nameEn())).orElse(code);
  }

  /** The page. */
  public ReportPage page() {
    ReportPage page = new ReportPage(t, ReportPage.Layout.REPORT, t.t("sim.title"));
    context.forEach(page::context);
    page.context(reform ? t.t("page.reform.yes") : t.t("page.reform.no"));
    Aggregates.Cell total = agg.total();
    page.add(overview(total));
    page.add(cost(total));
    page.add(coverage(total));
    page.add(poverty());
    if (!fgt.isEmpty()) {
      page.add(fgt());
    }
    if (reform) {
      page.add(gains(total));
    }
    if (reform && !deciles.isEmpty()) { // gains by decile: nothing to show without a reform
      page.add(deciles());
    }
    if (!gaps.isEmpty()) {
      page.add(gaps());
    }
    if (!targets.isEmpty()) {
      page.add(targets());
    }
    if (sweep != null) {
      SweepReport.sections(t, sweep, reform, sweepDescription).forEach(page::add);
    }
    return page;
  }

  private Section overview(Aggregates.Cell total) {
    Section s = new Section("overview", t.t("sim.overview.heading"));
    long base = 0;
    long ref = 0;
    for (String id : total.programmes()) {
      base += total.programme(id)[2];
      ref += total.programme(id)[5];
    }
    List<List<String>> rows = new ArrayList<>();
    // households evaluated are records, each once; with weights other than 1 the population they stand for apart
    rows.add(List.of(t.t("sim.overview.households"), t.integer(agg.records())));
    if (total.households() != agg.records()) {
      rows.add(List.of(t.t("sim.overview.householdsWeighted"), t.integer(total.households())));
    }
    rows.add(List.of(t.t("sim.overview.persons"), t.integer(total.persons())));
    rows.add(List.of(t.t("sim.overview.costBaseline"), t.yuanUnit(base)));
    if (reform) {
      rows.add(List.of(t.t("sim.overview.costReform"), t.yuanUnit(ref)));
      rows.add(List.of(t.t("sim.overview.costChange"), t.yuanUnit(ref - base)));
      rows.add(List.of(t.t("sim.overview.winners"), t.integer(total.winners())));
      rows.add(List.of(t.t("sim.overview.losers"), t.integer(total.losers())));
    }
    s.table("", List.of(t.t("col.measure"), t.t("col.value")), rows);
    if (generated) {
      s.warning(t.t("sim.overview.generated"));
    }
    if (anchors != null && !anchors.isEmpty()) {
      List<List<String>> a = new ArrayList<>();
      anchors.forEach((region, v) -> {
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> m = (Map<String, Map<String, Object>>) v;
        m.forEach((k, p) -> a.add(List.of(regionLabel(region), t.t("anchor." + k),
            yuan(p.get("region")), yuan(p.get("nationalAverage")), String.valueOf(p.get("ratio")))));
      });
      s.table(t.t("sim.anchors.caption"), List.of(t.t("col.region"), t.t("col.standard"), t.t("col.regionValue"),
          t.t("col.nationalAverage"), t.t("col.ratio")), a);
    }
    return s;
  }

  private List<String> paying(Aggregates.Cell total) {
    List<String> ids = new ArrayList<>(total.programmes());
    ids.removeIf(id -> total.programme(id)[2] == 0 && total.programme(id)[5] == 0);
    ids.sort((a, b) -> Long.compare(Math.max(total.programme(b)[2], total.programme(b)[5]),
        Math.max(total.programme(a)[2], total.programme(a)[5])));
    return ids;
  }

  private Section cost(Aggregates.Cell total) {
    Section s = new Section("cost", t.t("sim.cost.heading"));
    List<String> ids = paying(total);
    List<String> names = ids.stream().map(id -> Summary.name(id, t.zh())).toList();
    List<Charts.Bars> series = new ArrayList<>();
    series.add(new Charts.Bars(t.t("scenario.baseline"), ids.stream().map(id -> total.programme(id)[2] / 100.0).toList(),
        Charts.PALETTE.get(0), null, false));
    if (reform) {
      series.add(new Charts.Bars(t.t("scenario.reform"), ids.stream().map(id -> total.programme(id)[5] / 100.0).toList(),
          Charts.PALETTE.get(1), null, false));
    }
    if (ids.isEmpty()) {
      s.note(t.t("sim.cost.none"));
    } else {
      ObjectNode o = Charts.bars(names, series, true, "yuan", t.t("axis.yuanPerYear"), null, false, 300);
      s.chart(t.t(reform ? "sim.cost.chart" : "sim.cost.chart.baseline"), o, Math.max(220, 90 + ids.size() * (reform ? 44 : 30)));
    }
    List<List<String>> rows = new ArrayList<>();
    for (String id : total.programmes()) {
      long[] p = total.programme(id);
      List<String> row = new ArrayList<>(List.of(Summary.name(id, t.zh()), t.integer(p[0]), t.integer(p[1]), t.yuan(p[2])));
      if (reform) {
        row.addAll(List.of(t.integer(p[3]), t.integer(p[4]), t.yuan(p[5]), t.yuan(p[5] - p[2])));
      }
      rows.add(row);
    }
    List<String> header = new ArrayList<>(List.of(t.t("col.programme"), t.t("col.baselineHouseholds"), t.t("col.baselinePersons"),
        t.t("col.baselineCost")));
    if (reform) {
      header.addAll(List.of(t.t("col.reformHouseholds"), t.t("col.reformPersons"), t.t("col.reformCost"), t.t("col.costChange")));
    }
    s.table(t.t("sim.cost.caption"), header, rows);
    return s;
  }

  private Section coverage(Aggregates.Cell total) {
    Section s = new Section("coverage", t.t("sim.coverage.heading"));
    List<String> top = paying(total);
    top = top.subList(0, Math.min(4, top.size()));
    List<String> keys = new ArrayList<>(agg.cells().keySet());
    List<String> labels = keys.stream().map(this::cellLabel).toList();
    s.paragraph(t.t("sim.coverage.text"));
    for (int scenario = 0; scenario < (reform ? 2 : 1); scenario++) {
      int at = scenario == 0 ? 1 : 4;
      List<Charts.Bars> series = new ArrayList<>();
      for (String id : top) {
        List<Double> v = new ArrayList<>();
        for (String k : keys) {
          Aggregates.Cell c = agg.cells().get(k);
          v.add(Texts.pct(c.programme(id)[at], c.persons()));
        }
        series.add(new Charts.Bars(Summary.name(id, t.zh()), v));
      }
      if (!series.isEmpty()) {
        s.chart(t.t(scenario == 0 ? "sim.coverage.chart.baseline" : "sim.coverage.chart.reform"),
            Charts.bars(labels, series, false, "percent", t.t("axis.percentPersons"), null, false, 160), 380);
      }
    }
    List<List<String>> rows = new ArrayList<>();
    for (String k : keys) {
      Aggregates.Cell c = agg.cells().get(k);
      for (String id : paying(total)) {
        long[] p = c.programme(id);
        List<String> row = new ArrayList<>(List.of(cellLabel(k), Summary.name(id, t.zh()), t.integer(p[0]), t.integer(p[1]),
            t.percent(p[1], c.persons())));
        if (reform) {
          row.addAll(List.of(t.integer(p[3]), t.integer(p[4]), t.percent(p[4], c.persons())));
        }
        rows.add(row);
      }
    }
    List<String> header = new ArrayList<>(List.of(t.t("col.cell"), t.t("col.programme"), t.t("col.baselineHouseholds"),
        t.t("col.baselinePersons"), t.t("col.baselineCoverage")));
    if (reform) {
      header.addAll(List.of(t.t("col.reformHouseholds"), t.t("col.reformPersons"), t.t("col.reformCoverage")));
    }
    s.table(t.t("sim.coverage.caption"), header, rows);
    return s;
  }

  private Section poverty() {
    Section s = new Section("poverty", t.t("sim.poverty.heading"));
    s.paragraph(t.t("sim.poverty.text"));
    Map<String, Aggregates.Cell> cells = new LinkedHashMap<>();
    cells.put(t.t("cell.total"), agg.total());
    if (agg.cells().size() > 1) {
      agg.cells().forEach((k, c) -> cells.put(cellLabel(k), c));
    }
    String[] stages = {"stage.before", "stage.baseline", "stage.reform"};
    String[] colours = {"#546e7a", "#1f5fa8", "#e07b00"};
    List<Charts.Bars> series = new ArrayList<>();
    List<Charts.Bars> gapSeries = new ArrayList<>();
    for (int st = 0; st < (reform ? 3 : 2); st++) {
      List<Double> rate = new ArrayList<>();
      List<Double> gap = new ArrayList<>();
      for (Aggregates.Cell c : cells.values()) {
        long[] v = c.poverty(st);
        rate.add(Texts.pct(v[1], c.persons()));
        gap.add(v[2] / 100.0);
      }
      series.add(new Charts.Bars(t.t(stages[st]), rate, colours[st], null, true));
      gapSeries.add(new Charts.Bars(t.t(stages[st]), gap, colours[st], null, false));
    }
    List<String> labels = new ArrayList<>(cells.keySet());
    s.chart(t.t("sim.poverty.chart.rate"), Charts.bars(labels, series, false, "percent", t.t("axis.percentPersons"), null, false,
        160), 380);
    s.chart(t.t("sim.poverty.chart.gap"), Charts.bars(labels, gapSeries, false, "yuan", t.t("axis.yuanPerMonth"), null, false,
        160), 360);
    List<List<String>> rows = new ArrayList<>();
    cells.forEach((label, c) -> {
      for (int st = 0; st < (reform ? 3 : 2); st++) {
        long[] v = c.poverty(st);
        rows.add(List.of(label, t.t(stages[st]), t.integer(v[0]), t.integer(v[1]), t.percent(v[1], c.persons()), t.yuan(v[2])));
      }
    });
    s.table(t.t("sim.poverty.caption"), List.of(t.t("col.cell"), t.t("col.stage"), t.t("col.poorHouseholds"),
        t.t("col.poorPersons"), t.t("col.headcount"), t.t("col.gap")), rows);
    return s;
  }

  private Section fgt() {
    Section s = new Section("fgt", t.t("sim.fgt.heading"));
    s.paragraph(t.t("sim.fgt.text"));
    List<String> labels = List.of(t.t("fgt.0"), t.t("fgt.1"), t.t("fgt.2"));
    List<Charts.Bars> series = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (PovertyMeasures m : fgt) {
      series.add(new Charts.Bars(t.t("stage." + m.stage()), List.of(m.headcount() * 100, m.gap() * 100, m.severity() * 100)));
      rows.add(List.of(t.t("stage." + m.stage()), t.decimal(m.headcount() * 100) + "%", t.decimal(m.gap() * 100) + "%",
          t.decimal(m.severity() * 100) + "%"));
    }
    s.chart(t.t("sim.fgt.chart"), Charts.bars(labels, series, false, "percent", "%", null, false, 200), 340);
    s.table("", List.of(t.t("col.stage"), labels.get(0), labels.get(1), labels.get(2)), rows);
    return s;
  }

  private Section gains(Aggregates.Cell total) {
    Section s = new Section("gains", t.t("sim.gains.heading"));
    long[] b = total.gainBuckets();
    long unchanged = b[5];
    s.paragraph(t.t("sim.gains.text", t.integer(total.winners()), t.yuan(total.gains()), t.integer(total.losers()),
        t.yuan(total.losses()), t.integer(unchanged)));
    List<String> labels = new ArrayList<>();
    List<Double> losses = new ArrayList<>();
    List<Double> same = new ArrayList<>();
    List<Double> wins = new ArrayList<>();
    for (int i = 0; i < b.length; i++) {
      labels.add(t.t("gain.bucket." + i));
      losses.add(i < 5 ? (double) b[i] : null);
      same.add(i == 5 ? (double) b[i] : null);
      wins.add(i > 5 ? (double) b[i] : null);
    }
    List<Charts.Bars> series = List.of(new Charts.Bars(t.t("gain.losers"), losses, "#c62828", "g", true),
        new Charts.Bars(t.t("gain.unchanged"), same, "#78909c", "g", true),
        new Charts.Bars(t.t("gain.winners"), wins, "#2e7d32", "g", true));
    s.chart(t.t("sim.gains.chart"), Charts.bars(labels, series, false, "households", t.t("axis.householdsLog"),
        t.t("axis.gainYuanPerMonth"), true, 90), 400);
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < b.length; i++) {
      rows.add(List.of(labels.get(i), t.integer(b[i]), t.percent(b[i], total.households())));
    }
    List<Integer> losing = total.losers() > 0 ? List.of(0, 1, 2, 3, 4) : List.of();
    s.add(new Section.Table(t.t("sim.gains.caption"), List.of(t.t("col.gainBucket"), t.t("col.households"), t.t("col.share")),
        rows, losing));
    return s;
  }

  private Section deciles() {
    Section s = new Section("deciles", t.t("sim.deciles.heading"));
    s.paragraph(t.t("sim.deciles.text"));
    List<String> labels = new ArrayList<>();
    List<Double> gain = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (DecileGain d : deciles) {
      labels.add(t.t("decile.label", d.decile()));
      long change = d.reformTransfers() - d.baselineTransfers();
      gain.add(d.households() == 0 ? 0 : Math.round((double) change / d.households()) / 100.0);
      rows.add(List.of(labels.get(labels.size() - 1), t.integer(d.households()), t.yuan(d.baselineTransfers()),
          t.yuan(d.reformTransfers()), t.yuan(change), d.households() == 0 ? "–" : t.yuan(Math.round((double) change / d.households()))));
    }
    s.chart(t.t("sim.deciles.chart"), Charts.bars(labels, List.of(new Charts.Bars(t.t("sim.deciles.series"), gain,
        Charts.PALETTE.get(2), null, true)), false, "yuan", t.t("axis.yuanPerMonth"), t.t("axis.decile"), false, 80), 360);
    s.table("", List.of(t.t("col.decile"), t.t("col.households"), t.t("col.baselineTransfers"), t.t("col.reformTransfers"),
        t.t("col.change"), t.t("col.meanChange")), rows);
    return s;
  }

  private Section gaps() {
    Section s = new Section("gaps", t.t("sim.gaps.heading"));
    s.paragraph(t.t("sim.gaps.text"));
    List<Gap> sorted = new ArrayList<>(gaps);
    sorted.sort((a, b) -> Long.compare(b.households(), a.households()));
    List<String> labels = sorted.stream().map(g -> t.pick(g.nameZh(), g.nameEn())).toList();
    s.chart(t.t("sim.gaps.chart"), Charts.bars(labels, List.of(new Charts.Bars(t.t("col.households"),
        sorted.stream().map(g -> (double) g.households()).toList(), "#c62828", null, true)), true, "households",
        t.t("col.households"), null, false, 300), Math.max(200, 80 + sorted.size() * 32));
    List<List<String>> rows = new ArrayList<>();
    for (Gap g : sorted) {
      rows.add(List.of(t.pick(g.nameZh(), g.nameEn()), t.integer(g.households()), t.integer(g.persons())));
    }
    s.table("", List.of(t.t("col.test"), t.t("col.households"), t.t("col.persons")), rows);
    return s;
  }

  private Section targets() {
    Section s = new Section("targets", t.t("sim.targets.heading"));
    s.paragraph(t.t("sim.targets.text"));
    List<String> labels = targets.stream().map(x -> t.pick(x.nameZh(), x.nameEn())).toList();
    List<Double> ratio = targets.stream().map(x -> x.target() == 0 ? null : Math.round(10_000 * x.simulated() / x.target()) / 100.0)
        .toList();
    s.chart(t.t("sim.targets.chart"), Charts.bars(labels, List.of(new Charts.Bars(t.t("sim.targets.series"), ratio,
        Charts.PALETTE.get(0), null, true)), true, "percent", t.t("sim.targets.axis"), null, false, 300),
        Math.max(200, 80 + targets.size() * 32));
    List<List<String>> rows = new ArrayList<>();
    List<Integer> warn = new ArrayList<>();
    for (TargetComparison x : targets) {
      if (!x.verified()) {
        warn.add(rows.size());
      }
      rows.add(List.of(t.pick(x.nameZh(), x.nameEn()), format(x.format(), x.simulated()), format(x.format(), x.target()),
          x.source(), x.status() != null ? x.status() : t.t(x.verified() ? "status.verified" : "status.illustrative")));
    }
    s.add(new Section.Table("", List.of(t.t("col.measure"), t.t("col.simulated"), t.t("col.target"), t.t("col.source"),
        t.t("col.status")), rows, warn));
    return s;
  }

  /** An amount in yuan as {@link Summary#anchors} writes it ({@code 11860.00}), with thousands separators. */
  private String yuan(Object decimal) {
    return t.yuan(new java.math.BigDecimal(String.valueOf(decimal)).movePointRight(2).longValueExact());
  }

  private String format(String format, double v) {
    return switch (format) {
      case "yuan" -> t.yuan(Math.round(v * 100));
      case "percent" -> t.decimal(v) + "%";
      case "decimal" -> t.decimal(v);
      default -> t.integer(Math.round(v));
    };
  }
}
