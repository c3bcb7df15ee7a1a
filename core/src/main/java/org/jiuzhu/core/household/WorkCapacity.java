package org.jiuzhu.core.household;

/**
 * Assessed capacity for work (劳动能力). When absent, rules derive it from age and disability.
 *
 * @since 0.1.0
 */
public enum WorkCapacity {
  /** Full capacity (有劳动能力). */
  FULL,
  /** Partial capacity (部分丧失劳动能力). */
  PARTIAL,
  /** No capacity (无劳动能力). */
  NONE
}
