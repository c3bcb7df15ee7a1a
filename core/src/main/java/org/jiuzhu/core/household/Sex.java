package org.jiuzhu.core.household;

/**
 * Sex as recorded on the citizen ID (公民身份号码).
 *
 * @since 0.1.0
 */
public enum Sex {
  /** Female (女). */
  FEMALE,
  /** Male (男). */
  MALE
}
