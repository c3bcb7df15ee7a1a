package org.jiuzhu.rules.io;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jiuzhu.core.validation.Problem;
import org.jiuzhu.core.validation.ValidationException;

/**
 * Strict reading of the JSON and YAML files jiuzhu takes in (households, feed lines, scenario
 * files, plan records): UTF-8 only (a UTF-16 or UTF-32 file, a byte sequence that is not UTF-8
 * and a lone surrogate — as bytes or as a {@code \ud800} escape — are refused), a key given twice
 * in one object is refused (every such key, each at its path; no silent "last one wins" — {@link
 * #readDocument} gives them as problems beside the tree, for a reader to report with its own), exactly one
 * document (trailing text or a second document is refused), and size limits: {@link
 * #MAX_FILE_BYTES} per household file ({@link #MAX_SCENARIO_FILE_BYTES}, {@link
 * #MAX_PLAN_RECORD_BYTES}, {@link #MAX_POLICY_FILE_BYTES}, {@link #MAX_TARGETS_FILE_BYTES} for the
 * other files, {@link #MAX_FEED_LINE_BYTES} and {@link #MAX_REGISTER_LINE_BYTES} per line of a
 * feed and a register, read with a {@link LineReader}, {@link #MAX_CASE_RECORD_BYTES} and {@link
 * #MAX_CASE_RECORD_LINE_BYTES} for a case record: every limit is here), {@link #MAX_DEPTH}
 * levels of nesting, {@link #MAX_STRING_CHARS} characters in one value. Every refusal is a {@link ValidationException} whose problem names the
 * path where it was found ({@code members[0].name}, or {@code ""} for the whole file) and the line.
 *
 * @since 0.1.0
 */
public final class StrictInput {
  // The size limits of every file jiuzhu reads strictly, in one place (each format's doc states its own).
  // Generous: a real file never comes near them; they only keep a wrong or hostile file from filling memory.

  /** The largest household file: 4 MiB (a household with every history is well under 100 KiB). */
  public static final int MAX_FILE_BYTES = 4 << 20;
  /** The longest line of a monthly feed (JSON lines or CSV), in UTF-8 bytes: 64 KiB (a record is under 1 KiB). @since 0.6.0 */
  public static final int MAX_FEED_LINE_BYTES = 64 << 10;
  /** The longest row of CSV microdata (one person a row), in UTF-8 bytes: 64 KiB (a row is under 1 KiB). @since 0.6.0 */
  public static final int MAX_MICRODATA_ROW_BYTES = 64 << 10;
  /** The longest line of a household register (one household a line): as large as a household file, 4 MiB. @since 0.6.0 */
  public static final int MAX_REGISTER_LINE_BYTES = MAX_FILE_BYTES;
  /** The largest scenario file: 16 MiB (the largest shipped is under 50 KiB). @since 0.6.0 */
  public static final int MAX_SCENARIO_FILE_BYTES = 16 << 20;
  /** The largest plan record file: 4 MiB (years of a plan's entries are well under 100 KiB). @since 0.6.0 */
  public static final int MAX_PLAN_RECORD_BYTES = 4 << 20;
  /** The largest policy file: 4 MiB (the largest shipped, a province with its cities, is under 25 KiB). @since 0.6.0 */
  public static final int MAX_POLICY_FILE_BYTES = 4 << 20;
  /** The largest targets file: 4 MiB (the shipped targets, with every place's sources, are about 110 KiB). @since 0.6.0 */
  public static final int MAX_TARGETS_FILE_BYTES = 4 << 20;
  /**
   * The largest case record of {@code jiuzhu decide} (one hash-chained entry a line): 4 MiB (a case's
   * decisions and refused attempts are well under 100 KiB).
   *
   * @since 0.15.0
   */
  public static final int MAX_CASE_RECORD_BYTES = 4 << 20;
  /** The longest line (one entry) of a case record, in UTF-8 bytes: 64 KiB (an entry is under 1 KiB). @since 0.15.0 */
  public static final int MAX_CASE_RECORD_LINE_BYTES = 64 << 10;
  /** The deepest nesting of lists and maps. */
  public static final int MAX_DEPTH = 32;
  /** The longest single value, in characters. */
  public static final int MAX_STRING_CHARS = 10_000;

