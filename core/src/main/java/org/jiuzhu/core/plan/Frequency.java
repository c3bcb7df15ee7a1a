package org.jiuzhu.core.plan;

/**
 * How often a plan item is delivered.
 *
 * @since 0.1.0
 */
public enum Frequency {
  /** Once. */
  ONCE,
  /** Every week. */
  WEEKLY,
  /** Every month. */
  MONTHLY,
  /** Every year. */
  YEARLY
}
