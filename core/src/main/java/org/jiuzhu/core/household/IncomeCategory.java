package org.jiuzhu.core.household;

/**
 * The four categories of household income (家庭收入).
 *
 * @since 0.1.0
 */
public enum IncomeCategory {
  /** Wages and salaries (工资性收入). */
  WAGES,
  /** Net business income (经营净收入). */
  BUSINESS_NET,
  /** Net property income (财产净收入): rent, interest, dividends. */
  PROPERTY_NET,
  /** Net transfer income (转移净收入): pensions, alimony, support, remittances. */
  TRANSFER_NET
}