  private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
      .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING_CHARS).maxNumberLength(40).build();

  // a key given twice is found by a first pass of its own (every one, with its path), not by the parser
  private static final ObjectMapper JSON = configure(JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build());
  private static final ObjectMapper YAML = configure(YAMLMapper.builder(YAMLFactory.builder()
          .streamReadConstraints(LIMITS).loaderOptions(yamlLimits()).build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build());

  /**
   * A YAML factory whose parser's own size limit is as large as the largest YAML file read ({@link
   * #MAX_SCENARIO_FILE_BYTES}; a code point is at least a byte): SnakeYAML's default of 3 Mi code
   * points would refuse, in its own words, a file our limits accept (and stop the pass finding keys
   * given twice). For every YAML reader of jiuzhu (policy files too).
   *
   * @since 0.6.0
   */
  public static YAMLFactory yamlFactory() {
    // rebuilt from a factory made as before, so that its other settings stay those of new YAMLFactory()
    return new YAMLFactory().rebuild().loaderOptions(yamlLimits()).build();
  }

  private static org.yaml.snakeyaml.LoaderOptions yamlLimits() {
    org.yaml.snakeyaml.LoaderOptions o = new org.yaml.snakeyaml.LoaderOptions();
    o.setCodePointLimit(MAX_SCENARIO_FILE_BYTES);
    return o;
  }

  private static ObjectMapper configure(ObjectMapper m) {
    m.getFactory().setStreamReadConstraints(LIMITS);
    return m;
  }

  private StrictInput() {}

  /**
   * A document read strictly, except that a key given twice in one object is not refused at once:
   * each such key is a problem in {@link #duplicates} (code {@code file.duplicate}, with its path
   * and line), and {@link #tree} holds the last value given. A reader that reports every problem
   * of a file adds these to its own and refuses the file (never deciding on it).
   *
   * @since 0.4.0
   */
  public record Document(JsonNode tree, List<Problem> duplicates, String text, boolean yaml) {
    public Document {
      duplicates = List.copyOf(duplicates);
    }

    /** A document without its text (its problems cannot be given a line). */
    public Document(JsonNode tree, List<Problem> duplicates) {
      this(tree, duplicates, null, false);
    }

    /**
     * {@code problems} found in this document, each with the line and column where the value at
     * its path starts ({@link Problem#atLocation}); see {@link StrictInput#locate}. Without the
     * document's text, the problems as they are.
     *
     * @since 0.5.0
     */
    public List<Problem> locate(List<Problem> problems) {
      return text == null ? problems : StrictInput.locate(text, yaml, problems);
    }

    /** {@code e} with its problems {@linkplain #locate located} in this document. @since 0.5.0 */
    public ValidationException locate(ValidationException e) {
      return text == null ? e : e.withProblems(locate(e.problems()));
    }
  }

  /**
   * Where each value of a JSON or YAML document starts, by its path ({@code members[1].birthDate},
   * {@code ""} for the whole document), as the parser's token locations give it: the line and
   * column (1-based) of a scalar's first character, or of a list's or map's first token (in YAML,
   * a block map starts at its first key). A value given twice (a key repeated) is the last one,
   * which is the value read. Made from a pass of its own over the text, only when a problem is to
   * be placed (a document read without problems never pays for it); it stops quietly where the
   * text is not well-formed.
   *
   * @since 0.5.0
   */
  public static Map<String, int[]> locations(String text, boolean yaml) {
    return locations(text, yaml, false);
  }

  /** {@link #locations}; with {@code first}, a value given twice is placed at its first occurrence (the value it hides). */
  private static Map<String, int[]> locations(String text, boolean yaml, boolean first) {
    Map<String, int[]> out = new java.util.HashMap<>();
    java.util.ArrayDeque<String> containers = new java.util.ArrayDeque<>();
    try (com.fasterxml.jackson.core.JsonParser p = (yaml ? YAML : JSON).getFactory().createParser(text)) {
      for (com.fasterxml.jackson.core.JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
          continue;
        }
        if (t.isStructEnd()) {
          containers.pop();
          continue;
        }
        // the context holding this value: for a list or map, the one around the context it opens
        JsonStreamContext holder = t.isStructStart() ? p.getParsingContext().getParent() : p.getParsingContext();
        String outer = containers.isEmpty() ? "" : containers.peek();
        String path = holder == null || holder.inRoot() ? ""
            : holder.inObject() ? (outer.isEmpty() ? "" : outer + ".") + holder.getCurrentName()
            : outer + "[" + Math.max(0, holder.getCurrentIndex()) + "]";
        com.fasterxml.jackson.core.JsonLocation at = p.currentTokenLocation();
        int[] where = {Math.max(0, at.getLineNr()), at.getLineNr() > 0 ? Math.max(0, at.getColumnNr()) : 0};
        if (first) {
          out.putIfAbsent(path, where);
        } else {
          out.put(path, where);
        }
        if (t.isStructStart()) {
          containers.push(path);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not well-formed: the reading of the document says so, with its own line
    }
    return out;
  }

  /** The month of one month of an entry with {@code months} ({@code incomes[0]@2025-11.month}). */
  private static final java.util.regex.Pattern MONTH_OF_RANGE = java.util.regex.Pattern.compile("@\\d{4}-\\d{2}");

  /**
   * {@code problems} of the document {@code text}, each with the line and column (1-based) where
   * its value starts ({@link #locations}); a problem whose path names no value of the text (a
   * field that is missing, a check of an entry as a whole) is placed where the nearest enclosing
   * value starts — the map lacking the field, the entry. The month of a {@code months} range
   * ({@code incomes[0]@2025-11.month}) is placed at the entry's {@code months}. A problem already
   * placed keeps its place, and a problem of the file's text ({@code file.*}: a key given twice, a
   * syntax error) is left as it is: its message says its line.
   *
   * @since 0.5.0
   */
  public static List<Problem> locate(String text, boolean yaml, List<Problem> problems) {
    return locate(text, yaml, problems, false);
  }

  /**
   * {@link #locate}, placing each problem at the <em>first</em> occurrence of a value given twice:
   * for the problems of the values a repeated key hides.
   *
   * @since 0.5.0
   */
  public static List<Problem> locateHidden(String text, boolean yaml, List<Problem> problems) {
    return locate(text, yaml, problems, true);
  }

  private static List<Problem> locate(String text, boolean yaml, List<Problem> problems, boolean first) {
    if (problems.stream().allMatch(p -> p.line().isPresent() || p.code().startsWith("file."))) {
      return problems;
    }
    Map<String, int[]> at = locations(text, yaml, first);
    List<Problem> out = new java.util.ArrayList<>(problems.size());
    for (Problem p : problems) {
      if (p.line().isPresent() || p.code().startsWith("file.")) {
        out.add(p);
        continue;
      }
      java.util.regex.Matcher range = MONTH_OF_RANGE.matcher(p.path());
      String path = range.find() ? p.path().substring(0, range.start()) + ".months" : p.path();
      int[] where = null;
      while (where == null) {
        where = at.get(path);
        if (where != null || path.isEmpty()) {
          break;
        }
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        path = cut <= 0 ? "" : path.substring(0, cut);
      }
      out.add(where == null || where[0] == 0 ? p : p.atLocation(where[0], where[1]));
    }
    return out;
  }

  /**
   * Reads one JSON or YAML document from {@code in}, strictly.
   *
   * @param name the file's name, for messages
   * @throws ValidationException naming the path and line of the problem (every key given twice, each)
   */
  public static JsonNode read(String name, InputStream in, boolean yaml) throws IOException {
    return strict(name, readDocument(name, in, yaml));
  }

  /**
   * Reads one JSON or YAML document from {@code in}, strictly, with every key given twice in one
   * object as a problem of the document instead of a refusal (see {@link Document}).
   *
   * @throws ValidationException for any other problem (encoding, size, syntax, trailing text)
   * @since 0.4.0
   */
  public static Document readDocument(String name, InputStream in, boolean yaml) throws IOException {
    return readDocument(name, in, yaml, MAX_FILE_BYTES);
  }

  /**
   * {@link #readDocument(String, InputStream, boolean)} of a file of at most {@code maxBytes} (one
   * of the limits above: {@link #MAX_SCENARIO_FILE_BYTES}, {@link #MAX_PLAN_RECORD_BYTES}, …).
   *
   * @throws ValidationException code {@code file.size} for a larger file ({@link #readBytes})
   * @since 0.6.0
   */
  public static Document readDocument(String name, InputStream in, boolean yaml, int maxBytes) throws IOException {
    return parseDocument(name, decode(name, readBytes(name, in, maxBytes)), yaml);
  }

  /** {@link #read(String, InputStream, boolean)} of a file of at most {@code maxBytes}. @since 0.6.0 */
  public static JsonNode read(String name, InputStream in, boolean yaml, int maxBytes) throws IOException {
    return strict(name, readDocument(name, in, yaml, maxBytes));
  }

  /** The most of a too large file counted to say its size, 1 GiB; beyond it the size is said as "more than". @since 0.6.0 */
  public static final long MAX_COUNTED_BYTES = 1L << 30;
  private static final long COUNTED = MAX_COUNTED_BYTES;

  /**
   * The bytes of {@code in}, at most {@code maxBytes} of them: a larger file is refused (code {@code
   * file.size}) with its name, the limit and its size (the rest of it is counted, never held; past
   * 1 GiB it is said as more than that).
   *
   * @since 0.6.0
   */
  public static byte[] readBytes(String name, InputStream in, int maxBytes) throws IOException {
    byte[] bytes = in.readNBytes(maxBytes + 1);
    if (bytes.length <= maxBytes) {
      return bytes;
    }
    throw tooLarge(name, maxBytes, size(in, bytes.length));
  }

  /**
   * The size of a file of which {@code read} bytes are read: the rest of {@code in} is counted
   * (never held), until it ends or the count passes {@link #MAX_COUNTED_BYTES} (a size above it is
   * said as more than that).
   *
   * @since 0.6.0
   */
  public static long size(InputStream in, long read) throws IOException {
    long size = read;
    byte[] skip = new byte[1 << 16];
    for (int n; size <= COUNTED && (n = in.read(skip)) >= 0; ) {
      size += n;
    }
    return size;
  }

  /**
   * The refusal of a file of {@code size} bytes, larger than {@code maxBytes} (code {@code
   * file.size}, naming the file, the limit and the size; a size past 1 GiB is said as more than that).
   *
   * @since 0.6.0
   */
  public static ValidationException tooLarge(String name, long maxBytes, long size) {
    return refusal(name, "", "file.size", size > COUNTED
        ? IoTexts.text("file.size.more", name, sizeText(maxBytes), String.valueOf(maxBytes), sizeText(COUNTED))
        : IoTexts.text("file.size", name, sizeText(maxBytes), String.valueOf(maxBytes), String.valueOf(size)));
  }

  /** A limit as people say it, in either language: {@code 4 MiB} / {@code 4 兆字节}, {@code 64 KiB} / {@code 64 千字节}, or bytes. @since 0.6.0 */
  public static org.jiuzhu.core.text.Text sizeText(long bytes) {
    if (bytes >= 1 << 30 && bytes % (1 << 30) == 0) {
      return IoTexts.text("size.gib", String.valueOf(bytes >> 30));
    }
    if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
      return IoTexts.text("size.mib", String.valueOf(bytes >> 20));
    }
    if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
      return IoTexts.text("size.kib", String.valueOf(bytes >> 10));
    }
    return IoTexts.text("size.bytes", String.valueOf(bytes));
  }


  /**
   * Parses one JSON (or YAML) document held in {@code text}, strictly: no duplicate keys, no
   * trailing text, no lone surrogates.
   */
  public static JsonNode parse(String name, String text, boolean yaml) {
    return strict(name, parseDocument(name, text, yaml));
  }

  private static JsonNode strict(String name, Document d) {
    if (!d.duplicates().isEmpty()) {
      throw new ValidationException(org.jiuzhu.core.validation.ValidationTexts.subject("file", name), d.duplicates());
    }
    return d.tree();
  }

  /**
   * Parses one JSON (or YAML) document held in {@code text} as {@link #parse} does, with every key
   * given twice in one object as a problem of the document instead of a refusal.
   *
   * @since 0.4.0
   */
  public static Document parseDocument(String name, String text, boolean yaml) {
    List<Problem> duplicates = duplicates(name, text, yaml);
    JsonNode tree;
    try {
      tree = (yaml ? YAML : JSON).readTree(text);
    } catch (StreamConstraintsException e) {
      throw refusal(name, "", "file.limit", IoTexts.text("file.limit", name, e.getOriginalMessage()));
    } catch (JsonParseException e) {
      String path = e.getProcessor() == null ? "" : path(e.getProcessor().getParsingContext());
      throw malformed(name, path, text, yaml, e);
    } catch (JsonProcessingException e) {
      String message = e.getOriginalMessage();
      if (message.contains("Trailing token")) {
        throw refusal(name, "", "file.trailing", IoTexts.text("file.trailing", name, String.valueOf(line(e)), message));
      }
      throw malformed(name, "", text, yaml, e);
    }
    if (tree == null || tree.isMissingNode()) {
      throw refusal(name, "", "file.empty", IoTexts.text("file.empty", name));
    }
    try {
      checkSurrogates(name, tree, "");
    } catch (ValidationException e) {
      throw e.withProblems(locate(text, yaml, e.problems()));
    }
    return new Document(tree, duplicates, text, yaml);
  }

  /**
   * Every key given twice in one object of {@code text}, in the order of the file, each a problem
   * at the key's path ({@code members[0].workStatus}) with the line and column of the second key
   * ({@link Problem#line()}, {@link Problem#column()}), as every other field problem has them.
   */
  private static List<Problem> duplicates(String name, String text, boolean yaml) {
    List<Problem> out = new java.util.ArrayList<>();
    try (com.fasterxml.jackson.core.JsonParser p = (yaml ? YAML : JSON).getFactory().createParser(text)) {
      for (DuplicateKey d : duplicateKeys(p)) {
        // the place is the problem's (line and column), not repeated in its text; a line-oriented
        // file says the file's line instead (MonthlyRecordReader.atLine)
        out.add(Problem.of(d.path().isEmpty() ? d.field() : d.path() + "." + d.field(), "file.duplicate",
            IoTexts.text(d.path().isEmpty() ? "file.duplicate.at" : "file.duplicate.in.at", name, String.valueOf(d.line()), d.field(),
                d.path())).atLocation(d.line(), d.column()));
      }
    } catch (IOException e) {
      // cannot happen for a text held in memory; the reading of the tree says what is wrong
    }
    return out;
  }

  /**
   * The tree of {@code text} (one document, already read strictly by {@link #parseDocument}) where
   * a key given twice in one object keeps its <em>first</em> value: to check the value the tree of
   * the document, where the last one wins, hides (a bad first value is a problem too).
   *
   * @since 0.4.0
   */
  public static JsonNode firstWins(String text, boolean yaml) {
    ObjectMapper mapper = yaml ? YAML : JSON;
    try (com.fasterxml.jackson.core.JsonParser p = mapper.getFactory().createParser(text)) {
      com.fasterxml.jackson.core.JsonToken t = p.nextToken();
      return t == null ? null : firstWins(mapper, p, t);
    } catch (IOException | RuntimeException e) {
      return null; // cannot happen (the document was read already): then only the last values are checked
    }
  }

  private static JsonNode firstWins(ObjectMapper mapper, com.fasterxml.jackson.core.JsonParser p,
      com.fasterxml.jackson.core.JsonToken t) throws IOException {
    com.fasterxml.jackson.databind.node.JsonNodeFactory f = mapper.getNodeFactory();
    if (t == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
      com.fasterxml.jackson.databind.node.ObjectNode o = f.objectNode();
      for (com.fasterxml.jackson.core.JsonToken k = p.nextToken(); k == com.fasterxml.jackson.core.JsonToken.FIELD_NAME;
          k = p.nextToken()) {
        String name = p.currentName();
        JsonNode v = firstWins(mapper, p, p.nextToken());
        if (!o.has(name)) {
          o.set(name, v);
        }
      }
      return o;
    }
    if (t == com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
      com.fasterxml.jackson.databind.node.ArrayNode a = f.arrayNode();
      for (com.fasterxml.jackson.core.JsonToken k = p.nextToken(); k != com.fasterxml.jackson.core.JsonToken.END_ARRAY;
          k = p.nextToken()) {
        a.add(firstWins(mapper, p, k));
      }
      return a;
    }
    // a scalar, as the mapper reads it
    switch (t) {
      case VALUE_STRING:
        return f.textNode(p.getText());
      case VALUE_NUMBER_INT:
        return p.getNumberType() == com.fasterxml.jackson.core.JsonParser.NumberType.INT ? f.numberNode(p.getIntValue())
            : p.getNumberType() == com.fasterxml.jackson.core.JsonParser.NumberType.LONG ? f.numberNode(p.getLongValue())
            : f.numberNode(p.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT:
        return mapper.isEnabled(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            ? f.numberNode(p.getDecimalValue()) : f.numberNode(p.getDoubleValue());
      case VALUE_TRUE:
        return f.booleanNode(true);
      case VALUE_FALSE:
        return f.booleanNode(false);
      case VALUE_NULL:
        return f.nullNode();
      default:
        return f.pojoNode(p.getEmbeddedObject());
    }
  }

  /**
   * A key given twice in one object: the path of the object ({@code members[0]}, {@code ""} for
   * the top level), the key, and the line and column (1-based) where it is given again.
   *
   * @since 0.4.0
   */
  public record DuplicateKey(String path, String field, int line, int column) {}

  /**
   * Every key given twice in one object of the document {@code parser} reads (a parser without
   * Jackson's duplicate detection), in the order of the document. A pass of its own, so that each
   * is found where the parser's own detection stops at the first; it stops quietly where the
   * document is not well-formed (what it found until then is returned), which reading the document
   * then reports.
   *
   * @since 0.4.0
   */
  public static List<DuplicateKey> duplicateKeys(com.fasterxml.jackson.core.JsonParser parser) {
    List<DuplicateKey> out = new java.util.ArrayList<>();
    java.util.ArrayDeque<java.util.Set<String>> keys = new java.util.ArrayDeque<>();
    try {
      for (com.fasterxml.jackson.core.JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (t == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
          keys.push(new java.util.HashSet<>());
        } else if (t == com.fasterxml.jackson.core.JsonToken.END_OBJECT) {
          keys.pop();
        } else if (t == com.fasterxml.jackson.core.JsonToken.FIELD_NAME && !keys.isEmpty() && !keys.peek().add(parser.currentName())) {
          com.fasterxml.jackson.core.JsonLocation at = parser.currentTokenLocation();
          out.add(new DuplicateKey(path(parser.getParsingContext()), parser.currentName(), at.getLineNr(), at.getColumnNr()));
        }
      }
    } catch (IOException | RuntimeException e) {
      // not well-formed: said by the reading of the document
    }
    return out;
  }

  /**
   * Checks that a line-oriented file (a feed, a register) is UTF-8 throughout, without holding it
   * in memory: no UTF-16/UTF-32 byte-order mark, no zero byte, no byte sequence that is not UTF-8.
   *
   * @throws ValidationException naming the file and the line of the first bad byte
   */
  public static void checkUtf8(java.nio.file.Path file) throws IOException {
    String name = file.getFileName().toString();
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    byte[] buf = new byte[1 << 16];
    ByteBuffer in = ByteBuffer.allocate((1 << 16) + 8);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    long line = 1;
    boolean first = true;
    try (InputStream s = java.nio.file.Files.newInputStream(file)) {
      int n;
      while ((n = s.read(buf)) >= 0) {
        if (first && n >= 2 && ((buf[0] == (byte) 0xFE && buf[1] == (byte) 0xFF) || (buf[0] == (byte) 0xFF && buf[1] == (byte) 0xFE))) {
          throw refusal(name, "", "file.encoding", IoTexts.text("file.utf16", name));
        }
        first = false;
        for (int i = 0; i < n; i++) {
          if (buf[i] == 0) {
            throw refusal(name, "", "file.encoding", IoTexts.text("file.zero.line", name, String.valueOf(line)));
          }
        }
        in.put(buf, 0, n).flip();
        while (true) {
          int before = in.position();
          java.nio.charset.CoderResult r = decoder.decode(in, out, false);
          for (int i = before; i < in.position(); i++) {
            if (in.get(i) == '\n') {
              line++;
            }
          }
          if (r.isError()) {
            throw refusal(name, "", "file.encoding", IoTexts.text("file.notUtf8.line", name, String.valueOf(line)));
          }
          out.clear();
          if (r.isUnderflow()) {
            break;
          }
        }
        in.compact();
      }
      in.flip();
      if (decoder.decode(in, out, true).isError() || in.hasRemaining()) {
        throw refusal(name, "", "file.encoding", IoTexts.text("file.truncated", name, String.valueOf(line)));
      }
    }
  }

  /** The text of {@code bytes} as UTF-8, refusing UTF-16/UTF-32 and byte sequences that are not UTF-8. */
  static String decode(String name, byte[] bytes) {
    int n = bytes.length;
    if (n >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      throw refusal(name, "", "file.encoding", IoTexts.text("file.utf16", name));
    }
    for (int i = 0; i < Math.min(n, 4096); i++) {
      if (bytes[i] == 0) {
        throw refusal(name, "", "file.encoding", IoTexts.text("file.zero", name, String.valueOf(i + 1)));
      }
    }
    int start = n >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0; // UTF-8 BOM
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, n - start);
    try {
      CharBuffer text = decoder.decode(in);
      for (int i = 0; i < n; i++) {
        if (bytes[i] == 0) {
          throw refusal(name, "", "file.encoding", IoTexts.text("file.zero.text", name, String.valueOf(i + 1)));
        }
      }
      return text.toString();
    } catch (MalformedInputException e) {
      int at = in.position();
      throw refusal(name, "", "file.encoding", IoTexts.text("file.notUtf8.byte", name, String.valueOf(at + 1), String.valueOf(lineAt(bytes, at))));
    } catch (CharacterCodingException e) {
      throw refusal(name, "", "file.encoding", IoTexts.text("file.notUtf8", name));
    }
  }

  private static int lineAt(byte[] bytes, int at) {
    int line = 1;
    for (int i = 0; i < at && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Refuses a text value or key holding half of a surrogate pair (an escaped {@code \ud800} without its partner). */
  private static void checkSurrogates(String name, JsonNode node, String path) {
    if (node.isTextual()) {
      if (loneSurrogate(node.textValue())) {
        throw refusal(name, path, "field.surrogate", IoTexts.text(path.isEmpty() ? "field.surrogate.value" : "field.surrogate", path));
      }
    } else if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        String p = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
        if (loneSurrogate(f.getKey())) {
          throw refusal(name, path, "field.surrogate", IoTexts.text(path.isEmpty() ? "key.surrogate" : "key.surrogate.in", path));
        }
        checkSurrogates(name, f.getValue(), p);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkSurrogates(name, node.get(i), path + "[" + i + "]");
      }
    }
  }

  static boolean loneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
          continue;
        }
        return true;
      }
      if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Our path ({@code incomes[0].gross}) of the object a parser was in: each enclosing object
   * contributes the field being read, each enclosing list its index; the innermost context (where
   * the problem is) contributes nothing.
   */
  private static String path(JsonStreamContext context) {
    List<JsonStreamContext> chain = new java.util.ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.add(0, c);
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < chain.size() - 1; i++) {
      JsonStreamContext c = chain.get(i);
      if (c.inObject() && c.getCurrentName() != null) {
        b.append(b.length() == 0 ? "" : ".").append(c.getCurrentName());
      } else if (c.inArray()) {
        b.append('[').append(Math.max(0, c.getCurrentIndex())).append(']');
      }
    }
    return b.toString();
  }

  /** Where a YAML parser says the problem is: its last "line L, column C" (1-based). */
  private static final java.util.regex.Pattern MARK = java.util.regex.Pattern.compile("line (\\d+), column (\\d+)");

  /**
   * A document that is not well-formed, said in our words (never the parser's own text): the line
   * and column, and what is wrong. A quote opened and not closed on its line is named where it
   * opens, for YAML reads on past it and finds the problem lines later.
   */
  private static ValidationException malformed(String name, String path, String text, boolean yaml, JsonProcessingException e) {
    String original = String.valueOf(e.getOriginalMessage());
    int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
    int column = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
    java.util.regex.Matcher m = MARK.matcher(original);
    while (m.find()) {
      line = Integer.parseInt(m.group(1));
      column = Integer.parseInt(m.group(2));
    }
    String kind = syntaxKind(original, yaml);
    org.jiuzhu.core.text.Text what = IoTexts.text("syntax." + kind);
    if (yaml && !kind.equals("tab")) {
      int[] quote = unclosedQuote(text, line);
      if (quote != null) {
        line = quote[0];
        column = quote[1];
        what = IoTexts.text("syntax.quote");
      }
    }
    return refusal(name, path, "file.malformed", IoTexts.text("file.malformed", name, String.valueOf(line), String.valueOf(column), what));
  }

  /**
   * What a parser's message says is wrong with the document, as a key of our texts: {@code tab},
   * {@code quote}, {@code unclosed}, {@code colon}, {@code separator}, {@code key}, {@code indent}
   * or {@code syntax} (and, for JSON, {@code json.token} or {@code json.name}). Policy files say it
   * with the same keys.
   *
   * @since 0.4.0
   */
  public static String syntaxKind(String parser, boolean yaml) {
    if (yaml) {
      if (parser.contains("'\\t'") || parser.contains("\\t(TAB)")) {
        return "tab";
      }
      if (parser.contains("unexpected end of stream") || parser.contains("while scanning a quoted scalar")) {
        return "quote";
      }
      if (parser.contains("<stream end>")) {
        return "unclosed";
      }
      if (parser.contains("mapping values are not allowed")) {
        return "colon";
      }
      if (parser.contains("expected ',' or")) {
        return "separator";
      }
      if (parser.contains("could not find expected ':'")) {
        return "key";
      }
      if (parser.contains("did not find expected") || parser.contains("expected <block end>")) {
        return "indent";
      }
      return "syntax";
    }
    if (parser.contains("closing quote") || parser.contains("Illegal unquoted character") || parser.contains("in VALUE_STRING")
        || parser.contains("in field name")) {
      return "quote";
    }
    if (parser.contains("end-of-input")) {
      return "unclosed";
    }
    if (parser.contains("Unrecognized token") || parser.contains("expected a valid value")) {
      return "json.token";
    }
    if (parser.contains("double-quote to start field name")) {
      return "json.name";
    }
    if (parser.contains("was expecting comma")) {
      return "separator";
    }
    if (parser.contains("was expecting a colon")) {
      return "key";
    }
    return "syntax";
  }

  /**
   * The line and column (1-based) of the first quote opened and not closed on its line, at or
   * before {@code upTo} (a YAML value in double quotes, or one starting with a single quote); null
   * when every quote is closed. A value may go on over lines in YAML, but in these files it never
   * does: such a quote is the mistake the parser trips over later.
   *
   * @since 0.3.0
   */
  public static int[] unclosedQuote(String text, int upTo) {
    String[] lines = text.split("\n", -1);
    for (int n = 0; n < lines.length && (upTo <= 0 || n < upTo); n++) {
      String l = lines[n];
      int open = -1;
      char quote = 0;
      char before = ' '; // the last character outside a quoted value that is not a space (' ' at the line's start)
      for (int i = 0; i < l.length(); i++) {
        char c = l.charAt(i);
        if (quote == '"') {
          if (c == '\\') {
            i++;
          } else if (c == '"') {
            quote = 0;
            before = c;
          }
        } else if (quote == '\'') {
          if (c == '\'' && i + 1 < l.length() && l.charAt(i + 1) == '\'') {
            i++;
          } else if (c == '\'') {
            quote = 0;
            before = c;
          }
        } else if (c == '#' && (i == 0 || Character.isWhitespace(l.charAt(i - 1)))) {
          break; // a comment
        } else if ((c == '"' || c == '\'') && " :-[{,?".indexOf(before) >= 0) {
          quote = c; // a quoted value starts here; a quote inside a plain value (it's) is part of it
          open = i;
        } else if (!Character.isWhitespace(c)) {
          before = c;
        }
      }
      if (quote != 0) {
        return new int[] {n + 1, open + 1};
      }
    }
    return null;
  }

  private static int line(JsonProcessingException e) {
    return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
  }

  private static ValidationException refusal(String name, String path, String code, org.jiuzhu.core.text.Text message) {
    return new ValidationException(org.jiuzhu.core.validation.ValidationTexts.subject("file", name),
        List.of(Problem.of(path, code, message)));
  }
}
