package org.jiuzhu.core.policy;

import com.google.common.collect.ImmutableCollection;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.time.DateRange;

/**
 * The parameters in force for one region on one date, resolved once and immutable. Rules read
 * their thresholds from a snapshot; {@link #provenance(ParameterKey)} says where each came from.
 *
 * @since 0.1.0
 */
public final class PolicySnapshot {
  private final Policy policy;
  private final RegionCode region;
  private final LocalDate date;
  private final Policy.ResolvedTable table;

  PolicySnapshot(Policy policy, RegionCode region, LocalDate date, Policy.ResolvedTable table) {
    this.policy = policy;
    this.region = region;
    this.date = date;
    this.table = table;
  }

  /** The region the snapshot is for. */
  public RegionCode region() {
    return region;
  }

  /** The date the snapshot is for. */
  public LocalDate date() {
    return date;
  }

  /**
   * The dates around {@link #date()} on which every value of this snapshot stays the same.
   * Its start is {@link LocalDate#MIN} before the first dated value.
   */
  public DateRange stableDates() {
    return table.toExclusive == null ? DateRange.from(table.from) : DateRange.of(table.from, table.toExclusive);
  }

  /**
   * The value of {@code key} in force.
   *
   * @throws MissingParameterException naming the key, the region, the date and the regions
   *     searched, when no value is in force
   */
  public <T> T get(ParameterKey<T> key) {
    ParameterValue v = table.values.get(key);
    if (v == null) {
      throw policy.missing(key, region, date);
    }
    return key.cast(v.value());
  }

  /** The value of {@code key} in force, or empty. */
  public <T> Optional<T> find(ParameterKey<T> key) {
    ParameterValue v = table.values.get(key);
    return v == null ? Optional.empty() : Optional.of(key.cast(v.value()));
  }

  /** The dated value that answered for {@code key}, with its region, reference and status. */
  public Optional<ParameterValue> provenance(ParameterKey<?> key) {
    return Optional.ofNullable(table.values.get(key));
  }

  /** Every value in force, ordered by key. */
  public ImmutableCollection<ParameterValue> values() {
    return table.values.values();
  }

  /**
   * How many of the values in force are verified and from which official sources; reports use
   * it to label every illustrative figure as such.
   *
   * @since 0.1.0
   */
  public ProvenanceSummary provenanceSummary() {
    return ProvenanceSummary.of(values());
  }

  /**
   * A SHA-256 fingerprint of every value in force (key, region, dates, value, status): equal
   * fingerprints mean equal parameters.
   */
  public String fingerprint() {
    return table.fingerprint();
  }

  @Override
  public String toString() {
    return "PolicySnapshot[" + policy.describe(region) + " on " + date + ", " + table.values.size() + " values]";
  }
}
