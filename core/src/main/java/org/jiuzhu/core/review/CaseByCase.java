package org.jiuzhu.core.review;

import static com.google.common.base.Preconditions.checkNotNull;

import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.eligibility.Outcome;

/**
 * Applies case-by-case decisions (一事一议) to determinations that need review, within the
 * authority a region's {@link SituationCatalogue} gives each level, and records every step in the
 * case's {@link CaseRecord}.
 *
 * <pre>{@code
 * CaseByCase desk = new CaseByCase(situations);
 * Determination decided = desk.decide(needsReview, decision, record);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CaseByCase {
  private final SituationCatalogue situations;

  /** A desk applying {@code situations}. */
  public CaseByCase(SituationCatalogue situations) {
    this.situations = checkNotNull(situations, "situations");
  }

  /**
   * The situation code a determination that needs review names: its {@code situation} detail, or
   * else the start of its review reason (up to the first colon).
   */
  public static String situationCode(Determination d) {
    String detail = d.details().get("situation");
    if (detail != null && d.outcome() == Outcome.NEEDS_REVIEW) {
      return detail;
    }
    String reason = d.reviewReason().orElseThrow(() -> new IllegalArgumentException(
        d.programmeId() + " is " + d.outcome() + ", not NEEDS_REVIEW: there is nothing to decide case by case"));
    int colon = reason.indexOf(':');
    return colon < 0 ? reason : reason.substring(0, colon);
  }

  /**
   * Decides a determination that needs review and records the determination and the decision.
   *
   * @return the determination as decided: the decision's outcome and amount (as a one-off amount
   *     for a one-off programme, else monthly), the deciding level, and the decision's reason
   * @throws IllegalArgumentException when the determination does not need review, the decision
   *     names another situation, the situation is not in the catalogue, the level is below the
   *     situation's level, or the amount is above what that level may grant
   */
  public Determination decide(Determination d, Decision decision, CaseRecord record) {
    String code = situationCode(d);
    if (!code.equals(decision.situationCode())) {
      throw new IllegalArgumentException("the decision is on situation " + decision.situationCode() + " but " + d.programmeId()
          + " needs a decision on " + code);
    }
    Situation s = situations.situation(code).orElseThrow(() -> new IllegalArgumentException("situation " + code
        + " is not in the case-by-case catalogue of " + situations.region() + " (" + situations.source() + ")"));
    if (decision.level().ordinal() < s.level().ordinal()) {
      throw new IllegalArgumentException("a " + decision.level() + " may not decide situation " + code + " (" + s.nameEn()
          + "): it is for the " + s.level() + " or above");
    }
    if (decision.level() == s.level() && s.maxAmount().isPresent() && decision.amount().isGreaterThan(s.maxAmount().get())) {
      throw new IllegalArgumentException("the " + decision.level() + " may grant at most " + s.maxAmount().get()
          + " yuan in situation " + code + ", not " + decision.amount() + "; the level above must decide");
    }
    boolean oneOff = d.oneOffAmount().isPositive() || d.details().containsKey("proposedAmount") || d.monthlyAmount().isZero();
    Determination.Builder b = Determination.builder(d.programmeId())
        .outcome(decision.outcome())
        .level(decision.level())
        .reviewReason(code + ": decided by " + decision.deciderId() + " on " + decision.date() + ": " + decision.reason())
        .provenance(d.rulebookVersion(), d.parameterFingerprint())
        .findings(d.findings())
        .explanation(d.explanationZh() + " 一事一议：" + decision.level() + " " + decision.date() + "，" + decision.reason(),
            d.explanationEn() + " Decided case by case by the " + decision.level().name().toLowerCase(java.util.Locale.ROOT)
                + " on " + decision.date() + ": " + decision.reason())
        .detail("situation", code)
        .detail("decider", decision.deciderId());
    d.details().forEach((k, v) -> {
      if (!k.equals("situation") && !k.equals("decider")) {
        b.detail(k, v);
      }
    });
    if (decision.outcome() == Outcome.ELIGIBLE) {
      if (oneOff) {
        b.oneOffAmount(decision.amount()).validFrom(decision.date());
      } else {
        b.monthlyAmount(decision.amount()).validFrom(decision.date().withDayOfMonth(1).plusMonths(1));
      }
    }
    Determination decided = b.build();
    record.append(decision.date(), "DETERMINATION", d.programmeId() + " " + d.outcome() + " " + d.reviewReason().orElse(""));
    record.append(decision.date(), "DECISION", code + " level=" + decision.level() + " decider=" + decision.deciderId()
        + " outcome=" + decision.outcome() + " amount=" + decision.amount() + " reason=" + decision.reason());
    return decided;
  }
}
