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

  /** The message of {@code e} in {@code lang} when it has one in both languages, else its message as it is. */
  static String message(Lang lang, Throwable e) {
    return e instanceof org.jiuzhu.core.text.Localized ? ((org.jiuzhu.core.text.Localized) e).getMessage(lang)
        : String.valueOf(e.getMessage());
  }

  /** A refused argument (an option's value, a combination of options), its message the text of {@code key} in both languages. */
  static org.jiuzhu.core.text.LocalizedIllegalArgumentException refused(String key, Object... args) {
    return new org.jiuzhu.core.text.LocalizedIllegalArgumentException(MESSAGES.text(key, args));
  }

  /** {@code code} is not a region of {@code policy}: the error, naming the regions known, in both languages. */
  static org.jiuzhu.core.policy.UnknownRegionException unknownRegion(org.jiuzhu.core.region.RegionCode code,
      org.jiuzhu.core.policy.Policy policy) {
    java.util.List<String> known = policy.regions().keySet().stream()
        .filter(c -> !c.equals(org.jiuzhu.core.region.RegionCode.NATIONAL)).map(Object::toString).toList();
    return new org.jiuzhu.core.policy.UnknownRegionException(code, MESSAGES.text("error.region.unknown", code.toString(),
        String.join(", ", known), MESSAGES.text("region.national")));
  }

  static Lang lang(ScreenCommand.Lang l) {
    return l == ScreenCommand.Lang.zh ? Lang.ZH : Lang.EN;
  }
}
