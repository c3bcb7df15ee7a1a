package org.jiuzhu.rules.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jiuzhu.core.household.Disability;
import org.jiuzhu.core.household.DisabilityCategory;
import org.jiuzhu.core.household.Illness;
import org.jiuzhu.core.household.IncomeCategory;
import org.jiuzhu.core.monitoring.MonthlyRecord;
import org.jiuzhu.core.monitoring.RecordType;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.validation.Problem;
import org.jiuzhu.core.validation.Problems;
import org.jiuzhu.core.validation.ValidationException;

/**
 * Reads a monthly monitoring feed — JSON lines or CSV, one record per line, schema in {@code
 * docs/monitoring.md} — as a stream. A line that cannot be read or does not make a valid record
 * is handed to the reject consumer with its line number and every problem, and reading goes on:
 * one bad line never stops the batch and is never dropped silently. Memory does not grow with
 * the length of the feed.
 *
 * <p>Messages name the field and the value, except for diagnoses, which are health data.
 *
 * @since 0.1.0
 */
public final class MonthlyRecordReader {
  /** The fields (JSON names, CSV columns) of a record. */
  public static final ImmutableSet<String> FIELDS = ImmutableSet.of("household", "type", "date", "member", "amount",
      "inpatient", "medicalAssistance", "diagnosis", "icd10", "major", "chronic", "dialysisPerWeek",
      "disabilityCategory", "disabilityGrade", "incomeCategory", "programme");

  private static final CsvMapper CSV = new CsvMapper();

  private MonthlyRecordReader() {}

  /** The two feed formats. */
  public enum Format {
    /** One JSON object per line ({@code .jsonl}, {@code .ndjson}). */
    JSONL,
    /** Comma-separated values with a header line naming the columns ({@code .csv}). */
    CSV;

