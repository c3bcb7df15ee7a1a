package org.jiuzhu.simulation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jiuzhu.core.household.HukouType;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.text.Listing;
import org.jiuzhu.core.text.Text;
import org.jiuzhu.core.validation.Problem;
import org.jiuzhu.core.validation.ValidationException;

/**
 * Calibration targets ({@code jiuzhu-targets/1}, {@code docs/targets.md}): dated figures with their
 * source and status that a synthetic population is fitted to ({@code ./jiuzhu calibrate}) and
 * checked against (every simulation prints simulated vs target). The shipped targets are {@link
 * #shipped()}.
 *
 * @since 0.2.0
 */
public final class Targets {
  /** The format line. */
  public static final String FORMAT = "jiuzhu-targets/1";
  /** The measures whose value is a share (of persons or households): from 0 to 1. */
  private static final Set<String> SHARES = Set.of("age-share", "recipient-rate", "household-rate", "disability-rate",
      "severe-disability-rate");

  /** The measures a target may have. */
  public static final ImmutableList<String> MEASURES = ImmutableList.of("age-share", "recipient-rate", "household-rate",
      "mean-household-size", "disability-rate", "severe-disability-rate");

  private final String source;
  private final ImmutableList<Target> targets;

  private Targets(String source, List<Target> targets) {
    this.source = source;
    this.targets = ImmutableList.copyOf(targets);
  }

  /**
   * One target.
   *
   * @param id a machine key, unique in the file
   * @param region the region the figure is for ({@code national}, a province, the place itself)
   * @param places the simulated places it is compared with
   * @param measure one of {@link #MEASURES}
   * @param hukou the hukou type it is for, or empty for all persons
   * @param ageFrom first age of an {@code age-share} band (a multiple of 5)
   * @param ageTo last age of the band (one less than a multiple of 5, or 999 for "and over")
   * @param programmes the programme ids of {@code recipient-rate} and {@code household-rate}
   * @param value the figure
   * @param unit its unit, as text
   * @param period the date or end of period it describes
   * @param status what the figure is: the place's own official figure ({@code verified}), an official
   *     figure of a wider area ({@code region}) used as a stand-in for the place ({@code official-proxy}),
   *     or not checked ({@code illustrative})
   * @param sourceText where it comes from, in English (or as the file gives it when it gives one text)
   * @param sourceZh where it comes from, in Chinese (the same as {@code sourceText} when the file gives one text)
   * @param url where it was read, if any
   * @param note caveats
   * @param fit whether {@code calibrate} fits to it (false: reported only)
   */
  public record Target(String id, String region, List<String> places, String measure, Optional<HukouType> hukou,
      int ageFrom, int ageTo, List<String> programmes, BigDecimal value, String unit, LocalDate period, Status status,
      String sourceText, String sourceZh, Optional<String> url, String note, boolean fit) {

    /** True for the place's own official figure ({@link Status#VERIFIED}); a stand-in is not. */
    public boolean verified() {
      return status == Status.VERIFIED;
    }

    /**
     * True when the figure was read on an official page: the place's own ({@link Status#VERIFIED})
     * or a wider area's used as a stand-in ({@link Status#OFFICIAL_PROXY}).
     */
    public boolean official() {
      return status != Status.ILLUSTRATIVE;
    }

    /** Where the figure comes from, in {@code lang}. @since 0.6.0 */
    public String source(org.jiuzhu.core.text.Lang lang) {
      return lang == org.jiuzhu.core.text.Lang.ZH ? sourceZh : sourceText;
    }

    /**
     * The status in words in {@code lang}, the area named for a stand-in: {@code 代用：甘肃省（620000）的官方数字} /
     * {@code stand-in: official figure of Gansu Province (620000)}.
     *
     * @since 0.6.0
     */
    public String statusText(org.jiuzhu.core.text.Lang lang) {
      return switch (status) {
        case VERIFIED -> SimTexts.MESSAGES.get(lang, "targets.verified");
        case OFFICIAL_PROXY -> SimTexts.MESSAGES.get(lang, "targets.official-proxy", areaName(lang, region));
        case ILLUSTRATIVE -> SimTexts.MESSAGES.get(lang, "targets.illustrative");
      };
    }

    /** This target's figure in a run: null when the run has no person of its places (and hukou). */
    public Double simulated(Aggregates a) {
      Aggregates.Cell c = new Aggregates.Cell();
      boolean any = false;
      for (String place : places) {
        for (HukouType h : HukouType.values()) {
          if (hukou.isPresent() && hukou.get() != h) {
            continue;
          }
          Aggregates.Cell x = a.cells().get(Aggregates.key(place, h));
          if (x != null) {
            c.merge(x);
            any = true;
          }
        }
      }
      if (!any || c.persons() == 0) {
        return null;
      }
      switch (measure) {
        case "age-share":
          return c.personsAged(ageFrom, ageTo) / (double) c.persons();
        case "recipient-rate": {
          long n = 0;
          for (String p : programmes) {
            n += c.programme(p)[1];
          }
          return n / (double) c.persons();
        }
        case "household-rate": {
          long n = 0;
          for (String p : programmes) {
            n += c.programme(p)[0];
          }
          return n / (double) c.households();
        }
        case "mean-household-size":
          return c.persons() / (double) c.households();
        case "disability-rate":
          return c.disabled() / (double) c.persons();
        default:
          return c.severelyDisabled() / (double) c.persons();
      }
    }

    /** (simulated − target) ÷ target, or null without a simulated figure. */
    public Double relativeError(Aggregates a) {
      Double s = simulated(a);
      return s == null ? null : (s - value.doubleValue()) / value.doubleValue();
    }
  }

