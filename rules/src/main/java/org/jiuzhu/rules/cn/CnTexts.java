package org.jiuzhu.rules.cn;

import java.time.LocalDate;
import java.util.ResourceBundle;
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
  public static final Messages MESSAGES = Messages.of(BUNDLE, lang -> ResourceBundle.getBundle(BUNDLE, lang.locale()));

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
}
