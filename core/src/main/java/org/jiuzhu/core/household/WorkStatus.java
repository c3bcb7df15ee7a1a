package org.jiuzhu.core.household;

/**
 * What a member does for a living now (就业状况).
 *
 * @since 0.1.0
 */
public enum WorkStatus {
  /** In paid employment (受雇就业). */
  EMPLOYED,
  /** Self-employed or running a business (自营). */
  SELF_EMPLOYED,
  /** Farming (务农). */
  FARMING,
  /** Able and looking for work, without it (失业). */
  UNEMPLOYED,
  /** Retired (退休). */
  RETIRED,
  /** In full-time education (在校). */
  STUDENT,
  /** Not working for another reason: care duties, illness, too young or too old (未就业). */
  NOT_WORKING
}