  /**
   * What a target's figure is.
   *
   * @since 0.6.0
   */
  public enum Status {
    /** The place's own official figure, read on an official page or in official media. */
    VERIFIED("verified"),
    /** An official figure of a wider area (the target's {@code region}) used as a stand-in for the place. */
    OFFICIAL_PROXY("official-proxy"),
    /** Not checked against an official figure: an assumption, a derivation, or a figure read on a republication. */
    ILLUSTRATIVE("illustrative");

    private final String id;

    Status(String id) {
      this.id = id;
    }

    /** The id in targets files and JSON: {@code verified}, {@code official-proxy}, {@code illustrative}. */
    public String id() {
      return id;
    }

    /** The status of id {@code id}, or null. */
    static Status of(String id) {
      for (Status s : values()) {
        if (s.id.equals(id)) {
          return s;
        }
      }
      return null;
    }
  }

  /** A region's name in {@code lang} with its code ({@code 甘肃省（620000）}), from the installed policy; the code alone if unknown. */
  static String areaName(org.jiuzhu.core.text.Lang lang, String region) {
    if (region.equals("national")) {
      return SimTexts.MESSAGES.get(lang, "targets.area.national");
    }
    java.util.Optional<org.jiuzhu.core.region.Region> r = org.jiuzhu.core.policy.Policy.installed().region(RegionCode.parse(region));
    return r.map(x -> SimTexts.MESSAGES.get(lang, "targets.area", lang == org.jiuzhu.core.text.Lang.ZH ? x.nameZh() : x.nameEn(), region))
        .orElse(region);
  }

  /** Where the targets were read from. */
  public String source() {
    return source;
  }

  /** Every target, in file order. */
  public ImmutableList<Target> all() {
    return targets;
  }

  /** The targets compared with {@code place}. */
  public ImmutableList<Target> forPlace(String place) {
    return targets.stream().filter(t -> t.places().contains(place)).collect(ImmutableList.toImmutableList());
  }

  /** The places the targets name, in order of first mention. */
  public ImmutableList<String> places() {
    Set<String> seen = new java.util.LinkedHashSet<>();
    targets.forEach(t -> seen.addAll(t.places()));
    return ImmutableList.copyOf(seen);
  }

