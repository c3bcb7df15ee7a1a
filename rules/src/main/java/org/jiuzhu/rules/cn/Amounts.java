package org.jiuzhu.rules.cn;

import java.math.BigDecimal;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.money.Rounding;
import org.jiuzhu.core.money.RoundingStage;

/**
 * Where and how a region rounds the amounts the programmes compute: the 低保 amount with
 * {@code dibao.amount.rounding} at the stage {@code dibao.amount.rounding-stage} (the household's
 * amount, each member's share, or once at the end), and the 特困 floor of a multiple of the 低保
 * standard with {@code tekun.floor.rounding} at {@code tekun.floor.rounding-stage} (the yearly
 * figure, or the monthly figure rounded and then multiplied by 12). No rounding rule lives in
 * Java: every mode and step is the region's data.
 */
final class Amounts {
  private final Rounding rounding;
  private final RoundingStage stage;
  /** The same mode to the fen: what "no rounding before the end" leaves of an exact quotient. */
  private final Rounding toFen;
  private final Rounding tekunRounding;
  private final RoundingStage tekunStage;

  Amounts(Rounding rounding, RoundingStage stage, Rounding tekunRounding, RoundingStage tekunStage) {
    this.rounding = rounding;
    this.stage = check(stage, CnParameters.DIBAO_AMOUNT_ROUNDING_STAGE.name(), RoundingStage.HOUSEHOLD,
        RoundingStage.MEMBER, RoundingStage.END);
    this.toFen = Rounding.of(rounding.mode(), Money.ofFen(1));
    this.tekunRounding = tekunRounding;
    this.tekunStage = check(tekunStage, CnParameters.TEKUN_FLOOR_ROUNDING_STAGE.name(), RoundingStage.YEARLY,
        RoundingStage.MONTHLY_TIMES_12);
  }

  private static RoundingStage check(RoundingStage s, String key, RoundingStage... allowed) {
    for (RoundingStage a : allowed) {
      if (a == s) {
        return s;
      }
    }
    StringBuilder ids = new StringBuilder();
    for (RoundingStage a : allowed) {
      ids.append(ids.length() == 0 ? "" : ", ").append(a.id());
    }
    throw new org.jiuzhu.core.policy.PolicyException(key + " is '" + s.id() + "'; expected one of " + ids);
  }

  /** The stage of the 低保 rounding. */
  RoundingStage stage() {
    return stage;
  }

  /** The household's monthly 低保 amount before additions: {@code gapFen / months} for {@code members}. */
  Money dibaoBase(long gapFen, int months, int members) {
    switch (stage) {
      case MEMBER:
        return rounding.roundQuotient(Money.ofFen(gapFen), (long) months * members).times(members);
      case END:
        return toFen.roundQuotient(Money.ofFen(gapFen), months);
      default:
        return rounding.roundQuotient(Money.ofFen(gapFen), months);
    }
  }

  /** The household's banded amount: {@code share} of the standard for each of {@code members}. */
  Money dibaoBanded(Money standard, int members, BigDecimal share) {
    switch (stage) {
      case MEMBER:
        return rounding.roundFen(BigDecimal.valueOf(standard.fen()).multiply(share)).times(members);
      case END:
        return toFen.roundFen(BigDecimal.valueOf(standard.fen() * members).multiply(share));
      default:
        return rounding.roundFen(BigDecimal.valueOf(standard.fen() * members).multiply(share));
    }
  }

  /** What {@code keep} of {@code members} keep of {@code base} (the others lost their share). */
  Money kept(Money base, int keep, int members) {
    return (stage == RoundingStage.END ? toFen : rounding).roundQuotient(base.times(keep), members);
  }

  /**
   * The amount split among the members who keep theirs, given the additions they receive on top:
   * with rounding at the end, the total (amount plus additions) is rounded once and the additions
   * are taken back out; otherwise {@code kept} as it is.
   */
  Money beforeAdditions(Money kept, Money additions) {
    if (stage != RoundingStage.END) {
      return kept;
    }
    Money total = rounding.apply(kept.plus(additions));
    return total.minus(additions).isNegative() ? Money.ZERO : total.minus(additions);
  }

  /** One member's own 低保 (单人户): {@code gapFen / months}, plus the member's addition. */
  Money single(long gapFen, int months, Money addition) {
    if (stage == RoundingStage.END) {
      return rounding.apply(toFen.roundQuotient(Money.ofFen(gapFen), months).plus(addition));
    }
    return rounding.roundQuotient(Money.ofFen(gapFen), months).plus(addition);
  }

  /** The yearly 特困 floor: {@code num/den} times the monthly 低保 {@code standard}, for a year. */
  Money tekunFloor(Money standard, long num, long den) {
    if (tekunStage == RoundingStage.MONTHLY_TIMES_12) {
      return tekunRounding.roundQuotient(Money.ofFen(Math.multiplyExact(standard.fen(), num)), den).times(12);
    }
    return tekunRounding.roundQuotient(Money.ofFen(Math.multiplyExact(standard.fen() * 12, num)), den);
  }
}
