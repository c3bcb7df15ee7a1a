package org.jiuzhu.cli.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Apache ECharts options for the charts of the reports: bars (grouped, stacked, horizontal for
 * long names), lines (steps for benefit schedules) with marked cliffs. Values are plain numbers;
 * the page formats them ({@code _fmt}: {@code yuan}, {@code households}, {@code persons},
 * {@code percent}, {@code count}) with thousands separators in tooltips and on axes.
 */
public final class Charts {
  /** A palette that reads on white and in grey print: blue, orange, green, red, purple, brown, teal, grey. */
  static final List<String> PALETTE = List.of("#1f5fa8", "#e07b00", "#2e7d32", "#c62828", "#6a3d9a", "#8c564b", "#00838f",
      "#546e7a", "#ad1457", "#9e9d24", "#283593", "#4e342e");
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private Charts() {}

  /** A series of a bar chart. */
  public record Bars(String name, List<Double> values, String colour, String stack, boolean labels) {
    public Bars {
      values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values)); // nulls allowed: no bar
    }

    public Bars(String name, List<Double> values) {
      this(name, values, null, null, false);
    }
  }

  /** A series of a line chart: points {x, y}; {@code step} draws a step line, {@code dashed} a dashed one. */
  public record Line(String name, List<double[]> points, String colour, boolean step, boolean dashed) {
    public Line {
      points = List.copyOf(points);
    }
  }

  static ObjectNode base(String format) {
    ObjectNode o = F.objectNode();
    o.put("_fmt", format);
    o.putArray("color").addAll(PALETTE.stream().map(F::textNode).toList());
    o.put("backgroundColor", "#ffffff");
    ObjectNode legend = o.putObject("legend");
    legend.put("type", "plain");
    legend.put("bottom", 4);
    legend.put("left", "center");
    legend.put("width", "92%");
    legend.put("itemGap", 14);
    legend.putObject("textStyle").put("fontSize", 13).put("color", "#1d2330");
    ObjectNode toolbox = o.putObject("toolbox");
    toolbox.put("right", 10);
    toolbox.put("top", 4);
    toolbox.putObject("feature").putObject("saveAsImage").put("title", "PNG").put("pixelRatio", 2);
    return o;
  }

  private static ObjectNode grid(ObjectNode o, int top, int bottom) {
    ObjectNode g = o.putObject("grid");
    g.put("left", 16);
    g.put("right", 36);
    g.put("top", top);
    g.put("bottom", bottom);
    g.put("containLabel", true);
    return g;
  }

  private static ObjectNode axisName(ObjectNode axis, String name, boolean vertical) {
    if (name != null) {
      axis.put("name", name);
      axis.put("nameLocation", vertical ? "end" : "middle");
      axis.put("nameGap", vertical ? 14 : 30);
      axis.putObject("nameTextStyle").put("color", "#4f5a6b").put("fontSize", 12).put("align", vertical ? "left" : "center");
    }
    axis.putObject("axisLabel").put("color", "#1d2330").put("fontSize", 12);
    return axis;
  }

  /**
   * Bars by category. {@code horizontal} puts the categories on the vertical axis with their full
   * names (wrapped to {@code labelWidth} pixels) — for programme names; {@code log} draws the value
   * axis on a log scale (zeros as no bar) so that small counts beside a large one stay visible.
   */
  public static ObjectNode bars(List<String> categories, List<Bars> series, boolean horizontal,
      String format, String valueName, String categoryName, boolean log, int labelWidth) {
    ObjectNode o = base(format);
    boolean rotate = !horizontal && categories.size() > 6;
    grid(o, 40, (series.size() > 1 ? legendHeight(series.size()) : 16) + (categoryName != null && !horizontal ? 24 : 0)
        + (valueName != null && horizontal ? 28 : 0));
    ObjectNode cat = F.objectNode();
    cat.put("type", "category");
    ArrayNode data = cat.putArray("data");
    categories.forEach(data::add);
    axisName(cat, categoryName, horizontal);
    if (categoryName != null && !horizontal) {
      cat.put("nameGap", rotate ? 72 : 36);
    }
    ObjectNode catLabel = (ObjectNode) cat.get("axisLabel");
    catLabel.put("interval", 0);
    catLabel.put("width", labelWidth);
    catLabel.put("overflow", "break");
    catLabel.put("lineHeight", 15);
    if (horizontal) {
      cat.put("inverse", true);
    } else if (rotate) {
      catLabel.put("rotate", 30);
    }
    ObjectNode val = F.objectNode();
    val.put("type", log ? "log" : "value");
    if (log) {
      val.put("logBase", 10);
      val.put("min", 1);
    }
    axisName(val, valueName, !horizontal);
    val.putObject("splitLine").putObject("lineStyle").put("color", "#e3e7ee");
    o.set(horizontal ? "yAxis" : "xAxis", cat);
    o.set(horizontal ? "xAxis" : "yAxis", val);
    o.putObject("tooltip").putObject("axisPointer").put("type", "shadow");
    ArrayNode ss = o.putArray("series");
    for (Bars b : series) {
      ObjectNode s = ss.addObject();
      s.put("type", "bar");
      s.put("name", b.name());
      if (b.stack() != null && log) {
        s.put("barGap", "-100%"); // one bar a category: on a log axis, overlaid rather than stacked on zero
      } else if (b.stack() != null) {
        s.put("stack", b.stack());
      }
      s.put("barMaxWidth", 36);
      if (b.colour() != null) {
        s.putObject("itemStyle").put("color", b.colour());
      }
      if (b.labels()) {
        s.putObject("label").put("show", true).put("position", horizontal ? "right" : "top").put("fontSize", 11)
            .put("color", "#1d2330");
      }
      ArrayNode d = s.putArray("data");
      for (Double v : b.values()) {
        if (v == null || (log && v <= 0)) {
          d.addNull();
        } else {
          d.add(v);
        }
      }
    }
    return o;
  }

  /** Room for a legend of {@code n} entries below the chart, in rows of about three. */
  static int legendHeight(int n) {
    return 12 + 24 * ((n + 2) / 3);
  }

  /** Lines over a numeric horizontal axis, e.g. amounts as wages rise. */
  public static ObjectNode lines(List<Line> series, String xFormat, String xName,
      String yFormat, String yName) {
    ObjectNode o = base(yFormat);
    grid(o, 44, 30 + legendHeight(series.size()));
    ObjectNode x = axisName(F.objectNode().put("type", "value").put("_fmt", xFormat), xName, false);
    x.put("scale", true);
    ObjectNode y = axisName(F.objectNode().put("type", "value").put("_fmt", yFormat), yName, true);
    y.putObject("splitLine").putObject("lineStyle").put("color", "#e3e7ee");
    o.set("xAxis", x);
    o.set("yAxis", y);
    ObjectNode tt = o.putObject("tooltip");
    tt.putObject("axisPointer").put("type", "cross");
    ArrayNode ss = o.putArray("series");
    for (Line l : series) {
      ObjectNode s = ss.addObject();
      s.put("type", "line");
      s.put("name", l.name());
      s.put("showSymbol", false);
      if (l.step()) {
        s.put("step", "end");
      }
      ObjectNode ls = s.putObject("lineStyle").put("width", 2.2);
      if (l.dashed()) {
        ls.put("type", "dashed");
      }
      if (l.colour() != null) {
        s.putObject("itemStyle").put("color", l.colour());
        ls.put("color", l.colour());
      }
      ArrayNode d = s.putArray("data");
      for (double[] p : l.points()) {
        d.addArray().add(p[0]).add(p[1]);
      }
    }
    return o;
  }

  /**
   * Marks the cliffs on a line chart: a red dashed vertical line at each {@code x} (the wage at
   * which net income falls), labelled {@code label}.
   */
  public static void markCliffs(ObjectNode option, List<Double> xs, String label) {
    for (Double x : xs) {
      ObjectNode d = markLine(option);
      d.put("xAxis", x);
      d.put("name", label);
      d.putObject("lineStyle").put("color", "#c62828").put("type", "dashed").put("width", 1.5);
      d.putObject("label").put("formatter", label).put("position", "end").put("color", "#c62828").put("fontSize", 11);
    }
  }

  /** A horizontal reference line at {@code y}, labelled. */
  public static void markY(ObjectNode option, double y, String label) {
    ObjectNode d = markLine(option);
    d.put("yAxis", y);
    d.putObject("lineStyle").put("color", "#6a3d9a").put("type", "dotted").put("width", 1.5);
    d.putObject("label").put("formatter", label).put("position", "insideEndTop").put("color", "#6a3d9a");
  }

  /** A new data item of the first series' mark lines. */
  private static ObjectNode markLine(ObjectNode option) {
    ObjectNode first = (ObjectNode) option.get("series").get(0);
    ObjectNode line = first.has("markLine") ? (ObjectNode) first.get("markLine") : first.putObject("markLine");
    if (!line.has("data")) {
      line.put("symbol", "none");
      line.put("silent", true);
      line.putArray("data");
    }
    return ((ArrayNode) line.get("data")).addObject();
  }
}
