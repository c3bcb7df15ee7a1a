package org.jiuzhu.core.review;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.jiuzhu.core.eligibility.DecisionLevel;
import org.jiuzhu.core.eligibility.Outcome;
import org.jiuzhu.core.money.Money;

/**
 * A decision taken case by case (一事一议): who decided at which level, on which situation, when,
 * why, with what outcome and amount.
 *
 * @param situationCode the situation decided
 * @param level the level that decided
 * @param deciderId the id of the official or committee (not a name)
 * @param reason why, in the decider's words
 * @param date the day of the decision
 * @param outcome ELIGIBLE or INELIGIBLE
 * @param amount the amount granted (zero when refused)
 * @since 0.1.0
 */
public record Decision(String situationCode, DecisionLevel level, String deciderId, String reason, LocalDate date,
    Outcome outcome, Money amount) {
  /** Checks the fields. */
  public Decision {
    checkNotNull(situationCode, "situationCode");
    checkNotNull(level, "level");
    checkNotNull(deciderId, "deciderId");
    checkNotNull(reason, "reason");
    checkNotNull(date, "date");
    checkNotNull(outcome, "outcome");
    checkNotNull(amount, "amount");
    checkArgument(!deciderId.isBlank(), "a decision names its decider");
    checkArgument(!reason.isBlank(), "a decision gives its reason");
    checkArgument(outcome != Outcome.NEEDS_REVIEW, "a decision decides: ELIGIBLE or INELIGIBLE, not NEEDS_REVIEW");
    checkArgument(!amount.isNegative(), "decision amount %s is negative", amount);
    checkArgument(outcome == Outcome.ELIGIBLE || amount.isZero(), "a refusal grants no amount (was %s)", amount);
  }
}
