package org.jiuzhu.rules.monitoring;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What monitoring says, from the bundles {@code org/jiuzhu/rules/monitoring/messages*.properties}
 * (one file per language, for translators): rule code names a key and its arguments, never a
 * sentence.
 */
final class Texts {
  private static final String BUNDLE = "org.jiuzhu.rules.monitoring.messages";
  private static final ResourceBundle ZH = ResourceBundle.getBundle(BUNDLE, Locale.CHINESE);
  private static final ResourceBundle EN = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);

  private Texts() {}

  /** A text in both languages. */
  record Both(String zh, String en) {}

  static String zh(String key, Object... args) {
    return new MessageFormat(ZH.getString(key), Locale.CHINESE).format(args);
  }

  static String en(String key, Object... args) {
    return new MessageFormat(EN.getString(key), Locale.ENGLISH).format(args);
  }

  /** {@code key} in both languages with the same arguments. */
  static Both both(String key, Object... args) {
    return new Both(zh(key, args), en(key, args));
  }

  /** An amount in fen as a caseworker reads it, e.g. {@code 6500.00 元} / {@code 6500.00 yuan}. */
  static Both money(long fen) {
    return both("money", org.jiuzhu.core.money.Money.ofFen(fen).toString());
  }
}
