package org.jiuzhu.cli.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One section of a report: a heading and its blocks — paragraphs, notes, tables and charts — in
 * the order added.
 */
public final class Section {
  /** A block of a section. */
  public sealed interface Block permits Paragraph, Note, Table, Chart, Checklist {}

  /** A paragraph of text. */
  public record Paragraph(String text) implements Block {}

  /** A highlighted note; {@code warning} draws it as a warning (e.g. an illustrative value). */
  public record Note(String text, boolean warning) implements Block {}

  /** A list with check boxes to tick on paper (the document checklist). */
  public record Checklist(List<String> items) implements Block {
    public Checklist {
      items = List.copyOf(items);
    }
  }

  /**
   * A table: a caption, the header and the rows, already formatted (numbers with thousands
   * separators). Columns whose every non-empty cell is a number are right-aligned. Rows flagged
   * in {@code warningRows} are highlighted.
   */
  public record Table(String caption, List<String> header, List<List<String>> rows, List<Integer> warningRows) implements Block {
    public Table {
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
      warningRows = List.copyOf(warningRows);
      for (List<String> r : rows) {
        if (r.size() != header.size()) {
          throw new IllegalArgumentException("table '" + caption + "' has a row of " + r.size() + " cells; expected "
              + header.size() + " like its header");
        }
      }
    }

    public Table(String caption, List<String> header, List<List<String>> rows) {
      this(caption, header, rows, List.of());
    }
  }

  /**
   * An interactive chart: an Apache ECharts option (see {@link Charts}) and its height in pixels;
   * {@code description} is the chart's text alternative.
   */
  public record Chart(String description, ObjectNode option, int height) implements Block {}

  private final String id;
  private final String heading;
  private final List<Block> blocks = new ArrayList<>();

  /** A section with an anchor {@code id} (letters, digits, dashes) and a heading. */
  public Section(String id, String heading) {
    if (!id.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("section id '" + id + "'; expected lower-case letters, digits and dashes");
    }
    this.id = id;
    this.heading = heading;
  }

  public String id() {
    return id;
  }

  public String heading() {
    return heading;
  }

  public List<Block> blocks() {
    return Collections.unmodifiableList(blocks);
  }

  /** Adds a block; returns this. */
  public Section add(Block b) {
    blocks.add(b);
    return this;
  }

  public Section paragraph(String text) {
    return add(new Paragraph(text));
  }

  public Section note(String text) {
    return add(new Note(text, false));
  }

  public Section warning(String text) {
    return add(new Note(text, true));
  }

  public Section table(String caption, List<String> header, List<List<String>> rows) {
    return add(new Table(caption, header, rows));
  }

  public Section chart(String description, ObjectNode option, int height) {
    return add(new Chart(description, option, height));
  }
}
