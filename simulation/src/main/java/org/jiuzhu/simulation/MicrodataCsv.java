package org.jiuzhu.simulation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
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
    row.put("weight", Long.toString(o.weight()));
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
   * Households read from CSV microdata, for a simulation on {@code date}. The header must name
   * known columns; {@code household}, {@code order}, {@code member}, {@code region}, {@code
   * relationship}, {@code birthDate}, {@code hukou} and {@code workStatus} are required.
   *
   * @param name the file's name, for messages
   * @param in the lines; closed at the end of the input
   * @throws ValidationException if the header is missing or names unknown columns
   */
  public static HouseholdSource reader(String name, BufferedReader in, LocalDate date) throws IOException {
    String header = in.readLine();
    if (header == null || header.isBlank()) {
      throw new ValidationException("microdata " + name, List.of(Problem.of("", "csv.header.missing",
          name + ": the header line is missing; expected the columns of docs/simulation.md")));
    }
    List<String> columns = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (String c : header.split(",", -1)) {
      String col = c.trim();
      if (!Microdata.COLUMNS.contains(col)) {
        problems.add(Problem.of(col, "csv.column.unknown", name + ":1: unknown column '" + col + "'; expected some of "
            + Microdata.COLUMNS));
      }
      columns.add(col);
    }
    for (String required : List.of("household", "order", "member", "region", "relationship", "birthDate", "hukou", "workStatus")) {
      if (!columns.contains(required)) {
        problems.add(Problem.of(required, "csv.column.missing", name + ":1: column '" + required + "' is missing"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException("microdata " + name, problems);
    }
    CsvSchema.Builder schema = CsvSchema.builder();
    columns.forEach(schema::addColumn);
    ObjectReader rows = CSV.readerFor(Map.class).with(schema.build());
    return new Reader(name, in, rows, date);
  }

  /** Reads lines in order; the rows of one household must be together. */
  private static final class Reader implements HouseholdSource {
    private final String name;
    private final BufferedReader in;
    private final ObjectReader rows;
    private final RowGrouper grouper;
    private long line = 1;
    private boolean done;

    Reader(String name, BufferedReader in, ObjectReader rows, LocalDate date) {
      this.name = name;
      this.in = in;
      this.rows = rows;
      this.grouper = new RowGrouper(name, date);
    }

    @Override
    public long size() {
      return -1;
    }

    @Override
    public Batch next(int max) throws IOException {
      while (grouper.households() < max && !done) {
        String text = in.readLine();
        line++;
        if (text == null) {
          done = true;
          grouper.finishHousehold();
          in.close();
          break;
        }
        if (text.isBlank()) {
          continue;
        }
        Map<?, ?> cells;
        try {
          cells = rows.readValue(text);
        } catch (JsonProcessingException e) {
          throw new ValidationException("microdata " + name, List.of(Problem.of("row " + line, "csv.malformed",
              name + ":" + line + ": malformed CSV: " + e.getOriginalMessage())));
        }
        Map<String, String> row = new LinkedHashMap<>();
        cells.forEach((k, v) -> {
          String str = String.valueOf(v);
          if (!str.isEmpty()) {
            row.put(String.valueOf(k), str);
          }
        });
        grouper.add(row.get("household"), line, row::get);
      }
      return grouper.batch();
    }
  }
}
