package org.jiuzhu.core.eligibility;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a rule reports what it checked. The same rule code runs in both modes: with {@link
 * #off()} nothing is recorded or formatted (population runs); with {@link #recording()} every
 * check becomes a {@link Finding} (caseworkers). The decision never depends on the mode.
 *
 * @since 0.1.0
 */
public abstract class Explainer {
  private static final Explainer OFF = new Explainer() {
    @Override
    public boolean isOn() {
      return false;
    }

    @Override
    public boolean check(Criterion c, boolean passed, Object actual, Object threshold) {
      return passed;
    }

    @Override
    public boolean check(Criterion c, boolean passed, Object actual, Object threshold, Object third) {
      return passed;
    }

    @Override
    public boolean check(Criterion c, boolean passed, Object actual, Object threshold, Object third, Object fourth) {
      return passed;
    }

    @Override
    public void note(String zh, String en) {}

    @Override
    public void note(Sentence sentence) {}

    @Override
    public ImmutableList<Finding> findings() {
      return ImmutableList.of();
    }

    @Override
    public List<String[]> notes() {
      return List.of();
    }

    @Override
    public ImmutableList<Sentence> sentences() {
      return ImmutableList.of();
    }
  };

  Explainer() {}

  /** The explainer that records nothing. */
  public static Explainer off() {
    return OFF;
  }

  /** A new explainer that records every check; not thread-safe, one per evaluation. */
  public static Explainer recording() {
    return new Recording();
  }

  /** True when checks are recorded. */
  public abstract boolean isOn();

  /**
   * Records a check and returns {@code passed} unchanged, so a rule can write
   * {@code if (ex.check(INCOME, income < line, income, line)) …}. In fast mode nothing is
   * recorded; pass {@code null} for display values that would cost something to compute
   * ({@code isOn()} tells whether they are needed).
   */
  public abstract boolean check(Criterion c, boolean passed, Object actual, Object threshold);

  /** As {@link #check(Criterion, boolean, Object, Object)}, with a third argument ({@code %3$s}). */
  public abstract boolean check(Criterion c, boolean passed, Object actual, Object threshold, Object third);

  /**
   * As {@link #check(Criterion, boolean, Object, Object, Object)}, with a fourth argument ({@code
   * %4$s}); an explainer that does not override it records the first three.
   *
   * @since 0.11.0
   */
  public boolean check(Criterion c, boolean passed, Object actual, Object threshold, Object third, Object fourth) {
    return check(c, passed, actual, threshold, third);
  }

  /** Records a sentence that is no check (e.g. how an amount was computed). */
  public abstract void note(String zh, String en);

  /**
   * Records that criterion {@code c} could not be assessed (e.g. an income that is not known), with
   * the sentence that says so and why: a finding of status {@link Finding.Status#NOT_ASSESSED},
   * neither met nor not met ({@link Finding#passed()} false), with no actual value or threshold. An
   * explainer that is off records nothing.
   *
   * @since 0.12.0
   */
  public void notAssessed(Criterion c, Sentence text) {}

  /**
   * Records a sentence that is no check, rendered in a language only when it is read ({@link
   * #sentences()}); the cheap way to note in explain mode.
   *
   * @since 0.3.0
   */
  public abstract void note(Sentence sentence);

  /**
   * The findings recorded, in order. Their values and sentences are written when first read
   * ({@link Finding}).
   */
  public abstract ImmutableList<Finding> findings();

  /** The notes recorded, each {zh, en}, rendered now in both languages. */
  public abstract List<String[]> notes();

  /**
   * The notes recorded, in order, not yet rendered.
   *
   * @since 0.3.0
   */
  public abstract ImmutableList<Sentence> sentences();

  private static final class Recording extends Explainer {
    // a programme records a handful to a few dozen findings: one array, grown rarely, copied once
    private Finding[] findings;
    private int count;
    private List<Sentence> notes; // most programmes note nothing

    @Override
    public boolean isOn() {
      return true;
    }

    @Override
    public boolean check(Criterion c, boolean passed, Object actual, Object threshold) {
      return record(c, passed, 2, actual, threshold, null, null);
    }

    @Override
    public boolean check(Criterion c, boolean passed, Object actual, Object threshold, Object third) {
      return record(c, passed, 3, actual, threshold, third, null);
    }

    @Override
    public boolean check(Criterion c, boolean passed, Object actual, Object threshold, Object third, Object fourth) {
      return record(c, passed, 4, actual, threshold, third, fourth);
    }

    @Override
    public void notAssessed(Criterion c, Sentence text) {
      add(Finding.notAssessed(c, java.util.Objects.requireNonNull(text, "text")));
    }

    private boolean record(Criterion c, boolean passed, int n, Object a0, Object a1, Object a2, Object a3) {
      // the values and sentences are written from the arguments when the finding is read
      add(new Finding(c, passed, n, a0, a1, a2, a3));
      return passed;
    }

    private void add(Finding f) {
      if (findings == null) {
        findings = new Finding[8];
      } else if (count == findings.length) {
        findings = java.util.Arrays.copyOf(findings, count * 2);
      }
      findings[count++] = f;
    }

    private List<Sentence> noteList() {
      if (notes == null) {
        notes = new ArrayList<>(4);
      }
      return notes;
    }

    @Override
    public void note(String zh, String en) {
      noteList().add(Sentence.of(zh, en));
    }

    @Override
    public void note(Sentence sentence) {
      noteList().add(java.util.Objects.requireNonNull(sentence, "sentence"));
    }

    @Override
    public ImmutableList<Sentence> sentences() {
      return notes == null ? ImmutableList.of() : ImmutableList.copyOf(notes);
    }

    @Override
    public ImmutableList<Finding> findings() {
      if (count == 0) {
        return ImmutableList.of();
      }
      // a builder of the exact size builds its list on its own array: one copy, no more
      ImmutableList.Builder<Finding> b = ImmutableList.builderWithExpectedSize(count);
      for (int i = 0; i < count; i++) {
        b.add(findings[i]);
      }
      return b.build();
    }

    @Override
    public List<String[]> notes() {
      if (notes == null) {
        return new ArrayList<>(0);
      }
      List<String[]> out = new ArrayList<>(notes.size());
      for (Sentence s : notes) {
        out.add(new String[] {s.in(org.jiuzhu.core.text.Lang.ZH), s.in(org.jiuzhu.core.text.Lang.EN)});
      }
      return out;
    }
  }
}