  /** The targets shipped with jiuzhu ({@code org/jiuzhu/simulation/targets/cn-targets.yaml}). */
  public static Targets shipped() {
    String name = "targets/cn-targets.yaml";
    try (InputStream in = Targets.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " not found next to " + Targets.class.getName());
      }
      return parse("cn-targets.yaml (shipped)", new ObjectMapper(new YAMLFactory()).readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Targets from a file.
   *
   * @throws ValidationException listing every problem of the file, each with the target and field, in
   *     both languages
   */
  public static Targets read(Path file) throws IOException {
    checkNotNull(file, "file");
    Text subject = t("targets.problem.subject", file.toString());
    org.jiuzhu.rules.io.StrictInput.Document d;
    try (InputStream in = Files.newInputStream(file)) {
      // read strictly, as households and policy files are: at most 4 MiB (StrictInput.MAX_TARGETS_FILE_BYTES),
      // UTF-8, one document, YAML syntax errors at their line; a key given twice is a problem at its path
      d = org.jiuzhu.rules.io.StrictInput.readDocument(file.toString(), in, true, org.jiuzhu.rules.io.StrictInput.MAX_TARGETS_FILE_BYTES);
    } catch (ValidationException e) {
      throw new ValidationException(subject, e.problems());
    }
    if (d.duplicates().isEmpty()) {
      return parse(file.toString(), d.tree());
    }
    // the keys given twice, said with every other problem of the file
    List<Problem> all = new ArrayList<>(d.duplicates());
    try {
      parse(file.toString(), d.tree());
    } catch (ValidationException e) {
      all.addAll(e.problems());
    }
    throw new ValidationException(subject, all);
  }

  /** A text of the simulation's bundle. */
  private static Text t(String key, Object... args) {
    return SimTexts.MESSAGES.text(key, args);
  }

  /** A problem at {@code path} ({@code targets[2].region}) of code {@code targets.<key>}. */
  private static Problem problem(String path, String key, Object... args) {
    return Problem.of(path, "targets." + key, t("targets.problem." + key, args));
  }

  static Targets parse(String name, JsonNode root) {
    List<Problem> problems = new ArrayList<>();
    Text subject = t("targets.problem.subject", name);
    if (root == null || !root.isObject()) {
      throw new ValidationException(subject, List.of(problem("", "mapping", FORMAT)));
    }
    if (!FORMAT.equals(root.path("format").asText(null))) {
      problems.add(problem("format", "format", root.path("format").asText(""), FORMAT));
    }
    JsonNode list = root.path("targets");
    if (!list.isArray() || list.isEmpty()) {
      problems.add(problem("targets", "list"));
    }
    List<Target> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int i = 0;
    for (JsonNode n : list) {
      String at = "targets[" + i++ + "]";
      String id = n.path("id").asText("");
      if (id.isEmpty()) {
        problems.add(problem(at + ".id", "id.missing"));
      } else if (!ids.add(id)) {
        problems.add(problem(at + ".id", "id.twice", id));
      }
      String region = n.path("region").asText("");
      if (!region.equals("national") && RegionCode.problemWith(region).isPresent()) {
        problems.add(problem(at + ".region", "region", region));
      }
      List<String> places = new ArrayList<>();
      for (JsonNode p : n.path("places")) {
        String code = p.asText("");
        if (RegionCode.problemWith(code).isPresent()) {
          problems.add(problem(at + ".places", "place", code));
        } else {
          places.add(code);
        }
      }
      if (places.isEmpty()) {
        problems.add(problem(at + ".places", "places"));
      }
      String measure = n.path("measure").asText("");
      if (!MEASURES.contains(measure)) {
        problems.add(problem(at + ".measure", "measure", measure, Listing.of(MEASURES)));
      }
      Optional<HukouType> hukou = Optional.empty();
      if (n.hasNonNull("hukou")) {
        try {
          hukou = Optional.of(HukouType.valueOf(n.get("hukou").asText().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          problems.add(problem(at + ".hukou", "hukou", n.get("hukou").asText()));
        }
      }
      int from = 0;
      int to = 0;
      if (measure.equals("age-share")) {
        JsonNode ages = n.path("ages");
        from = ages.path(0).asInt(-1);
        to = ages.path(1).asInt(-1);
        if (!ages.isArray() || ages.size() != 2 || from < 0 || from % 5 != 0 || to < from || (to != 999 && (to + 1) % 5 != 0)) {
          problems.add(problem(at + ".ages", "ages", ages.toString()));
        }
      }
      List<String> programmes = new ArrayList<>();
      n.path("programmes").forEach(p -> programmes.add(p.asText()));
      if ((measure.equals("recipient-rate") || measure.equals("household-rate")) && programmes.isEmpty()) {
        problems.add(problem(at + ".programmes", "programmes"));
      }
      // a programme outside the catalogue would be compared with no recipients at all (-100%)
      int j = 0;
      for (String p : programmes) {
        if (!org.jiuzhu.rules.io.HouseholdReader.knownProgrammes().contains(p)) {
          problems.add(problem(at + ".programmes[" + j + "]", "programme", p,
              List.copyOf(org.jiuzhu.rules.io.HouseholdReader.knownProgrammes())));
        }
        j++;
      }
      BigDecimal value = null;
      if (n.path("value").isNumber()) {
        value = n.get("value").decimalValue();
      }
      if (value == null || value.signum() <= 0) {
        problems.add(problem(at + ".value", "value", n.path("value").asText("")));
      } else if (SHARES.contains(measure) && value.compareTo(BigDecimal.ONE) > 0) {
        problems.add(problem(at + ".value", "value.share", value.toPlainString(), measure));
      } else if (measure.equals("mean-household-size") && value.compareTo(BigDecimal.ONE) < 0) {
        problems.add(problem(at + ".value", "value.size", value.toPlainString()));
      }
      LocalDate period = null;
      try {
        period = LocalDate.parse(n.path("period").asText(""));
      } catch (DateTimeParseException e) {
        problems.add(problem(at + ".period", "period", n.path("period").asText("")));
      }
      String status = n.path("status").asText("");
      Status st = Status.of(status);
      if (st == null) {
        problems.add(problem(at + ".status", "status", status));
      }
      // source: one text, or its Chinese and English {zh: …, en: …}
      JsonNode source = n.path("source");
      String src = source.isObject() ? source.path("en").asText("") : source.asText("");
      String srcZh = source.isObject() ? source.path("zh").asText("") : src;
      if (source.isObject() && (src.isEmpty() || srcZh.isEmpty())) {
        problems.add(problem(at + ".source", srcZh.isEmpty() ? "source.zh" : "source.en"));
      }
      Optional<String> url = n.hasNonNull("url") ? Optional.of(n.get("url").asText()) : Optional.empty();
      if (st != null && st != Status.ILLUSTRATIVE && (src.isEmpty() || url.isEmpty())) {
        problems.add(problem(at + ".source", "source.missing", status));
      }
      if (st == Status.OFFICIAL_PROXY && places.contains(region)) {
        problems.add(problem(at + ".region", "proxy.self", region));
      }
      if (problems.isEmpty()) {
        out.add(new Target(id, region, ImmutableList.copyOf(places), measure, hukou, from, to, ImmutableList.copyOf(programmes),
            value, n.path("unit").asText(""), period, st, src, srcZh, url, n.path("note").asText(""),
            n.path("fit").asBoolean(true)));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(subject, problems);
    }
    return new Targets(name, out);
  }
}
