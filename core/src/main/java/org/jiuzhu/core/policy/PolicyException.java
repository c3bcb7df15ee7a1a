package org.jiuzhu.core.policy;

/**
 * A policy cannot answer: an unknown region, a missing parameter, or modules that conflict.
 * The message names the key, the region and the date involved.
 *
 * @since 0.1.0
 */
public class PolicyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public PolicyException(String message) {
    super(message);
  }

  /** Creates the exception with its cause. */
  public PolicyException(String message, Throwable cause) {
    super(message, cause);
  }
}
