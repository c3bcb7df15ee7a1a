package org.jiuzhu.core.plan;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A delivery, evaluation, withdrawal or status the plan refuses: an unknown item, a day the item
 * does not cover (before its start, on or after its end, after it was withdrawn), more than the
 * item provides for its periods, or a status date before something recorded. The message names
 * the item, the value and what was expected, in Chinese and English; {@link #getMessage()} is
 * the English one. Nothing is recorded when this is thrown.
 *
 * @since 0.1.0
 */
public final class PlanRecordException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final String messageZh;

  /** A refusal with a stable code (e.g. {@code delivery.amount-over}) and its message in both languages. */
  public PlanRecordException(String code, String messageZh, String messageEn) {
    super(messageEn);
    this.code = checkNotNull(code, "code");
    this.messageZh = checkNotNull(messageZh, "messageZh");
  }

  /**
   * The reason's code: {@code item.unknown}, {@code delivery.before-start}, {@code
   * delivery.after-end}, {@code delivery.withdrawn}, {@code delivery.no-money}, {@code
   * delivery.amount-over}, {@code delivery.quantity-over}, {@code evaluation.before-start}, {@code
   * withdrawal.twice}, {@code withdrawal.before-start}.
   */
  public String code() {
    return code;
  }

  /** The message in Chinese. */
  public String messageZh() {
    return messageZh;
  }

  /** The message in English. */
  public String messageEn() {
    return getMessage();
  }

  /** The message in {@code lang}. */
  public String message(org.jiuzhu.core.text.Lang lang) {
    return lang == org.jiuzhu.core.text.Lang.ZH ? messageZh : getMessage();
  }
}
