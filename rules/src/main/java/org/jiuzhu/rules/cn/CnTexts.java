package org.jiuzhu.rules.cn;

import java.time.LocalDate;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.text.Messages;

/**
 * The user-facing texts of the rules module (explanations, findings, checklists, plans, dues) in
 * both languages, from {@code org/jiuzhu/rules/cn/messages_zh.properties} and {@code
 * messages_en.properties}. Rule code names a key; translators work on the two files.
 *
 * <pre>{@code
 * String zh = CnTexts.zh("programme.cn.dibao");          // 最低生活保障
 * String en = CnTexts.get(Lang.EN, "programme.cn.dibao"); // the minimum living allowance (低保)
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CnTexts {
  private CnTexts() {}

  /** The bundle's base name. */
  public static final String BUNDLE = "org.jiuzhu.rules.cn.messages";

  /** The texts. */
  public static final Messages MESSAGES = Messages.bundle(BUNDLE, CnTexts.class);

  /** The text of {@code key} in {@code lang}. */
  public static String get(Lang lang, String key, Object... args) {
    return MESSAGES.get(lang, key, args);
  }

  /** The text of {@code key} in Chinese. */
  public static String zh(String key, Object... args) {
    return MESSAGES.zh(key, args);
  }

  /** The text of {@code key} in English. */
  public static String en(String key, Object... args) {
    return MESSAGES.en(key, args);
  }

  /** A date as it is read in {@code lang}. */
  public static String date(Lang lang, LocalDate d) {
    return Messages.date(lang, d);
  }

  /** The programme's name in {@code lang} ({@code programme.<id>}); the id itself when it has none. */
  public static String programme(Lang lang, String programmeId) {
    String key = "programme." + programmeId;
    return MESSAGES.has(lang, key) ? MESSAGES.get(lang, key) : programmeId;
  }

  /**
   * A quantity written {@code "4 visits/month"} (as catalogue results and plan items carry it) as
   * it is read in {@code lang}: {@code 每月 4 次}, {@code 4 visits a month}.
   */
  public static String quantity(Lang lang, String quantity) {
    String[] parts = quantity.split("[ /]");
    if (parts.length != 3) {
      return quantity;
    }
    return MESSAGES.get(lang, "quantity", parts[0], unit(lang, parts[1]), MESSAGES.get(lang, "per." + parts[2]));
  }

  /** A unit's name in {@code lang} ({@code unit.<unit>}); the unit itself when it has none. */
  public static String unit(Lang lang, String unit) {
    String key = "unit." + unit;
    return MESSAGES.has(lang, key) ? MESSAGES.get(lang, key) : unit;
  }
}
