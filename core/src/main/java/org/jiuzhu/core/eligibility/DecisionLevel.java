package org.jiuzhu.core.eligibility;

/**
 * The level of government that decides or approves (审批层级).
 *
 * @since 0.1.0
 */
public enum DecisionLevel {
  /** Township or sub-district (乡镇、街道). */
  TOWNSHIP,
  /** County civil-affairs bureau (县级民政部门). */
  COUNTY,
  /** Prefecture city (设区的市). */
  CITY
}
