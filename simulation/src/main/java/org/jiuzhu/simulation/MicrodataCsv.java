package org.jiuzhu.simulation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import org.jiuzhu.rules.io.LineReader;
import org.jiuzhu.rules.io.StrictInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.validation.Problem;
import org.jiuzhu.core.validation.ValidationException;

/**
 * Microdata as CSV: households in the columns of {@link Microdata} (a header line, one person a
 * line), and results, one household a line ({@link #RESULT_COLUMNS}). The reader streams:
 * memory holds one batch of households (the run that reads it, two).
 *
 * @since 0.1.0
 */
public final class MicrodataCsv {
  private MicrodataCsv() {}

  /** The columns of a result line; money in yuan a month. */
  public static final ImmutableList<String> RESULT_COLUMNS = ImmutableList.of("household", "region", "hukou", "persons",
      "weight", "marketIncome", "povertyLine", "baselineTransfers", "reformTransfers", "change", "baselineProgrammes",
      "reformProgrammes", "baselineAmounts", "reformAmounts", "needsReview", "gap");

  private static final CsvMapper CSV = new CsvMapper();

  private static ObjectWriter writer(List<String> columns) {
    CsvSchema.Builder b = CsvSchema.builder();
    columns.forEach(b::addColumn);
    return CSV.writerFor(Map.class).with(b.build());
  }

  /** Writes the header line of household microdata. */
  public static void writeHouseholdHeader(Writer out) throws IOException {
    out.write(String.join(",", Microdata.COLUMNS));
    out.write('\n');
  }

  private static final ObjectWriter HOUSEHOLD_ROW = writer(Microdata.COLUMNS);
  private static final ObjectWriter RESULT_ROW = writer(RESULT_COLUMNS);

  /** Writes the rows of one household. */
  public static void writeHousehold(Writer out, Household h, long weight) throws IOException {
    writeHousehold(out, h, java.math.BigDecimal.valueOf(weight));
  }

  /** Writes the rows of one household standing for {@code weight} households. */
  public static void writeHousehold(Writer out, Household h, java.math.BigDecimal weight) throws IOException {
    for (Map<String, String> r : Microdata.rows(h, weight)) {
      Map<String, String> row = new LinkedHashMap<>();
      for (String c : Microdata.COLUMNS) {
        row.put(c, r.getOrDefault(c, ""));
      }
      out.write(HOUSEHOLD_ROW.writeValueAsString(row));
    }
  }

  /** Writes the header line of results. */
  public static void writeResultHeader(Writer out) throws IOException {
    out.write(String.join(",", RESULT_COLUMNS));
    out.write('\n');
  }

