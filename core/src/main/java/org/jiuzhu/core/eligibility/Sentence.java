package org.jiuzhu.core.eligibility;

import org.jiuzhu.core.text.Lang;

/**
 * A sentence not yet written in a language: rules record it in explain mode ({@link
 * Explainer#note(Sentence)}, {@link Determination.Builder#explanation(Sentence)}) and it is
 * rendered only when read, once per language. Implementations must be immutable and thread-safe,
 * and give the same text every time for the same language.
 *
 * <pre>{@code
 * Sentence s = lang -> lang == Lang.ZH ? "已核实" : "verified";
 * ex.note(s);                       // nothing formatted yet
 * String zh = s.in(Lang.ZH);
 * }</pre>
 *
 * @since 0.3.0
 */
@FunctionalInterface
public interface Sentence {
  /** The sentence in {@code lang}. */
  String in(Lang lang);

  /** A sentence given in both languages already. */
  static Sentence of(String zh, String en) {
    java.util.Objects.requireNonNull(zh, "zh");
    java.util.Objects.requireNonNull(en, "en");
    return lang -> lang == Lang.ZH ? zh : en;
  }
}
