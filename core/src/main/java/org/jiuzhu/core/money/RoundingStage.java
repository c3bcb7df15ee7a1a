package org.jiuzhu.core.money;

import java.util.Arrays;
import java.util.Optional;

/**
 * The step of a computation at which a region's {@link Rounding} applies. Published calculations
 * differ: some round the household's amount once, some each member's share, some only the final
 * monthly total; a yearly figure is either computed and rounded as a whole, or a monthly figure is
 * rounded first and then multiplied by 12. Written in policy files by its {@link #id()}.
 *
 * @since 0.1.0
 */
public enum RoundingStage {
  /**
   * The household's monthly amount before additions is rounded once; additions (whole amounts)
   * are added after it.
   */
  HOUSEHOLD("household"),
  /** Each member's share (the per-capita gap) is rounded; the household's amount is their sum. */
  MEMBER("member"),
  /** Nothing is rounded until the end: the household's final monthly total is rounded once. */
  END("end"),
  /** A yearly figure is computed exactly and rounded once. */
  YEARLY("yearly"),
  /** The monthly figure is rounded first, then multiplied by 12 for the yearly one. */
  MONTHLY_TIMES_12("monthly-times-12");

  private final String id;

  RoundingStage(String id) {
    this.id = id;
  }

  /** The name policy files use, e.g. {@code monthly-times-12}. */
  public String id() {
    return id;
  }

  /**
   * Reads a stage by its {@link #id()}.
   *
   * @throws IllegalArgumentException naming the text and the stages there are
   */
  public static RoundingStage parse(String text) {
    return fromId(text.trim()).orElseThrow(() -> new org.jiuzhu.core.text.LocalizedIllegalArgumentException(
        org.jiuzhu.core.validation.ValidationTexts.text("value.roundingStage", text, org.jiuzhu.core.text.Listing.of(
            Arrays.stream(values()).map(RoundingStage::id).toList()))));
  }

  /** The stage whose {@link #id()} is {@code id}, if any. */
  public static Optional<RoundingStage> fromId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }

  @Override
  public String toString() {
    return id;
  }
}
