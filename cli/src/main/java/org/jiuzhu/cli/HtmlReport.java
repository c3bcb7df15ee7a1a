package org.jiuzhu.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jiuzhu.simulation.Aggregates;
import org.jiuzhu.simulation.Summary;
import org.jiuzhu.simulation.Sweep;

/**
 * A self-contained HTML report: charts drawn with JFreeChart as PNG images inside the page, and
 * the tables behind them. Programme names are in English in charts (fonts for Chinese are not
 * on every machine), in both languages in tables.
 */
final class HtmlReport {
  private final StringBuilder body = new StringBuilder();
  private final String title;

  HtmlReport(String title) {
    System.setProperty("java.awt.headless", "true");
    this.title = title;
  }

  /** A label for a chart: charts draw Latin script only (fonts for Chinese are not on every machine). */
  static String latin(String s) {
    return s.replace("低保", "dibao").replace("特困", "tekun");
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  void heading(String text) {
    body.append("<h2>").append(esc(text)).append("</h2>\n");
  }

  void paragraph(String text) {
    body.append("<p>").append(esc(text)).append("</p>\n");
  }

  void table(List<String> header, List<List<String>> rows) {
    body.append("<table><tr>");
    header.forEach(h -> body.append("<th>").append(esc(h)).append("</th>"));
    body.append("</tr>\n");
    for (List<String> r : rows) {
      body.append("<tr>");
      r.forEach(c -> body.append("<td>").append(esc(c)).append("</td>"));
      body.append("</tr>\n");
    }
    body.append("</table>\n");
  }

  void chart(JFreeChart chart, int width, int height, String alt) throws IOException {
    chart.setBackgroundPaint(Color.WHITE);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ChartUtils.writeChartAsPNG(png, chart, width, height);
    body.append("<img alt=\"").append(esc(alt)).append("\" src=\"data:image/png;base64,")
        .append(Base64.getEncoder().encodeToString(png.toByteArray())).append("\">\n");
  }

  /** Cost by programme, baseline beside reform, the largest first. */
  void costByProgramme(Aggregates.Cell total, boolean reform) throws IOException {
    DefaultCategoryDataset d = new DefaultCategoryDataset();
    List<String> ids = new ArrayList<>(total.programmes());
    ids.removeIf(id -> total.programme(id)[2] == 0 && total.programme(id)[5] == 0);
    ids.sort((a, b) -> Long.compare(Math.max(total.programme(b)[2], total.programme(b)[5]),
        Math.max(total.programme(a)[2], total.programme(a)[5])));
    for (String id : ids.subList(0, Math.min(15, ids.size()))) {
      long[] p = total.programme(id);
      d.addValue(p[2] / 100.0 / 10_000, "baseline", latin(Summary.name(id, false)));
      if (reform) {
        d.addValue(p[5] / 100.0 / 10_000, "reform", latin(Summary.name(id, false)));
      }
    }
    chart(ChartFactory.createBarChart("Cost by programme (10,000 yuan a year)", null, "10,000 yuan", d,
        PlotOrientation.HORIZONTAL, true, false, false), 900, 520, "cost by programme");
  }

  /** Coverage (persons receiving, as a share of persons) by region and hukou, for the largest programmes. */
  void coverage(Map<String, Aggregates.Cell> cells, List<String> programmes, boolean reform) throws IOException {
    DefaultCategoryDataset d = new DefaultCategoryDataset();
    for (Map.Entry<String, Aggregates.Cell> e : cells.entrySet()) {
      Aggregates.Cell c = e.getValue();
      for (String id : programmes) {
        long[] p = c.programme(id);
        String name = latin(Summary.name(id, false));
        d.addValue(c.persons() == 0 ? 0 : 100.0 * p[1] / c.persons(), name + " (baseline)", e.getKey());
        if (reform) {
          d.addValue(c.persons() == 0 ? 0 : 100.0 * p[4] / c.persons(), name + " (reform)", e.getKey());
        }
      }
    }
    chart(ChartFactory.createBarChart("Coverage: persons receiving, % of persons", "region / hukou", "%", d,
        PlotOrientation.VERTICAL, true, false, false), 900, 420, "coverage");
  }

  /** Households by monthly gain from the reform. */
  void gains(Aggregates.Cell total) throws IOException {
    DefaultCategoryDataset d = new DefaultCategoryDataset();
    long[] b = total.gainBuckets();
    for (int i = 0; i < b.length; i++) {
      d.addValue(b[i], "households", Aggregates.GAIN_BUCKET_LABELS.get(i));
    }
    chart(ChartFactory.createBarChart("Distribution of monthly gains from the reform (yuan)", "gain, yuan a month", "households",
        d, PlotOrientation.VERTICAL, false, false, false), 900, 380, "distribution of gains");
  }

  /** The sweep's benefit curves and effective marginal rate. */
  void sweep(Sweep.Result r, boolean reform) throws IOException {
    XYSeriesCollection benefits = new XYSeriesCollection();
    for (String id : r.programmes()) {
      XYSeries s = new XYSeries(latin(Summary.name(id, false)));
      for (Sweep.Point p : r.points()) {
        s.add(p.wages() / 100.0, p.baseline().getOrDefault(id, 0L) / 100.0);
      }
      benefits.addSeries(s);
    }
    XYSeries net = new XYSeries("net income (baseline)");
    XYSeries netReform = new XYSeries("net income (reform)");
    for (Sweep.Point p : r.points()) {
      net.add(p.wages() / 100.0, p.netBaseline() / 100.0);
      netReform.add(p.wages() / 100.0, p.netReform() / 100.0);
    }
    benefits.addSeries(net);
    if (reform) {
      benefits.addSeries(netReform);
    }
    JFreeChart c = ChartFactory.createXYLineChart("Benefits and net income as wages rise (household " + r.householdId()
        + ", member " + r.memberId() + ")", "monthly wages, yuan", "yuan a month", benefits);
    ((XYPlot) c.getPlot()).getRenderer().setDefaultStroke(new BasicStroke(2f));
    chart(c, 900, 480, "benefit curves");
    XYSeriesCollection rates = new XYSeriesCollection();
    XYSeries base = new XYSeries("baseline");
    XYSeries ref = new XYSeries("reform");
    for (Sweep.Point p : r.points()) {
      if (p.rateBaseline() != null) {
        base.add(p.wages() / 100.0, Math.max(-2, Math.min(3, p.rateBaseline().doubleValue())) * 100);
        ref.add(p.wages() / 100.0, Math.max(-2, Math.min(3, p.rateReform().doubleValue())) * 100);
      }
    }
    rates.addSeries(base);
    if (reform) {
      rates.addSeries(ref);
    }
    chart(ChartFactory.createXYLineChart("Effective marginal rate, % (clipped to -200..300; above 100 = cliff)",
        "monthly wages, yuan", "%", rates), 900, 380, "effective marginal rate");
  }

  void write(Writer out) throws IOException {
    out.write("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>" + esc(title) + "</title>\n"
        + "<style>body{font-family:sans-serif;max-width:1000px;margin:2em auto}table{border-collapse:collapse;margin:1em 0}"
        + "td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}th{background:#eee}td:first-child{text-align:left}"
        + "img{display:block;margin:1em 0}</style></head><body>\n<h1>" + esc(title) + "</h1>\n");
    out.write(body.toString());
    out.write("</body></html>\n");
  }
}
