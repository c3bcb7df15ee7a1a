package org.jiuzhu.core.review;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A case-by-case decision that may not be taken: the situation is not the one the case needs or
 * not in the catalogue, the level is too low, or the amount is above what the level may grant.
 * The attempt is recorded in the case's {@link CaseRecord} before this is thrown. The message is
 * given in Chinese and English; {@link #getMessage()} is the English one.
 *
 * @since 0.1.0
 */
public final class DecisionRefusedException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final String messageZh;

  /** A refusal with a stable code (e.g. {@code level.too-low}) and its message in both languages. */
  public DecisionRefusedException(String code, String messageZh, String messageEn) {
    super(messageEn);
    this.code = checkNotNull(code, "code");
    this.messageZh = checkNotNull(messageZh, "messageZh");
  }

  /** The reason's code: {@code situation.mismatch}, {@code situation.unknown}, {@code level.too-low},
   *  {@code amount.above-situation-limit}, {@code amount.above-level-limit} (the catalogue's limit of the level) or
   *  {@code amount.above-region-limit} (the region's parameters, {@link RegionLimit}). */
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
}
