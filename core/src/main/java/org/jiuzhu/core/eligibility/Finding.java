package org.jiuzhu.core.eligibility;

import java.util.Objects;
import org.jiuzhu.core.text.Lang;

/**
 * One checked condition: which criterion, whether it was met, the actual value and the
 * threshold it was compared with, the legal reference, and a sentence in each language.
 *
 * <p>A finding recorded by an {@link Explainer} keeps its criterion and arguments and writes its
 * values and sentences when first read (once each; thread-safe), so a caseworker's screening
 * costs no text that nobody reads.
 *
 * @since 0.1.0
 */
public final class Finding {
  /**
   * Whether the condition was met, not met, or could not be assessed.
   *
   * @since 0.12.0
   */
  public enum Status {
    MET,
    NOT_MET,
    /** The facts needed are not known (e.g. no income recorded in the window): under review. */
    NOT_ASSESSED
  }

  // a recorded finding keeps its criterion (id and legal reference read from it) and up to four
  // arguments in fields, not an array: explain mode records about twenty a household
  private final Criterion criterion;
  private final boolean passed;
  private final byte status; // Status ordinal
  private final byte argCount;
  private final Object a0;
  private final Object a1;
  private final Object a2;
  private final Object a3;
  // written at once by the public constructor, or when first read from criterion and arguments (a
  // benign race: every thread computes the same immutable string)
  private String actual;
  private String threshold;
  private String zh;
  private String en;
  private final Sentence text; // the sentence of a finding NOT_ASSESSED

  private static final Status[] STATUSES = Status.values();

  /** A finding; rules create them through an {@link Explainer}. */
  public Finding(String criterionId, boolean passed, String actual, String threshold, String legalReference,
      String zh, String en) {
    this.criterion = Criterion.of(criterionId, legalReference, "", "", "", "");
    this.passed = passed;
    this.actual = actual;
    this.threshold = threshold;
    this.zh = zh;
    this.en = en;
    this.argCount = -1; // sentences given, none to write
    this.a0 = null;
    this.a1 = null;
    this.a2 = null;
    this.a3 = null;
    this.status = (byte) (passed ? Status.MET : Status.NOT_MET).ordinal();
    this.text = null;
  }

  /** A finding of {@code c} whose values and sentences are written from its arguments when read. */
  Finding(Criterion c, boolean passed, int argCount, Object a0, Object a1, Object a2, Object a3) {
    this.criterion = c;
    this.passed = passed;
    this.argCount = (byte) argCount;
    this.a0 = a0;
    this.a1 = a1;
    this.a2 = a2;
    this.a3 = a3;
    this.status = (byte) (passed ? Status.MET : Status.NOT_MET).ordinal();
    this.text = null;
  }

  private Finding(Criterion c, Sentence text) {
    this.criterion = c;
    this.passed = false;
    this.argCount = -1;
    this.a0 = null;
    this.a1 = null;
    this.a2 = null;
    this.a3 = null;
    this.status = (byte) Status.NOT_ASSESSED.ordinal();
    this.text = text;
    this.actual = "";
    this.threshold = "";
  }

  /** A finding of {@code c} that could not be assessed, saying so in {@code text} ({@link Explainer#notAssessed}). */
  static Finding notAssessed(Criterion c, Sentence text) {
    return new Finding(c, text);
  }

  private Object[] args() {
    switch (argCount) {
      case 2:
        return new Object[] {a0, a1};
      case 3:
        return new Object[] {a0, a1, a2};
      default:
        return new Object[] {a0, a1, a2, a3};
    }
  }

  /** The id of the criterion checked, e.g. {@code dibao.income}. */
  public String criterionId() {
    return criterion.id();
  }

  /** True when the condition was met (false when not met, and when it could not be assessed). */
  public boolean passed() {
    return passed;
  }

  /**
   * Met, not met, or not assessed.
   *
   * @since 0.12.0
   */
  public Status status() {
    return STATUSES[status];
  }

  /** The actual value, formatted, e.g. {@code 480.00}. */
  public String actual() {
    String a = actual;
    if (a == null && argCount > 0) {
      a = String.valueOf(a0);
      actual = a;
    }
    return a;
  }

  /** The threshold, formatted, e.g. {@code 570.00}. */
  public String threshold() {
    String t = threshold;
    if (t == null && argCount > 0) {
      t = String.valueOf(a1);
      threshold = t;
    }
    return t;
  }

  /** The instrument and article of the criterion. */
  public String legalReference() {
    return criterion.legalReference();
  }

  /** The sentence in Simplified Chinese. */
  public String zh() {
    String s = zh;
    if (s == null && argCount > 0) {
      s = criterion.zh(passed, args());
      zh = s;
    } else if (s == null && text != null) {
      s = text.in(Lang.ZH);
      zh = s;
    }
    return s;
  }

  /** The sentence in English. */
  public String en() {
    String s = en;
    if (s == null && argCount > 0) {
      s = criterion.en(passed, args());
      en = s;
    } else if (s == null && text != null) {
      s = text.in(Lang.EN);
      en = s;
    }
    return s;
  }

  /** The sentence in {@code lang}. */
  public String in(Lang lang) {
    return lang == Lang.ZH ? zh() : en();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Finding)) {
      return false;
    }
    Finding f = (Finding) o;
    return f.criterionId().equals(criterionId()) && f.passed == passed && f.status == status && f.actual().equals(actual())
        && f.threshold().equals(threshold()) && f.zh().equals(zh()) && f.en().equals(en());
  }

  @Override
  public int hashCode() {
    return Objects.hash(criterionId(), passed, actual(), threshold());
  }

  @Override
  public String toString() {
    return (status() == Status.NOT_ASSESSED ? "[not assessed] " : passed ? "[met] " : "[not met] ") + criterionId() + ": " + actual() + " vs " + threshold() + " — " + en();
  }
}
