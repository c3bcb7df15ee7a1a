package org.jiuzhu.core.eligibility;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * A condition a programme checks, with its legal reference and the sentences that explain it in
 * Simplified Chinese and English. Sentences are {@link String#format} templates; arguments are
 * formatted only when an explanation is recorded, never in fast mode.
 *
 * @since 0.1.0
 */
public final class Criterion {
  private final String id;
  private final String legalReference;
  private final String passZh;
  private final String passEn;
  private final String failZh;
  private final String failEn;

  private Criterion(String id, String legalReference, String passZh, String passEn, String failZh, String failEn) {
    this.id = checkNotNull(id, "id");
    this.legalReference = checkNotNull(legalReference, "legalReference");
    this.passZh = checkNotNull(passZh, "passZh");
    this.passEn = checkNotNull(passEn, "passEn");
    this.failZh = checkNotNull(failZh, "failZh");
    this.failEn = checkNotNull(failEn, "failEn");
  }

  /**
   * A criterion.
   *
   * @param id stable id, e.g. {@code dibao.income}
   * @param legalReference instrument and article
   * @param passZh sentence when met, Chinese; {@code %1$s} is the actual value, {@code %2$s} the threshold
   * @param passEn the same in English
   * @param failZh sentence when not met, Chinese
   * @param failEn the same in English
   */
  public static Criterion of(String id, String legalReference, String passZh, String passEn, String failZh, String failEn) {
    return new Criterion(id, legalReference, passZh, passEn, failZh, failEn);
  }

  public String id() {
    return id;
  }

  public String legalReference() {
    return legalReference;
  }

  /** The Chinese sentence for a result. */
  public String zh(boolean passed, Object... args) {
    return String.format(Locale.ROOT, passed ? passZh : failZh, args);
  }

  /** The English sentence for a result. */
  public String en(boolean passed, Object... args) {
    return String.format(Locale.ROOT, passed ? passEn : failEn, args);
  }

  @Override
  public String toString() {
    return id;
  }
}
