package org.jiuzhu.core.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.time.DateRange;

/**
 * Something derived from a policy's snapshot — resolved parameters of a rulebook, a compiled
 * catalogue — computed once per region and stretch of dates in which no value changes
 * ({@link PolicySnapshot#stableDates()}), then reused. Thread-safe; a hit allocates nothing.
 *
 * @param <T> what is derived
 * @since 0.1.0
 */
public final class PerStretch<T> {
  private final Policy policy;
  private final Function<PolicySnapshot, T> derive;
  private final ConcurrentMap<RegionCode, Entry[]> cache = new ConcurrentHashMap<>();

  private static final class Entry {
    final DateRange stable;
    final Object value;

    Entry(DateRange stable, Object value) {
      this.stable = stable;
      this.value = value;
    }
  }

  /** Derives with {@code derive} from {@code policy}'s snapshots. */
  public PerStretch(Policy policy, Function<PolicySnapshot, T> derive) {
    this.policy = checkNotNull(policy, "policy");
    this.derive = checkNotNull(derive, "derive");
  }

  /**
   * The value for {@code region} on {@code date}.
   *
   * @throws UnknownRegionException if the region is unknown
   */
  @SuppressWarnings("unchecked")
  public T get(RegionCode region, LocalDate date) {
    Entry[] known = cache.get(region);
    if (known != null) {
      for (Entry e : known) {
        if (e.stable.contains(date)) {
          return (T) e.value;
        }
      }
    }
    PolicySnapshot snapshot = policy.snapshot(region, date);
    T fresh = derive.apply(snapshot);
    cache.merge(region, new Entry[] {new Entry(snapshot.stableDates(), fresh)}, (old, add) -> {
      Entry[] all = Arrays.copyOf(old, old.length + 1);
      all[old.length] = add[0];
      return all;
    });
    return fresh;
  }
}
