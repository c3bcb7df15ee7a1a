package org.jiuzhu.core.time;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A half-open range of dates {@code [startInclusive, endExclusive)}; the end may be open
 * (unbounded), meaning "until further notice".
 *
 * <p>Half-open ranges meet without overlapping: a value effective {@code [2025-01-01, 2025-07-01)}
 * is followed by one from {@code 2025-07-01}, and 2025-06-30 belongs to the first only.
 *
 * @since 0.1.0
 */
public final class DateRange {
  private final LocalDate startInclusive;
  private final LocalDate endExclusive; // null when open-ended

  private DateRange(LocalDate startInclusive, LocalDate endExclusive) {
    this.startInclusive = checkNotNull(startInclusive, "startInclusive");
    this.endExclusive = endExclusive;
    checkArgument(
        endExclusive == null || startInclusive.isBefore(endExclusive),
        "date range end %s must be after its start %s", endExclusive, startInclusive);
  }

  /**
   * The range {@code [startInclusive, endExclusive)}.
   *
   * @throws IllegalArgumentException if the end is not after the start
   */
  public static DateRange of(LocalDate startInclusive, LocalDate endExclusive) {
    return new DateRange(startInclusive, checkNotNull(endExclusive, "endExclusive"));
  }

  /** The open-ended range starting on {@code startInclusive}. */
  public static DateRange from(LocalDate startInclusive) {
    return new DateRange(startInclusive, null);
  }

  /** The first day of the range. */
  public LocalDate startInclusive() {
    return startInclusive;
  }

  /** The first day after the range, or empty when the range is open-ended. */
  public Optional<LocalDate> endExclusive() {
    return Optional.ofNullable(endExclusive);
  }

  /** True when the range has no end. */
  public boolean isOpenEnded() {
    return endExclusive == null;
  }

  /** True when {@code date} is on or after the start and before the end. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(startInclusive) && (endExclusive == null || date.isBefore(endExclusive));
  }

  /** True when the two ranges share at least one day. */
  public boolean overlaps(DateRange other) {
    boolean thisStartsBeforeOtherEnds =
        other.endExclusive == null || startInclusive.isBefore(other.endExclusive);
    boolean otherStartsBeforeThisEnds =
        endExclusive == null || other.startInclusive.isBefore(endExclusive);
    return thisStartsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateRange
        && ((DateRange) o).startInclusive.equals(startInclusive)
        && Objects.equals(((DateRange) o).endExclusive, endExclusive);
  }

  @Override
  public int hashCode() {
    return Objects.hash(startInclusive, endExclusive);
  }

  /** {@code [2025-01-01, 2026-01-01)} or {@code [2025-01-01, …)}. */
  @Override
  public String toString() {
    return "[" + startInclusive + ", " + (endExclusive == null ? "…" : endExclusive.toString()) + ")";
  }
}
