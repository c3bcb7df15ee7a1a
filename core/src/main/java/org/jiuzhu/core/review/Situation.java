package org.jiuzhu.core.review;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.jiuzhu.core.eligibility.DecisionLevel;
import org.jiuzhu.core.money.Money;

/**
 * A situation a level of government may decide case by case (一事一议), with the largest amount
 * it may grant, if limited.
 *
 * @param code a stable code; rules that cannot decide name it, e.g. {@code temporary.above-cap}
 * @param level the lowest level that may decide it
 * @param nameZh the Chinese description
 * @param nameEn the English description
 * @param maxAmount the largest amount that level may grant, or empty for no limit
 * @since 0.1.0
 */
public record Situation(String code, DecisionLevel level, String nameZh, String nameEn, Optional<Money> maxAmount) {
  /** Checks the fields. */
  public Situation {
    checkNotNull(code, "code");
    checkNotNull(level, "level");
    checkNotNull(nameZh, "nameZh");
    checkNotNull(nameEn, "nameEn");
    checkNotNull(maxAmount, "maxAmount");
    checkArgument(!code.isBlank(), "situation code is blank");
    checkArgument(maxAmount.isEmpty() || !maxAmount.get().isNegative(), "situation %s: negative limit", code);
  }
}
