package org.jiuzhu.rules.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import org.jiuzhu.core.monitoring.Colour;

/**
 * What one month of monitoring did.
 *
 * @param month the feed's month
 * @param matchedOn the day the month's data were matched: alerts are raised and colours change
 *     on this day (the first day of the next month)
 * @param records records applied
 * @param rejected valid records that did not fit the run
 * @param households households monitored after the month
 * @param newHouseholds households seen for the first time this month
 * @param alerts alerts raised
 * @param urgent alerts of severity urgent
 * @param notScreened alerts whose household could not be screened (see each alert's note)
 * @param colourChanges colour changes
 * @param dues items coming due in the next month
 * @param overdueVisits households with a visit overdue (due before the matching day, none recorded since)
 * @param green green households after the month
 * @param orange orange households after the month
 * @param red red households after the month
 * @since 0.1.0
 */
public record MonthSummary(YearMonth month, LocalDate matchedOn, long records, long rejected, long households,
    long newHouseholds, long alerts, long urgent, long notScreened, long colourChanges, long dues, long overdueVisits, long green,
    long orange, long red) {
  /** The number of households of {@code colour}. */
  public long count(Colour colour) {
    return switch (colour) {
      case GREEN -> green;
      case ORANGE -> orange;
      case RED -> red;
    };
  }
}
