package org.jiuzhu.rules.monitoring;

import java.time.YearMonth;
import java.util.List;
import org.jiuzhu.core.monitoring.Alert;
import org.jiuzhu.core.monitoring.ColourChange;
import org.jiuzhu.core.monitoring.Due;
import org.jiuzhu.core.monitoring.MonthlyRecord;
import org.jiuzhu.core.validation.Problem;

/**
 * Receives what a month of monitoring produces, household by household, as it is produced —
 * so that nothing accumulates in memory. Every method has an empty default.
 *
 * @since 0.1.0
 */
public interface MonitorSink {
  /** An alert, with its evidence, visit deadline and the programmes found by screening. */
  default void alert(Alert alert) {}

  /** A change of colour, with its reason. */
  default void colourChange(ColourChange change) {}

  /** Something that comes due in the month after the feed's month. */
  default void due(Due due) {}

  /**
   * A visit that came due and was not made: reported every month, with the day it was due, until a
   * {@code visit} record arrives.
   */
  default void overdueVisit(org.jiuzhu.core.monitoring.OverdueVisit overdue) {}

  /** A valid record that does not fit the run (e.g. outside the feed's month); it changed nothing. */
  default void rejected(MonthlyRecord record, Problem problem) {}

  /**
   * Months with no feed before {@code month}, the month being opened: the months between the last
   * month processed and it. Their costs and income count as not reported, so 12-month totals may
   * be low; {@code messageZh} and {@code messageEn} say so for a caseworker.
   */
  default void monthsMissing(YearMonth month, List<YearMonth> missing, String messageZh, String messageEn) {}
}
