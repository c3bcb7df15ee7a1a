package org.jiuzhu.core.eligibility;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A value shown in a sentence that reads differently in each language (e.g. why a member cannot
 * work): a {@link Criterion} puts {@link #zh} in the Chinese sentence and {@link #en} in the
 * English one. In a {@link Finding}'s {@code actual} or {@code threshold} it appears as its
 * {@link #code}, which is the same in both languages.
 *
 * @param code a stable, language-neutral form (e.g. {@code elderly:75})
 * @param zh the Chinese form
 * @param en the English form
 * @since 0.1.0
 */
public record Bilingual(String code, String zh, String en) {
  /** Checks the fields. */
  public Bilingual {
    checkNotNull(code, "code");
    checkNotNull(zh, "zh");
    checkNotNull(en, "en");
  }

  /** The code. */
  @Override
  public String toString() {
    return code;
  }
}
