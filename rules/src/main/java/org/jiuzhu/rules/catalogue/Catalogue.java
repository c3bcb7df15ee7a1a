package org.jiuzhu.rules.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jiuzhu.core.household.SchoolingStage;
import org.jiuzhu.core.household.WorkStatus;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.policy.ParameterKey;
import org.jiuzhu.core.policy.Unit;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.rules.cn.CnRulebook;

/**
 * The programme catalogue (format {@code jiuzhu-catalogue/1}, see {@code docs/catalogue.md}):
 * departments, documents, the parameters the programmes read, and the programmes in evaluation
 * order. {@link #cn()} is China's national catalogue; overlays add or drop programmes for a
 * region and below.
 *
 * @since 0.1.0
 */
public final class Catalogue {
  /** The format line of a catalogue file. */
  public static final String FORMAT = "jiuzhu-catalogue/1";
  /** The format line of an overlay file. */
  public static final String OVERLAY_FORMAT = "jiuzhu-catalogue-overlay/1";

  static final ImmutableList<String> CATEGORIES = ImmutableList.of("tekun", "dibao", "marginal", "rigid");
  private static final Set<String> AMOUNT_TYPES = Set.of("MONTHLY_PER_MEMBER", "MONTHLY_PER_HOUSEHOLD", "YEARLY_PER_MEMBER",
      "YEARLY_PER_HOUSEHOLD", "ONE_OFF_PER_MEMBER", "ONE_OFF_PER_HOUSEHOLD", "YEARLY_PER_MEMBER_BY_CATEGORY",
      "MEDICAL_REIMBURSEMENT");
  private static final ObjectMapper YAML = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final ImmutableMap<String, Department> departments;
  private final ImmutableMap<String, Document> documents;
  private final ImmutableMap<String, ParameterKey<?>> keys;
  private final ImmutableList<CatalogueProgramme> programmes;
  private final ImmutableList<Overlay> overlays;

  private Catalogue(ImmutableMap<String, Department> departments, ImmutableMap<String, Document> documents,
      ImmutableMap<String, ParameterKey<?>> keys, ImmutableList<CatalogueProgramme> programmes, ImmutableList<Overlay> overlays) {
    this.departments = departments;
    this.documents = documents;
    this.keys = keys;
    this.programmes = programmes;
    this.overlays = overlays;
  }

  private static final class Holder {
    static final Catalogue CN = load("cn-catalogue.yaml", Catalogue.class.getResourceAsStream("cn-catalogue.yaml"))
        .withOverlay("zhejiang-overlay.yaml", Catalogue.class.getResourceAsStream("zhejiang-overlay.yaml"));
  }

  /** China's national catalogue, with the overlays shipped for the region packs. */
  public static Catalogue cn() {
    return Holder.CN;
  }

  /** The parameter keys declared by China's catalogue (part of {@code CnParameters.catalog()}). */
  public static ImmutableList<ParameterKey<?>> cnKeys() {
    return ImmutableList.copyOf(cnKeyHolder().values());
  }

  private static Map<String, ParameterKey<?>> cnKeyHolder() {
    return KeysHolder.KEYS;
  }

  private static final class KeysHolder {
    static final Map<String, ParameterKey<?>> KEYS = readKeys();

