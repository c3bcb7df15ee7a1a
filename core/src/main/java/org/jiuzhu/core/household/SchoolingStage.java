package org.jiuzhu.core.household;

/**
 * The stage of education a member is in now (在读阶段).
 *
 * @since 0.1.0
 */
public enum SchoolingStage {
  /** Not in education. */
  NONE,
  /** Pre-school (学前教育). */
  PRESCHOOL,
  /** Primary school (小学), compulsory. */
  PRIMARY,
  /** Junior secondary (初中), compulsory. */
  JUNIOR_SECONDARY,
  /** Ordinary senior high school (普通高中). */
  SENIOR_SECONDARY,
  /** Secondary vocational school (中等职业学校). */
  SECONDARY_VOCATIONAL,
  /** Higher vocational college (高职、专科). */
  HIGHER_VOCATIONAL,
  /** Bachelor's degree (本科). */
  UNDERGRADUATE,
  /** Postgraduate (研究生). */
  POSTGRADUATE
}
