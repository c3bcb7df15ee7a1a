package org.jiuzhu.cli;

import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.text.Messages;

/** The command line's own texts, from {@code org/jiuzhu/cli/messages_zh.properties} and {@code messages_en.properties}. */
final class CliTexts {
  private CliTexts() {}

  static final String BUNDLE = "org.jiuzhu.cli.messages";
  static final Messages MESSAGES = Messages.bundle(BUNDLE, CliTexts.class);

  /**
   * A region's code as it is typed after {@code --region}: the six (or nine) digits; the national
   * level is {@code 000000} in Chinese text (as {@code region.national} writes it; no English word
   * there) and {@code national} in English — both are accepted as input.
   */
  static String regionCode(Lang lang, org.jiuzhu.core.region.RegionCode code) {
    return lang == Lang.ZH && code.equals(org.jiuzhu.core.region.RegionCode.NATIONAL) ? "000000" : code.toString();
  }

  static String get(Lang lang, String key, Object... args) {
    return MESSAGES.get(lang, key, args);
  }

  /** {@code items} as a list in {@code lang}: {@code 甲、乙} / {@code a, b} (the bundles' {@code list.separator}). */
  static String list(Lang lang, java.util.Collection<String> items) {
    return String.join(get(lang, "list.separator"), items);
  }

  /** The message of {@code e} in {@code lang} when it has one in both languages, else its message as it is. */
  static String message(Lang lang, Throwable e) {
    if (e instanceof org.jiuzhu.core.policy.MissingParameterException m && m.key().isPresent()) {
      return missingParameter(lang, m);
    }
    if (e instanceof org.jiuzhu.core.text.Localized) {
      return ((org.jiuzhu.core.text.Localized) e).getMessage(lang);
    }
    // an exception without a message (a library's) is never said as "null": its kind, and that it is a fault to report
    return e.getMessage() == null || e.getMessage().isBlank() ? get(lang, "error.unexplained", e.getClass().getName())
        : e.getMessage();
  }

  /**
   * That no value of a key is in force, in {@code lang}, the key named in words by its label (and
   * its id, which a policy file uses) when it has one.
   */
  static String missingParameter(Lang lang, org.jiuzhu.core.policy.MissingParameterException e) {
    return org.jiuzhu.rules.cn.ParameterLabels.missing(lang, e);
  }

  /** A refused argument (an option's value, a combination of options), its message the text of {@code key} in both languages. */
  static org.jiuzhu.core.text.LocalizedIllegalArgumentException refused(String key, Object... args) {
    return new org.jiuzhu.core.text.LocalizedIllegalArgumentException(MESSAGES.text(key, args));
  }

  /**
   * {@code code} is not a region of {@code policy}: the error, naming the known regions nearest it
   * by code and name (of its prefecture, else its province, else the provinces; never the ids of
   * the modules that declare them), in both languages.
   */
  static org.jiuzhu.core.policy.UnknownRegionException unknownRegion(org.jiuzhu.core.region.RegionCode code,
      org.jiuzhu.core.policy.Policy policy) {
    java.util.List<org.jiuzhu.core.region.Region> known = policy.regions().values().stream()
        .filter(r -> !r.code().equals(org.jiuzhu.core.region.RegionCode.NATIONAL)).toList();
    String c = code.toString();
    java.util.List<org.jiuzhu.core.region.Region> near = java.util.List.of();
    for (int prefix : new int[] {4, 2}) {
      near = known.stream().filter(r -> c.length() >= prefix && r.code().toString().startsWith(c.substring(0, prefix))).toList();
      if (!near.isEmpty()) {
        break;
      }
    }
    if (near.isEmpty()) {
      near = known.stream().filter(r -> r.code().level() == org.jiuzhu.core.region.RegionLevel.PROVINCE).toList();
    }
    org.jiuzhu.core.text.Text list = null;
    for (int i = Math.min(8, near.size()) - 1; i >= 0; i--) {
      org.jiuzhu.core.region.Region r = near.get(i);
      org.jiuzhu.core.text.Text one = MESSAGES.text("region.named", r.code().toString(), r.nameZh(), r.nameEn());
      list = list == null ? one : MESSAGES.text("region.list", one, list);
    }
    return new org.jiuzhu.core.policy.UnknownRegionException(code, MESSAGES.text("error.region.unknown", c,
        list == null ? MESSAGES.text("region.national") : list,
        // counted as `jiuzhu regions` counts them: the national level (000000) is one of them
        org.jiuzhu.core.text.Messages.count(policy.regions().size())));
  }

  static Lang lang(ScreenCommand.Lang l) {
    return l == ScreenCommand.Lang.zh ? Lang.ZH : Lang.EN;
  }
}
