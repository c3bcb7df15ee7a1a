package org.jiuzhu.core.plan;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;

/**
 * An evaluation of a plan item against its target (可评价).
 *
 * @param itemId the plan item
 * @param date the day
 * @param targetMet whether the target was met
 * @param note what was found
 * @param by the id of who evaluated (not a name)
 * @since 0.1.0
 */
public record Evaluation(String itemId, LocalDate date, boolean targetMet, String note, String by) {
  /** Checks the fields. */
  public Evaluation {
    checkNotNull(itemId, "itemId");
    checkNotNull(date, "date");
    checkNotNull(note, "note");
    checkNotNull(by, "by");
  }
}
