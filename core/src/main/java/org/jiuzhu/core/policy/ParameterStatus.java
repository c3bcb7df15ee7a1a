package org.jiuzhu.core.policy;

/**
 * How sure we are of a parameter value.
 *
 * @since 0.1.0
 */
public enum ParameterStatus {
  /** Checked against an official source, which the value names. */
  VERIFIED,
  /**
   * An example or assumption: plausible, documented, but not checked against an official
   * notice. Never to be presented as official.
   */
  ILLUSTRATIVE
}
