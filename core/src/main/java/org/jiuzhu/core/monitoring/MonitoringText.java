package org.jiuzhu.core.monitoring;

import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.text.Messages;

/** Monitoring's names and sentences, from {@code org/jiuzhu/core/monitoring/messages*.properties}. */
final class MonitoringText {
  static final Messages MESSAGES = Messages.bundle("org.jiuzhu.core.monitoring.messages", MonitoringText.class);

  private MonitoringText() {}

  /** A name as it is written (no formatting: a name may hold an apostrophe). */
  static String nameZh(String key) {
    return MESSAGES.raw(Lang.ZH, key);
  }

  static String nameEn(String key) {
    return MESSAGES.raw(Lang.EN, key);
  }

  static String zh(String key, Object... args) {
    return MESSAGES.zh(key, args);
  }

  static String en(String key, Object... args) {
    return MESSAGES.en(key, args);
  }
}
