package org.jiuzhu.core.validation;

import org.jiuzhu.core.text.Messages;
import org.jiuzhu.core.text.Text;

/**
 * The texts of the core's validation problems, in both languages, from {@code
 * org/jiuzhu/core/validation/messages_zh.properties} and {@code messages_en.properties}: the
 * problems the models find in themselves (a household, a member, an income item…) and the
 * subjects of a {@link ValidationException}.
 *
 * <pre>{@code
 * problems.add("gross", "income.negative", ValidationTexts.text("problem.negative", "gross", amount));
 * problems.throwIfAny(ValidationTexts.subject("income"));
 * }</pre>
 *
 * @since 0.2.0
 */
public final class ValidationTexts {
  private ValidationTexts() {}

  /** The bundle. */
  public static final Messages MESSAGES = Messages.bundle("org.jiuzhu.core.validation.messages", ValidationTexts.class);

  /** The text of {@code key} with {@code args}. */
  public static Text text(String key, Object... args) {
    return MESSAGES.text(key, args);
  }

  /** What was validated ({@code subject.<name>}, e.g. {@code subject.household}), with arguments such as an id. */
  public static Text subject(String name, Object... args) {
    return MESSAGES.text("subject." + name, args);
  }
}
