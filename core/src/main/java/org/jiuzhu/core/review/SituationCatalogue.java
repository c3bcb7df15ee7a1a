package org.jiuzhu.core.review;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.jiuzhu.core.eligibility.DecisionLevel;
import org.jiuzhu.core.region.RegionCode;

/**
 * The situations each level may decide in a region (一事一议目录). A higher level may decide the
 * situations of the levels below it.
 *
 * @since 0.1.0
 */
public final class SituationCatalogue {
  private final RegionCode region;
  private final String source;
  private final ImmutableMap<String, Situation> situations;

  /**
   * A catalogue for {@code region}.
   *
   * @param source where it comes from (file, notice), for messages and audit
   * @throws IllegalArgumentException if a code is used twice
   */
  public SituationCatalogue(RegionCode region, String source, List<Situation> situations) {
    this.region = region;
    this.source = source;
    ImmutableMap.Builder<String, Situation> b = ImmutableMap.builder();
    situations.forEach(s -> b.put(s.code(), s));
    this.situations = b.buildOrThrow();
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
