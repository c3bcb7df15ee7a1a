package org.jiuzhu.simulation;

import java.util.ResourceBundle;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.text.Messages;

/**
 * The simulation's text output (the summary tables, gaps, review, deciles, targets) in both
 * languages, from {@code org/jiuzhu/simulation/messages_zh.properties} and {@code
 * messages_en.properties}.
 *
 * @since 0.2.0
 */
public final class SimTexts {
  private SimTexts() {}

  /** The bundle's base name. */
  public static final String BUNDLE = "org.jiuzhu.simulation.messages";

  /** The texts. */
  public static final Messages MESSAGES = Messages.of(BUNDLE, lang -> ResourceBundle.getBundle(BUNDLE, lang.locale()));

  /** The text of {@code key} in Chinese ({@code zh}) or English. */
  public static String get(boolean zh, String key, Object... args) {
    return MESSAGES.get(zh ? Lang.ZH : Lang.EN, key, args);
  }
}
