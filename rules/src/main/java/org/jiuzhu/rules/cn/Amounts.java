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
  // the same, as primitives for the batch path
  private final long step;
  private final java.math.RoundingMode mode;
  private final long tekunStep;
  private final java.math.RoundingMode tekunMode;
  private final boolean end;
  private final boolean member;

  Amounts(Rounding rounding, RoundingStage stage, Rounding tekunRounding, RoundingStage tekunStage) {
    this.rounding = rounding;
    this.stage = check(stage, CnParameters.DIBAO_AMOUNT_ROUNDING_STAGE.name(), RoundingStage.HOUSEHOLD,
        RoundingStage.MEMBER, RoundingStage.END);
    this.toFen = Rounding.of(rounding.mode(), Money.ofFen(1));
    this.tekunRounding = tekunRounding;
    this.tekunStage = check(tekunStage, CnParameters.TEKUN_FLOOR_ROUNDING_STAGE.name(), RoundingStage.YEARLY,
        RoundingStage.MONTHLY_TIMES_12);
    this.step = rounding.step().fen();
    this.mode = rounding.mode();
    this.tekunStep = tekunRounding.step().fen();
    this.tekunMode = tekunRounding.mode();
    this.end = this.stage == RoundingStage.END;
    this.member = this.stage == RoundingStage.MEMBER;
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

  // ---- the same amounts on fen in longs, for the batch path: no Money, no BigDecimal ----

  /** {@code a / b} ({@code b > 0}) rounded to a whole number with {@code mode}, exactly as BigDecimal would. */
  static long roundDiv(long a, long b, java.math.RoundingMode mode) {
    long q = Math.floorDiv(a, b);
    long r = a - q * b; // 0 <= r < b
    if (r == 0) {
      return q;
    }
    switch (mode) {
      case FLOOR:
        return q;
      case CEILING:
        return q + 1;
      case DOWN:
        return a >= 0 ? q : q + 1;
      case UP:
        return a >= 0 ? q + 1 : q;
      case HALF_UP:
      case HALF_DOWN:
      case HALF_EVEN: {
        long rest = b - r;
        if (r < rest) {
          return q;
        }
        if (r > rest) {
          return q + 1;
        }
        if (mode == java.math.RoundingMode.HALF_UP) {
          return a >= 0 ? q + 1 : q;
        }
        if (mode == java.math.RoundingMode.HALF_DOWN) {
          return a >= 0 ? q : q + 1;
        }
        return (q & 1) == 0 ? q : q + 1;
      }
      default:
        throw new ArithmeticException("rounding necessary for " + a + "/" + b);
    }
  }

  /** {@link Rounding#roundQuotient} on fen. */
  static long quotient(Rounding r, long numerator, long divisor) {
    if (divisor <= 0) {
      throw new IllegalArgumentException("divisor must be positive, was " + divisor);
    }
    long step = r.step().fen();
    return Math.multiplyExact(roundDiv(numerator, Math.multiplyExact(divisor, step), r.mode()), step);
  }

  /** {@link Rounding#apply} on fen. */
  static long apply(Rounding r, long fen) {
    long step = r.step().fen();
    return step == 1 ? fen : Math.multiplyExact(roundDiv(fen, step, r.mode()), step);
  }

  /** {@code numerator / divisor} rounded to the 低保 step with its mode (as {@link Rounding#roundQuotient}). */
  long quotientFen(long numerator, long divisor) {
    if (divisor <= 0) {
      throw new IllegalArgumentException("divisor must be positive, was " + divisor);
    }
    return Math.multiplyExact(roundDiv(numerator, Math.multiplyExact(divisor, step), mode), step);
  }

  /** The same quotient rounded to the fen with the 低保 mode (what "no rounding before the end" leaves). */
  private long toFenQuotient(long numerator, long divisor) {
    if (divisor <= 0) {
      throw new IllegalArgumentException("divisor must be positive, was " + divisor);
    }
    return roundDiv(numerator, divisor, mode);
  }

  /** {@code fen} rounded to the 低保 step (as {@link Rounding#apply}). */
  long applyFen(long fen) {
    return step == 1 ? fen : Math.multiplyExact(roundDiv(fen, step, mode), step);
  }

  /** {@link #dibaoBase} on fen. */
  long dibaoBaseFen(long gapFen, int months, int members) {
    if (member) {
      return Math.multiplyExact(quotientFen(gapFen, (long) months * members), members);
    }
    return end ? toFenQuotient(gapFen, months) : quotientFen(gapFen, months);
  }

  /** {@link #dibaoBanded} on fen, the pay share an exact fraction. */
  long dibaoBandedFen(long standard, int members, Ratio share) {
    if (member) {
      return Math.multiplyExact(quotientFen(Math.multiplyExact(standard, share.num), share.den), members);
    }
    long exact = Math.multiplyExact(standard * members, share.num);
    return end ? toFenQuotient(exact, share.den) : quotientFen(exact, share.den);
  }

  /** {@link #kept} on fen. */
  long keptFen(long base, int keep, int members) {
    long x = Math.multiplyExact(base, keep);
    return end ? toFenQuotient(x, members) : quotientFen(x, members);
  }

  /** {@link #beforeAdditions} on fen. */
  long beforeAdditionsFen(long kept, long additions) {
    if (!end) {
      return kept;
    }
    long total = applyFen(kept + additions);
    return total - additions < 0 ? 0 : total - additions;
  }

  /** {@link #single} on fen. */
  long singleFen(long gapFen, int months, long addition) {
    if (end) {
      return applyFen(toFenQuotient(gapFen, months) + addition);
    }
    return quotientFen(gapFen, months) + addition;
  }

  /** {@link #tekunFloor} on fen. */
  long tekunFloorFen(long standard, long num, long den) {
    long x = tekunStage == RoundingStage.MONTHLY_TIMES_12 ? Math.multiplyExact(standard, num) : Math.multiplyExact(standard * 12, num);
    long q = Math.multiplyExact(roundDiv(x, Math.multiplyExact(den, tekunStep), tekunMode), tekunStep);
    return tekunStage == RoundingStage.MONTHLY_TIMES_12 ? Math.multiplyExact(q, 12) : q;
  }
}
