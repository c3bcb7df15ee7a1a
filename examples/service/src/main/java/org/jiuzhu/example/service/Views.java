package org.jiuzhu.example.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The service's response bodies. Amounts are yuan with two decimals; ID numbers only masked. */
public final class Views {
  private Views() {}

  /**
   * An application as stored: its screening across the catalogue, the rulebook's determinations and any
   * taken case by case, and its aid plan.
   */
  public record Application(String id, String householdId, String region, LocalDate date, Instant receivedAt,
      String submittedBy, String rulebookVersion, String parameterFingerprint, List<Member> members,
      List<Determination> determinations, List<Programme> catalogue, Totals totals, List<PlanItem> plan) {}

  /** A member's masked ID number. */
  public record Member(String memberId, String citizenIdMasked) {}

  /** One determination of the rulebook ({@code RULE}) or case by case ({@code DECISION}). */
  public record Determination(String programme, String source, String outcome, BigDecimal monthly, BigDecimal oneOff,
      String level, String situation, String reviewReason, String decider, String explanationZh, String explanationEn,
      String rulebookVersion, String parameterFingerprint) {}

  /** What one catalogue programme gives. */
  public record Programme(String programme, String department, String outcome, BigDecimal monthly, BigDecimal yearly,
      BigDecimal oneOff, String quantity, List<String> reasonsZh, List<String> reasonsEn) {}

  /** The sums of what the household gets. */
  public record Totals(BigDecimal monthly, BigDecimal yearly, BigDecimal oneOff) {}

  /** One item of the aid plan (一户一策). */
  public record PlanItem(String id, String type, String programme, String department, String titleZh, String titleEn,
      BigDecimal amount, int quantity, String unit, String frequency, LocalDate start, LocalDate review, String targetZh,
      String targetEn) {}

  /** The case's record, verified. */
  public record Record(String caseId, boolean verified, int entries, String head, List<Entry> chain) {}

  /** One entry of the hash chain. */
  public record Entry(int sequence, LocalDate date, String type, String content, String previousHash, String hash) {}

  /** The plan's state after a delivery or evaluation. */
  public record PlanStatus(LocalDate date, BigDecimal deliveredShare, List<String> overdueItems, int targetsMet,
      int targetsMissed) {}

  /** An application found by a member's ID number. */
  public record Found(String applicationId, String householdId, String region, LocalDate date, String memberId,
      String citizenIdMasked) {}
}
