package org.jiuzhu.core.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks one series (one key in one region): no two values overlap, and no gap lies between
 * consecutive values — a gap would silently hand the region its parent's value mid-series.
 *
 * @since 0.1.0
 */
public final class SeriesCheck {
  private SeriesCheck() {}

  /** An overlap or a gap, found at {@link #value()}, the later of the two values involved. */
  public static final class Issue {
    private final ParameterValue value;
    private final org.jiuzhu.core.text.Text text;

    Issue(ParameterValue value, org.jiuzhu.core.text.Text text) {
      this.value = value;
      this.text = text;
    }

    /** The later of the two values involved. */
    public ParameterValue value() {
      return value;
    }

    /** What is wrong, naming both values and where they were read (English). */
    public String message() {
      return text.in(org.jiuzhu.core.text.Lang.EN);
    }

    /** What is wrong, in either language. @since 0.2.0 */
    public org.jiuzhu.core.text.Text text() {
      return text;
    }

    @Override
    public String toString() {
      return message();
    }
  }

  /**
   * A validity period as it is read, its last day included: {@code 2025年1月1日起} or {@code
   * 2025年1月1日至2025年6月30日} in Chinese, {@code 1 January 2025 onwards} or {@code 1 January 2025 to 30 June 2025}
   * in English.
   */
  static org.jiuzhu.core.text.Text range(org.jiuzhu.core.time.DateRange r) {
    LocalDate start = r.startInclusive();
    return r.endExclusive()
        .map(end -> PolicyTexts.text("range.closed", start, end.minusDays(1)))
        .orElseGet(() -> PolicyTexts.text("range.open", start));
  }

  /** Every overlap and gap in {@code values}, which all share one key and one region. */
  public static List<Issue> problems(List<ParameterValue> values) {
    List<ParameterValue> sorted = new ArrayList<>(values);
    sorted.sort(Comparator.comparing((ParameterValue v) -> v.effective().startInclusive()));
    List<Issue> problems = new ArrayList<>();
    for (int i = 1; i < sorted.size(); i++) {
      ParameterValue prev = sorted.get(i - 1);
      ParameterValue next = sorted.get(i);
      if (prev.effective().overlaps(next.effective())) {
        problems.add(new Issue(next, PolicyTexts.text("series.overlap", next.key().toString(), next.region().toString(),
            range(prev.effective()), prev.origin(), range(next.effective()), next.origin())));
      } else {
        LocalDate end = prev.effective().endExclusive().orElseThrow();
        if (end.isBefore(next.effective().startInclusive())) {
          problems.add(new Issue(next, PolicyTexts.text("series.gap", next.key().toString(), next.region().toString(),
              end, next.effective().startInclusive().minusDays(1), range(prev.effective()),
              prev.origin(), range(next.effective()), next.origin())));
        }
      }
    }
    return problems;
  }
}
