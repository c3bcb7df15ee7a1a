package org.jiuzhu.cli.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A report as one self-contained HTML file: its title, lines of context, sections, and Apache
 * ECharts inlined so that the file works offline and makes no request. Two layouts: a
 * researcher's {@link Layout#REPORT} (wide, interactive charts, a print style) and a caseworker's
 * {@link Layout#NOTICE} (an A4 page to print and hand over).
 */
public final class ReportPage {
  /** The page layout. */
  public enum Layout {
    REPORT,
    NOTICE
  }

  /** Where the WebJar keeps ECharts. */
  static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
  private static final Pattern NUMBER = Pattern.compile("[-−+]?[\\d,]+(\\.\\d+)?( ?%| 元| yuan)?|–");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Texts texts;
  private final Layout layout;
  private final String title;
  private final List<String> context = new ArrayList<>();
  private final List<Section> sections = new ArrayList<>();

  public ReportPage(Texts texts, Layout layout, String title) {
    this.texts = texts;
    this.layout = layout;
    this.title = title;
  }

  public Texts texts() {
    return texts;
  }

  public String title() {
    return title;
  }

  /** Adds a line of context under the title (source, date, reform); returns this. */
  public ReportPage context(String line) {
    context.add(line);
    return this;
  }

  /** Adds a section; returns this. */
  public ReportPage add(Section s) {
    sections.add(s);
    return this;
  }

  public List<Section> sections() {
    return Collections.unmodifiableList(sections);
  }

  /** Writes the page to {@code file}, replacing it. */
  public void write(Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(w);
    }
  }

  /** Writes the page. */
  public void write(Writer out) throws IOException {
    boolean charts = sections.stream().flatMap(s -> s.blocks().stream()).anyMatch(b -> b instanceof Section.Chart);
    out.write("<!DOCTYPE html>\n<html lang=\"" + texts.lang() + "\"><head><meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; "
        + "style-src 'unsafe-inline'; img-src data:\">\n"
        + "<title>" + esc(title) + "</title>\n<style>\n" + style() + "</style>\n");
    if (charts) {
      out.write("<script>\n");
      out.write(echarts());
      out.write("\n</script>\n");
    }
    out.write("</head><body class=\"" + (layout == Layout.NOTICE ? "notice" : "report") + "\">\n<header>\n<h1>" + esc(title)
        + "</h1>\n");
    for (String c : context) {
      out.write("<p class=\"context\">" + esc(c) + "</p>\n");
    }
    out.write("</header>\n");
    if (layout == Layout.REPORT && sections.size() > 2) {
      out.write("<nav><h2>" + esc(texts.t("page.contents")) + "</h2><ol>");
      for (Section s : sections) {
        out.write("<li><a href=\"#" + s.id() + "\">" + esc(s.heading()) + "</a></li>");
      }
      out.write("</ol></nav>\n");
    }
    int chart = 0;
    StringBuilder specs = new StringBuilder();
    for (Section s : sections) {
      out.write("<section id=\"" + s.id() + "\">\n<h2>" + esc(s.heading()) + "</h2>\n");
      for (Section.Block b : s.blocks()) {
        if (b instanceof Section.Paragraph p) {
          out.write("<p>" + esc(p.text()) + "</p>\n");
        } else if (b instanceof Section.Note n) {
          out.write("<p class=\"" + (n.warning() ? "note warning" : "note") + "\">" + esc(n.text()) + "</p>\n");
        } else if (b instanceof Section.Checklist c) {
          out.write("<ul class=\"checklist\">");
          for (String item : c.items()) {
            out.write("<li><span class=\"box\" aria-hidden=\"true\"></span>" + esc(item) + "</li>");
          }
          out.write("</ul>\n");
        } else if (b instanceof Section.Table t) {
          table(out, t);
        } else if (b instanceof Section.Chart c) {
          String id = "chart-" + (++chart);
          out.write("<figure class=\"chart-box\"><figcaption>" + esc(c.description()) + "</figcaption><div class=\"chart\" id=\"" + id + "\" role=\"img\" aria-label=\""
              + esc(c.description()) + "\" style=\"height:" + c.height() + "px\" data-spec=\"" + id + "-spec\"></div>"
              + "</figure>\n");
          specs.append("<script type=\"application/json\" id=\"").append(id).append("-spec\">")
              .append(JSON.writeValueAsString(c.option()).replace("</", "<\\/")).append("</script>\n");
        }
      }
      out.write("</section>\n");
    }
    out.write("<footer><p>" + esc(texts.t(layout == Layout.NOTICE ? "page.footer.notice" : "page.footer")) + "</p></footer>\n");
    if (charts) {
      out.write(specs.toString());
      out.write("<script>\n" + renderer() + "</script>\n");
    }
    out.write("</body></html>\n");
  }

  private void table(Writer out, Section.Table t) throws IOException {
    int n = t.header().size();
    boolean[] numeric = new boolean[n];
    for (int i = 0; i < n; i++) {
      boolean any = false;
      boolean all = true;
      for (List<String> r : t.rows()) {
        String c = r.get(i);
        if (!c.isEmpty()) {
          any = true;
          all &= NUMBER.matcher(c).matches();
        }
      }
      numeric[i] = any && all;
    }
    out.write("<div class=\"table-box\"><table>");
    if (!t.caption().isEmpty()) {
      out.write("<caption>" + esc(t.caption()) + "</caption>");
    }
    out.write("<thead><tr>");
    for (int i = 0; i < n; i++) {
      out.write("<th" + (numeric[i] ? " class=\"num\"" : "") + " scope=\"col\">" + esc(t.header().get(i)) + "</th>");
    }
    out.write("</tr></thead><tbody>\n");
    for (int r = 0; r < t.rows().size(); r++) {
      out.write(t.warningRows().contains(r) ? "<tr class=\"warning\">" : "<tr>");
      List<String> row = t.rows().get(r);
      for (int i = 0; i < n; i++) {
        out.write("<td" + (numeric[i] ? " class=\"num\"" : "") + ">" + esc(row.get(i)) + "</td>");
      }
      out.write("</tr>\n");
    }
    out.write("</tbody></table></div>\n");
  }

  /** Escapes text for HTML. */
  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String echarts() {
    try (InputStream in = ReportPage.class.getClassLoader().getResourceAsStream(ECHARTS)) {
      if (in == null) {
        throw new IllegalStateException("Apache ECharts is not on the class path (" + ECHARTS
            + "); the report needs the WebJar org.webjars.npm:echarts:5.3.1");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</script", "<\\/script");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = ReportPage.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String style() {
    return resource("report.css");
  }

  private String renderer() {
    return "var JIUZHU_UNITS = " + units() + ";\n" + resource("report.js");
  }

  private String units() {
    try {
      // an ordered map: the page is the same, byte for byte, from one run to the next
      return JSON.writeValueAsString(com.google.common.collect.ImmutableMap.of("yuan", texts.t("unit.yuan.suffix"), "households",
          texts.t("unit.households.suffix"), "persons", texts.t("unit.persons.suffix")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
