package org.jiuzhu.core.eligibility;

import java.util.Objects;

/**
 * One checked condition: which criterion, whether it was met, the actual value and the
 * threshold it was compared with, the legal reference, and a sentence in each language.
 *
 * @since 0.1.0
 */
public final class Finding {
  private final String criterionId;
  private final boolean passed;
  private final String actual;
  private final String threshold;
  private final String legalReference;
  private final String zh;
  private final String en;

  /** A finding; rules create them through an {@link Explainer}. */
  public Finding(String criterionId, boolean passed, String actual, String threshold, String legalReference,
      String zh, String en) {
    this.criterionId = criterionId;
    this.passed = passed;
    this.actual = actual;
    this.threshold = threshold;
    this.legalReference = legalReference;
    this.zh = zh;
    this.en = en;
  }

  /** The id of the criterion checked, e.g. {@code dibao.income}. */
  public String criterionId() {
    return criterionId;
  }

  /** True when the condition was met. */
  public boolean passed() {
    return passed;
  }

  /** The actual value, formatted, e.g. {@code 480.00}. */
  public String actual() {
    return actual;
  }

  /** The threshold, formatted, e.g. {@code 570.00}. */
  public String threshold() {
    return threshold;
  }

  /** The instrument and article of the criterion. */
  public String legalReference() {
    return legalReference;
  }

  /** The sentence in Simplified Chinese. */
  public String zh() {
    return zh;
  }

  /** The sentence in English. */
  public String en() {
    return en;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Finding)) {
      return false;
    }
    Finding f = (Finding) o;
    return f.criterionId.equals(criterionId) && f.passed == passed && f.actual.equals(actual)
        && f.threshold.equals(threshold) && f.zh.equals(zh) && f.en.equals(en);
  }

  @Override
  public int hashCode() {
    return Objects.hash(criterionId, passed, actual, threshold);
  }

  @Override
  public String toString() {
    return (passed ? "[met] " : "[not met] ") + criterionId + ": " + actual + " vs " + threshold + " — " + en;
  }
}
