package org.jiuzhu.core.monitoring;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;

/**
 * Something that comes due for a household: a review, the end of a recognition or of a
 * gradual withdrawal, or a visit.
 *
 * @param householdId the household
 * @param kind what comes due
 * @param programmeId the programme it concerns, or empty for a visit
 * @param date the working day it is due (moved to the next working day when it falls on a
 *     weekend or public holiday)
 * @param basisZh how the date was reached, in Chinese
 * @param basisEn how the date was reached, in English
 * @param provisional true when {@code date} lies in a year the holiday calendar does not cover:
 *     counted on weekends and the statutory holidays on fixed dates only, so it may move once the
 *     year's holiday notice is added (the basis says so too)
 * @since 0.1.0
 */
public record Due(String householdId, DueKind kind, String programmeId, LocalDate date, String basisZh, String basisEn,
    boolean provisional) {
  /** A due on a day the holiday calendar covers (not provisional). */
  public Due(String householdId, DueKind kind, String programmeId, LocalDate date, String basisZh, String basisEn) {
    this(householdId, kind, programmeId, date, basisZh, basisEn, false);
  }

  /** Checks the fields. */
  public Due {
    checkNotNull(householdId, "householdId");
    checkNotNull(kind, "kind");
    checkNotNull(programmeId, "programmeId");
    checkNotNull(date, "date");
    checkNotNull(basisZh, "basisZh");
    checkNotNull(basisEn, "basisEn");
  }
}
