package org.jiuzhu.core.household;

/**
 * Kinds of household spending that the rigid-expenditure test (刚性支出) counts.
 *
 * @since 0.1.0
 */
public enum ExpenditureCategory {
  /** Medical costs paid out of pocket after insurance (自付医疗费用). */
  MEDICAL_OUT_OF_POCKET,
  /** Education costs (教育支出). */
  EDUCATION,
  /** Disability rehabilitation (残疾康复支出). */
  REHABILITATION,
  /** Basic living costs (基本生活支出). */
  LIVING
}
