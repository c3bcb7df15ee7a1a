package org.jiuzhu.core.monitoring;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Monitoring's names and sentences, from {@code org/jiuzhu/core/monitoring/messages*.properties}. */
final class MonitoringText {
  private static final String BUNDLE = "org.jiuzhu.core.monitoring.messages";
  static final ResourceBundle ZH = ResourceBundle.getBundle(BUNDLE, Locale.CHINESE);
  static final ResourceBundle EN = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);

  private MonitoringText() {}

  /** A name as it is written (no formatting: a name may hold an apostrophe). */
  static String nameZh(String key) {
    return ZH.getString(key);
  }

  static String nameEn(String key) {
    return EN.getString(key);
  }

  static String zh(String key, Object... args) {
    return new MessageFormat(ZH.getString(key), Locale.CHINESE).format(args);
  }

  static String en(String key, Object... args) {
    return new MessageFormat(EN.getString(key), Locale.ENGLISH).format(args);
  }
}
