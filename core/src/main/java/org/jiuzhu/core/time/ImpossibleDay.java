package org.jiuzhu.core.time;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The month of a text written as a date ({@code YYYY-MM-DD}) whose day does not exist in it —
 * {@code 2025-09-31}, {@code 1971-02-30} — so that an error can say how many days the month has and
 * its last day. One reading for household files, policy files and microdata.
 *
 * @since 0.9.0
 */
public final class ImpossibleDay {
  private static final Pattern YYYY_MM_DD = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  private ImpossibleDay() {}

  /**
   * The month of {@code text} when it has the form {@code YYYY-MM-DD}, a month 01 to 12 and a day
   * outside that month's days; empty otherwise (a valid date, another form, a bad month).
   */
  public static Optional<YearMonth> monthOf(String text) {
    Matcher m = YYYY_MM_DD.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(3));
    if (month < 1 || month > 12) {
      return Optional.empty();
    }
    YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
    return day < 1 || day > ym.lengthOfMonth() ? Optional.of(ym) : Optional.empty();
  }
}
