package org.jiuzhu.core.text;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * An argument was refused, with a message in both languages: the value, where it came from and
 * what was expected, as a {@link Text} of a bundle. {@link #getMessage()} is the English text, so
 * callers that read plain {@link IllegalArgumentException} messages keep working; {@link
 * #getMessage(Lang)} gives either language.
 *
 * <pre>{@code
 * throw new LocalizedIllegalArgumentException(TEXTS.text("option.atLeast", "--households", n, 1));
 * }</pre>
 *
 * @since 0.2.0
 */
public class LocalizedIllegalArgumentException extends IllegalArgumentException implements Localized {
  private static final long serialVersionUID = 1L;

  /** The message; not serialized (a deserialized exception keeps its English message only). */
  private final transient Text text;

  /** Creates the exception; its arguments must already be masked. */
  public LocalizedIllegalArgumentException(Text text) {
    super(checkNotNull(text, "text").in(Lang.EN));
    this.text = text;
  }

  /** Creates the exception with its cause; the text's arguments must already be masked. */
  public LocalizedIllegalArgumentException(Text text, Throwable cause) {
    super(checkNotNull(text, "text").in(Lang.EN), cause);
    this.text = text;
  }

  /** The message's bundle, key and arguments (null after deserialization). */
  public Text text() {
    return text;
  }

  @Override
  public String getMessage(Lang lang) {
    return text == null ? getMessage() : text.in(lang);
  }
}
