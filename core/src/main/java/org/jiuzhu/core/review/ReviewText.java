package org.jiuzhu.core.review;

import org.jiuzhu.core.text.Messages;

/** The user-facing text of case-by-case decisions, from the bundles {@code org/jiuzhu/core/review/messages*.properties}. */
final class ReviewText {
  static final Messages MESSAGES = Messages.bundle("org.jiuzhu.core.review.messages", ReviewText.class);

  private ReviewText() {}

  static String zh(String key, Object... args) {
    return MESSAGES.zh(key, args);
  }

  static String en(String key, Object... args) {
    return MESSAGES.en(key, args);
  }

  /** A refused argument whose message is the text of {@code key}, in both languages. */
  static org.jiuzhu.core.text.LocalizedIllegalArgumentException refused(String key, Object... args) {
    return new org.jiuzhu.core.text.LocalizedIllegalArgumentException(MESSAGES.text(key, args));
  }
}
