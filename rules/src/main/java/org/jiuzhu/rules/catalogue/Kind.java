package org.jiuzhu.rules.catalogue;

/**
 * What a programme gives.
 *
 * @since 0.1.0
 */
public enum Kind {
  /** Money (现金). */
  CASH,
  /** A service with a quantity and frequency (服务). */
  SERVICE,
  /** Goods or a quantity of something, e.g. electricity (实物). */
  IN_KIND,
  /** A fee that is not charged (费用减免). */
  FEE_WAIVER,
  /** A referral to another process that decides (转介). */
  REFERRAL
}
