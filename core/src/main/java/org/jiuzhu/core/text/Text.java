package org.jiuzhu.core.text;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Objects;

/**
 * A user-facing text not yet put in a language: a bundle, a key and its arguments. An API that
 * reports something to people (a validation problem, a mismatch) returns a {@code Text}, and its
 * caller renders it in the language chosen ({@link #in}). An argument that is itself a {@code
 * Text} is rendered in the same language. Made by {@link Messages#text}.
 *
 * <pre>{@code
 * Text t = problem.text();
 * String shown = t.in(Lang.ZH);   // 「gross」的值为「-5」，应为不小于 0 的金额
 * }</pre>
 *
 * @since 0.2.0
 */
public final class Text {
  private final Messages messages;
  private final String key;
  private final Object[] args;

  Text(Messages messages, String key, Object[] args) {
    this.messages = checkNotNull(messages, "messages");
    this.key = checkNotNull(key, "key");
    this.args = args.clone();
    for (Object a : this.args) {
      checkNotNull(a, "an argument of %s is null", key);
    }
  }

  /** The text in {@code lang}. */
  public String in(Lang lang) {
    return messages.get(lang, key, args);
  }

  /** The key in its bundle, e.g. {@code problem.field.missing}. */
  public String key() {
    return key;
  }

  /** The name of the bundle the key is in, e.g. {@code org.jiuzhu.core.validation.messages}. */
  public String bundle() {
    return messages.name();
  }

  /** The arguments, in order (texts among them still unrendered). */
  public ImmutableList<Object> args() {
    return ImmutableList.copyOf(args);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Text
        && ((Text) o).key.equals(key)
        && ((Text) o).messages.name().equals(messages.name())
        && Arrays.equals(((Text) o).args, args);
  }

  @Override
  public int hashCode() {
    return Objects.hash(messages.name(), key, Arrays.hashCode(args));
  }

  /** The text in English. */
  @Override
  public String toString() {
    return in(Lang.EN);
  }
}
