package org.jiuzhu.core.household;

/**
 * What an income item is, where the rules treat it specially: the national exclusions, and earnings that matter for gradual withdrawal. Whether a tag excludes the item is a rule decided by parameters, not by the tag.
 *
 * @since 0.1.0
 */
public enum IncomeTag {
  /** Preferential-treatment and pension payments to veterans and martyrs' families (优待抚恤金). */
  PREFERENTIAL_TREATMENT_PENSION,
  /** Family-planning reward or support (计划生育奖励与扶助金). */
  FAMILY_PLANNING_REWARD,
  /** Scholarship or student grant (奖学金、助学金). */
  SCHOLARSHIP,
  /** Reward for an act of bravery (见义勇为奖励). */
  BRAVERY_REWARD,
  /** Social-assistance money or goods from government (政府发放的社会救助款物). */
  GOVERNMENT_SOCIAL_ASSISTANCE,
  /** Basic pension of the urban-rural residents' pension scheme (城乡居民基本养老保险基础养老金). */
  RESIDENTS_BASIC_PENSION,
  /** A social-insurance benefit (社会保险待遇). */
  SOCIAL_INSURANCE_BENEFIT,
  /** Old-age allowance (高龄津贴). */
  OLD_AGE_ALLOWANCE,
  /** Earnings from a job found while receiving assistance (新就业收入), for gradual withdrawal (渐退). */
  NEW_JOB,
  /** An item a prefecture-level government excludes (地方规定不计入的收入). */
  LOCAL_EXCLUSION
}
