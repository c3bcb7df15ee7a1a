package org.jiuzhu.core.review;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.jiuzhu.core.eligibility.DecisionLevel;
import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.eligibility.Outcome;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.text.References;

/**
 * Applies case-by-case decisions (一事一议) to determinations that need review, within the
 * authority a region's {@link SituationCatalogue} gives each level (the situations it may decide
 * and the amount it may grant), and records every step — refused attempts included — in the
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
  private final ImmutableList<RegionLimit> regionLimits;

  /** A desk applying {@code situations}. */
  public CaseByCase(SituationCatalogue situations) {
    this(situations, List.of());
  }

  /**
   * A desk applying {@code situations}, with the limits the region's parameters put on what a level
   * may grant in a programme: a level may grant at most the lower of its catalogue limit and these.
   *
   * @since 0.2.0
   */
  public CaseByCase(SituationCatalogue situations, List<RegionLimit> regionLimits) {
    this.situations = checkNotNull(situations, "situations");
    this.regionLimits = ImmutableList.copyOf(checkNotNull(regionLimits, "regionLimits"));
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
   * <p>A decision is taken only when it names the situation the case needs, the situation is in
   * the catalogue, the level is the situation's level or above, the amount is within the
   * situation's limit (at the situation's own level) and within the deciding level's limit
   * ({@link SituationCatalogue#limit}) and the region's limit for the level and the programme
   * ({@link RegionLimit}), whichever is lower. Otherwise the attempt is recorded as a {@code REFUSED}
   * entry of the record, after a {@code DETERMINATION} entry of the determination it was checked
   * against — refused attempts are part of the case's history — and a {@link
   * DecisionRefusedException} says why, in Chinese and English.
   *
   * @return the determination as decided: the decision's outcome and amount (as a one-off amount
   *     for a one-off programme, else monthly), the deciding level, and the decision's reason
   * @throws IllegalArgumentException when the determination does not need review (nothing is recorded)
   * @throws DecisionRefusedException when the decision may not be taken (the attempt is recorded)
   */
  public Determination decide(Determination d, Decision decision, CaseRecord record) {
    checkNotNull(d, "determination");
    checkNotNull(decision, "decision");
    checkNotNull(record, "record");
    String code = situationCode(d);
    Optional<Situation> needed = situations.situation(code);
    Optional<DecisionRefusedException> refusal = refusal(d.programmeId(), code, needed, decision);
    // the review reason's code and, where the rule gave one, its text (the need and the cap, the missing facts)
    String reviewed = d.reviewReason().orElse("")
        + d.reviewReasonText().map(t -> ": " + t.in(org.jiuzhu.core.text.Lang.EN)).orElse("");
    if (refusal.isPresent()) {
      // a refused attempt is recorded after the determination it was checked against, as a decision is
      record.append(decision.date(), "DETERMINATION", d.programmeId() + " " + d.outcome() + " " + oneLine(reviewed));
      record.append(decision.date(), "REFUSED", code + " level=" + decision.level() + " decider=" + decision.deciderId()
          + " outcome=" + decision.outcome() + " amount=" + decision.amount() + " refused=" + refusal.get().code()
          + " why=" + oneLine(refusal.get().messageEn()));
      throw refusal.get();
    }
    boolean oneOff = d.oneOffAmount().isPositive() || d.details().containsKey("proposedAmount") || d.monthlyAmount().isZero();
    String levelZh = ReviewText.zh("level." + decision.level().name());
    String levelEn = ReviewText.en("level." + decision.level().name());
    Determination.Builder b = Determination.builder(d.programmeId())
        .outcome(decision.outcome())
        .level(decision.level())
        .reviewReason(code + ": decided by " + decision.deciderId() + " on " + decision.date() + ": " + decision.reason())
        .provenance(d.rulebookVersion(), d.parameterFingerprint())
        .findings(d.findings())
        .explanation(d.explanationZh() + " " + ReviewText.zh("decided.explanation", levelZh, org.jiuzhu.core.text.Messages.date(org.jiuzhu.core.text.Lang.ZH, decision.date()), decision.reason()),
            d.explanationEn() + " " + ReviewText.en("decided.explanation", levelEn, org.jiuzhu.core.text.Messages.date(org.jiuzhu.core.text.Lang.EN, decision.date()), decision.reason()))
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
    record.append(decision.date(), "DETERMINATION", d.programmeId() + " " + d.outcome() + " " + oneLine(reviewed));
    record.append(decision.date(), "DECISION", code + " level=" + decision.level() + " decider=" + decision.deciderId()
        + " outcome=" + decision.outcome() + " amount=" + decision.amount() + " reason=" + oneLine(decision.reason()));
    return decided;
  }

  /** Why {@code decision} may not be taken on a case needing {@code code}, or empty. */
  private Optional<DecisionRefusedException> refusal(String programmeId, String code, Optional<Situation> needed,
      Decision decision) {
    String level = decision.level().name();
    if (!code.equals(decision.situationCode())) {
      String asked = situations.situation(decision.situationCode()).map(Situation::nameZh).orElse(decision.situationCode());
      String askedEn = situations.situation(decision.situationCode()).map(Situation::nameEn).orElse(decision.situationCode());
      return Optional.of(new DecisionRefusedException("situation.mismatch",
          ReviewText.zh("refused.situation.mismatch", asked, needed.map(Situation::nameZh).orElse(code)),
          ReviewText.en("refused.situation.mismatch", askedEn, needed.map(Situation::nameEn).orElse(code))));
    }
    if (needed.isEmpty()) {
      return Optional.of(new DecisionRefusedException("situation.unknown",
          ReviewText.zh("refused.situation.unknown", code, situations.region().toString(), situations.source()),
          ReviewText.en("refused.situation.unknown", code, situations.region().toString(), situations.source())));
    }
    Situation s = needed.get();
    if (decision.level().ordinal() < s.level().ordinal()) {
      return Optional.of(new DecisionRefusedException("level.too-low",
          ReviewText.zh("refused.level.too-low", ReviewText.zh("level." + level), s.nameZh(), ReviewText.zh("level." + s.level().name())),
          ReviewText.en("refused.level.too-low", ReviewText.en("level." + level), s.nameEn(), ReviewText.en("level." + s.level().name()))));
    }
    String amount = decision.amount().grouped();
    if (decision.level() == s.level() && s.maxAmount().isPresent() && decision.amount().isGreaterThan(s.maxAmount().get())) {
      String max = s.maxAmount().get().grouped();
      return Optional.of(new DecisionRefusedException("amount.above-situation-limit",
          ReviewText.zh("refused.amount.situation", ReviewText.zh("level." + level), max, s.nameZh(), amount),
          ReviewText.en("refused.amount.situation", ReviewText.en("level." + level), max, s.nameEn(), amount)));
    }
    LevelLimit limit = situations.limit(decision.level());
    boolean top = decision.level().ordinal() == DecisionLevel.values().length - 1;
    // the region's own limit for this level and programme, where it is lower than the catalogue's
    Optional<RegionLimit> region = regionLimits.stream()
        .filter(r -> r.level() == decision.level() && r.programmeId().equals(programmeId))
        .min((a, b) -> a.maxAmount().compareTo(b.maxAmount()));
    if (region.isPresent() && region.get().maxAmount().isLessThan(limit.maxAmount())
        && decision.amount().isGreaterThan(region.get().maxAmount())) {
      RegionLimit r = region.get();
      String max = r.maxAmount().grouped();
      String status = "status." + r.status().name();
      String next = top ? "refused.amount.level.top" : "refused.amount.level.above";
      return Optional.of(new DecisionRefusedException("amount.above-region-limit",
          ReviewText.zh("refused.amount.region", ReviewText.zh("level." + level), max, r.ruleZh(),
              References.render(Lang.ZH, r.legalReference()),
              ReviewText.zh(status), amount, ReviewText.zh(next)),
          ReviewText.en("refused.amount.region", ReviewText.en("level." + level), max, r.ruleEn(),
              References.render(Lang.EN, r.legalReference()),
              ReviewText.en(status), amount, ReviewText.en(next))));
    }
    if (decision.amount().isGreaterThan(limit.maxAmount())) {
      String max = limit.maxAmount().grouped();
      String status = "status." + limit.status().name();
      return Optional.of(new DecisionRefusedException("amount.above-level-limit",
          ReviewText.zh("refused.amount.level", ReviewText.zh("level." + level), max,
              References.render(Lang.ZH, limit.reference()), ReviewText.zh(status),
              amount, ReviewText.zh(top ? "refused.amount.level.top" : "refused.amount.level.above")),
          ReviewText.en("refused.amount.level", ReviewText.en("level." + level), max,
              References.render(Lang.EN, limit.reference()), ReviewText.en(status),
              amount, ReviewText.en(top ? "refused.amount.level.top" : "refused.amount.level.above"))));
    }
    return Optional.empty();
  }

  private static String oneLine(String text) {
    return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
