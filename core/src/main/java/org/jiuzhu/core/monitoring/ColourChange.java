package org.jiuzhu.core.monitoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;

/**
 * A change of a household's colour, with its date and reason — the history caseworkers are
 * accountable for.
 *
 * @param householdId the household
 * @param date the day of the change
 * @param from the colour before
 * @param to the colour after
 * @param reasonZh why, in Chinese
 * @param reasonEn why, in English
 * @since 0.1.0
 */
public record ColourChange(String householdId, LocalDate date, Colour from, Colour to, String reasonZh, String reasonEn) {
  /** Checks the fields. */
  public ColourChange {
    checkNotNull(householdId, "householdId");
    checkNotNull(date, "date");
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkNotNull(reasonZh, "reasonZh");
    checkNotNull(reasonEn, "reasonEn");
    checkArgument(from != to, "a colour change changes the colour (%s to %s)", from, to);
  }
}
