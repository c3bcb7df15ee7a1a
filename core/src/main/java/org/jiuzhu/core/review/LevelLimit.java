package org.jiuzhu.core.review;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.jiuzhu.core.eligibility.DecisionLevel;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.policy.ParameterStatus;

/**
 * The largest amount one level may grant case by case (一事一议), in any situation, with where the
 * figure comes from. Every level of a {@link SituationCatalogue} has one: a decision above it goes
 * to the level above.
 *
 * @param level the level
 * @param maxAmount the most it may grant in one decision
 * @param status {@code VERIFIED} (with its official source) or {@code ILLUSTRATIVE}
 * @param reference the notice the limit comes from, or why it is illustrative
 * @since 0.1.0
 */
public record LevelLimit(DecisionLevel level, Money maxAmount, ParameterStatus status, String reference) {
  /** Checks the fields. */
  public LevelLimit {
    checkNotNull(level, "level");
    checkNotNull(maxAmount, "maxAmount");
    checkNotNull(status, "status");
    checkNotNull(reference, "reference");
    checkArgument(!maxAmount.isNegative(), "the limit of the %s is negative (%s)", level, maxAmount);
    checkArgument(!reference.isBlank(), "the limit of the %s names no reference", level);
  }
}
