package org.jiuzhu.core.policy;

import org.jiuzhu.core.text.Messages;
import org.jiuzhu.core.text.Text;

/**
 * The texts of policy errors (an unknown region), in both languages, from {@code
 * org/jiuzhu/core/policy/messages_zh.properties} and {@code messages_en.properties}.
 */
final class PolicyTexts {
  private PolicyTexts() {}

  static final Messages MESSAGES = Messages.bundle("org.jiuzhu.core.policy.messages", PolicyTexts.class);

  static Text text(String key, Object... args) {
    return MESSAGES.text(key, args);
  }
}
