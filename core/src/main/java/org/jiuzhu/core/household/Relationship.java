package org.jiuzhu.core.household;

/**
 * A member's relationship to the applicant (申请人).
 *
 * @since 0.1.0
 */
public enum Relationship {
  /** The applicant (申请人) themself. */
  APPLICANT,
  /** Spouse (配偶). */
  SPOUSE,
  /** Child, including adopted and step-children (子女). */
  CHILD,
  /** Parent (父母). */
  PARENT,
  /** Parent of the spouse (公婆、岳父母). */
  PARENT_IN_LAW,
  /** Grandparent (祖父母、外祖父母). */
  GRANDPARENT,
  /** Grandchild (孙子女、外孙子女). */
  GRANDCHILD,
  /** Brother or sister (兄弟姐妹). */
  SIBLING,
  /** Spouse of a child (儿媳、女婿). */
  CHILD_IN_LAW,
  /** Another relative (其他亲属). */
  OTHER_RELATIVE,
  /** Someone else living in the household. */
  OTHER
}
