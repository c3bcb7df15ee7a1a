package org.jiuzhu.cli;

import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.text.Messages;

/** The command line's own texts, from {@code org/jiuzhu/cli/messages_zh.properties} and {@code messages_en.properties}. */
final class CliTexts {
  private CliTexts() {}

  static final String BUNDLE = "org.jiuzhu.cli.messages";
  static final Messages MESSAGES = Messages.bundle(BUNDLE, CliTexts.class);

  static String get(Lang lang, String key, Object... args) {
    return MESSAGES.get(lang, key, args);
  }

  static Lang lang(ScreenCommand.Lang l) {
    return l == ScreenCommand.Lang.zh ? Lang.ZH : Lang.EN;
  }
}
