package org.jiuzhu.rules.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jiuzhu.core.eligibility.DecisionLevel;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.policy.ParameterStatus;
import org.jiuzhu.core.review.LevelLimit;
import org.jiuzhu.core.review.Situation;
import org.jiuzhu.core.review.SituationCatalogue;

/**
 * Reads case-by-case catalogues ({@code jiuzhu-situations/1}, see {@code docs/case-by-case.md}).
 *
 * @since 0.1.0
 */
public final class SituationFiles {
  /** The format line. */
  public static final String FORMAT = "jiuzhu-situations/1";

  private static final ObjectMapper YAML = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private SituationFiles() {}

  /** The illustrative example pack: 7 township, 4 county and 4 city situations. */
  public static SituationCatalogue example() {
    try (InputStream in = SituationFiles.class.getResourceAsStream("example-situations.yaml")) {
      return load("example-situations.yaml", in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a catalogue.
   *
   * @throws IllegalArgumentException naming the file and every problem
   */
  public static SituationCatalogue load(String name, InputStream in) {
    FileDoc doc;
    try {
      doc = YAML.readValue(in, FileDoc.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(name + ":" + (e.getLocation() == null ? 0 : e.getLocation().getLineNr())
          + ": malformed situation catalogue: " + org.jiuzhu.rules.catalogue.Catalogue.said(e), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> problems = new ArrayList<>();
    if (doc == null || !FORMAT.equals(doc.format)) {
      throw new IllegalArgumentException(name + ": expected 'format: " + FORMAT + "'");
    }
    Optional<String> regionProblem = RegionCode.problemWith(doc.region);
    regionProblem.ifPresent(p -> problems.add("region: " + p));
    if (doc.source == null || doc.source.isBlank()) {
      problems.add("no 'source': name the notice the catalogue comes from");
    }
    List<Situation> situations = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (SituationDoc s : doc.situations == null ? List.<SituationDoc>of() : doc.situations) {
      String at = "situation " + s.code;
      if (s.code == null || s.nameZh == null || s.nameEn == null) {
        problems.add(at + ": needs code, nameZh and nameEn");
        continue;
      }
      if (!codes.add(s.code)) {
        problems.add(at + ": the code is used twice");
      }
      DecisionLevel level = null;
      try {
        level = DecisionLevel.valueOf(String.valueOf(s.level));
      } catch (IllegalArgumentException e) {
        problems.add(at + ": level '" + s.level + "'; expected TOWNSHIP, COUNTY or CITY");
      }
      Optional<Money> max = Optional.empty();
      if (s.maxAmount != null) {
        try {
          max = Optional.of(Money.parse(s.maxAmount));
          if (max.get().isNegative()) {
            problems.add(at + ": negative maxAmount " + max.get());
          }
        } catch (IllegalArgumentException e) {
          problems.add(at + ": maxAmount: " + e.getMessage());
        }
      }
      if (level != null && problems.isEmpty()) {
        situations.add(new Situation(s.code, level, s.nameZh, s.nameEn, max));
      }
    }
    List<LevelLimit> limits = new ArrayList<>();
    Set<DecisionLevel> limited = java.util.EnumSet.noneOf(DecisionLevel.class);
    for (LevelDoc l : doc.levels == null ? List.<LevelDoc>of() : doc.levels) {
      String at = "levels: " + l.level;
      DecisionLevel level;
      try {
        level = DecisionLevel.valueOf(String.valueOf(l.level));
      } catch (IllegalArgumentException e) {
        problems.add(at + ": expected TOWNSHIP, COUNTY or CITY");
        continue;
      }
      if (!limited.add(level)) {
        problems.add(at + ": the level is given twice");
        continue;
      }
      Money max = null;
      try {
        max = l.maxAmount == null ? null : Money.parse(l.maxAmount);
      } catch (IllegalArgumentException e) {
        problems.add(at + ": maxAmount: " + e.getMessage());
      }
      if (max == null) {
        problems.add(at + ": no maxAmount; every level has the largest amount it may grant in one decision");
      } else if (max.isNegative()) {
        problems.add(at + ": negative maxAmount " + max);
      }
      ParameterStatus status = null;
      if ("verified".equals(l.status)) {
        status = ParameterStatus.VERIFIED;
      } else if ("illustrative".equals(l.status)) {
        status = ParameterStatus.ILLUSTRATIVE;
      } else {
        problems.add(at + ": status '" + l.status + "'; expected verified or illustrative");
      }
      if (l.reference == null || l.reference.isBlank()) {
        problems.add(at + ": no reference; name the notice the limit comes from (or why it is illustrative)");
      }
      if (max != null && !max.isNegative() && status != null && l.reference != null && !l.reference.isBlank()) {
        limits.add(new LevelLimit(level, max, status, l.reference));
      }
    }
    for (DecisionLevel level : DecisionLevel.values()) {
      if (!limited.contains(level)) {
        problems.add("levels: no limit for " + level + "; expected {level: " + level + ", maxAmount, status, reference}"
            + " for every level");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(name + ": invalid situation catalogue:\n  - " + String.join("\n  - ", problems));
    }
    return new SituationCatalogue(RegionCode.parse(doc.region), doc.source, situations, limits);
  }

  static final class FileDoc {
    public String format;
    public String region;
    public String source;
    public List<SituationDoc> situations;
    public List<LevelDoc> levels;
  }

  static final class LevelDoc {
    public String level;
    public String maxAmount;
    public String status;
    public String reference;
  }

  static final class SituationDoc {
    public String code;
    public String level;
    public String maxAmount;
    public String nameZh;
    public String nameEn;
  }
}
