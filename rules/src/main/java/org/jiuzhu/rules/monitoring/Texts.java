package org.jiuzhu.rules.monitoring;

import org.jiuzhu.core.text.Messages;

/**
 * What monitoring says, from the bundles {@code org/jiuzhu/rules/monitoring/messages*.properties}
 * (one file per language, for translators): rule code names a key and its arguments, never a
 * sentence.
 */
final class Texts {
  static final Messages MESSAGES = Messages.bundle("org.jiuzhu.rules.monitoring.messages", Texts.class);

  private Texts() {}

  /** A text in both languages. */
  record Both(String zh, String en) {}

  static String zh(String key, Object... args) {
    return MESSAGES.zh(key, args);
  }

  static String en(String key, Object... args) {
    return MESSAGES.en(key, args);
  }

  /** {@code key} in both languages with the same arguments. */
  static Both both(String key, Object... args) {
    return new Both(zh(key, args), en(key, args));
  }

  /**
   * A date as monitoring writes it, in words ({@link Messages#date}, as screening and plans write
   * it): {@code 2025年9月1日} in Chinese, {@code 1 September 2025} in English.
   */
  static Both date(java.time.LocalDate d) {
    return new Both(Messages.date(org.jiuzhu.core.text.Lang.ZH, d), Messages.date(org.jiuzhu.core.text.Lang.EN, d));
  }

  /** A month in words: {@code 2025年9月} in Chinese, {@code September 2025} in English. */
  static Both month(java.time.YearMonth m) {
    return new Both(Messages.month(org.jiuzhu.core.text.Lang.ZH, m), Messages.month(org.jiuzhu.core.text.Lang.EN, m));
  }

  private static final java.util.regex.Pattern ID_NUMBER = java.util.regex.Pattern.compile("\\d{17}[\\dXx]|\\d{15}");

  /**
   * A household or member id as a rejection says it: masked as citizen ID numbers are ({@link
   * org.jiuzhu.core.household.CitizenId#mask}: first six and last four kept) when it has the shape of
   * one (18 characters, 17 digits and a digit or X, or 15 digits) — a register may key households by
   * the applicant's number —, else as it is.
   */
  static String id(String id) {
    return ID_NUMBER.matcher(id).matches() ? org.jiuzhu.core.household.CitizenId.mask(id) : id;
  }

  /** An amount in fen as a caseworker reads it, e.g. {@code 6,500.00 元} / {@code 6,500.00 yuan}. */
  static Both money(long fen) {
    return both("money", org.jiuzhu.core.money.Money.ofFen(fen));
  }
}
