package org.jiuzhu.rules.policyfile;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
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
        return Docs.Located.class.isAssignableFrom(desc.getBeanClass()) ? new Locating(deserializer) : deserializer;
      }
    });
    YAMLMapper m = YAMLMapper.builder(new YAMLFactory())
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
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
      return failed(name, 0, null, "cannot read the file: " + e.getMessage());
    }
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
      text = utf8(in.readAllBytes());
    } catch (CharacterCodingException e) {
      return failed(name, 0, null, e.getMessage());
    } catch (IOException e) {
      return failed(name, 0, null, "cannot read the file: " + e.getMessage());
    }
    if (text.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
      return failed(name, 1, null, "the file is empty; expected 'format: " + FORMAT + "'");
    }
    try (JsonParser parser = mapper.createParser(text)) {
      ObjectReader reader = mapper.readerFor(Docs.FileDoc.class).withHandler(new UnknownFields(name, problems));
      doc = reader.readValue(parser);
      JsonToken next = parser.nextToken();
      if (next != null) {
        return failed(name, parser.currentTokenLocation().getLineNr(), null,
            "a second YAML document starts here; a policy file holds exactly one document");
      }
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      problems.add(new PolicyFileProblem(name, loc == null ? 0 : loc.getLineNr(), null,
          "malformed policy file" + at(e) + ": " + e.getOriginalMessage()));
      return new PolicyFile(name, null, ImmutableList.of(), ImmutableList.of(), ImmutableList.copyOf(problems));
    } catch (IOException e) {
      return failed(name, 0, null, "cannot read the file: " + e.getMessage());
    }
    if (doc == null) {
      return failed(name, 1, null, "the file holds no document; expected 'format: " + FORMAT + "'");
    }
    return check(name, doc, problems);
  }

  /** Decodes strict UTF-8: a malformed byte or another encoding's byte-order mark is refused. */
  private static String utf8(byte[] bytes) throws CharacterCodingException {
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      throw new CharacterCodingException() {
        private static final long serialVersionUID = 1L;

        @Override
        public String getMessage() {
          return "the file is UTF-16 (byte-order mark " + String.format("%02X %02X", bytes[0], bytes[1])
              + "); policy files are UTF-8";
        }
      };
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
      int offset = bad;
      int lineNr = line;
      throw new CharacterCodingException() {
        private static final long serialVersionUID = 1L;

        @Override
        public String getMessage() {
          return "not valid UTF-8: byte " + offset + " (line " + lineNr + ") is 0x"
              + String.format("%02X", bytes[offset]) + "; policy files are UTF-8 (save the file as UTF-8)";
        }
      };
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

  private PolicyFile check(String name, Docs.FileDoc doc, List<PolicyFileProblem> problems) {
    Checker c = new Checker(name, problems);
    if (!FORMAT.equals(doc.format)) {
      c.add(1, null, doc.format == null ? "no 'format'; expected 'format: " + FORMAT + "'"
          : "format is '" + doc.format + "'; expected '" + FORMAT + "'");
    }
    ImmutableList.Builder<Region> regions = ImmutableList.builder();
    Map<RegionCode, Integer> declaredAt = new LinkedHashMap<>();
    for (Docs.RegionDoc r : list(doc.regions)) {
      Optional<RegionCode> code = c.region(r.line, null, r.code, "region code");
      if (isBlank(r.name)) {
        c.add(r.line, null, "region " + r.code + " has no 'name' (its Chinese name)");
      }
      if (isBlank(r.nameEn)) {
        c.add(r.line, null, "region " + r.code + " has no 'nameEn' (its English name)");
      }
      if (code.isPresent() && !isBlank(r.name) && !isBlank(r.nameEn)) {
        Integer prior = declaredAt.putIfAbsent(code.get(), r.line);
        if (prior != null) {
          c.add(r.line, null, "region " + code.get() + " is declared twice (first on line " + prior + ")");
        } else {
          regions.add(Region.of(code.get(), r.name.trim(), r.nameEn.trim()));
        }
      }
    }
    List<ParameterValue> values = new ArrayList<>();
    Map<String, List<ParameterValue>> series = new LinkedHashMap<>();
    for (Docs.EntryDoc e : list(doc.parameters)) {
      for (ParameterValue v : entry(c, e)) {
        values.add(v);
        series.computeIfAbsent(v.key().name() + "@" + v.region(), k -> new ArrayList<>()).add(v);
      }
    }
    for (List<ParameterValue> s : series.values()) {
      for (SeriesCheck.Issue i : SeriesCheck.problems(s)) {
        c.add(lineOf(i.value()), i.value().key().name(), i.message());
      }
    }
    return new PolicyFile(name, doc.module, regions.build(), ImmutableList.copyOf(values), ImmutableList.copyOf(problems));
  }

  /** The line of a value this loader read; its origin is {@code file:line}. */
  private static int lineOf(ParameterValue v) {
    String origin = v.origin();
    return Integer.parseInt(origin.substring(origin.lastIndexOf(':') + 1));
  }

  private List<ParameterValue> entry(Checker c, Docs.EntryDoc e) {
    List<ParameterValue> out = new ArrayList<>();
    if (isBlank(e.key)) {
      c.add(e.line, null, "parameter has no 'key'");
      return out;
    }
    Optional<ParameterKey<?>> key = catalog.find(e.key);
    if (key.isEmpty()) {
      c.add(e.line, e.key, "unknown parameter key '" + e.key + "'; did you mean one of " + catalog.closest(e.key) + "?");
      return out;
    }
    ParameterKey<?> k = key.get();
    Optional<RegionCode> region = c.region(e.line, e.key, e.region, "region");
    if (isBlank(e.unit)) {
      c.add(e.line, e.key, "no 'unit'; expected " + k.unit().id());
    } else if (!k.unit().id().equals(e.unit.trim())) {
      c.add(e.line, e.key, "wrong unit '" + e.unit.trim() + "'; " + k + " is in " + k.unit().id()
          + (Unit.fromId(e.unit.trim()).isEmpty() ? " ('" + e.unit.trim() + "' is no unit at all)" : ""));
    }
    if (e.values == null || e.values.isEmpty()) {
      c.add(e.line, e.key, "no 'values'; expected at least one dated value");
      return out;
    }
    for (Docs.ValueDoc v : e.values) {
      Optional<ParameterValue> pv = value(c, k, region, e, v);
      pv.ifPresent(out::add);
    }
    return out;
  }

  private Optional<ParameterValue> value(Checker c, ParameterKey<?> k, Optional<RegionCode> region,
      Docs.EntryDoc e, Docs.ValueDoc v) {
    String key = k.name();
    int problemsBefore = c.count();
    Optional<LocalDate> from = c.date(v.line, key, v.from, "from", true);
    Optional<LocalDate> to = c.date(v.line, key, v.to, "to", false);
    DateRange range = null;
    if (from.isPresent() && (v.to == null || to.isPresent())) {
      if (to.isPresent() && !to.get().isAfter(from.get())) {
        c.add(v.line, key, "'to' " + to.get() + " is not after 'from' " + from.get()
            + "; ranges are [from, to) with 'to' the first day no longer in force");
      } else {
        range = to.isPresent() ? DateRange.of(from.get(), to.get()) : DateRange.from(from.get());
      }
    }
    Object parsed = null;
    if (v.value == null || v.value.isNull()) {
      c.add(v.line, key, "no 'value'");
    } else if (v.value.isContainerNode()) {
      c.add(v.line, key, "'value' is a " + (v.value.isArray() ? "list" : "map") + "; expected one " + k.unit().id() + " value");
    } else if (shapeProblem(k.unit(), v.value) != null) {
      c.add(v.line, key, shapeProblem(k.unit(), v.value));
    } else {
      String text = v.value.isNumber() ? v.value.decimalValue().toPlainString() : v.value.asText();
      try {
        parsed = k.unit().parse(text);
      } catch (IllegalArgumentException ex) {
        c.add(v.line, key, ex.getMessage());
      }
    }
    String statusText = firstNonBlank(v.status, e.status);
    ParameterStatus status = null;
    if (statusText == null) {
      c.add(v.line, key, "no 'status'; expected verified or illustrative");
    } else {
      try {
        status = ParameterStatus.valueOf(statusText.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException ex) {
        c.add(v.line, key, "status '" + statusText + "'; expected verified or illustrative");
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
      c.add(v.line, key, "no 'reference'; every value names the instrument and article it implements");
    }
    if (status == ParameterStatus.VERIFIED && (sourceNode == null || sourceNode.isNull())) {
      c.add(v.line, key, "marked verified but names no 'source'; give the official source (title, issuer, date,"
          + " address, kind) or mark it illustrative");
    }
    if (c.count() > problemsBefore || region.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ParameterValue.builder(k).region(region.get()).effective(range).value(parsed)
          .legalReference(reference).status(status).citation(source).lead(lead).note(firstNonBlank(v.note, e.note))
          .origin(c.file + ":" + v.line).build());
    } catch (ValidationException ex) {
      ex.problems().forEach(p -> c.add(v.line, key, p.message()));
      return Optional.empty();
    }
  }

  /** Why {@code node} is the wrong kind of scalar for {@code unit}, or null: no scalar is converted. */
  private static String shapeProblem(Unit unit, JsonNode node) {
    switch (unit) {
      case FLAG:
        return node.isBoolean() ? null : "'" + node.asText() + "' is not a flag; expected true or false (unquoted)";
      case ROUNDING:
      case ROUNDING_STAGE:
      case BANDS:
      case MULTIPLES:
        return node.isTextual() ? null : "'value' " + node + " is a " + node.getNodeType().name().toLowerCase(Locale.ROOT)
            + "; expected text in " + unit.id() + " (quote it)";
      default:
        return node.isBoolean() ? "'value' " + node + " is a flag; expected a number in " + unit.id() : null;
    }
  }

  private static final List<String> SOURCE_FIELDS = List.of("title", "issuer", "number", "date", "address", "kind", "quote");

  /** Reads a structured source; every missing or bad field is a problem. */
  private static Source source(Checker c, int line, String key, JsonNode n) {
    if (!n.isObject()) {
      c.add(line, key, "'source' is " + n.getNodeType().name().toLowerCase(Locale.ROOT) + "; expected a map with "
          + SOURCE_FIELDS + " (a mirror or republication goes in 'lead')");
      return null;
    }
    int before = c.count();
    n.fieldNames().forEachRemaining(f -> {
      if (!SOURCE_FIELDS.contains(f)) {
        c.add(line, key, "unknown field 'source." + f + "'; expected one of " + SOURCE_FIELDS);
      } else if (!n.get(f).isTextual()) {
        c.add(line, key, "'source." + f + "' is " + n.get(f).getNodeType().name().toLowerCase(Locale.ROOT)
            + "; expected text (quote it)");
      }
    });
    if (c.count() > before) {
      return null;
    }
    Source.Builder b = Source.builder().title(text(n, "title")).issuer(text(n, "issuer"))
        .documentNumber(text(n, "number")).address(text(n, "address")).quote(text(n, "quote"));
    String date = text(n, "date");
    if (date != null) {
      try {
        b.date(LocalDate.parse(date.trim()));
      } catch (DateTimeParseException ex) {
        c.add(line, key, "'source.date' is '" + date + "'; expected a date YYYY-MM-DD");
      }
    }
    String kind = text(n, "kind");
    if (kind != null) {
      Optional<Source.Kind> k = Source.Kind.fromId(kind.trim());
      if (k.isEmpty()) {
        c.add(line, key, "'source.kind' is '" + kind + "'; expected official, official-media or statute-text"
            + " (a mirror or a republication is a 'lead', and its value stays illustrative)");
      }
      k.ifPresent(b::kind);
    }
    if (c.count() > before) {
      return null;
    }
    try {
      return b.build();
    } catch (ValidationException ex) {
      ex.problems().forEach(p -> c.add(line, key, "'" + p.path() + "': " + p.message()));
      return null;
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static PolicyFile failed(String name, int line, String key, String message) {
    return new PolicyFile(name, null, ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of(new PolicyFileProblem(name, line, key, message)));
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

    Checker(String file, List<PolicyFileProblem> problems) {
      this.file = file;
      this.problems = problems;
    }

    void add(int line, String key, String message) {
      problems.add(new PolicyFileProblem(file, line, key, message));
    }

    int count() {
      return problems.size();
    }

    Optional<RegionCode> region(int line, String key, String text, String what) {
      if (isBlank(text)) {
        add(line, key, "no '" + (what.equals("region") ? "region" : "code") + "'; expected a " + what
            + " (6 digits, 9 for a township, or 'national')");
        return Optional.empty();
      }
      Optional<String> problem = RegionCode.problemWith(text.trim());
      if (problem.isPresent()) {
        add(line, key, problem.get());
        return Optional.empty();
      }
      return Optional.of(RegionCode.parse(text));
    }

    Optional<LocalDate> date(int line, String key, String text, String field, boolean required) {
      if (isBlank(text)) {
        if (required) {
          add(line, key, "no '" + field + "'; expected a date YYYY-MM-DD");
        }
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.parse(text.trim()));
      } catch (DateTimeParseException e) {
        add(line, key, "'" + field + "' is '" + text + "'; expected a date YYYY-MM-DD");
        return Optional.empty();
      }
    }
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
      problems.add(new PolicyFileProblem(file, p.currentLocation().getLineNr(), null,
          "unknown field '" + propertyName + "'" + (known == null ? "" : "; expected one of " + known)));
      p.skipChildren();
      return true;
    }
  }

  /** Remembers the line on which each located part of the document starts. */
  private static final class Locating extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    Locating(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new Locating(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      int line = p.currentTokenLocation().getLineNr();
      Object o = super.deserialize(p, ctxt);
      if (o instanceof Docs.Located) {
        ((Docs.Located) o).line = line;
      }
      return o;
    }
  }
}
