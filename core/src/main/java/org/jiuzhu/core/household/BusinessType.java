package org.jiuzhu.core.household;

/**
 * Kinds of business registration (市场主体登记).
 *
 * @since 0.1.0
 */
public enum BusinessType {
  /** Individual business (个体工商户). */
  INDIVIDUAL_BUSINESS,
  /** Sole proprietorship (个人独资企业). */
  SOLE_PROPRIETORSHIP,
  /** Partnership (合伙企业). */
  PARTNERSHIP,
  /** Company (公司). */
  COMPANY,
  /** Farmers' cooperative (农民专业合作社). */
  FARMERS_COOPERATIVE
}
