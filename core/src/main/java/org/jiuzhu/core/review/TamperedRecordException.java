package org.jiuzhu.core.review;

/**
 * A stored case record does not verify: an entry was changed, removed, inserted or reordered.
 *
 * @since 0.1.0
 */
public final class TamperedRecordException extends RuntimeException implements org.jiuzhu.core.text.Localized {
  private static final long serialVersionUID = 1L;

  private final String messageZh;

  /** Creates the exception naming the case and the entry (the same text serves as the Chinese message). */
  public TamperedRecordException(String message) {
    this(message, message);
  }

  /** Creates the exception with its message in English and in Chinese. */
  public TamperedRecordException(String messageEn, String messageZh) {
    super(messageEn);
    this.messageZh = messageZh;
  }

  /** The message in Chinese. */
  public String messageZh() {
    return messageZh;
  }

  /** The message in {@code lang}. @since 0.2.0 */
  @Override
  public String getMessage(org.jiuzhu.core.text.Lang lang) {
    return lang == org.jiuzhu.core.text.Lang.ZH ? messageZh : getMessage();
  }

  /** The message in English. */
  public String messageEn() {
    return getMessage();
  }
}
