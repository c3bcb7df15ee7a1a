package org.jiuzhu.rules.policyfile;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiuzhu.core.policy.ParameterKey;

/**
 * The parameter keys a policy file may set. A key not in the catalogue is an error in the file,
 * so that a typo never leaves a region silently on its parent's value.
 *
 * @since 0.1.0
 */
public final class ParameterCatalog {
  private final ImmutableSortedMap<String, ParameterKey<?>> keys;
  private final ImmutableMap<String, Range> ranges;
  private final ImmutableList<Order> orders;

  private ParameterCatalog(ImmutableSortedMap<String, ParameterKey<?>> keys, ImmutableMap<String, Range> ranges,
      ImmutableList<Order> orders) {
    this.keys = keys;
    this.ranges = ranges;
    this.orders = orders;
  }

  /**
   * The values a numeric key may take, both ends included ({@code max} empty: no upper end), e.g.
   * 1–6 failed items of the six-item self-care assessment, 0–1 for a share.
   *
   * @since 0.2.0
   */
  public record Range(BigDecimal min, Optional<BigDecimal> max) {
    /** True when {@code value} is within the range. */
    public boolean contains(BigDecimal value) {
      return value.compareTo(min) >= 0 && max.map(m -> value.compareTo(m) <= 0).orElse(true);
    }
  }

  /**
   * Two keys whose values in one region on one date must be ordered: {@code higher} ≥ {@code lower}
   * (e.g. full care from no fewer failed items than partial care).
   *
   * @since 0.2.0
   */
  public record Order(String higher, String lower) {}

  /** A catalogue of {@code keys}; names must be unique. */
  public static ParameterCatalog of(Collection<? extends ParameterKey<?>> keys) {
    ImmutableSortedMap.Builder<String, ParameterKey<?>> b = ImmutableSortedMap.naturalOrder();
    keys.forEach(k -> b.put(k.name(), k));
    return new ParameterCatalog(b.buildOrThrow(), ImmutableMap.of(), ImmutableList.of());
  }

  /** This catalogue with {@code more} keys added (e.g. a region's own rule's keys). */
  public ParameterCatalog plus(Collection<? extends ParameterKey<?>> more) {
    List<ParameterKey<?>> all = new ArrayList<>(keys.values());
    all.addAll(more);
    return new ParameterCatalog(of(all).keys, ranges, orders);
  }

  /**
   * This catalogue with the values of {@code key} (a count, a number of months, a ratio) held to
   * {@code min}–{@code max} ({@code max} null: no upper end); a value outside is a problem of its file.
   *
   * @throws IllegalArgumentException when the catalogue has no such key
   * @since 0.2.0
   */
  public ParameterCatalog withRange(String key, String min, String max) {
    if (!keys.containsKey(key)) {
      throw new IllegalArgumentException("no key " + key + " in the catalogue to give a range");
    }
    Map<String, Range> more = new java.util.LinkedHashMap<>(ranges);
    more.put(key, new Range(new BigDecimal(min), Optional.ofNullable(max).map(BigDecimal::new)));
    return new ParameterCatalog(keys, ImmutableMap.copyOf(more), orders);
  }

  /**
   * This catalogue with {@code higher} ≥ {@code lower} for the values of one region on the same dates.
   *
   * @since 0.2.0
   */
  public ParameterCatalog withOrder(String higher, String lower) {
    if (!keys.containsKey(higher) || !keys.containsKey(lower)) {
      throw new IllegalArgumentException("no key " + (keys.containsKey(higher) ? lower : higher) + " in the catalogue to order");
    }
    return new ParameterCatalog(keys, ranges, ImmutableList.<Order>builder().addAll(orders).add(new Order(higher, lower)).build());
  }

  /** The range of {@code key}'s values, if it has one. @since 0.2.0 */
  public Optional<Range> range(String key) {
    return Optional.ofNullable(ranges.get(key));
  }

  /** Every order between two keys. @since 0.2.0 */
  public List<Order> orders() {
    return orders;
  }

  /** The key with this name, if the catalogue has it. */
  public Optional<ParameterKey<?>> find(String name) {
    return Optional.ofNullable(keys.get(name));
  }

  /** Every key, by name. */
  public Collection<ParameterKey<?>> keys() {
    return keys.values();
  }

  /** Up to three known names closest to {@code name}, for "did you mean" hints. */
  public List<String> closest(String name) {
    return NearestNames.closest(keys.keySet(), name, 3);
  }
}
