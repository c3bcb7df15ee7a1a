package org.jiuzhu.core.review;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiuzhu.core.eligibility.DecisionLevel;
import org.jiuzhu.core.region.RegionCode;

/**
 * The situations each level may decide in a region (一事一议目录), and the largest amount each
 * level may grant in any one decision ({@link LevelLimit}, with its source). A higher level may
 * decide the situations of the levels below it.
 *
 * @since 0.1.0
 */
public final class SituationCatalogue {
  private final RegionCode region;
  private final String source;
  private final ImmutableMap<String, Situation> situations;
  private final ImmutableMap<DecisionLevel, LevelLimit> limits;

  /**
   * A catalogue for {@code region}.
   *
   * @param source where it comes from (file, notice), for messages and audit
   * @param limits the limit of every level, each level once
   * @throws IllegalArgumentException if a code is used twice, or a level has no limit or two
   */
  public SituationCatalogue(RegionCode region, String source, List<Situation> situations, List<LevelLimit> limits) {
    this.region = region;
    this.source = source;
    ImmutableMap.Builder<String, Situation> b = ImmutableMap.builder();
    situations.forEach(s -> b.put(s.code(), s));
    this.situations = b.buildOrThrow();
    Map<DecisionLevel, LevelLimit> byLevel = new EnumMap<>(DecisionLevel.class);
    for (LevelLimit l : limits) {
      if (byLevel.put(l.level(), l) != null) {
        throw new IllegalArgumentException("the " + l.level() + " has two amount limits; expected one a level");
      }
    }
    for (DecisionLevel level : DecisionLevel.values()) {
      if (!byLevel.containsKey(level)) {
        throw new IllegalArgumentException("the " + level + " has no amount limit; every level needs one (with its source)");
      }
    }
    this.limits = ImmutableMap.copyOf(byLevel);
  }

  /** The largest amount {@code level} may grant in one decision. */
  public LevelLimit limit(DecisionLevel level) {
    return limits.get(level);
  }

  /** Every level's limit, lowest level first. */
  public ImmutableList<LevelLimit> limits() {
    return limits.values().asList();
  }

  /** The region the catalogue applies to (and every region below it). */
  public RegionCode region() {
    return region;
  }

  /** Where the catalogue comes from. */
  public String source() {
    return source;
  }

  /** The situation with this code. */
  public Optional<Situation> situation(String code) {
    return Optional.ofNullable(situations.get(code));
  }

  /** Every situation, in catalogue order. */
  public ImmutableList<Situation> situations() {
    return situations.values().asList();
  }

  /** The situations whose lowest deciding level is {@code level}. */
  public ImmutableList<Situation> at(DecisionLevel level) {
    return situations.values().stream().filter(s -> s.level() == level).collect(ImmutableList.toImmutableList());
  }
}
