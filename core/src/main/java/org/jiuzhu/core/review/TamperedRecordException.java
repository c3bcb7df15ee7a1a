package org.jiuzhu.core.review;

/**
 * A stored case record does not verify: an entry was changed, removed, inserted or reordered.
 *
 * @since 0.1.0
 */
public final class TamperedRecordException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception naming the case and the entry. */
  public TamperedRecordException(String message) {
    super(message);
  }
}
