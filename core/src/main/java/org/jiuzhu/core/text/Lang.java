package org.jiuzhu.core.text;

import java.util.Locale;

/**
 * The two languages of every user-facing text: Simplified Chinese and English. Chinese text has
 * no English words or enum names in it; English text keeps Chinese only as a bracketed term.
 *
 * @since 0.1.0
 */
public enum Lang {
  /** Simplified Chinese (简体中文). */
  ZH(Locale.SIMPLIFIED_CHINESE),
  /** English. */
  EN(Locale.ENGLISH);

  private final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }

  /** The locale of the language's message bundles and number formats. */
  public Locale locale() {
    return locale;
  }

  /**
   * {@code line} as it starts a sentence, a heading or a list item: in English its first letter
   * upper case (a programme's or a document's name, "the minimum living allowance (低保)", is
   * written lower case to sit inside sentences); in Chinese as it is.
   *
   * @since 0.4.0
   */
  public String capitalised(String line) {
    if (this != EN || line.isEmpty() || !Character.isLowerCase(line.charAt(0))) {
      return line;
    }
    return Character.toUpperCase(line.charAt(0)) + line.substring(1);
  }

  /** {@code zh} or {@code en} (also {@code zh-CN}, {@code en-GB}…), case-insensitive. */
  public static Lang parse(String tag) {
    String t = tag.trim().toLowerCase(Locale.ROOT);
    if (t.equals("zh") || t.startsWith("zh-") || t.startsWith("zh_")) {
      return ZH;
    }
    if (t.equals("en") || t.startsWith("en-") || t.startsWith("en_")) {
      return EN;
    }
    throw new IllegalArgumentException("language '" + tag + "' is not supported; expected zh or en");
  }
}
