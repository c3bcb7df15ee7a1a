package org.jiuzhu.core.eligibility;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.jiuzhu.core.region.RegionCode;

/**
 * Every programme of a rulebook evaluated for one household on one date, in dependency order.
 *
 * @since 0.1.0
 */
public final class Screening {
  private final String householdId;
  private final RegionCode region;
  private final LocalDate date;
  private final ImmutableList<Determination> determinations;

  /** A screening; rulebooks create them. */
  public Screening(String householdId, RegionCode region, LocalDate date, ImmutableList<Determination> determinations) {
    this.householdId = householdId;
    this.region = region;
    this.date = date;
    this.determinations = determinations;
  }

  /** The case id of the household. */
  public String householdId() {
    return householdId;
  }

  /** The region the household applied in. */
  public RegionCode region() {
    return region;
  }

  /** The date of the application. */
  public LocalDate date() {
    return date;
  }

  /** The determinations in the order they were evaluated. */
  public ImmutableList<Determination> determinations() {
    return determinations;
  }

  /** The determination of {@code programmeId}. */
  public Optional<Determination> get(String programmeId) {
    for (Determination d : determinations) {
      String id = d.programmeId();
      if (id == programmeId || id.equals(programmeId)) { // ids are usually the same constants
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** True when both screenings have the same outcomes, amounts, dates and fingerprints. */
  public boolean equalsIgnoringExplanation(Screening o) {
    if (o.determinations.size() != determinations.size()) {
      return false;
    }
    for (int i = 0; i < determinations.size(); i++) {
      if (!determinations.get(i).equalsIgnoringExplanation(o.determinations.get(i))) {
        return false;
      }
    }
    return householdId.equals(o.householdId) && region.equals(o.region) && date.equals(o.date);
  }

  @Override
  public String toString() {
    return "Screening[" + householdId + " " + region + " " + date + " " + determinations + "]";
  }
}