    private static Map<String, ParameterKey<?>> readKeys() {
      try (InputStream in = Catalogue.class.getResourceAsStream("cn-catalogue.yaml")) {
        Docs.FileDoc doc = YAML.readValue(in, Docs.FileDoc.class);
        List<String> problems = new ArrayList<>();
        Map<String, ParameterKey<?>> keys = keys(doc, problems);
        if (!problems.isEmpty()) {
          throw new IllegalStateException("cn-catalogue.yaml: " + problems);
        }
        return keys;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static Map<String, ParameterKey<?>> keys(Docs.FileDoc doc, List<String> problems) {
    Map<String, ParameterKey<?>> keys = new LinkedHashMap<>();
    for (Docs.KeyDoc k : list(doc.parameters)) {
      Unit unit = k.unit == null ? null : Unit.fromId(k.unit).orElse(null);
      if (k.key == null || unit == null || k.description == null) {
        problems.add("parameter " + k.key + ": needs key, a known unit (got " + k.unit + ") and description");
        continue;
      }
      keys.put(k.key, key(k.key, unit, k.description));
    }
    return keys;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ParameterKey<?> key(String name, Unit unit, String description) {
    return ParameterKey.of(name, unit, (Class) unit.valueType(), description, false);
  }

  /**
   * Reads a catalogue.
   *
   * @throws IllegalArgumentException naming the file and every problem: unknown fields, unknown
   *     departments, documents, keys or prerequisites, a prerequisite listed after the programme
   */
  public static Catalogue load(String name, InputStream in) {
    Docs.FileDoc doc;
    try {
      doc = YAML.readValue(in, Docs.FileDoc.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(name + ":" + (e.getLocation() == null ? 0 : e.getLocation().getLineNr())
          + ": malformed catalogue: " + said(e), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> problems = new ArrayList<>();
    if (doc == null || !FORMAT.equals(doc.format)) {
      throw new IllegalArgumentException(name + ": expected 'format: " + FORMAT + "'");
    }
    ImmutableMap.Builder<String, Department> departments = ImmutableMap.builder();
    list(doc.departments).forEach(d -> departments.put(d.id, new Department(d.id, d.nameZh, d.nameEn)));
    ImmutableMap.Builder<String, Document> documents = ImmutableMap.builder();
    list(doc.documents).forEach(d -> documents.put(d.id, new Document(d.id, d.nameZh, d.nameEn)));
    Map<String, ParameterKey<?>> keys = keys(doc, problems);
    for (ParameterKey<?> k : org.jiuzhu.rules.cn.CnParameters.all()) {
      keys.putIfAbsent(k.name(), k);
    }
    Catalogue shell = new Catalogue(departments.buildKeepingLast(), documents.buildKeepingLast(), ImmutableMap.copyOf(keys),
        ImmutableList.of(), ImmutableList.of());
    ImmutableList<CatalogueProgramme> programmes = shell.programmes(name, list(doc.programmes), new HashSet<>(), problems);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(name + ": invalid catalogue:\n  - " + String.join("\n  - ", problems));
    }
    return new Catalogue(shell.departments, shell.documents, shell.keys, programmes, ImmutableList.of());
  }

  /**
   * This catalogue with an overlay ({@code jiuzhu-catalogue-overlay/1}) that drops and adds
   * programmes for a region and every region below it.
   *
   * @throws IllegalArgumentException naming the file and every problem
   */
  public Catalogue withOverlay(String name, InputStream in) {
    Docs.OverlayDoc doc;
    try {
      doc = YAML.readValue(in, Docs.OverlayDoc.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(name + ":" + (e.getLocation() == null ? 0 : e.getLocation().getLineNr())
          + ": malformed overlay: " + said(e), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> problems = new ArrayList<>();
    if (doc == null || !OVERLAY_FORMAT.equals(doc.format) || doc.region == null) {
      throw new IllegalArgumentException(name + ": expected 'format: " + OVERLAY_FORMAT + "' and a 'region'");
    }
    Set<String> known = new HashSet<>();
    programmes.forEach(p -> known.add(p.id()));
    for (String d : list(doc.drop)) {
      if (!known.contains(d)) {
        problems.add("drop: unknown programme '" + d + "'");
      }
    }
    ImmutableList<CatalogueProgramme> added = programmes(name, list(doc.add), known, problems);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(name + ": invalid overlay:\n  - " + String.join("\n  - ", problems));
    }
    List<Overlay> all = new ArrayList<>(overlays);
    all.add(new Overlay(RegionCode.parse(doc.region), ImmutableList.copyOf(list(doc.drop)), added));
    return new Catalogue(departments, documents, keys, programmes, ImmutableList.copyOf(all));
  }

  private ImmutableList<CatalogueProgramme> programmes(String name, List<Docs.ProgrammeDoc> docs, Set<String> earlier,
      List<String> problems) {
    ImmutableList.Builder<CatalogueProgramme> out = ImmutableList.builder();
    Set<String> seen = new HashSet<>(earlier);
    for (Docs.ProgrammeDoc p : docs) {
      String at = "programme " + p.id;
      if (p.id == null || p.nameZh == null || p.nameEn == null || p.reference == null) {
        problems.add(at + ": needs id, nameZh, nameEn and reference");
        continue;
      }
      if (!seen.add(p.id)) {
        problems.add(at + ": the id is used twice");
      }
      if (p.rulebook && !CnRulebook.PROGRAMMES.contains(p.id)) {
        problems.add(at + ": not a programme of the rulebook " + CnRulebook.PROGRAMMES);
      }
      Department d = departments.get(p.department);
      if (d == null) {
        problems.add(at + ": unknown department '" + p.department + "'; expected one of " + departments.keySet());
      }
      Kind kind = null;
      try {
        kind = Kind.valueOf(String.valueOf(p.kind).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(at + ": kind '" + p.kind + "'; expected one of " + List.of(Kind.values()));
      }
      ImmutableList.Builder<Document> docsOf = ImmutableList.builder();
      for (String id : list(p.documents)) {
        Document doc = documents.get(id);
        if (doc == null) {
          problems.add(at + ": unknown document '" + id + "'");
        } else {
          docsOf.add(doc);
        }
      }
      ImmutableList.Builder<Document> ifNotRecorded = ImmutableList.builder();
      for (String id : list(p.documentsIfSchemeNotRecorded)) {
        Document doc = documents.get(id);
        if (doc == null) {
          problems.add(at + ": unknown document '" + id + "'");
        } else {
          ifNotRecorded.add(doc);
        }
      }
      if (p.documentsIfSchemeNotRecorded != null
          && (p.member == null || p.member.pensionScheme == null && p.member.medicalScheme == null)) {
        problems.add(at + ": documentsIfSchemeNotRecorded without a member condition on pensionScheme or medicalScheme");
      }
      for (String pre : list(p.anyOf)) {
        if (!seen.contains(pre) || pre.equals(p.id)) {
          problems.add(at + ": prerequisite '" + pre + "' is not a programme listed before it");
        }
      }
      if (p.alternativeTo != null && (!seen.contains(p.alternativeTo) || p.alternativeTo.equals(p.id))) {
        problems.add(at + ": alternativeTo '" + p.alternativeTo + "' is not a programme listed before it");
      }
      if (p.member != null) {
        key(at, p.member.minAge, Unit.YEARS, problems);
        key(at, p.member.ageBelow, Unit.YEARS, problems);
        for (String s : list(p.member.schooling)) {
          enumValue(at, s, SchoolingStage.class, problems);
        }
        for (String s : list(p.member.workStatus)) {
          enumValue(at, s, WorkStatus.class, problems);
        }
        for (String s : list(p.member.pensionScheme)) {
          enumValue(at, s, org.jiuzhu.core.household.InsuranceScheme.class, problems);
        }
        for (String s : list(p.member.medicalScheme)) {
          enumValue(at, s, org.jiuzhu.core.household.InsuranceScheme.class, problems);
        }
      }
      if (p.household != null) {
        key(at, p.household.regionFlag, Unit.FLAG, problems);
        key(at, p.household.recentDeath, Unit.DAYS, problems);
        if (p.household.hukou != null && !p.household.hukou.equals("URBAN") && !p.household.hukou.equals("RURAL")) {
          problems.add(at + ": hukou '" + p.household.hukou + "'; expected URBAN or RURAL");
        }
      }
      if (p.amount != null) {
        if (!AMOUNT_TYPES.contains(p.amount.type)) {
          problems.add(at + ": amount type '" + p.amount.type + "'; expected one of " + new java.util.TreeSet<>(AMOUNT_TYPES));
        } else if (p.amount.type.endsWith("BY_CATEGORY") || p.amount.type.equals("MEDICAL_REIMBURSEMENT")) {
          if (p.amount.categories == null || p.amount.categories.isEmpty() || !CATEGORIES.containsAll(p.amount.categories)) {
            problems.add(at + ": categories " + p.amount.categories + "; expected some of " + CATEGORIES);
          } else {
            for (String c : p.amount.categories) {
              if (p.amount.type.equals("MEDICAL_REIMBURSEMENT")) {
                key(at, p.amount.key + ".deductible." + c, Unit.CNY, problems);
                key(at, p.amount.key + ".ratio." + c, Unit.RATIO, problems);
                key(at, p.amount.key + ".cap." + c, Unit.CNY, problems);
              } else {
                moneyKey(at, p.amount.key + "." + c, problems);
              }
            }
          }
        } else {
          moneyKey(at, p.amount.key, problems);
        }
      }
      if (p.inKind != null) {
        key(at, p.inKind.key, Unit.COUNT, problems);
      }
      if (d != null && kind != null) {
        out.add(new CatalogueProgramme(p, d, kind, docsOf.build(), ifNotRecorded.build()));
      }
    }
    return out.build();
  }

  private void key(String at, String name, Unit unit, List<String> problems) {
    if (name == null) {
      return;
    }
    ParameterKey<?> k = keys.get(name);
    if (k == null) {
      problems.add(at + ": unknown parameter '" + name + "'");
    } else if (k.unit() != unit) {
      problems.add(at + ": parameter '" + name + "' is in " + k.unit().id() + "; expected " + unit.id());
    }
  }

  private void moneyKey(String at, String name, List<String> problems) {
    ParameterKey<?> k = name == null ? null : keys.get(name);
    if (k == null) {
      problems.add(at + ": unknown amount parameter '" + name + "'");
    } else if (k.type() != Money.class) {
      problems.add(at + ": amount parameter '" + name + "' is not an amount of money");
    }
  }

  /**
   * What is wrong with a file Jackson could not bind, in our words: an unknown field with the
   * fields allowed, a value of the wrong kind at its path; never the name of a Java class.
   *
   * @since 0.4.0
   */
  public static String said(JsonProcessingException e) {
    String at = "";
    if (e instanceof com.fasterxml.jackson.databind.JsonMappingException) {
      StringBuilder b = new StringBuilder();
      for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : ((com.fasterxml.jackson.databind.JsonMappingException) e).getPath()) {
        if (r.getFieldName() != null) {
          b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
        } else if (r.getIndex() >= 0) {
          b.append('[').append(r.getIndex()).append(']');
        }
      }
      at = b.toString();
    }
    if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException) {
      com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u = (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException) e;
      return "unknown field '" + at + "'; expected one of " + new java.util.TreeSet<>(
          u.getKnownPropertyIds() == null ? List.<String>of() : u.getKnownPropertyIds().stream().map(String::valueOf).toList());
    }
    if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException && !at.isEmpty()) {
      return "'" + at + "' has a value of the wrong kind (a list, a map, text or a number where another is expected)";
    }
    return String.valueOf(e.getOriginalMessage()).replaceAll("\\(class [^)]*\\)", "").replaceAll("`[a-z]+(\\.[a-zA-Z$]+)+`", "the field");
  }

  private static <E extends Enum<E>> void enumValue(String at, String text, Class<E> type, List<String> problems) {
    try {
      Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      // the type in words (schooling stage, not SchoolingStage) and the values the file may give
      String words = type.getSimpleName().replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
      problems.add(at + ": '" + text + "' is not " + ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words
          + "; expected one of " + List.of(type.getEnumConstants()));
    }
  }

  private static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : l;
  }

  /** Every department, by id. */
  public ImmutableMap<String, Department> departments() {
    return departments;
  }

  /** Every programme of the national catalogue, in evaluation order (no overlay applied). */
  public ImmutableList<CatalogueProgramme> programmes() {
    return programmes;
  }

  /** The programmes for {@code region}: the national list with the overlays of the region's chain applied. */
  public ImmutableList<CatalogueProgramme> programmes(RegionCode region) {
    if (overlays.isEmpty()) {
      return programmes;
    }
    List<CatalogueProgramme> out = new ArrayList<>(programmes);
    for (Overlay o : overlays) {
      if (region.isWithin(o.region)) {
        out.removeIf(p -> o.drop.contains(p.id()));
        out.addAll(o.add);
      }
    }
    return ImmutableList.copyOf(out);
  }

  /** The parameter key with this name (the catalogue's own or the rulebook's). */
  ParameterKey<?> key(String name) {
    return keys.get(name);
  }

  /**
   * The parameter key of this name declared by the catalogue (or the rulebook), for code that
   * reads the catalogue's parameters, such as the aid planner.
   *
   * @throws IllegalStateException when there is no such key of that type
   */
  @SuppressWarnings("unchecked")
  public <T> ParameterKey<T> key(String name, Class<T> type) {
    ParameterKey<?> k = keys.get(name);
    if (k == null || k.type() != type) {
      throw new IllegalStateException("catalogue parameter " + name + " is not a " + type.getSimpleName());
    }
    return (ParameterKey<T>) k;
  }

  private record Overlay(RegionCode region, ImmutableList<String> drop, ImmutableList<CatalogueProgramme> add) {}
}
