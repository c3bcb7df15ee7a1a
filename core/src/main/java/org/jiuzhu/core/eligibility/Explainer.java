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
    public void note(String zh, String en) {}

    @Override
    public ImmutableList<Finding> findings() {
      return ImmutableList.of();
    }

    @Override
    public List<String[]> notes() {
      return List.of();
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

  /** Records a sentence that is no check (e.g. how an amount was computed). */
  public abstract void note(String zh, String en);

  /** The findings recorded, in order. */
  public abstract ImmutableList<Finding> findings();

  /** The notes recorded, each {zh, en}. */
  public abstract List<String[]> notes();

  private static final class Recording extends Explainer {
    private final List<Finding> findings = new ArrayList<>();
    private final List<String[]> notes = new ArrayList<>();

    @Override
    public boolean isOn() {
      return true;
    }

    @Override
    public boolean check(Criterion c, boolean passed, Object actual, Object threshold) {
      return record(c, passed, new Object[] {actual, threshold});
    }

    @Override
    public boolean check(Criterion c, boolean passed, Object actual, Object threshold, Object third) {
      return record(c, passed, new Object[] {actual, threshold, third});
    }

    private boolean record(Criterion c, boolean passed, Object[] args) {
      Object actual = args[0];
      Object threshold = args[1];
      findings.add(new Finding(c.id(), passed, String.valueOf(actual), String.valueOf(threshold), c.legalReference(),
          c.zh(passed, args), c.en(passed, args)));
      return passed;
    }

    @Override
    public void note(String zh, String en) {
      notes.add(new String[] {zh, en});
    }

    @Override
    public ImmutableList<Finding> findings() {
      return ImmutableList.copyOf(findings);
    }

    @Override
    public List<String[]> notes() {
      return notes;
    }
  }
}
