package org.jiuzhu.core.monitoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A warning (预警) that a household may be in need, raised before anybody applies: the rule that
 * fired, how urgent it is, the evidence, the working day by which a caseworker should visit, and
 * the programmes the household probably qualifies for.
 *
 * @param householdId the household
 * @param rule the warning rule that fired
 * @param severity how urgent
 * @param raised the day the alert was raised (the day the month's data were matched)
 * @param visitBy the last working day for the visit
 * @param evidence why it fired
 * @param programmes what the household probably qualifies for, as it now stands; empty when not
 *     screened
 * @param screeningNote why the household was not screened (e.g. not in the register), in English,
 *     or empty when it was
 * @param screeningNoteZh the same in Chinese
 * @param provisional true when the visit deadline was counted through a year the holiday calendar
 *     does not cover (weekends and the statutory holidays on fixed dates only): the date is
 *     provisional until the year's holiday notice is added, and the explanation says so
 * @since 0.1.0
 */
public record Alert(String householdId, WarningRule rule, Severity severity, LocalDate raised, LocalDate visitBy,
    Evidence evidence, List<ProgrammeHint> programmes, Optional<String> screeningNote, Optional<String> screeningNoteZh,
    boolean provisional) {
  /** Checks the fields and copies the list. */
  public Alert {
    checkNotNull(householdId, "householdId");
    checkNotNull(rule, "rule");
    checkNotNull(severity, "severity");
    checkNotNull(raised, "raised");
    checkNotNull(visitBy, "visitBy");
    checkNotNull(evidence, "evidence");
    programmes = ImmutableList.copyOf(programmes);
    checkNotNull(screeningNote, "screeningNote");
    checkArgument(!visitBy.isBefore(raised), "visit deadline %s is before the alert %s", visitBy, raised);
    checkArgument(screeningNote.isEmpty() || programmes.isEmpty(), "an unscreened alert names no programmes");
    checkNotNull(screeningNoteZh, "screeningNoteZh");
    checkArgument(screeningNote.isPresent() == screeningNoteZh.isPresent(), "a screening note is given in both languages or in none");
  }

  /** An alert whose visit deadline is final (the calendar covers every day counted). */
  public Alert(String householdId, WarningRule rule, Severity severity, LocalDate raised, LocalDate visitBy,
      Evidence evidence, List<ProgrammeHint> programmes, Optional<String> screeningNote, Optional<String> screeningNoteZh) {
    this(householdId, rule, severity, raised, visitBy, evidence, programmes, screeningNote, screeningNoteZh, false);
  }

  /** An alert whose screening note (if any) reads the same in both languages. */
  public Alert(String householdId, WarningRule rule, Severity severity, LocalDate raised, LocalDate visitBy,
      Evidence evidence, List<ProgrammeHint> programmes, Optional<String> screeningNote) {
    this(householdId, rule, severity, raised, visitBy, evidence, programmes, screeningNote, screeningNote);
  }

  /** Whether the household was screened. */
  public boolean screened() {
    return screeningNote.isEmpty();
  }

  /** The alert in Chinese, for a caseworker (text from {@code org/jiuzhu/core/monitoring/messages_zh.properties}). */
  public String explainZh() {
    return explain(org.jiuzhu.core.text.Lang.ZH, severity.zh(), rule.zh(), evidence.actualZh(), evidence.thresholdZh());
  }

  /** The alert in English, for a caseworker (text from {@code org/jiuzhu/core/monitoring/messages.properties}). */
  public String explainEn() {
    return explain(org.jiuzhu.core.text.Lang.EN, severity.en(), rule.en(), evidence.actualEn(), evidence.thresholdEn());
  }

  private String explain(org.jiuzhu.core.text.Lang lang, String severityName, String ruleName, String actual, String threshold) {
    String t = threshold.isEmpty() ? "" : MonitoringText.MESSAGES.get(lang, "alert.threshold", threshold);
    // a date in words as screening and plans write it (2025年9月8日, 8 September 2025)
    String by = org.jiuzhu.core.text.Messages.date(lang, visitBy);
    String text = MonitoringText.MESSAGES.get(lang, "alert", severityName, ruleName, actual, t, by);
    return provisional ? text + MonitoringText.MESSAGES.get(lang, "alert.provisional", visitBy.getYear()) : text;
  }
}
