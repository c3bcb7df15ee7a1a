package org.jiuzhu.core.household;

/**
 * Where a person in extreme poverty (特困人员) is cared for, which decides the care allowance.
 *
 * @since 0.1.0
 */
public enum CarePlacement {
  /** In an institution (集中供养), e.g. a township care home. */
  INSTITUTION,
  /** At home (分散供养). */
  HOME
}
