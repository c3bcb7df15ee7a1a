package org.jiuzhu.core.household;

/**
 * Kinds of financial (movable) assets (金融资产).
 *
 * @since 0.1.0
 */
public enum FinancialAssetType {
  /** Cash (现金). */
  CASH,
  /** Bank deposits (存款). */
  DEPOSIT,
  /** Shares and bonds (有价证券). */
  SECURITIES,
  /** Funds (基金). */
  FUND,
  /** Commercial insurance with a cash value (商业保险). */
  COMMERCIAL_INSURANCE,
  /** Money owed to the household (债权). */
  CLAIM,
  /** Online financial assets (互联网金融资产). */
  ONLINE_FINANCIAL,
  /** Other financial assets. */
  OTHER
}
