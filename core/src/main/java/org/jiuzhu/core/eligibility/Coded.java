package org.jiuzhu.core.eligibility;

import static com.google.common.base.Preconditions.checkNotNull;

import org.jiuzhu.core.text.Lang;

/**
 * A value of a finding that has a machine code ({@link Finding#actual} and {@link
 * Finding#threshold} show the code) and reads as a sentence in each language, written only when a
 * finding's sentence is read — the lazy form of {@link Bilingual}, whose two texts are written at
 * once.
 *
 * @since 0.13.0
 */
public final class Coded implements Sentence {
  private final String code;
  private final Sentence text;

  private Coded(String code, Sentence text) {
    this.code = checkNotNull(code, "code");
    this.text = checkNotNull(text, "text");
  }

  /** A value of code {@code code} read as {@code text}. */
  public static Coded of(String code, Sentence text) {
    return new Coded(code, text);
  }

  /** The machine code, e.g. {@code elderly:72}. */
  public String code() {
    return code;
  }

  @Override
  public String in(Lang lang) {
    return text.in(lang);
  }

  /** The code, as a finding's value shows it. */
  @Override
  public String toString() {
    return code;
  }
}
