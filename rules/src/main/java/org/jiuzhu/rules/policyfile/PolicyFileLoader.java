package org.jiuzhu.rules.policyfile;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jiuzhu.core.policy.ParameterKey;
import org.jiuzhu.core.policy.ParameterStatus;
import org.jiuzhu.core.policy.ParameterValue;
import org.jiuzhu.core.policy.SeriesCheck;
import org.jiuzhu.core.policy.Source;
import org.jiuzhu.core.policy.Unit;
import org.jiuzhu.core.region.Region;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.text.Text;
import org.jiuzhu.core.time.DateRange;
import org.jiuzhu.core.validation.ValidationException;

/**
 * Reads policy files (YAML, format {@code jiuzhu-policy/1}, see {@code docs/policy-files.md})
 * with Jackson and checks them against a {@link ParameterCatalog}. Every problem found is
 * reported with the file, the line and the key: malformed YAML, an unknown key or field, a
 * unit that is not the key's, a negative or malformed value, a bad date or region, a verified
 * value without a source, overlapping date ranges and gaps within a series. Reading is strict: a
 * key given twice in one map, a text field given a number or a flag (no scalar is converted), a
 * second YAML document and a file that is not UTF-8 are refused, each naming the file, the line
 * and, for binding problems, the path in the document. A verified value's {@code source} is a map
 * (title, issuer, number, date, address, kind, quote); a mirror or republication goes in {@code
 * lead}.
 *
 * <p>Thread-safe; reuse one loader.
 *
 * @since 0.1.0
 */
public final class PolicyFileLoader {
  /** The format line every policy file starts with. */
  public static final String FORMAT = "jiuzhu-policy/1";

  private final ParameterCatalog catalog;
  private final ObjectMapper mapper;

