package org.jiuzhu.core.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How many of a set of values (a snapshot's, or a region's own) are verified, from which official
 * sources, and which illustrative values have a lead: what a report needs to label each figure.
 *
 * <pre>{@code
 * ProvenanceSummary p = ProvenanceSummary.of(snapshot.values());
 * if (!p.isIllustrative(DIBAO_STANDARD_RURAL.name())) { ... print it as official ... }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ProvenanceSummary {
  private final int values;
  private final int verified;
  private final int withLead;
  private final ImmutableMap<Source, Integer> sources;
  private final ImmutableMap<String, ParameterStatus> statusByKey;

  private ProvenanceSummary(Collection<ParameterValue> all) {
    int v = 0;
    int l = 0;
    Map<Source, Integer> s = new LinkedHashMap<>();
    Map<String, ParameterStatus> byKey = new LinkedHashMap<>();
    for (ParameterValue p : all) {
      if (p.status() == ParameterStatus.VERIFIED) {
        v++;
        p.citation().ifPresent(c -> s.merge(c.document(), 1, Integer::sum));
      } else if (p.lead().isPresent()) {
        l++;
      }
      byKey.merge(p.key().name(), p.status(),
          (a, b) -> a == ParameterStatus.ILLUSTRATIVE || b == ParameterStatus.ILLUSTRATIVE ? ParameterStatus.ILLUSTRATIVE : a);
    }
    this.values = all.size();
    this.verified = v;
    this.withLead = l;
    this.sources = ImmutableMap.copyOf(s);
    this.statusByKey = ImmutableMap.copyOf(byKey);
  }

  /** Summarises {@code values}. */
  public static ProvenanceSummary of(Collection<ParameterValue> values) {
    return new ProvenanceSummary(checkNotNull(values, "values"));
  }

  /** How many values there are. */
  public int values() {
    return values;
  }

  /** How many are verified. */
  public int verified() {
    return verified;
  }

  /** How many are illustrative. */
  public int illustrative() {
    return values - verified;
  }

  /** How many illustrative values name a lead (a mirror or republication to follow up). */
  public int illustrativeWithLead() {
    return withLead;
  }

  /**
   * The official documents the verified values were checked against (without their quotes),
   * each with how many values it verifies, in order seen.
   */
  public ImmutableMap<Source, Integer> sources() {
    return sources;
  }

  /** The distinct sources, in order seen. */
  public ImmutableList<Source> sourceList() {
    return sources.keySet().asList();
  }

  /**
   * The status of the key named {@code key} among these values: illustrative if any of its
   * values is; empty if the key is not among them.
   */
  public Optional<ParameterStatus> status(String key) {
    return Optional.ofNullable(statusByKey.get(key));
  }

  /** True when the key named {@code key} has an illustrative value here (or is absent). */
  public boolean isIllustrative(String key) {
    return status(key).orElse(ParameterStatus.ILLUSTRATIVE) == ParameterStatus.ILLUSTRATIVE;
  }

  @Override
  public String toString() {
    return values + " values: " + verified + " verified (" + sources.size() + " sources), " + illustrative()
        + " illustrative (" + withLead + " with a lead)";
  }
}