    /** The format of {@code file}, from its extension. */
    public static Format of(Path file) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".csv")) {
        return CSV;
      }
      if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
        return JSONL;
      }
      throw new org.jiuzhu.core.text.LocalizedIllegalArgumentException(IoTexts.text("feed.extension", file.getFileName().toString()));
    }
  }

  /**
   * A line that did not become a record.
   *
   * @param source the feed's name
   * @param line the line number, from 1
   * @param problems every problem of the line
   * @param text the line as it was, for correction
   */
  public record Reject(String source, long line, List<Problem> problems, String text) {
    /** Copies the list. */
    public Reject {
      problems = ImmutableList.copyOf(problems);
    }

    /** {@link #message(Lang)} in English. */
    public String message() {
      return message(Lang.EN);
    }

    /**
     * One line for a person in {@code lang}: {@code source:line: path: problem; path: problem} in
     * English, {@code source:line: path：problem；path：problem} in Chinese (a field's path as household
     * files place it, the Chinese list separator); a line whose problems already name the file and
     * the line (its syntax) is not placed twice. A problem of the record as a whole (code {@code
     * record.…}: a field a record's type needs, or a record the monitor cannot apply) names its field in
     * words and is said without the path ({@code 成员 m9 不在本家庭中…}, not {@code member：成员 m9…}).
     * Without a line number (a generated record), the source alone.
     */
    public String message(Lang lang) {
      List<String> each = new ArrayList<>(problems.size());
      boolean placed = !problems.isEmpty();
      for (Problem p : problems) {
        boolean names = namesLine(p); // its text names the file, the line and the key itself
        placed &= names;
        each.add(names || p.path().isEmpty() || p.code().startsWith("record.") ? p.message(lang)
            : org.jiuzhu.core.validation.ValidationTexts.MESSAGES.get(lang, "problem.placed", p.path(), p.message(lang)));
      }
      String said = String.join(lang == Lang.ZH ? "；" : "; ", each);
      return placed ? said : source + (line > 0 ? ":" + line : "") + ": " + said;
    }
  }

  /**
   * What a read saw.
   *
   * @param lines lines read, the CSV header included
   * @param records records handed on
   * @param rejected lines rejected
   */
  public record Stats(long lines, long records, long rejected) {}

  /** Reads {@code file} in the format its extension names. */
  public static Stats read(Path file, Consumer<MonthlyRecord> records, Consumer<Reject> rejects) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(file.getFileName().toString(), in, Format.of(file), records, rejects);
    }
  }

  /**
   * Reads a feed named {@code name} from {@code in}.
   *
   * @throws ValidationException if a CSV feed's header is missing or names unknown columns: the
   *     file cannot be read at all
   */
  public static Stats read(String name, BufferedReader in, Format format, Consumer<MonthlyRecord> records,
      Consumer<Reject> rejects) throws IOException {
    return read(name, new LineReader(in, StrictInput.MAX_FEED_LINE_BYTES), format, records, rejects);
  }

  /**
   * Reads a feed named {@code name} from {@code lines} (whose limit is a line's, {@link
   * StrictInput#MAX_FEED_LINE_BYTES} for a feed): a line longer than the limit is rejected (code
   * {@code line.size}, with its length and the limit; its start kept as its text) and reading goes
   * on; a CSV header longer than it is refused, as a missing one is. {@link LineReader#current()}
   * is the line being read while its record is handed on.
   *
   * @since 0.6.0
   */
  public static Stats read(String name, LineReader lines, Format format, Consumer<MonthlyRecord> records,
      Consumer<Reject> rejects) throws IOException {
    long lineNo = 0;
    long ok = 0;
    long bad = 0;
    ObjectReader csvRow = null;
    if (format == Format.CSV) {
      csvRow = header(name, lines);
      lineNo++;
    }
    for (LineReader.Line read = lines.next(); read != null; read = lines.next()) {
      lineNo++;
      String line = read.text();
      if (read.tooLong()) {
        // never parsed: its start is the reject's text, for the person who mends it
        rejects.accept(new Reject(name, lineNo, List.of(tooLong(read, lines.maxBytes())), line));
        bad++;
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      String source = name + ":" + lineNo;
      Problems problems = new Problems();
      Optional<MonthlyRecord> record;
      try {
        if (format == Format.JSONL) {
          // parsed under the file's name: the reject names the file and the line once (not file:3 line 1)
          record = parse(StrictInput.parse(name, line, false), source, problems, false);
        } else {
          String text = line;
          if (StrictInput.loneSurrogate(text)) {
            throw new ValidationException(org.jiuzhu.core.validation.ValidationTexts.subject("file", source), List.of(Problem.of("",
                "field.surrogate", IoTexts.text("line.surrogate"))));
          }
          record = parse(csvTree(csvRow.readValue(text)), source, problems, true);
        }
      } catch (ValidationException e) {
        for (Problem p : e.problems()) {
          Problem at = atLine(p, lineNo);
          problems.add(IoTexts.relabel(at, at.path(), at.code().equals("file.malformed") ? "line.malformed" : at.code()));
        }
        record = Optional.empty();
      } catch (JsonProcessingException e) {
        problems.add("", "line.malformed", IoTexts.text("line.csv", e.getOriginalMessage()));
        record = Optional.empty();
      }
      if (record.isPresent()) {
        records.accept(record.get());
        ok++;
      } else {
        rejects.accept(new Reject(name, lineNo, problems.toList(), line));
        bad++;
      }
    }
    return new Stats(lineNo, ok, bad);
  }

  /**
   * Reads and checks the CSV header of a feed named {@code name}, its first line: missing, longer
   * than the line limit, or naming a column twice or an unknown column, the feed cannot be read.
   *
   * @throws ValidationException naming the file and what is wrong
   * @since 0.6.0
   */
  public static void checkHeader(String name, LineReader lines) throws IOException {
    header(name, lines);
  }

  private static ObjectReader header(String name, LineReader lines) throws IOException {
    LineReader.Line header = lines.next();
    if (header != null && header.tooLong()) {
      throw new ValidationException(org.jiuzhu.core.validation.ValidationTexts.subject("feed", name), List.of(Problem.of("",
          "line.size", IoTexts.text("csv.header.size", name, String.valueOf(header.bytes()), StrictInput.sizeText(lines.maxBytes()),
              String.valueOf(lines.maxBytes())))));
    }
    return csvReader(name, header == null ? null : header.text());
  }

  /**
   * The problem of a line longer than {@code maxBytes} (code {@code line.size}): its length and the
   * limit. For any line-oriented file read with a {@link LineReader} (a feed, a register).
   *
   * @since 0.6.0
   */
  public static Problem tooLong(LineReader.Line line, int maxBytes) {
    return Problem.of("", "line.size", IoTexts.text("line.size", String.valueOf(line.bytes()), StrictInput.sizeText(maxBytes),
        String.valueOf(maxBytes)));
  }

  /** The texts of a document's syntax that name a line ({@code {0}} the file, {@code {1}} the line). */
  private static final ImmutableSet<String> AT_LINE = ImmutableSet.of("file.duplicate", "file.duplicate.in", "file.malformed",
      "file.trailing", "file.duplicate.at", "file.duplicate.in.at");

  /** True when {@code p}'s text names the file and the line itself (a problem of the line's syntax). */
  static boolean namesLine(Problem p) {
    return p.text().isPresent() && AT_LINE.contains(p.text().get().key()) && p.text().get().args().size() >= 2;
  }

  /**
   * A problem of one line's document said at the line of the file: the parser counts lines within
   * the line (always 1), the file counts them from its start. For any line-oriented file whose
   * lines are parsed one at a time under the file's name (a feed here, a register of households).
   *
   * @param lineNo the line of the file, from 1
   */
  public static Problem atLine(Problem p, long lineNo) {
    if (p.text().isEmpty() || !AT_LINE.contains(p.text().get().key()) || p.text().get().args().size() < 2) {
      return p;
    }
    List<Object> args = new ArrayList<>(p.text().get().args());
    args.set(1, String.valueOf(lineNo));
    // a key given twice is placed by its problem's line within the line's document: said in the text instead
    String key = p.text().get().key();
    key = key.endsWith(".at") ? key.substring(0, key.length() - ".at".length()) : key;
    return Problem.of(p.path(), p.code(), IoTexts.text(key, args.toArray()));
  }

  private static ObjectReader csvReader(String name, String header) {
    if (header == null || header.isBlank()) {
      throw new ValidationException(org.jiuzhu.core.validation.ValidationTexts.subject("feed", name), List.of(Problem.of("",
          "csv.header.missing", IoTexts.text("csv.header.missing", name))));
    }
    CsvSchema.Builder schema = CsvSchema.builder();
    List<Problem> problems = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String column : header.split(",", -1)) {
      String c = column.trim();
      if (!seen.add(c)) {
        problems.add(Problem.of(c, "csv.column.duplicate", IoTexts.text("csv.column.duplicate", name, c)));
      }
      if (!FIELDS.contains(c)) {
        problems.add(Problem.of(c, "csv.column.unknown", IoTexts.text("csv.column.unknown", name, c, FIELDS.asList())));
      }
      schema.addColumn(c);
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(org.jiuzhu.core.validation.ValidationTexts.subject("feed", name), problems);
    }
    return CSV.readerFor(Map.class).with(schema.build());
  }

  private static JsonNode csvTree(Map<?, ?> row) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<?, ?> e : row.entrySet()) {
      String v = String.valueOf(e.getValue());
      if (!v.isEmpty()) { // an empty cell is an absent field
        o.put(String.valueOf(e.getKey()), v);
      }
    }
    return o;
  }

  /** A record from a parsed line, or empty with the problems recorded. */
  static Optional<MonthlyRecord> parse(JsonNode tree, String source, Problems problems) {
    return parse(tree, source, problems, false);
  }

  /** {@code csv}: every value is text (a CSV row), so numbers and booleans are read from it. */
  static Optional<MonthlyRecord> parse(JsonNode tree, String source, Problems problems, boolean csv) {
    if (tree == null || !tree.isObject()) {
      problems.add("", "line.object", IoTexts.text("line.object"));
      return Optional.empty();
    }
    Node n = new Node(tree, "", problems, csv);
    n.onlyFields(FIELDS);
    MonthlyRecord.Builder b = new MonthlyRecord.Builder().source(source);
    n.text("household", true).ifPresent(b::householdId);
    Optional<RecordType> type = n.text("type", true).flatMap(t -> {
      Optional<RecordType> known = RecordType.fromCode(t);
      if (known.isEmpty()) {
        List<String> codes = new ArrayList<>();
        for (RecordType r : RecordType.values()) {
          codes.add(r.code());
        }
        n.add("type", "field.enum", IoTexts.text("field.recordType", t, List.copyOf(codes)));
      }
      return known;
    });
    type.ifPresent(b::type);
    n.date("date", true).ifPresent(b::date);
    n.text("member", false).ifPresent(b::memberId);
    n.money("amount", false).ifPresent(b::amount);
    n.bool("inpatient").ifPresent(b::inpatient);
    n.money("medicalAssistance", false).ifPresent(b::medicalAssistance);
    n.enumValue("incomeCategory", IncomeCategory.class, false).ifPresent(b::incomeCategory);
    // a programme a record names (left-assistance, ...) must be one of the catalogue's, as in a household's currentBenefits
    n.text("programme", false).ifPresent(id -> {
      java.util.Set<String> programmes = HouseholdReader.knownProgrammes();
      if (programmes.contains(id)) {
        b.programmeId(id);
      } else {
        n.add("programme", "field.programme", IoTexts.text("field.programme", id, List.copyOf(programmes)));
      }
    });
    illness(n).ifPresent(b::illness);
    disability(n).ifPresent(b::disability);
    if (!problems.isEmpty() || type.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(b.build());
    } catch (ValidationException e) {
      e.problems().forEach(problems::add);
      return Optional.empty();
    } catch (IllegalStateException e) { // a required attribute the parser could not set
      problems.add("", "record.incomplete", IoTexts.text("record.incomplete", String.valueOf(e.getMessage()),
          HouseholdReader.notSet(e)));
      return Optional.empty();
    }
  }

  private static Optional<Illness> illness(Node n) {
    Optional<String> description = n.freeText("diagnosis", false);
    Optional<String> icd10 = n.text("icd10", false);
    Optional<Boolean> major = n.bool("major");
    Optional<Boolean> chronic = n.bool("chronic");
    Optional<Integer> dialysis = n.integer("dialysisPerWeek", false);
    if (description.isEmpty()) {
      if (icd10.isPresent() || major.isPresent() || chronic.isPresent() || dialysis.isPresent()) {
        n.add("diagnosis", "field.missing", IoTexts.text("field.diagnosis.missing"));
      }
      return Optional.empty();
    }
    try {
      Illness.Builder b = new Illness.Builder().description(description.get());
      icd10.ifPresent(b::icd10);
      major.ifPresent(b::major);
      chronic.ifPresent(b::chronic);
      dialysis.ifPresent(b::dialysisSessionsPerWeek);
      return Optional.of(b.build());
    } catch (ValidationException e) {
      e.problems().forEach(p -> n.problems.add(IoTexts.relabel(p,
          p.path().equals("dialysisSessionsPerWeek") ? "dialysisPerWeek" : "diagnosis", p.code())));
      return Optional.empty();
    }
  }

  private static Optional<Disability> disability(Node n) {
    Optional<DisabilityCategory> category = n.enumValue("disabilityCategory", DisabilityCategory.class, false);
    Optional<Integer> grade = n.integer("disabilityGrade", false);
    if (category.isEmpty() && grade.isEmpty()) {
      return Optional.empty();
    }
    if (category.isEmpty() || grade.isEmpty()) {
      if (n.problems.isEmpty()) {
        n.add(category.isEmpty() ? "disabilityCategory" : "disabilityGrade", "field.missing",
            IoTexts.text("field.disability.both"));
      }
      return Optional.empty();
    }
    try {
      return Optional.of(Disability.of(category.get(), grade.get()));
    } catch (IllegalArgumentException e) {
      if (e instanceof ValidationException && ((ValidationException) e).problems().size() == 1) {
        n.problems.add(IoTexts.relabel(((ValidationException) e).problems().get(0), "disabilityGrade", "field.range"));
      } else {
        n.add("disabilityGrade", "field.range", e.getMessage());
      }
      return Optional.empty();
    }
  }
}
