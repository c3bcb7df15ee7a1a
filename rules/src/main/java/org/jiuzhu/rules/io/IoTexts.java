package org.jiuzhu.rules.io;

import org.jiuzhu.core.text.Messages;
import org.jiuzhu.core.text.Text;

/**
 * The problems the readers of households, feeds and scenario files report, in both languages,
 * from {@code org/jiuzhu/rules/io/messages_zh.properties} and {@code messages_en.properties}.
 */
final class IoTexts {
  private IoTexts() {}

  static final Messages MESSAGES = Messages.bundle("org.jiuzhu.rules.io.messages", IoTexts.class);

  static Text text(String key, Object... args) {
    return MESSAGES.text(key, args);
  }

  /** {@code p} at another path or with another code, keeping its text (both languages). */
  static org.jiuzhu.core.validation.Problem relabel(org.jiuzhu.core.validation.Problem p, String path, String code) {
    return p.text().map(t -> org.jiuzhu.core.validation.Problem.of(path, code, t))
        .orElseGet(() -> org.jiuzhu.core.validation.Problem.of(path, code, p.message()));
  }
}
