package org.jiuzhu.core.household;

/**
 * Category of a certified disability (残疾类别), as on the disability certificate (残疾人证).
 *
 * @since 0.1.0
 */
public enum DisabilityCategory {
  /** Visual (视力残疾). */
  VISUAL,
  /** Hearing (听力残疾). */
  HEARING,
  /** Speech (言语残疾). */
  SPEECH,
  /** Physical (肢体残疾). */
  PHYSICAL,
  /** Intellectual (智力残疾). */
  INTELLECTUAL,
  /** Mental (精神残疾). */
  MENTAL,
  /** Multiple (多重残疾). */
  MULTIPLE
}
