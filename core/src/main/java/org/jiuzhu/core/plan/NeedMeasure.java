package org.jiuzhu.core.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * What a plan does for one need: the items that address it, or — when the region has no measure
 * the household can get — why not, in both languages. A need is never left without one of the
 * two.
 *
 * @param need the need
 * @param itemIds the plan items that address it (empty when none is available)
 * @param noMeasureZh why no measure is available in this region, in Chinese (only without items)
 * @param noMeasureEn the same in English
 * @since 0.1.0
 */
public record NeedMeasure(Need need, ImmutableList<String> itemIds, Optional<String> noMeasureZh, Optional<String> noMeasureEn) {
  /** Checks the fields: items, or a reason in both languages, never both and never neither. */
  public NeedMeasure {
    checkNotNull(need, "need");
    checkNotNull(itemIds, "itemIds");
    checkNotNull(noMeasureZh, "noMeasureZh");
    checkNotNull(noMeasureEn, "noMeasureEn");
    checkArgument(itemIds.isEmpty() == noMeasureZh.isPresent() && noMeasureZh.isPresent() == noMeasureEn.isPresent(),
        "need %s: expected either items or a reason in both languages why no measure is available", need);
  }

  /** The items addressing {@code need}. */
  public static NeedMeasure of(Need need, java.util.List<String> itemIds) {
    checkArgument(!itemIds.isEmpty(), "need %s: no items; give the reason instead", need);
    return new NeedMeasure(need, ImmutableList.copyOf(itemIds), Optional.empty(), Optional.empty());
  }

  /** No measure available in this region, and why. */
  public static NeedMeasure none(Need need, String reasonZh, String reasonEn) {
    return new NeedMeasure(need, ImmutableList.of(), Optional.of(reasonZh), Optional.of(reasonEn));
  }

  /** True when an item addresses the need. */
  public boolean hasMeasure() {
    return !itemIds.isEmpty();
  }
}
