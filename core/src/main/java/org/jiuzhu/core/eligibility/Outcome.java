package org.jiuzhu.core.eligibility;

/**
 * The outcome of evaluating one programme for one household.
 *
 * @since 0.1.0
 */
public enum Outcome {
  /** Every condition is met. */
  ELIGIBLE,
  /** At least one condition is not met. */
  INELIGIBLE,
  /** The rules cannot decide alone: a person at the named level must (一事一议 or missing facts). */
  NEEDS_REVIEW
}
