package org.jiuzhu.core.household;

/**
 * A fact about a statutory supporter (法定赡养、抚养、扶养义务人) that bears on whether they can support.
 *
 * @since 0.1.0
 */
public enum SupporterCondition {
  /** Is a person in extreme poverty (特困人员). */
  TEKUN,
  /** Receives the minimum living allowance (低保). */
  DIBAO,
  /** Has a severe disability (重度残疾, grade 1 or 2). */
  SEVERE_DISABILITY,
  /** Has a grade-3 intellectual or mental disability. */
  GRADE3_INTELLECTUAL_OR_MENTAL,
  /** Has no or limited civil capacity (无民事行为能力或限制民事行为能力). */
  LEGALLY_INCAPACITATED,
  /** Is missing or declared missing (下落不明). */
  MISSING,
  /** Is serving a sentence (服刑). */
  IMPRISONED
}
