package org.jiuzhu.core.review;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The user-facing text of case-by-case decisions, from the bundles {@code org/jiuzhu/core/review/messages*.properties}. */
final class ReviewText {
  private static final ResourceBundle ZH = ResourceBundle.getBundle("org.jiuzhu.core.review.messages", Locale.CHINESE);
  private static final ResourceBundle EN = ResourceBundle.getBundle("org.jiuzhu.core.review.messages", Locale.ENGLISH);

  private ReviewText() {}

  static String zh(String key, Object... args) {
    return format(ZH, Locale.CHINESE, key, args);
  }

  static String en(String key, Object... args) {
    return format(EN, Locale.ENGLISH, key, args);
  }

  private static String format(ResourceBundle bundle, Locale locale, String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