  /** Writes one household's result. */
  public static void writeResult(Writer out, HouseholdOutcome o) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("household", o.householdId());
    row.put("region", o.region().toString());
    row.put("hukou", o.hukou().name());
    row.put("persons", Integer.toString(o.persons()));
    row.put("weight", o.weight().toPlainString());
    row.put("marketIncome", Money.ofFen(o.marketIncome()).toString());
    row.put("povertyLine", Money.ofFen(o.povertyLine()).toString());
    row.put("baselineTransfers", Money.ofFen(o.baselineTransfers()).toString());
    row.put("reformTransfers", Money.ofFen(o.reformTransfers()).toString());
    row.put("change", Money.ofFen(o.change()).toString());
    row.put("baselineProgrammes", o.baseline().stream().map(HouseholdOutcome.ProgrammeAmount::programmeId).collect(Collectors.joining(";")));
    row.put("reformProgrammes", o.reform().stream().map(HouseholdOutcome.ProgrammeAmount::programmeId).collect(Collectors.joining(";")));
    row.put("baselineAmounts", HouseholdOutcome.amounts(o.baseline()));
    row.put("reformAmounts", HouseholdOutcome.amounts(o.reform()));
    row.put("needsReview", o.reviewText());
    row.put("gap", o.gap() == null ? "" : o.gap());
    try {
      out.write(RESULT_ROW.writeValueAsString(row));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Households read from a CSV microdata file, for a simulation on {@code date}: the file's
   * household column is scanned first, so that a household whose rows are split apart is rejected
   * whole, once, and none of its rows counted (see {@link RowGrouper}).
   *
   * @throws ValidationException if the header is missing, names unknown columns or lacks a required one
   */
  public static HouseholdSource reader(java.nio.file.Path file, LocalDate date) throws IOException {
    return reader(file, date, null);
  }

  /**
   * As {@link #reader(java.nio.file.Path, LocalDate)}, and a household of a region {@code regions}
   * does not know is a defect of its first row (null: every region is taken).
   *
   * @since 0.6.0
   */
  public static HouseholdSource reader(java.nio.file.Path file, LocalDate date, Microdata.KnownRegions regions) throws IOException {
    String name = file.getFileName().toString();
    Map<String, List<long[]>> split;
    try (BufferedReader raw = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8);
         LineReader in = new LineReader(raw, StrictInput.MAX_MICRODATA_ROW_BYTES)) {
      List<String> columns = header(name, in.next());
      int at = columns.indexOf("household");
      ObjectReader cells = CSV.readerFor(String[].class).with(CsvSchema.emptySchema());
      List<Map.Entry<Long, String>> ids = new ArrayList<>();
      long line = 1;
      for (LineReader.Line l = in.next(); l != null; l = in.next()) {
        String text = l.text();
        line++;
        if (text.isBlank()) {
          continue;
        }
        String id;
        try {
          String[] v = cells.readValue(text);
          id = at < v.length ? v[at] : "";
        } catch (JsonProcessingException e) {
          id = "";
        }
        ids.add(Map.entry(line, id));
      }
      split = RowGrouper.splitIds(ids);
    }
    BufferedReader in = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8);
    try {
      return reader(name, in, date, split, regions);
    } catch (RuntimeException | IOException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Households read from CSV microdata, for a simulation on {@code date}, in one pass. The header
   * must name known columns and every column of {@link Microdata#REQUIRED_COLUMNS} ({@link
   * Microdata#OPTIONAL_COLUMNS} may be left out); a row with fewer or more fields than the header
   * is a defect of its household. One pass cannot reject whole a household whose rows are split
   * apart (its first part is read before the second is met): {@link #reader(java.nio.file.Path,
   * LocalDate)} can.
   *
   * @param name the file's name, for messages
   * @param in the lines; closed at the end of the input
   * @throws ValidationException if the header is missing, names unknown columns or lacks a required one
   */
  public static HouseholdSource reader(String name, BufferedReader in, LocalDate date) throws IOException {
    return reader(name, in, date, Map.of(), null);
  }

  private static HouseholdSource reader(String name, BufferedReader raw, LocalDate date, Map<String, List<long[]>> split,
      Microdata.KnownRegions regions) throws IOException {
    // rows of at most 64 KiB (StrictInput.MAX_MICRODATA_ROW_BYTES): a longer one is a bad row, never held whole
    LineReader in = new LineReader(raw, StrictInput.MAX_MICRODATA_ROW_BYTES);
    List<String> columns = header(name, in.next());
    ObjectReader rows = CSV.readerFor(String[].class).with(CsvSchema.emptySchema());
    return new Reader(name, in, rows, columns, date, split, regions);
  }

  /** The columns of a header line, checked against the schema (a header longer than a row may be is refused). */
  private static List<String> header(String name, LineReader.Line line) {
    if (line != null && line.tooLong()) {
      throw new ValidationException(Microdata.t("microdata.subject", name), List.of(Problem.of("", "csv.header.size",
          Microdata.t("microdata.header.size", Long.toString(line.bytes()), Integer.toString(StrictInput.MAX_MICRODATA_ROW_BYTES)))));
    }
    String header = line == null ? null : line.text();
    if (header == null || header.isBlank()) {
      throw new ValidationException(Microdata.t("microdata.subject", name), List.of(Problem.of("", "csv.header.missing",
          Microdata.t("microdata.header.missing"))));
    }
    List<String> columns = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (String c : header.split(",", -1)) {
      String col = c.trim();
      if (col.startsWith("\uFEFF")) {
        col = col.substring(1); // a byte-order mark written by spreadsheet programs
      }
      if (!Microdata.COLUMNS.contains(col)) {
        problems.add(Problem.of(col, "csv.column.unknown", Microdata.t("microdata.column.unknown", col, Microdata.COLUMNS)));
      } else if (columns.contains(col)) {
        problems.add(Problem.of(col, "csv.column.duplicate", Microdata.t("microdata.column.duplicate", col)));
      }
      columns.add(col);
    }
    for (String missing : Microdata.missingColumns(columns)) {
      problems.add(Problem.of(missing, "csv.column.missing", Microdata.t("microdata.column.missing", missing,
          List.copyOf(Microdata.OPTIONAL_COLUMNS.keySet()))));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(Microdata.t("microdata.subject", name), problems);
    }
    return columns;
  }

  /** Reads lines in order; the rows of one household must be together. */
  private static final class Reader implements HouseholdSource {
    private final String name;
    private final LineReader in;
    private final ObjectReader rows;
    private final String[] columns;
    private final int[] index; // Microdata column -> field, or -1
    private final RowGrouper grouper;
    private long line = 1;
    private boolean done;

    Reader(String name, LineReader in, ObjectReader rows, List<String> columns, LocalDate date, Map<String, List<long[]>> split,
        Microdata.KnownRegions regions) {
      this.name = name;
      this.in = in;
      this.rows = rows;
      this.columns = columns.toArray(new String[0]);
      this.index = new int[Microdata.COLUMNS.size()];
      for (int c = 0; c < index.length; c++) {
        index[c] = columns.indexOf(Microdata.COLUMNS.get(c));
      }
      this.grouper = new RowGrouper(name, date, split, regions);
    }

    @Override
    public long size() {
      return -1;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Batch next(int max) throws IOException {
      while (grouper.households() < max && !done) {
        LineReader.Line l = in.next();
        line++;
        if (l == null) {
          done = true;
          grouper.finishHousehold();
          in.close();
          break;
        }
        String text = l.text();
        if (!l.tooLong() && text.isBlank()) {
          continue;
        }
        String[] cells;
        List<Microdata.Defect> defects = null;
        try {
          cells = rows.readValue(text);
        } catch (JsonProcessingException e) {
          cells = new String[0];
          defects = List.of(Microdata.Defect.of(line, columns[0], text.length() > 40 ? text.substring(0, 40) + "…" : text,
              Microdata.t("microdata.expected.csv-line", Integer.toString(columns.length)),
              Microdata.t("microdata.what.csv-malformed", e.getOriginalMessage())));
        }
        if (l.tooLong()) {
          // its start is kept (the household's id, when it parses): the row is a bad row of its household
          defects = List.of(Microdata.Defect.of(line, columns[0], text.length() > 40 ? text.substring(0, 40) + "…" : text,
              Microdata.t("microdata.expected.row-size", Integer.toString(StrictInput.MAX_MICRODATA_ROW_BYTES)),
              Microdata.t("microdata.what.row-size", Long.toString(l.bytes()))));
        }
        if (defects == null && cells.length != columns.length) {
          defects = List.of(cells.length < columns.length
              ? Microdata.Defect.of(line, columns[cells.length], "", Microdata.t("microdata.expected.fields", Integer.toString(columns.length)),
                  Microdata.t("microdata.what.fields.short", Integer.toString(cells.length), columns[cells.length],
                      Integer.toString(cells.length + 1)))
              : Microdata.Defect.of(line, "(" + (columns.length + 1) + ")", cells[columns.length],
                  Microdata.t("microdata.expected.fields", Integer.toString(columns.length)),
                  Microdata.t("microdata.what.fields.long", Integer.toString(cells.length))));
        }
        String[] values = new String[index.length];
        for (int c = 0; c < index.length; c++) {
          int f = index[c];
          if (f >= 0 && f < cells.length && cells[f] != null && !cells[f].isEmpty()) {
            values[c] = cells[f];
          }
        }
        Microdata.Row row = column -> {
          int c = Microdata.indexOf(column);
          return c < 0 ? null : values[c];
        };
        grouper.add(values[0], line, row, defects);
      }
      return grouper.batch();
    }
  }
}
