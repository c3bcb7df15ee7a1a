package org.jiuzhu.core.plan;

/**
 * What a plan item gives.
 *
 * @since 0.1.0
 */
public enum ItemType {
  /** Money. */
  CASH,
  /** A service delivered in units, e.g. visits. */
  SERVICE,
  /** Goods or a quantity of something. */
  IN_KIND,
  /** A fee not charged. */
  FEE_WAIVER,
  /** Development (授人以渔): training, job placement, a route to market. */
  DEVELOPMENT,
  /** A referral to another process. */
  REFERRAL,
  /**
   * A need whose programme awaits a decision (a review, an assessment, 一事一议): the level that
   * decides and the working-day deadline are part of the item; it is delivered when decided.
   */
  PENDING
}
