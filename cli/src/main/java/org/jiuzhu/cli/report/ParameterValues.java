package org.jiuzhu.cli.report;

import org.jiuzhu.core.policy.ParameterValue;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.text.Messages;

/**
 * A parameter value as a caseworker reads it, the same in {@code snapshot} and in the screening
 * notice: yes/no for a flag, a rounding in words ({@code HALF_UP:1} → 四舍五入，步长 1 元 / "half up,
 * step 1 yuan"), a rounding stage in words ({@code household} → "household amount rounded first");
 * numbers as written. The words live in the command line's bundle ({@code value.*}, {@code
 * rounding.*}, {@code stage.*} of {@code org/jiuzhu/cli/messages_*.properties}).
 */
public final class ParameterValues {
  private static final Messages MESSAGES = Messages.bundle("org.jiuzhu.cli.messages", ParameterValues.class);

  private ParameterValues() {}

  /** {@code v}'s value in words in {@code l}; a value the bundle has no words for as it is written. */
  public static String words(Lang l, ParameterValue v) {
    String f = v.formattedValue();
    switch (v.key().unit()) {
      case FLAG:
        return MESSAGES.has(l, "value." + f) ? MESSAGES.get(l, "value." + f) : f;
      case ROUNDING: {
        int colon = f.indexOf(':');
        String mode = "rounding." + (colon < 0 ? f : f.substring(0, colon));
        return colon < 0 || !MESSAGES.has(l, mode) ? f : MESSAGES.get(l, "value.rounding", MESSAGES.get(l, mode), f.substring(colon + 1));
      }
      case ROUNDING_STAGE:
        return MESSAGES.has(l, "stage." + f) ? MESSAGES.get(l, "stage." + f) : f;
      case CNY:
      case CNY_PER_PERSON_MONTH:
      case CNY_PER_PERSON_YEAR:
        // amounts read with thousands separators, as in every other text
        return v.value() instanceof org.jiuzhu.core.money.Money ? ((org.jiuzhu.core.money.Money) v.value()).grouped() : f;
      default:
        return f;
    }
  }
}