  /** A loader that accepts the keys of {@code catalog}. */
  public PolicyFileLoader(ParameterCatalog catalog) {
    this.catalog = checkNotNull(catalog, "catalog");
    SimpleModule locating = new SimpleModule("jiuzhu-locations");
    locating.setDeserializerModifier(new BeanDeserializerModifier() {
      @Override
      public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription desc,
          JsonDeserializer<?> deserializer) {
        return Docs.Located.class.isAssignableFrom(desc.getBeanClass()) ? new Locating(deserializer, desc.getBeanClass()) : deserializer;
      }
    });
    // the parser's own size limit as large as ours (4 MiB, StrictInput.MAX_POLICY_FILE_BYTES), not SnakeYAML's 3 Mi code points
    YAMLMapper m = YAMLMapper.builder(org.jiuzhu.rules.io.StrictInput.yamlFactory())
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        // a key given twice is found by a pass of its own (every one, each said with the other problems)
        .addModule(locating)
        .build();
    // a text field given a number or a boolean (e.g. an unquoted region code) is refused, not converted
    for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
        CoercionInputShape.Boolean)) {
      m.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
    }
    m.coercionConfigFor(LogicalType.Collection).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    m.coercionConfigFor(LogicalType.POJO).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    this.mapper = m;
  }

  /** The keys this loader accepts. */
  public ParameterCatalog catalog() {
    return catalog;
  }

  /** Reads the file at {@code path}; a file that cannot be read is a problem, not an exception. */
  public PolicyFile load(Path path) {
    String name = path.toString();
    try (InputStream in = Files.newInputStream(path)) {
      return load(name, in);
    } catch (IOException e) {
      return failed(name, 0, null, readProblem(path, e));
    }
  }

  /** Why {@code path} could not be read: it does not exist, is a folder, or another I/O error. */
  private static Text readProblem(Path path, IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException || !Files.exists(path)) {
      Path folder = path.toAbsolutePath().getParent();
      return folder != null && !Files.isDirectory(folder) ? T.text("file.noFolder", folder.toString()) : T.text("file.missing");
    }
    if (Files.isDirectory(path)) {
      return T.text("file.folder");
    }
    return T.text("file.unreadable", String.valueOf(e.getMessage()));
  }

  /**
   * Reads a policy file from {@code in}.
   *
   * @param name the name used in messages, e.g. the path or resource name
   */
  public PolicyFile load(String name, InputStream in) {
    List<PolicyFileProblem> problems = new ArrayList<>();
    Docs.FileDoc doc;
    String text;
    try {
      // at most 4 MiB (StrictInput.MAX_POLICY_FILE_BYTES): a larger file is refused with its size (the rest counted, not held)
      int max = org.jiuzhu.rules.io.StrictInput.MAX_POLICY_FILE_BYTES;
      byte[] bytes = in.readNBytes(max + 1);
      if (bytes.length > max) {
        long size = org.jiuzhu.rules.io.StrictInput.size(in, bytes.length);
        Text limit = org.jiuzhu.rules.io.StrictInput.sizeText(max);
        return failed(name, 0, null, size > org.jiuzhu.rules.io.StrictInput.MAX_COUNTED_BYTES
            ? T.text("file.size.more", limit, String.valueOf(max),
                org.jiuzhu.rules.io.StrictInput.sizeText(org.jiuzhu.rules.io.StrictInput.MAX_COUNTED_BYTES))
            : T.text("file.size", limit, String.valueOf(max), String.valueOf(size)));
      }
      text = utf8(bytes);
    } catch (NotUtf8 e) {
      return failed(name, e.line, null, e.text);
    } catch (CharacterCodingException e) {
      return failed(name, 0, null, T.text("file.notUtf8"));
    } catch (IOException e) {
      return failed(name, 0, null, T.text("file.unreadable", String.valueOf(e.getMessage())));
    }
    if (text.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
      return failed(name, 1, null, T.text("file.empty", FORMAT));
    }
    try (JsonParser keys = mapper.createParser(text)) {
      for (org.jiuzhu.rules.io.StrictInput.DuplicateKey d : org.jiuzhu.rules.io.StrictInput.duplicateKeys(keys)) {
        String l = Integer.toString(d.line());
        String c = Integer.toString(d.column());
        problems.add(new PolicyFileProblem(name, d.line(), d.column(), null, d.path().isEmpty()
            ? T.text("yaml.duplicate", d.field(), l, c) : T.text("yaml.duplicate.at", d.field(), l, c, d.path())));
      }
    } catch (IOException e) {
      // a text held in memory: reading it below says what is wrong
    }
    Sink sink = new Sink(name, text, new ArrayList<>());
    try (JsonParser parser = mapper.createParser(text)) {
      ObjectReader reader = mapper.readerFor(Docs.FileDoc.class).withHandler(new UnknownFields(name, problems))
          .withAttribute(Sink.class, sink);
      doc = reader.readValue(parser);
      JsonToken next = parser.nextToken();
      if (next != null) {
        return failed(name, parser.currentTokenLocation().getLineNr(), null, T.text("file.second"));
      }
    } catch (JsonProcessingException e) {
      if (syntax(e)) {
        // every problem at once: the part the syntax error is in is set aside and the rest read and checked
        return recovered(name, text, problems, e);
      }
      problems.add(malformed(name, text, e));
      return new PolicyFile(name, null, ImmutableList.of(), ImmutableList.of(), ImmutableList.copyOf(problems));
    } catch (IOException e) {
      return failed(name, 0, null, T.text("file.unreadable", String.valueOf(e.getMessage())));
    }
    if (doc == null) {
      return failed(name, 1, null, T.text("file.noDocument", FORMAT));
    }
    problems.addAll(sink.problems); // the values of the wrong kind, said only of a well-formed file
    return keyed(check(name, doc, problems, text), doc);
  }

  /** A problem at {@code parameters[i]…} (a key given twice, a value of the wrong kind) names entry i's key. */
  private static PolicyFile keyed(PolicyFile f, Docs.FileDoc doc) {
    if (doc == null || doc.parameters == null) {
      return f;
    }
    List<PolicyFileProblem> out = new ArrayList<>();
    boolean changed = false;
    for (PolicyFileProblem p : f.problems()) {
      java.util.regex.Matcher m = ENTRY.matcher(p.message());
      if (p.key().isEmpty() && m.find()) {
        int i = Integer.parseInt(m.group(1));
        if (i < doc.parameters.size() && doc.parameters.get(i) != null && !isBlank(doc.parameters.get(i).key)) {
          out.add(p.withKey(doc.parameters.get(i).key.trim()));
          changed = true;
          continue;
        }
      }
      out.add(p);
    }
    return changed ? new PolicyFile(f.name(), f.moduleId().orElse(null), f.readRegions, f.values(), ImmutableList.copyOf(out),
        f.declaredCodes, f.references, f.soundValues, f.regionLines) : f;
  }

  private static final java.util.regex.Pattern ENTRY = java.util.regex.Pattern.compile("\\bat parameters\\[(\\d+)\\]");

  /** True when {@code e} is YAML that cannot be read at all (not a value of the wrong kind). */
  private static boolean syntax(JsonProcessingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof com.fasterxml.jackson.core.JsonParseException
          || t.getClass().getName().startsWith("org.snakeyaml") || t.getClass().getName().startsWith("org.yaml")) {
        return true;
      }
    }
    return !(e instanceof JsonMappingException);
  }

  /** At most this many syntax errors are said in one file; past them the rest is not read. */
  private static final int MAX_SYNTAX = 20;

  /**
   * A file with YAML syntax errors, read as far as it can be: the part each error is in (the list
   * item of {@code regions} or {@code parameters} around it, else its line) is blanked out, line
   * numbers kept, and the rest read again — until it reads or an error cannot be set aside. Every
   * syntax error is said, with the lines set aside, beside the problems of the rest (a missing
   * {@code format}, a bad value elsewhere); nothing is said of the parts set aside, and what they
   * would declare (a region) or continue (a series) is not held against the rest.
   */
  private PolicyFile recovered(String name, String text, List<PolicyFileProblem> problems, JsonProcessingException first) {
    String[] lines = text.split("\n", -1);
    List<int[]> cut = new ArrayList<>();
    List<PolicyFileProblem> said = new ArrayList<>();
    List<PolicyFileProblem> plain = new ArrayList<>(); // each syntax error without the part set aside
    JsonProcessingException e = first;
    Docs.FileDoc doc = null;
    Sink sink = null;
    List<PolicyFileProblem> fields = new ArrayList<>();
    while (e != null && said.size() < MAX_SYNTAX) {
      PolicyFileProblem p = malformed(name, String.join("\n", lines), e);
      int[] part = p.line() <= 0 || p.line() > lines.length ? null : partAt(lines, p.line());
      boolean again = part == null || cut.stream().anyMatch(c -> c[0] <= p.line() && p.line() <= c[1]);
      if (again) {
        // no part to set aside, or setting it aside did not help: the error as it is, and the rest is not read
        if (!said.isEmpty() && part != null && cut.get(cut.size() - 1)[0] <= p.line() && p.line() <= cut.get(cut.size() - 1)[1]) {
          said.set(said.size() - 1, plain.get(plain.size() - 1));
        } else {
          said.add(p);
        }
        doc = null;
        break;
      }
      cut.add(part);
      String entry = keyIn(lines, part);
      plain.add(entry == null ? p : p.withKey(entry));
      said.add(new PolicyFileProblem(name, p.line(), p.column(), entry, part[0] == part[1]
          ? T.text("yaml.skipped.line", p.text().orElseThrow(), Integer.toString(part[0]))
          : T.text("yaml.skipped", p.text().orElseThrow(), Integer.toString(part[0]), Integer.toString(part[1]))));
      for (int i = part[0] - 1; i < part[1]; i++) {
        lines[i] = "";
      }
      String rest = String.join("\n", lines);
      fields = new ArrayList<>();
      sink = new Sink(name, rest, new ArrayList<>());
      try (JsonParser parser = mapper.createParser(rest)) {
        doc = mapper.readerFor(Docs.FileDoc.class).withHandler(new UnknownFields(name, fields)).withAttribute(Sink.class, sink)
            .readValue(parser);
        e = null;
      } catch (JsonProcessingException next) {
        doc = null;
        e = syntax(next) ? next : null;
        if (e == null) {
          said.add(malformed(name, rest, next));
        }
      } catch (IOException io) {
        doc = null;
        e = null;
      }
    }
    List<PolicyFileProblem> all = new ArrayList<>(problems);
    all.addAll(said);
    if (doc == null) {
      return new PolicyFile(name, null, ImmutableList.of(), ImmutableList.of(), ImmutableList.copyOf(sorted(all)));
    }
    List<PolicyFileProblem> rest = new ArrayList<>(fields);
    rest.addAll(sink.problems);
    PolicyFile checked = keyed(check(name, doc, rest, String.join("\n", lines)), doc);
    // what the parts set aside would say for themselves is not held against the rest
    boolean formatCut = false;
    java.util.Set<String> cutKeys = new java.util.HashSet<>();
    java.util.Set<RegionCode> cutCodes = new java.util.LinkedHashSet<>();
    String[] original = text.split("\n", -1);
    for (int[] c : cut) {
      for (int i = c[0] - 1; i < c[1]; i++) {
        String l = original[i].strip().replaceFirst("^-\\s*", "");
        formatCut |= l.startsWith("format:");
        java.util.regex.Matcher k = CUT_KEY.matcher(l);
        if (k.find()) {
          cutKeys.add(k.group(1));
        }
        java.util.regex.Matcher r = CUT_CODE.matcher(l);
        if (r.find() && RegionCode.problemTextWith(r.group(1)).isEmpty()) {
          cutCodes.add(RegionCode.parse(r.group(1)));
        }
      }
    }
    for (PolicyFileProblem p : checked.problems()) {
      String k = p.text().map(Text::key).orElse("");
      boolean artefact = (formatCut && k.startsWith("format."))
          || (k.equals("series.gap") && p.key().map(cutKeys::contains).orElse(false));
      if (!artefact) {
        all.add(p);
      }
    }
    List<RegionCode> declared = new ArrayList<>(checked.declaredCodes);
    cutCodes.stream().filter(c -> !declared.contains(c)).forEach(declared::add);
    return new PolicyFile(name, checked.moduleId().orElse(null), checked.readRegions, checked.values(),
        ImmutableList.copyOf(sorted(all)), ImmutableList.copyOf(declared), checked.references,
        checked.soundValues.stream().filter(v -> !cutKeys.contains(v.key().name())).collect(ImmutableList.toImmutableList()),
        checked.regionLines);
  }

  private static final java.util.regex.Pattern CUT_KEY = java.util.regex.Pattern.compile("^key:\\s*[\"']?([A-Za-z0-9._-]+)");
  private static final java.util.regex.Pattern CUT_CODE = java.util.regex.Pattern.compile("^code:\\s*[\"']?(\\d{6}(?:\\d{3})?)");

  /** Problems in line order (a problem of the whole file first), each file's order kept among equals. */
  private static List<PolicyFileProblem> sorted(List<PolicyFileProblem> problems) {
    List<PolicyFileProblem> out = new ArrayList<>(problems);
    out.sort(java.util.Comparator.comparingInt(PolicyFileProblem::line));
    return out;
  }

  /**
   * The 1-based lines {from, to} of the part of the document that {@code line} is in: the list item
   * of a top-level list ({@code regions}, {@code parameters}) around it, from its dash to the line
   * before the next item or top-level key; else the line itself and the lines indented under it.
   */
  private static int[] partAt(String[] lines, int line) {
    int top = -1; // the top-level key the line is under (0-based)
    for (int i = line - 1; i >= 0; i--) {
      if (topLevel(lines[i])) {
        top = i;
        break;
      }
    }
    if (top >= 0 && top < line - 1) {
      int indent = -1;
      for (int i = top + 1; i < lines.length && !topLevel(lines[i]); i++) {
        java.util.regex.Matcher m = ITEM.matcher(lines[i]);
        if (m.find()) {
          indent = m.group(1).length();
          break;
        }
      }
      if (indent >= 0) {
        int start = -1;
        for (int i = line - 1; i > top; i--) {
          java.util.regex.Matcher m = ITEM.matcher(lines[i]);
          if (m.find() && m.group(1).length() == indent) {
            start = i;
            break;
          }
        }
        if (start >= 0) {
          int end = start;
          for (int i = start + 1; i < lines.length; i++) {
            java.util.regex.Matcher m = ITEM.matcher(lines[i]);
            if (topLevel(lines[i]) || (m.find() && m.group(1).length() == indent)) {
              break;
            }
            end = i;
          }
          while (end > line - 1 && (lines[end].isBlank() || lines[end].strip().startsWith("#"))) {
            end--; // the blank lines and comments after the part are not in it
          }
          return new int[] {start + 1, Math.max(end + 1, line)};
        }
      }
    }
    int end = line - 1;
    int own = lines[line - 1].length() - lines[line - 1].stripLeading().length();
    for (int i = line; i < lines.length; i++) {
      String l = lines[i];
      if (!l.isBlank() && (l.length() - l.stripLeading().length() <= own || topLevel(l)) && !l.startsWith("\t")) {
        break;
      }
      end = i;
    }
    while (end > line - 1 && lines[end].isBlank()) {
      end--;
    }
    return new int[] {line, end + 1};
  }

  private static final java.util.regex.Pattern ITEM = java.util.regex.Pattern.compile("^( *)- ");

  /** A line that starts a top-level key ({@code format:}, {@code parameters:}). */
  private static boolean topLevel(String l) {
    return !l.isEmpty() && l.charAt(0) != ' ' && l.charAt(0) != '\t' && l.charAt(0) != '#' && l.charAt(0) != '-';
  }

  /** The parameter key a part of the document gives ({@code key: dibao.standard.rural}), or null. */
  private static String keyIn(String[] lines, int[] part) {
    for (int i = part[0] - 1; i < part[1] && i < lines.length; i++) {
      java.util.regex.Matcher k = CUT_KEY.matcher(lines[i].strip().replaceFirst("^-\\s*", ""));
      if (k.find()) {
        return k.group(1);
      }
    }
    return null;
  }

  /** Decodes strict UTF-8: a malformed byte or another encoding's byte-order mark is refused. */
  private static String utf8(byte[] bytes) throws CharacterCodingException {
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      throw new NotUtf8(0, T.text("file.utf16", String.format("%02X %02X", bytes[0], bytes[1])));
    }
    try {
      String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      int bad = firstBadByte(bytes);
      int line = 1;
      for (int i = 0; i < bad; i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw new NotUtf8(line, T.text("file.notUtf8.byte", Integer.toString(bad), Integer.toString(line),
          String.format("%02X", bytes[bad])));
    }
  }

  private static int firstBadByte(byte[] bytes) {
    java.nio.charset.CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    java.nio.charset.CoderResult r = d.decode(in, out, true);
    return r.isError() ? Math.min(in.position(), bytes.length - 1) : bytes.length - 1;
  }

  /** The texts of the loader's problems, in both languages. */
  private static final org.jiuzhu.core.text.Messages T =
      org.jiuzhu.core.text.Messages.bundle("org.jiuzhu.rules.policyfile.messages", PolicyFileLoader.class);

  /** Where a YAML parser says the problem is: its last "line L, column C" (1-based). */
  private static final java.util.regex.Pattern MARK = java.util.regex.Pattern.compile("line (\\d+), column (\\d+)");

  /**
   * A document that cannot be read as YAML or does not have the shape of a policy file, said in
   * our words (never the parser's own text): the line and column, and what is wrong.
   */
  private static PolicyFileProblem malformed(String name, String text, JsonProcessingException e) {
    return malformed(name, text, e, "");
  }

  /** {@link #malformed(String, String, JsonProcessingException)} of a part at {@code prefix} ({@code parameters[0]}). */
  private static PolicyFileProblem malformed(String name, String text, JsonProcessingException e, String prefix) {
    JsonLocation loc = e.getLocation();
    int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
    int column = loc == null ? 0 : Math.max(0, loc.getColumnNr());
    String original = String.valueOf(e.getOriginalMessage());
    java.util.regex.Matcher m = MARK.matcher(original);
    while (m.find()) {
      line = Integer.parseInt(m.group(1));
      column = Integer.parseInt(m.group(2));
    }
    String l = Integer.toString(line);
    String c = Integer.toString(column);
    Text what;
    String at = prefix.isEmpty() ? path(e) : path(e).isEmpty() ? prefix : path(e).startsWith("[") ? prefix + path(e) : prefix + "." + path(e);
    if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException
        && !((JsonMappingException) e).getPath().isEmpty()) {
      Class<?> target = ((com.fasterxml.jackson.databind.exc.MismatchedInputException) e).getTargetType();
      what = T.text("yaml.type", at, l, c, T.text("expected." + expectedKind(target)));
    } else if (e instanceof JsonMappingException && !((JsonMappingException) e).getPath().isEmpty()) {
      what = T.text("yaml.value", at, l, c);
    } else {
      what = T.text("yaml.syntax", l, c, T.text("yaml." + org.jiuzhu.rules.io.StrictInput.syntaxKind(original, true)));
    }
    // a quote opened and not closed on its line: YAML reads on and fails lines later; name where it opens
    int[] quote = org.jiuzhu.rules.io.StrictInput.syntaxKind(original, true).equals("tab") ? null : org.jiuzhu.rules.io.StrictInput.unclosedQuote(text, line);
    if (quote != null) {
      line = quote[0];
      column = quote[1];
      what = T.text("yaml.syntax", Integer.toString(line), Integer.toString(column), T.text("yaml.quote"));
    }
    return new PolicyFileProblem(name, line, column, null, what);
  }

  /** The kind of value a document field takes, as a key of our texts. */
  private static String expectedKind(Class<?> target) {
    if (target == null) {
      return "other";
    }
    if (target == String.class) {
      return "text";
    }
    if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
      return "list";
    }
    if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
      return "integer";
    }
    if (target == Boolean.class || target == boolean.class) {
      return "boolean";
    }
    if (Map.class.isAssignableFrom(target) || target.getName().startsWith(Docs.class.getName())) {
      return "map";
    }
    return "other";
  }

  /** A binding problem's path in the document, e.g. {@code parameters[3].values[0].from}. */
  private static String path(JsonProcessingException e) {
    return at(e).replaceFirst("^ at ", "");
  }

  /** Where in the document a binding problem is, e.g. {@code at parameters[3].values[0].from}. */
  private static String at(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException) || ((JsonMappingException) e).getPath().isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(" at ");
    for (JsonMappingException.Reference r : ((JsonMappingException) e).getPath()) {
      if (r.getFieldName() != null) {
        sb.append(sb.length() > 4 ? "." : "").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private PolicyFile check(String name, Docs.FileDoc doc, List<PolicyFileProblem> problems, String text) {
    Checker c = new Checker(name, problems, text.split("\n", -1));
    if (!FORMAT.equals(doc.format)) {
      c.add(1, null, doc.format == null ? T.text("format.missing", FORMAT) : T.text("format.wrong", doc.format, FORMAT));
    }
    ImmutableList.Builder<Region> regions = ImmutableList.builder();
    Map<RegionCode, Integer> declaredAt = new LinkedHashMap<>();
    java.util.Set<RegionCode> declaredCodes = new java.util.LinkedHashSet<>();
    for (Docs.RegionDoc r : list(doc.regions)) {
      Optional<RegionCode> code = c.region(r.line, null, r.code, "region code");
      code.ifPresent(declaredCodes::add);
      if (isBlank(r.name)) {
        c.add(r.line, null, T.text("region.name", String.valueOf(r.code)));
      }
      if (isBlank(r.nameEn)) {
        c.add(r.line, null, T.text("region.nameEn", String.valueOf(r.code)));
      }
      if (code.isPresent() && !isBlank(r.name) && !isBlank(r.nameEn)) {
        Integer prior = declaredAt.putIfAbsent(code.get(), r.line);
        if (prior != null) {
          c.add(r.line, null, T.text("region.twice", code.get().toString(), Integer.toString(prior)));
        } else {
          regions.add(Region.of(code.get(), r.name.trim(), r.nameEn.trim()));
        }
      }
    }
    List<ParameterValue> values = new ArrayList<>();
    Map<String, List<ParameterValue>> series = new LinkedHashMap<>();
    List<PolicyFile.Reference> references = new ArrayList<>();
    java.util.Set<String> tainted = new java.util.HashSet<>();
    for (Docs.EntryDoc e : list(doc.parameters)) {
      int before = c.count();
      for (ParameterValue v : entry(c, e)) {
        values.add(v);
        series.computeIfAbsent(v.key().name() + "@" + v.region(), k -> new ArrayList<>()).add(v);
      }
      // what the file gives for a region, even from an entry with problems: checked against the declared regions
      Optional<RegionCode> region = isBlank(e.region) || RegionCode.problemTextWith(e.region.trim()).isPresent()
          ? Optional.empty() : Optional.of(RegionCode.parse(e.region.trim()));
      String key = isBlank(e.key) ? null : e.key.trim();
      region.ifPresent(r -> references.add(new PolicyFile.Reference(e.line, key, r)));
      if (c.count() > before && key != null && region.isPresent()) {
        tainted.add(key + "@" + region.get());
      }
    }
    // keys whose values must be ordered (full care from no fewer failed items than partial care)
    for (ParameterCatalog.Order o : catalog.orders()) {
      for (ParameterValue hi : values) {
        for (ParameterValue lo : values) {
          if (hi.key().name().equals(o.higher()) && lo.key().name().equals(o.lower()) && hi.region().equals(lo.region())
              && hi.effective().overlaps(lo.effective()) && number(hi).compareTo(number(lo)) < 0) {
            c.add(lineOf(hi), o.higher(), T.text("value.order", plain(number(hi)), o.lower(), plain(number(lo)),
                lo.origin()));
          }
        }
      }
    }
    for (ParameterValue v : c.seriesOnly) {
      series.computeIfAbsent(v.key().name() + "@" + v.region(), k -> new ArrayList<>()).add(v);
    }
    for (List<ParameterValue> s : series.values()) {
      for (SeriesCheck.Issue i : SeriesCheck.problems(s)) {
        c.add(lineOf(i.value()), i.value().key().name(), i.text());
      }
    }
    // the values of series none of whose entries has a problem: checked with the other modules (a series
    // missing a value that could not be read would show a gap that is not there)
    ImmutableList<ParameterValue> sound = values.stream()
        .filter(v -> !tainted.contains(v.key().name() + "@" + v.region())).collect(ImmutableList.toImmutableList());
    return new PolicyFile(name, doc.module, regions.build(), ImmutableList.copyOf(values), ImmutableList.copyOf(problems),
        ImmutableList.copyOf(declaredCodes), ImmutableList.copyOf(references), sound,
        com.google.common.collect.ImmutableMap.copyOf(declaredAt));
  }

  /** The line of a value this loader read; its origin is {@code file:line}. */
  private static int lineOf(ParameterValue v) {
    String origin = v.origin();
    return Integer.parseInt(origin.substring(origin.lastIndexOf(':') + 1));
  }

  private List<ParameterValue> entry(Checker c, Docs.EntryDoc e) {
    List<ParameterValue> out = new ArrayList<>();
    // every field of the entry is checked even when its key is missing or unknown; only what
    // needs the key (its unit) is left out, and the values are then read in the unit written
    Optional<ParameterKey<?>> key = Optional.empty();
    String label = isBlank(e.key) ? null : e.key;
    if (isBlank(e.key)) {
      c.add(e.line, null, T.text("key.missing"));
    } else {
      key = catalog.find(e.key);
      if (key.isEmpty()) {
        c.add(e.line, e.key, T.text("key.unknown", e.key, List.copyOf(catalog.closest(e.key))));
      }
    }
    Optional<RegionCode> region = c.region(e.line, label, e.region, "region");
    Unit unit = null;
    if (key.isPresent()) {
      ParameterKey<?> k = key.get();
      unit = k.unit();
      if (isBlank(e.unit)) {
        c.add(e.line, label, T.text("unit.missing", k.unit().id()));
      } else if (!k.unit().id().equals(e.unit.trim())) {
        c.add(e.line, label, T.text(Unit.fromId(e.unit.trim()).isEmpty() ? "unit.none" : "unit.wrong", e.unit.trim(), k.toString(),
            k.unit().id()));
      }
    } else if (isBlank(e.unit)) {
      c.add(e.line, label, T.text("unit.missing.any", UNITS));
    } else {
      unit = Unit.fromId(e.unit.trim()).orElse(null);
      if (unit == null) {
        c.add(e.line, label, T.text("unit.unknown", e.unit.trim(), UNITS));
      }
    }
    if (e.values == null || e.values.isEmpty()) {
      if (!e.refused.contains("values")) { // a list given one value is said already
        c.add(e.line, label, T.text("values.missing"));
      }
      return out;
    }
    int first = c.count();
    for (Docs.ValueDoc v : e.values) {
      Optional<ParameterValue> pv = value(c, key.orElse(null), label, unit, region, e, v);
      pv.ifPresent(out::add);
    }
    groupMissingSources(c, e, label, first);
    return out;
  }

  /**
   * Values of one entry marked verified without a source are one omission, said once at the
   * entry's line with the values' lines: a source given on the entry covers every value of it. A
   * single such value is said at its own line, as any other problem of a value.
   */
  private static void groupMissingSources(Checker c, Docs.EntryDoc e, String key, int from) {
    List<PolicyFileProblem> missing = new ArrayList<>();
    for (PolicyFileProblem p : c.problems.subList(from, c.problems.size())) {
      if (p.text().map(t -> t.key().equals("source.missing")).orElse(false)) {
        missing.add(p);
      }
    }
    if (missing.size() < 2) {
      return;
    }
    int at = c.problems.indexOf(missing.get(0));
    c.problems.removeAll(missing);
    Object lines = org.jiuzhu.core.text.Listing.of(missing.stream().map(p -> Integer.toString(p.line())).toList()); // 3、7、9 / 3, 7, 9
    c.problems.add(at, new PolicyFileProblem(c.file, e.line, 0, key,
        T.text(missing.size() == e.values.size() ? "source.missing.entry" : "source.missing.some",
            org.jiuzhu.core.text.Messages.count(missing.size()), lines)));
  }

  /** True when one of the units reads {@code node}. */
  private static boolean readableInSomeUnit(JsonNode node) {
    if (node.isContainerNode()) {
      return false;
    }
    String text = node.isNumber() ? node.decimalValue().toPlainString() : node.asText();
    for (Unit u : Unit.values()) {
      if (shapeProblem(u, node) == null) {
        try {
          u.parse(text);
          return true;
        } catch (IllegalArgumentException ex) {
          // another unit may read it
        }
      }
    }
    return false;
  }

  /** Every unit's id, for a message. */
  /** The unit ids, a list argument: {@code [CNY, …]} in English, {@code CNY、…} in Chinese. */
  private static final List<String> UNITS = java.util.Arrays.stream(Unit.values()).map(Unit::id).toList();

  /**
   * One dated value of an entry; {@code k} is null when the entry's key is missing or unknown (its
   * value is then only checked, in {@code unit} when that is known), and nothing is made of it.
   */
  private Optional<ParameterValue> value(Checker c, ParameterKey<?> k, String key, Unit unit, Optional<RegionCode> region,
      Docs.EntryDoc e, Docs.ValueDoc v) {
    int problemsBefore = c.count();
    Optional<LocalDate> from = c.date(v.line, key, v.from, "from", true);
    Optional<LocalDate> to = c.date(v.line, key, v.to, "to", false);
    DateRange range = null;
    if (from.isPresent() && (v.to == null || to.isPresent())) {
      if (to.isPresent() && !to.get().isAfter(from.get())) {
        c.add(v.line, key, T.text("range.order", to.get(), from.get()));
      } else {
        range = to.isPresent() ? DateRange.of(from.get(), to.get()) : DateRange.from(from.get());
      }
    }
    Object parsed = null;
    if (v.value == null || v.value.isNull()) {
      c.add(v.line, key, T.text("value.missing"));
    } else if (unit == null) {
      // the unit is unknown: only a value that no unit can read is said to be wrong
      if (!readableInSomeUnit(v.value)) {
        c.add(v.line, key, T.text("value.unreadable", v.value.isValueNode() ? v.value.asText() : v.value.toString(), UNITS));
      }
    } else if (v.value.isContainerNode()) {
      c.add(v.line, key, T.text(v.value.isArray() ? "value.list" : "value.map", unit.id()));
    } else if (shapeProblem(unit, v.value) != null) {
      c.add(v.line, key, shapeProblem(unit, v.value));
    } else {
      String text = v.value.isNumber() ? v.value.decimalValue().toPlainString() : v.value.asText();
      try {
        parsed = unit.parse(text);
      } catch (org.jiuzhu.core.text.LocalizedIllegalArgumentException ex) {
        c.add(v.line, key, ex.text());
      } catch (IllegalArgumentException ex) {
        c.add(v.line, key, ex.getMessage());
      }
    }
    if (parsed != null && k != null) {
      // the catalogue's range of the key (1–6 failed items of the six-item assessment, 0–1 for a share)
      BigDecimal n = parsed instanceof Integer ? BigDecimal.valueOf((Integer) parsed)
          : parsed instanceof BigDecimal ? (BigDecimal) parsed : null;
      Optional<ParameterCatalog.Range> r = catalog.range(k.name());
      if (n != null && r.isPresent() && !r.get().contains(n)) {
        c.add(v.line, key, r.get().max().isPresent()
            ? T.text("value.range", plain(n), plain(r.get().min()), plain(r.get().max().get()))
            : T.text("value.range.min", plain(n), plain(r.get().min())));
      }
    }
    String statusText = firstNonBlank(v.status, e.status);
    ParameterStatus status = null;
    boolean statusWrong = false;
    if (statusText == null) {
      c.add(v.line, key, T.text("status.missing"));
    } else {
      try {
        status = ParameterStatus.valueOf(statusText.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException ex) {
        // a status written on the entry is said once, at the entry, not at each of its values
        statusWrong = true;
        if (v.status != null && !v.status.isBlank()) {
          c.add(v.line, key, T.text("status.wrong", statusText));
        } else if (c.entryStatusSaid.add(e)) {
          c.add(c.lineOf(e, "status"), key, T.text("status.wrong", statusText));
        }
      }
    }
    String reference = firstNonBlank(v.reference, e.reference);
    JsonNode sourceNode = v.source != null && !v.source.isNull() ? v.source : e.source;
    Source source = null;
    if (sourceNode != null && !sourceNode.isNull()) {
      source = source(c, v.line, key, sourceNode);
    }
    String lead = firstNonBlank(v.lead, e.lead);
    if (reference == null) {
      c.add(v.line, key, T.text("reference.missing"));
    }
    if (status == ParameterStatus.VERIFIED && (sourceNode == null || sourceNode.isNull())) {
      c.add(v.line, key, T.text("source.missing"));
    }
    if (c.count() > problemsBefore || statusWrong || region.isEmpty() || k == null) {
      if (k != null && region.isPresent() && range != null) {
        // a value with another problem (no status, no reference, a bad value) is still checked against
        // its series: an overlap or a gap needs only the dates (a bad value stands in by any good one)
        Object dated = parsed != null ? parsed : standIn(k.unit());
        try {
          c.seriesOnly.add(ParameterValue.builder(k).region(region.get()).effective(range).value(dated).legalReference("?")
              .status(ParameterStatus.ILLUSTRATIVE).origin(c.file + ":" + v.line).build());
        } catch (IllegalArgumentException ex) {
          // its own problem is said; nothing to check it against
        }
      }
      return Optional.empty();
    }
    try {
      return Optional.of(ParameterValue.builder(k).region(region.get()).effective(range).value(parsed)
          .legalReference(reference).status(status).citation(source).lead(lead).note(firstNonBlank(v.note, e.note))
          .origin(c.file + ":" + v.line).build());
    } catch (ValidationException ex) {
      ex.problems().forEach(p -> c.add(v.line, key, p));
      return Optional.empty();
    }
  }

  private static BigDecimal number(ParameterValue v) {
    Object x = v.value();
    return x instanceof Integer ? BigDecimal.valueOf((Integer) x) : x instanceof BigDecimal ? (BigDecimal) x : BigDecimal.ZERO;
  }

  private static String plain(BigDecimal n) {
    return n.stripTrailingZeros().toPlainString();
  }

  /** Texts one of which every unit reads: a stand-in for a bad value in the check of its series. */
  private static final List<String> STAND_INS = List.of("0", "false", "HALF_UP:0.01", "household", "1:1", "1");

  /** A good value of {@code unit}, standing in for a bad one whose dates are checked against its series. */
  private static Object standIn(Unit unit) {
    for (String text : STAND_INS) {
      try {
        return unit.check(unit.parse(text));
      } catch (IllegalArgumentException ex) {
        // another text
      }
    }
    return null; // the builder refuses it: the series is then not checked
  }

  /** Why {@code node} is the wrong kind of scalar for {@code unit}, or null: no scalar is converted. */
  private static Text shapeProblem(Unit unit, JsonNode node) {
    switch (unit) {
      case FLAG:
        return node.isBoolean() ? null : T.text("value.flag", node.asText());
      case ROUNDING:
      case ROUNDING_STAGE:
      case BANDS:
      case MULTIPLES:
        return node.isTextual() ? null : T.text("value.text", node.toString(), kind(node), unit.id());
      default:
        return node.isBoolean() ? T.text("value.boolean", node.toString(), unit.id()) : null;
    }
  }

  /** The kind of a YAML node, in words of either language. */
  private static Text kind(JsonNode n) {
    return T.text("kind." + n.getNodeType().name().toLowerCase(Locale.ROOT));
  }

  private static final List<String> SOURCE_FIELDS = List.of("title", "issuer", "number", "date", "address", "kind", "quote");
  /** The codes of {@link Source.Builder#build}'s problems, each with its text in the bundles. */
  private static final java.util.Set<String> SOURCE_MISSING = java.util.Set.of("source.title.missing", "source.issuer.missing",
      "source.date.missing", "source.address.missing", "source.kind.missing");

  /** Reads a structured source; every missing or bad field is a problem, all of them at once. */
  private static Source source(Checker c, int line, String key, JsonNode n) {
    if (!n.isObject()) {
      c.add(line, key, T.text("source.notMap", kind(n), SOURCE_FIELDS));
      return null;
    }
    int before = c.count();
    n.fieldNames().forEachRemaining(f -> {
      if (!SOURCE_FIELDS.contains(f)) {
        c.add(line, key, T.text("source.unknown", f, SOURCE_FIELDS));
      } else if (!n.get(f).isTextual()) {
        c.add(line, key, T.text("source.notText", f, kind(n.get(f))));
      }
    });
    // the known fields are read on, so that a bad date or kind and a missing field are said with
    // an unknown one (a field given but not text is said once, above, and not as missing)
    Source.Builder b = Source.builder().title(textual(n, "title")).issuer(textual(n, "issuer"))
        .documentNumber(textual(n, "number")).address(textual(n, "address")).quote(textual(n, "quote"));
    String date = textual(n, "date");
    if (date != null) {
      try {
        b.date(LocalDate.parse(date.trim()));
      } catch (DateTimeParseException ex) {
        c.add(line, key, dateWrong("source.date", "source.date", date.trim()));
      }
    }
    String kind = textual(n, "kind");
    if (kind != null) {
      Optional<Source.Kind> k = Source.Kind.fromId(kind.trim());
      if (k.isEmpty()) {
        c.add(line, key, T.text("source.kind", kind));
      }
      k.ifPresent(b::kind);
    }
    try {
      Source built = b.build();
      return c.count() > before ? null : built;
    } catch (ValidationException ex) {
      // each missing field in the run's language (the builder's own messages are English); a field
      // that is given but bad was said above
      ex.problems().forEach(p -> {
        if (SOURCE_MISSING.contains(p.code())) {
          String field = p.code().substring("source.".length(), p.code().length() - ".missing".length());
          JsonNode given = n.get(field);
          if (given == null || given.isNull() || (given.isTextual() && given.asText().isBlank())) {
            c.add(line, key, T.text("source.problem", p.path(), T.text(p.code())));
          }
        } else {
          c.add(line, key, T.text("source.problem", p.path(), p.text().isPresent() ? p.text().get() : p.message()));
        }
      });
      return null;
    }
  }

  /** The text of {@code field}, or null when it is absent, null or not text. */
  private static String textual(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || !v.isTextual() ? null : v.asText();
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static PolicyFile failed(String name, int line, String key, Text message) {
    return new PolicyFile(name, null, ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of(new PolicyFileProblem(name, line, 0, key, message)));
  }

  /** The file is not UTF-8: the line of the first bad byte (0 for the whole file) and why. */
  private static final class NotUtf8 extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    final int line;
    final transient Text text;

    NotUtf8(int line, Text text) {
      this.line = line;
      this.text = text;
    }

    @Override
    public String getMessage() {
      return text.in(org.jiuzhu.core.text.Lang.EN);
    }
  }

  private static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : l;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static String firstNonBlank(String a, String b) {
    return !isBlank(a) ? a.trim() : !isBlank(b) ? b.trim() : null;
  }

  /** Collects problems of one file. */
  private static final class Checker {
    final String file;
    final List<PolicyFileProblem> problems;
    /** Values with a problem of their own, read only to check their series (overlaps, gaps). */
    final List<ParameterValue> seriesOnly = new ArrayList<>();
    /** Entries whose own wrong status has been said (once an entry, whatever its number of values). */
    final java.util.Set<Docs.EntryDoc> entryStatusSaid = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** The file's lines (to find the line of an entry's own field). */
    final String[] lines;

    Checker(String file, List<PolicyFileProblem> problems, String[] lines) {
      this.file = file;
      this.problems = problems;
      this.lines = lines;
    }

    /**
     * The line of the entry's own field {@code field} (written on the entry, in block style, at the
     * indentation of the entry's first field), or the entry's first line when it cannot be found.
     */
    int lineOf(Docs.EntryDoc e, String field) {
      if (e.line <= 0 || e.line > lines.length) {
        return e.line;
      }
      java.util.regex.Matcher dash = java.util.regex.Pattern.compile("^(\\s*-\\s+)\\S").matcher(lines[e.line - 1]);
      if (!dash.find()) {
        return e.line;
      }
      int indent = dash.group(1).length();
      java.util.regex.Pattern own = java.util.regex.Pattern.compile("^\\s{" + indent + "}" + field + "\\s*:");
      if (own.matcher(lines[e.line - 1].substring(0, indent).replace('-', ' ') + lines[e.line - 1].substring(indent)).find()) {
        return e.line;
      }
      for (int i = e.line; i < lines.length; i++) {
        String l = lines[i];
        if (l.isBlank() || l.strip().startsWith("#")) {
          continue;
        }
        int lead = l.length() - l.stripLeading().length();
        if (lead < indent) {
          break; // the next item or top-level key
        }
        if (lead == indent && own.matcher(l).find()) {
          return i + 1;
        }
      }
      return e.line;
    }

    void add(int line, String key, String message) {
      problems.add(new PolicyFileProblem(file, line, key, message));
    }

    void add(int line, String key, Text text) {
      problems.add(new PolicyFileProblem(file, line, 0, key, text));
    }

    /** A problem of the core's models (a value, a source), in both languages where it has its text. */
    void add(int line, String key, org.jiuzhu.core.validation.Problem p) {
      if (p.text().isPresent()) {
        add(line, key, p.text().get());
      } else {
        add(line, key, p.message());
      }
    }

    int count() {
      return problems.size();
    }

    Optional<RegionCode> region(int line, String key, String text, String what) {
      if (isBlank(text)) {
        add(line, key, T.text(what.equals("region") ? "region.missing" : "code.missing"));
        return Optional.empty();
      }
      Optional<Text> problem = RegionCode.problemTextWith(text.trim());
      if (problem.isPresent()) {
        // the field is named: 'region' of an entry, 'code' of a declared region
        add(line, key, T.text("region.field", what.equals("region") ? "region" : "code", problem.get()));
        return Optional.empty();
      }
      return Optional.of(RegionCode.parse(text));
    }

    Optional<LocalDate> date(int line, String key, String text, String field, boolean required) {
      if (isBlank(text)) {
        if (required) {
          add(line, key, T.text("date.missing", field));
        }
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.parse(text.trim()));
      } catch (DateTimeParseException e) {
        add(line, key, dateWrong("date", field, text.trim()));
        return Optional.empty();
      }
    }
  }

  /**
   * Why {@code text} of {@code field} is not a date ({@code prefix}.wrong): a day past the month's
   * last day says the days of the month and its last day ({@code prefix}.day), as household files do.
   */
  private static Text dateWrong(String prefix, String field, String text) {
    java.util.Optional<java.time.YearMonth> impossible = org.jiuzhu.core.time.ImpossibleDay.monthOf(text);
    if (impossible.isPresent()) {
      java.time.YearMonth ym = impossible.get();
      return T.text(prefix + ".day", field, text, ym, ym.lengthOfMonth(), ym.atEndOfMonth().toString());
    }
    return prefix.equals("date") ? T.text("date.wrong", field, text) : T.text("source.date", text);
  }

  /** Records unknown fields as problems (with their line and the fields allowed) instead of failing. */
  private static final class UnknownFields extends DeserializationProblemHandler {
    private final String file;
    private final List<PolicyFileProblem> problems;

    UnknownFields(String file, List<PolicyFileProblem> problems) {
      this.file = file;
      this.problems = problems;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
        Object beanOrClass, String propertyName) throws IOException {
      Collection<Object> known = deserializer.getKnownPropertyNames();
      problems.add(new PolicyFileProblem(file, p.currentLocation().getLineNr(), 0, null, known == null
          ? T.text("field.unknown", propertyName)
          : T.text("field.unknown.known", propertyName, known.stream().map(String::valueOf).toList())));
      p.skipChildren();
      return true;
    }
  }

  /** Where the located parts of a document say a value of the wrong kind: the file, its text, its problems. */
  private static final class Sink {
    final String file;
    final String text;
    final List<PolicyFileProblem> problems;

    Sink(String file, String text, List<PolicyFileProblem> problems) {
      this.file = file;
      this.text = text;
      this.problems = problems;
    }
  }

  /**
   * Remembers the line on which each located part of the document starts, and reads on past a
   * field of the wrong kind (a number where text is expected): the problem is recorded, the field
   * left unset, and the part's other fields still read, so that every problem of the file is said
   * in one run (a bad value under {@code parameters} beside a bad {@code format}).
   */
  private static final class Locating extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;
    private final Class<?> type;

    Locating(JsonDeserializer<?> delegate, Class<?> type) {
      super(delegate);
      this.type = type;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new Locating(newDelegatee, type);
    }

    private Docs.Located create() {
      if (type == Docs.FileDoc.class) {
        return new Docs.FileDoc();
      }
      if (type == Docs.RegionDoc.class) {
        return new Docs.RegionDoc();
      }
      if (type == Docs.EntryDoc.class) {
        return new Docs.EntryDoc();
      }
      return type == Docs.ValueDoc.class ? new Docs.ValueDoc() : null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      int line = p.currentTokenLocation().getLineNr();
      Sink sink = (Sink) ctxt.getAttribute(Sink.class);
      Docs.Located bean = create();
      if (sink == null || bean == null || p.currentToken() != JsonToken.START_OBJECT) {
        Object o = super.deserialize(p, ctxt);
        if (o instanceof Docs.Located) {
          ((Docs.Located) o).line = line;
        }
        return o;
      }
      bean.line = line;
      com.fasterxml.jackson.core.JsonStreamContext object = p.getParsingContext();
      while (true) {
        try {
          ((JsonDeserializer<Object>) _delegatee).deserialize(p, ctxt, bean);
          return bean;
        } catch (JsonMappingException e) {
          for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.JsonParseException
                || t instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
              throw (JsonProcessingException) t; // the YAML itself is not well-formed: said as such
            }
          }
          if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException) {
            throw e;
          }
          sink.problems.add(malformed(sink.file, sink.text, e, pathOf(object)));
          asWritten(bean, e, p);
          if (!e.getPath().isEmpty() && e.getPath().get(0).getFieldName() != null) {
            bean.refused.add(e.getPath().get(0).getFieldName());
          }
          // read on after the field's value: back to this part, then its next field
          while (p.getParsingContext() != object && p.currentToken() != null) {
            p.nextToken();
          }
          if (p.nextToken() != JsonToken.FIELD_NAME) {
            return bean;
          }
        }
      }
    }
  }

  /**
   * A text field given a number or a flag ({@code region: 620825}, already said to be wrong) is
   * checked further as written, so that it is not also said to be missing.
   */
  private static void asWritten(Docs.Located bean, JsonMappingException e, JsonParser p) {
    if (e.getPath().isEmpty() || e.getPath().get(0).getFieldName() == null || p.currentToken() == null
        || !p.currentToken().isScalarValue()) {
      return;
    }
    try {
      java.lang.reflect.Field f = bean.getClass().getField(e.getPath().get(0).getFieldName());
      if (f.getType() == String.class && f.get(bean) == null) {
        f.set(bean, p.getText());
      }
    } catch (ReflectiveOperationException | IOException | RuntimeException ex) {
      // not a text field: left unset
    }
  }

  /** The path of the part a parser context is the inside of, e.g. {@code parameters[0].values[1]}. */
  private static String pathOf(com.fasterxml.jackson.core.JsonStreamContext inside) {
    List<String> parts = new ArrayList<>();
    for (com.fasterxml.jackson.core.JsonStreamContext c = inside; c != null && c.getParent() != null; c = c.getParent()) {
      com.fasterxml.jackson.core.JsonStreamContext parent = c.getParent();
      if (parent.inArray()) {
        parts.add(0, "[" + Math.max(0, parent.getCurrentIndex()) + "]");
      } else if (parent.inObject() && parent.getCurrentName() != null) {
        parts.add(0, parent.getCurrentName());
      }
    }
    StringBuilder b = new StringBuilder();
    for (String part : parts) {
      b.append(part.startsWith("[") || b.length() == 0 ? "" : ".").append(part);
    }
    return b.toString();
  }

}
