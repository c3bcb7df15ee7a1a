package org.jiuzhu.parquet;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.validation.Problem;
import org.jiuzhu.core.validation.ValidationException;
import org.jiuzhu.simulation.HouseholdOutcome;
import org.jiuzhu.simulation.HouseholdSource;
import org.jiuzhu.simulation.Microdata;
import org.jiuzhu.simulation.RowGrouper;

/**
 * Simulation microdata and results as Parquet: the columns of {@link Microdata} (money as
 * {@code DECIMAL(18,2)}, stored as fen) and of {@link #RESULT_SCHEMA}. Files are read row group by
 * row group, so memory holds one row group and one batch of households.
 *
 * @since 0.1.0
 */
public final class ParquetMicrodata {
  private ParquetMicrodata() {}

  /** The schema of household microdata. */
  public static final MessageType HOUSEHOLD_SCHEMA = householdSchema();

  private static final Map<String, Integer> COLUMN_INDEX = columnIndex();

  private static Map<String, Integer> columnIndex() {
    Map<String, Integer> m = new java.util.HashMap<>();
    for (int i = 0; i < Microdata.COLUMNS.size(); i++) {
      m.put(Microdata.COLUMNS.get(i), i);
    }
    return m;
  }

  /** The schema of results: one household a row, money in fen a month as DECIMAL(18,2). */
  public static final MessageType RESULT_SCHEMA = Types.buildMessage()
      .required(PrimitiveType.PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("household")
      .required(PrimitiveType.PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("region")
      .required(PrimitiveType.PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("hukou")
      .required(PrimitiveType.PrimitiveTypeName.INT32).named("persons")
      .required(PrimitiveType.PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.decimalType(Microdata.WEIGHT_DECIMALS, 18)).named("weight")
      .required(PrimitiveType.PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.decimalType(2, 18)).named("marketIncome")
      .required(PrimitiveType.PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.decimalType(2, 18)).named("povertyLine")
      .required(PrimitiveType.PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.decimalType(2, 18)).named("baselineTransfers")
      .required(PrimitiveType.PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.decimalType(2, 18)).named("reformTransfers")
      .required(PrimitiveType.PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.decimalType(2, 18)).named("change")
      .required(PrimitiveType.PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("baselineProgrammes")
      .required(PrimitiveType.PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("reformProgrammes")
      .required(PrimitiveType.PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("baselineAmounts")
      .required(PrimitiveType.PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("reformAmounts")
      .required(PrimitiveType.PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("needsReview")
      .required(PrimitiveType.PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("gap")
      .named("result");

  private static MessageType householdSchema() {
    Types.MessageTypeBuilder b = Types.buildMessage();
    for (String c : Microdata.COLUMNS) {
      Microdata.Type t = Microdata.TYPES.get(c);
      Type.Repetition rep = c.equals("household") || c.equals("order") || c.equals("member") ? Type.Repetition.REQUIRED
          : Type.Repetition.OPTIONAL;
      switch (t) {
        case TEXT -> b.primitive(PrimitiveType.PrimitiveTypeName.BINARY, rep).as(LogicalTypeAnnotation.stringType()).named(c);
        case INT -> b.primitive(PrimitiveType.PrimitiveTypeName.INT32, rep).named(c);
        case LONG -> b.primitive(PrimitiveType.PrimitiveTypeName.INT64, rep).named(c);
        case BOOL -> b.primitive(PrimitiveType.PrimitiveTypeName.BOOLEAN, rep).named(c);
        case MONEY -> b.primitive(PrimitiveType.PrimitiveTypeName.INT64, rep).as(LogicalTypeAnnotation.decimalType(2, 18)).named(c);
        case WEIGHT -> b.primitive(PrimitiveType.PrimitiveTypeName.INT64, rep)
            .as(LogicalTypeAnnotation.decimalType(Microdata.WEIGHT_DECIMALS, 18)).named(c);
      }
    }
    return b.named("person");
  }

  /** Writes households as microdata, one person a row. Close it to finish the file. */
  public static final class HouseholdWriter implements Closeable {
    private final ParquetWriter<Group> writer;
    private final SimpleGroupFactory groups = new SimpleGroupFactory(HOUSEHOLD_SCHEMA);

    /** A writer of {@code file}, replacing it. */
    public HouseholdWriter(Path file) throws IOException {
      Files.deleteIfExists(file);
      writer = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(HOUSEHOLD_SCHEMA)
          .withCompressionCodec(CompressionCodecName.SNAPPY).build();
    }

    /** Writes one household. */
    public void write(Household h, long weight) throws IOException {
      write(h, java.math.BigDecimal.valueOf(weight));
    }

    /** Writes one household standing for {@code weight} households. */
    public void write(Household h, java.math.BigDecimal weight) throws IOException {
      for (Map<String, String> r : Microdata.rows(h, weight)) {
        Group g = groups.newGroup();
        for (String c : Microdata.COLUMNS) {
          String v = r.get(c);
          if (v == null) {
            continue;
          }
          switch (Microdata.TYPES.get(c)) {
            case TEXT -> g.append(c, v);
            case INT -> g.append(c, Integer.parseInt(v));
            case LONG -> g.append(c, Long.parseLong(v));
            case BOOL -> g.append(c, Boolean.parseBoolean(v));
            case MONEY -> g.append(c, Money.parse(v).fen());
            case WEIGHT -> g.append(c, new java.math.BigDecimal(v).movePointRight(Microdata.WEIGHT_DECIMALS).longValueExact());
          }
        }
        writer.write(g);
      }
    }

    @Override
    public void close() throws IOException {
      writer.close();
    }
  }

  /** Writes results, one household a row. Close it to finish the file. */
  public static final class ResultWriter implements Closeable {
    private final ParquetWriter<Group> writer;
    private final SimpleGroupFactory groups = new SimpleGroupFactory(RESULT_SCHEMA);

    /** A writer of {@code file}, replacing it. */
    public ResultWriter(Path file) throws IOException {
      Files.deleteIfExists(file);
      writer = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(RESULT_SCHEMA)
          .withCompressionCodec(CompressionCodecName.SNAPPY).build();
    }

    /** Writes one household's result. */
    public void write(HouseholdOutcome o) throws IOException {
      writer.write(groups.newGroup().append("household", o.householdId()).append("region", o.region().toString())
          .append("hukou", o.hukou().name()).append("persons", o.persons()).append("weight", o.weightUnits())
          .append("marketIncome", o.marketIncome()).append("povertyLine", o.povertyLine())
          .append("baselineTransfers", o.baselineTransfers()).append("reformTransfers", o.reformTransfers())
          .append("change", o.change())
          .append("baselineProgrammes", o.baseline().stream().map(HouseholdOutcome.ProgrammeAmount::programmeId)
              .collect(Collectors.joining(";")))
          .append("reformProgrammes", o.reform().stream().map(HouseholdOutcome.ProgrammeAmount::programmeId)
              .collect(Collectors.joining(";")))
          .append("baselineAmounts", HouseholdOutcome.amounts(o.baseline()))
          .append("reformAmounts", HouseholdOutcome.amounts(o.reform()))
          .append("needsReview", o.reviewText())
          .append("gap", o.gap() == null ? "" : o.gap()));
    }

    @Override
    public void close() throws IOException {
      writer.close();
    }
  }

  /**
   * Households read from a microdata Parquet file, for a simulation on {@code date}. Columns are
   * matched by name; unknown columns and columns of the wrong type are refused before any row is
   * read.
   *
   * @throws ValidationException if the schema does not fit
   */
  public static HouseholdSource reader(Path file, LocalDate date) throws IOException {
    return reader(file, date, null);
  }

  /**
   * As {@link #reader(Path, LocalDate)}, and a household of a region {@code regions} does not know
   * is a defect of its first row, column {@code region} (null: every region is taken).
   *
   * @since 0.6.0
   */
  public static HouseholdSource reader(Path file, LocalDate date, Microdata.KnownRegions regions) throws IOException {
    ParquetFileReader reader = open(file);
    MessageType schema = reader.getFooter().getFileMetaData().getSchema();
    List<Problem> problems = new ArrayList<>();
    String name = file.getFileName().toString();
    for (Type f : schema.getFields()) {
      if (f.getName().startsWith("__index_level_")) {
        continue; // a pandas index written by pyarrow: not a column of the schema
      }
      if (!f.isPrimitive()) {
        problems.add(Problem.of(f.getName(), "parquet.column.type", Microdata.text("microdata.parquet.group", f.getName(),
            Microdata.COLUMNS)));
      } else if (!Microdata.COLUMNS.contains(f.getName())) {
        problems.add(Problem.of(f.getName(), "parquet.column.unknown", Microdata.text("microdata.column.unknown", f.getName(),
            Microdata.COLUMNS)));
      } else {
        org.jiuzhu.core.text.Text expected = accepts(Microdata.TYPES.get(f.getName()), f.asPrimitiveType());
        if (expected != null) {
          problems.add(Problem.of(f.getName(), "parquet.column.type", Microdata.text("microdata.parquet.type", f.getName(),
              describe(f.asPrimitiveType()), expected)));
        }
      }
    }
    List<String> present = new ArrayList<>();
    for (Type f : schema.getFields()) {
      present.add(f.getName());
    }
    for (String required : Microdata.missingColumns(present)) {
      problems.add(Problem.of(required, "parquet.column.missing", Microdata.text("microdata.column.missing", required,
          List.copyOf(Microdata.OPTIONAL_COLUMNS.keySet()))));
    }
    if (!problems.isEmpty()) {
      reader.close();
      throw new ValidationException(Microdata.text("microdata.subject", name), problems);
    }
    java.util.Map<String, List<long[]>> split;
    try {
      split = splitIds(file, schema);
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
    return new Reader(name, reader, schema, date, split, regions);
  }

  /**
   * The Parquet reader of {@code file}; a file that is not Parquet (too short, without the {@code
   * PAR1} magic, a footer that cannot be read) is refused naming the file as given and what was
   * expected, in both languages — never parquet-java's own message, which names an object, not the file.
   */
  private static ParquetFileReader open(Path file) throws IOException {
    try {
      return ParquetFileReader.open(new LocalInputFile(file));
    } catch (java.nio.file.FileSystemException e) {
      throw e; // missing, unreadable: the caller says so as for any file
    } catch (IOException | RuntimeException e) {
      throw new org.jiuzhu.core.text.LocalizedIllegalArgumentException(Microdata.text("microdata.parquet.not", file.toString()), e);
    }
  }

  /** The household ids whose rows are split apart, from a first read of the household column alone. */
  private static java.util.Map<String, List<long[]>> splitIds(Path file, MessageType schema) throws IOException {
    MessageType ids = new MessageType(schema.getName(), schema.getType("household"));
    List<java.util.Map.Entry<Long, String>> rows = new ArrayList<>();
    try (ParquetFileReader r = open(file)) {
      r.setRequestedSchema(ids);
      long row = 0; // Parquet rows are numbered from 1, as the reader numbers them
      for (PageReadStore pages = r.readNextRowGroup(); pages != null; pages = r.readNextRowGroup()) {
        RecordReader<Group> records = new ColumnIOFactory().getColumnIO(ids).getRecordReader(pages, new GroupRecordConverter(ids));
        for (long k = 0; k < pages.getRowCount(); k++) {
          Group g = records.read();
          row++;
          rows.add(java.util.Map.entry(row, g.getFieldRepetitionCount(0) == 0 ? "" : g.getString(0, 0)));
        }
      }
    }
    return RowGrouper.splitIds(rows);
  }

  /**
   * Null when a file column of physical type {@code t} can be read as {@code type}, else what is
   * expected. Accepted, so that files written by pandas/pyarrow with their defaults read: text as
   * UTF-8 BYTE_ARRAY (plain or dictionary-encoded) or, for dates, INT32 DATE; whole numbers as
   * INT32 or INT64; money as DECIMAL with scale at most 2 stored as INT32, INT64, BYTE_ARRAY or
   * FIXED_LEN_BYTE_ARRAY (pyarrow's decimal128), or as INT64 fen without annotation (jiuzhu's own
   * files before 0.2 wrote DECIMAL(18,2) as INT64).
   */
  static org.jiuzhu.core.text.Text accepts(Microdata.Type type, PrimitiveType t) {
    PrimitiveType.PrimitiveTypeName p = t.getPrimitiveTypeName();
    LogicalTypeAnnotation l = t.getLogicalTypeAnnotation();
    if (l instanceof LogicalTypeAnnotation.UnknownLogicalTypeAnnotation) {
      return null; // pyarrow's null type: a column of a frame whose cells are all empty
    }
    switch (type) {
      case TEXT:
        if (p == PrimitiveType.PrimitiveTypeName.BINARY && !(l instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation)) {
          return null;
        }
        if (p == PrimitiveType.PrimitiveTypeName.INT32 && l instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) {
          return null;
        }
        return Microdata.text("microdata.parquet.expected.text");
      case INT:
      case LONG:
        if ((p == PrimitiveType.PrimitiveTypeName.INT32 || p == PrimitiveType.PrimitiveTypeName.INT64)
            && !(l instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation)) {
          return null;
        }
        return Microdata.text("microdata.parquet.expected.whole");
      case BOOL:
        return p == PrimitiveType.PrimitiveTypeName.BOOLEAN ? null : Microdata.text("microdata.parquet.expected.bool");
      case WEIGHT:
        if (l instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d) {
          return d.getScale() <= Microdata.WEIGHT_DECIMALS ? null : Microdata.text("microdata.parquet.expected.scale",
              Integer.toString(Microdata.WEIGHT_DECIMALS), Integer.toString(d.getScale()));
        }
        if (p == PrimitiveType.PrimitiveTypeName.INT32 || p == PrimitiveType.PrimitiveTypeName.INT64
            || p == PrimitiveType.PrimitiveTypeName.DOUBLE || p == PrimitiveType.PrimitiveTypeName.FLOAT) {
          return null;
        }
        return Microdata.text("microdata.parquet.expected.weight", Integer.toString(Microdata.WEIGHT_DECIMALS));
      default:
        if (l instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d) {
          return d.getScale() <= 2 ? null : Microdata.text("microdata.parquet.expected.money-scale", Integer.toString(d.getScale()));
        }
        if (p == PrimitiveType.PrimitiveTypeName.INT64 && l == null) {
          return null;
        }
        return Microdata.text("microdata.parquet.expected.money");
    }
  }

  private static String describe(PrimitiveType t) {
    return t.getPrimitiveTypeName() + (t.getLogicalTypeAnnotation() == null ? "" : " " + t.getLogicalTypeAnnotation());
  }

  /** A money cell in fen, whatever its physical type and scale (checked by {@link #accepts}). */
  static long fen(Group g, int f, PrimitiveType t) {
    LogicalTypeAnnotation l = t.getLogicalTypeAnnotation();
    int scale = l instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d ? d.getScale() : 2;
    java.math.BigInteger unscaled = switch (t.getPrimitiveTypeName()) {
      case INT32 -> java.math.BigInteger.valueOf(g.getInteger(f, 0));
      case INT64 -> java.math.BigInteger.valueOf(g.getLong(f, 0));
      default -> new java.math.BigInteger(g.getBinary(f, 0).getBytes()); // big-endian two's complement
    };
    return new java.math.BigDecimal(unscaled, scale).movePointRight(2).longValueExact();
  }

  /** A weight cell as text, exactly: a decimal's digits, a whole number, or a double's shortest decimal (NaN stays "NaN"). */
  static String weightText(Group g, int f, PrimitiveType t) {
    LogicalTypeAnnotation l = t.getLogicalTypeAnnotation();
    if (l instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d) {
      java.math.BigInteger unscaled = switch (t.getPrimitiveTypeName()) {
        case INT32 -> java.math.BigInteger.valueOf(g.getInteger(f, 0));
        case INT64 -> java.math.BigInteger.valueOf(g.getLong(f, 0));
        default -> new java.math.BigInteger(g.getBinary(f, 0).getBytes());
      };
      return new java.math.BigDecimal(unscaled, d.getScale()).toPlainString();
    }
    return switch (t.getPrimitiveTypeName()) {
      case INT32 -> Integer.toString(g.getInteger(f, 0));
      case INT64 -> Long.toString(g.getLong(f, 0));
      case FLOAT -> Float.isFinite(g.getFloat(f, 0)) ? new java.math.BigDecimal(Float.toString(g.getFloat(f, 0))).toPlainString()
          : Float.toString(g.getFloat(f, 0));
      default -> Double.isFinite(g.getDouble(f, 0)) ? java.math.BigDecimal.valueOf(g.getDouble(f, 0)).toPlainString()
          : Double.toString(g.getDouble(f, 0));
    };
  }

  /** Reads row groups and groups the rows of each household (its rows together, in order). */
  private static final class Reader implements HouseholdSource {
    private final String name;
    private final ParquetFileReader file;
    private final MessageType schema;
    private final LocalDate date;
    private RecordReader<Group> records;
    private long leftInGroup;
    private long row;
    private boolean done;

    private final RowGrouper grouper;
    private final int[] columns; // file field -> Microdata column (-1: ignored)
    private final Microdata.Type[] types; // file field -> type
    private final PrimitiveType[] physical; // file field -> physical type

    Reader(String name, ParquetFileReader file, MessageType schema, LocalDate date, java.util.Map<String, List<long[]>> split,
        Microdata.KnownRegions regions) {
      this.name = name;
      this.file = file;
      this.schema = schema;
      this.date = date;
      this.grouper = new RowGrouper(name, date, split, regions);
      List<Type> fields = schema.getFields();
      columns = new int[fields.size()];
      types = new Microdata.Type[fields.size()];
      physical = new PrimitiveType[fields.size()];
      for (int f = 0; f < fields.size(); f++) {
        columns[f] = Microdata.COLUMNS.indexOf(fields.get(f).getName());
        types[f] = Microdata.TYPES.get(fields.get(f).getName());
        physical[f] = fields.get(f).isPrimitive() ? fields.get(f).asPrimitiveType() : null;
      }
    }

    @Override
    public long size() {
      return -1;
    }

    @Override
    public String name() {
      return name;
    }

    private Group nextRow() throws IOException {
      while (leftInGroup == 0) {
        PageReadStore pages = file.readNextRowGroup();
        if (pages == null) {
          return null;
        }
        MessageColumnIO io = new ColumnIOFactory().getColumnIO(schema);
        records = io.getRecordReader(pages, new GroupRecordConverter(schema));
        leftInGroup = pages.getRowCount();
      }
      leftInGroup--;
      return records.read();
    }

    @Override
    public Batch next(int max) throws IOException {
      // rows are read here, in order; each household is parsed in the worker that evaluates it
      while (grouper.households() < max && !done) {
        Group g = nextRow();
        if (g == null) {
          done = true;
          grouper.finishHousehold();
          file.close();
          break;
        }
        row++;
        grouper.add(g.getFieldRepetitionCount("household") == 0 ? null : g.getString("household", 0), row, view(g));
      }
      return grouper.batch();
    }

    /** A row's text, read once from its typed columns (field by field, in the file's order). */
    private Microdata.Row view(Group g) {
      String[] values = new String[Microdata.COLUMNS.size()];
      List<Type> fields = schema.getFields();
      for (int f = 0; f < fields.size(); f++) {
        int c = columns[f];
        if (c < 0 || g.getFieldRepetitionCount(f) == 0) {
          continue;
        }
        boolean int64 = physical[f].getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT64;
        values[c] = switch (types[f]) {
          case TEXT -> physical[f].getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT32
              ? LocalDate.ofEpochDay(g.getInteger(f, 0)).toString() : g.getString(f, 0);
          case INT, LONG -> int64 ? Long.toString(g.getLong(f, 0)) : Integer.toString(g.getInteger(f, 0));
          case BOOL -> Boolean.toString(g.getBoolean(f, 0));
          case MONEY -> Money.ofFen(fen(g, f, physical[f])).toString();
          case WEIGHT -> weightText(g, f, physical[f]);
        };
      }
      return column -> {
        Integer i = COLUMN_INDEX.get(column);
        return i == null ? null : values[i];
      };
    }

  }
}
