package org.jiuzhu.core.policy;

/**
 * No value of a parameter is in force for a region (nor any of its ancestors) on a date.
 *
 * @since 0.1.0
 */
public final class MissingParameterException extends PolicyException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming key, region and date. */
  public MissingParameterException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its message in both languages.
   *
   * @since 0.2.0
   */
  public MissingParameterException(org.jiuzhu.core.text.Text message) {
    super(message);
  }
}
