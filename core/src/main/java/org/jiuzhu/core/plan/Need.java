package org.jiuzhu.core.plan;

/**
 * A need an aid plan (一户一策) answers.
 *
 * @since 0.1.0
 */
public enum Need {
  /** A member is ill (major, chronic, on dialysis). */
  ILLNESS,
  /** A member has a disability. */
  DISABILITY,
  /** A child is in school, or out of school at compulsory-education age. */
  SCHOOLING,
  /** An old member needs help with daily activities. */
  ELDERLY_CARE,
  /** A member able to work has no work. */
  UNEMPLOYMENT,
  /** The household owns no home. */
  HOUSING,
  /** Out-of-pocket medical costs of the last year are high. */
  MEDICAL_DEBT,
  /** A member earns a living by their own work despite a disability: a route to market helps. */
  LIVELIHOOD,
  /**
   * A sudden event (fire, natural disaster, traffic accident, sudden serious illness, a death …)
   * within the window temporary assistance (临时救助) counts it: help is needed now.
   *
   * @since 0.4.0
   */
  EMERGENCY
}
