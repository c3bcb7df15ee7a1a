package org.jiuzhu.core.text;

/**
 * An exception whose message can be shown in either language: what went wrong is a {@link Text}
 * (bundle, key and arguments) rendered when the message is shown, so a command line or a
 * service answers in the language its user chose. {@link Throwable#getMessage()} stays the English
 * text.
 *
 * <pre>{@code
 * } catch (RuntimeException e) {
 *   String shown = e instanceof Localized ? ((Localized) e).getMessage(lang) : e.getMessage();
 * }
 * }</pre>
 *
 * <p>Arguments never hold an unmasked citizen ID number or a person's name.
 *
 * @since 0.2.0
 */
public interface Localized {
  /** The message in {@code lang}. */
  String getMessage(Lang lang);
}
