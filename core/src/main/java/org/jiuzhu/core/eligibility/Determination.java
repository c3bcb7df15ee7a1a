package org.jiuzhu.core.eligibility;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jiuzhu.core.money.Money;

/**
 * The decision of one programme for one household on one date: outcome, amounts, per-member
 * shares, the findings and a bilingual explanation (empty in fast mode), validity and next
 * review, and what it was decided with — the rulebook version and a fingerprint of the
 * parameter values read.
 *
 * <p>{@link #equalsIgnoringExplanation} compares what fast and explain mode must agree on.
 *
 * @since 0.1.0
 */
public final class Determination {
  private final String programmeId;
  private final Outcome outcome;
  private final DecisionLevel level;
  private final String reviewReason;
  private final Money monthlyAmount;
  private final Money oneOffAmount;
  private final ImmutableSortedMap<String, Money> memberShares;
  private final ImmutableSortedMap<String, String> details;
  private final ImmutableList<Finding> findings;
  private final String explanationZh;
  private final String explanationEn;
  private final LocalDate validFrom;
  private final LocalDate validUntil;
  private final LocalDate nextReview;
  private final String rulebookVersion;
  private final String parameterFingerprint;

  private Determination(Builder b) {
    this.programmeId = b.programmeId;
    this.outcome = b.outcome;
    this.level = b.level;
    this.reviewReason = b.reviewReason;
    this.monthlyAmount = b.monthlyAmount;
    this.oneOffAmount = b.oneOffAmount;
    this.memberShares = b.memberShares == null ? ImmutableSortedMap.of() : ImmutableSortedMap.copyOfSorted(b.memberShares);
    this.details = b.details == null ? ImmutableSortedMap.of() : ImmutableSortedMap.copyOfSorted(b.details);
    this.findings = b.findings;
    this.explanationZh = b.explanationZh;
    this.explanationEn = b.explanationEn;
    this.validFrom = b.validFrom;
    this.validUntil = b.validUntil;
    this.nextReview = b.nextReview;
    this.rulebookVersion = b.rulebookVersion;
    this.parameterFingerprint = b.parameterFingerprint;
  }

  /** Starts a determination of {@code programmeId}. */
  public static Builder builder(String programmeId) {
    return new Builder(programmeId);
  }

  /** The programme's stable id, e.g. {@code cn.dibao}. */
  public String programmeId() {
    return programmeId;
  }

  public Outcome outcome() {
    return outcome;
  }

  public boolean isEligible() {
    return outcome == Outcome.ELIGIBLE;
  }

  /**
   * The level that must decide ({@link Outcome#NEEDS_REVIEW}) or that may approve the amount
   * (e.g. temporary assistance); empty when the rule says nothing about it.
   */
  public Optional<DecisionLevel> level() {
    return Optional.ofNullable(level);
  }

  /** Why a review is needed (a situation code and sentence), for {@link Outcome#NEEDS_REVIEW}. */
  public Optional<String> reviewReason() {
    return Optional.ofNullable(reviewReason);
  }

  /** The monthly amount for the household; zero when none. */
  public Money monthlyAmount() {
    return monthlyAmount;
  }

  /** A one-off amount (e.g. temporary assistance); zero when none. */
  public Money oneOffAmount() {
    return oneOffAmount;
  }

  /** Monthly amounts per member id, where the rule has them; they add up to the monthly amount. */
  public ImmutableSortedMap<String, Money> memberShares() {
    return memberShares;
  }

  /** Programme-specific facts, e.g. {@code careTier=FULL}, {@code kind=EMERGENCY}. */
  public ImmutableSortedMap<String, String> details() {
    return details;
  }

  /** Every check, in order; empty in fast mode. */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /** A short explanation in Simplified Chinese to read to the applicant; empty in fast mode. */
  public String explanationZh() {
    return explanationZh;
  }

  /** The same explanation in English; empty in fast mode. */
  public String explanationEn() {
    return explanationEn;
  }

  /** The first day the benefit applies (the first of the month after the decision). */
  public Optional<LocalDate> validFrom() {
    return Optional.ofNullable(validFrom);
  }

  /** The first day it no longer applies, where the rule limits it (e.g. a 12-month recognition). */
  public Optional<LocalDate> validUntil() {
    return Optional.ofNullable(validUntil);
  }

  /** When the case is next reviewed. */
  public Optional<LocalDate> nextReview() {
    return Optional.ofNullable(nextReview);
  }

  public String rulebookVersion() {
    return rulebookVersion;
  }

  /** SHA-256 of every parameter value the rulebook read for this region and date. */
  public String parameterFingerprint() {
    return parameterFingerprint;
  }

  /** True when everything but the findings and explanations is equal. */
  public boolean equalsIgnoringExplanation(Determination o) {
    return programmeId.equals(o.programmeId) && outcome == o.outcome && level == o.level
        && Objects.equals(reviewReason, o.reviewReason) && monthlyAmount.equals(o.monthlyAmount)
        && oneOffAmount.equals(o.oneOffAmount) && memberShares.equals(o.memberShares) && details.equals(o.details)
        && Objects.equals(validFrom, o.validFrom) && Objects.equals(validUntil, o.validUntil)
        && Objects.equals(nextReview, o.nextReview) && rulebookVersion.equals(o.rulebookVersion)
        && parameterFingerprint.equals(o.parameterFingerprint);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Determination && equalsIgnoringExplanation((Determination) o)
        && findings.equals(((Determination) o).findings) && explanationZh.equals(((Determination) o).explanationZh)
        && explanationEn.equals(((Determination) o).explanationEn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(programmeId, outcome, monthlyAmount, oneOffAmount, memberShares);
  }

  @Override
  public String toString() {
    return programmeId + " " + outcome + (level == null ? "" : "@" + level) + " monthly=" + monthlyAmount
        + " oneOff=" + oneOffAmount + (memberShares.isEmpty() ? "" : " shares=" + memberShares)
        + (details.isEmpty() ? "" : " " + details);
  }

  /** Builds a {@link Determination}. */
  public static final class Builder {
    private final String programmeId;
    private Outcome outcome;
    private DecisionLevel level;
    private String reviewReason;
    private Money monthlyAmount = Money.ZERO;
    private Money oneOffAmount = Money.ZERO;
    private TreeMap<String, Money> memberShares;
    private TreeMap<String, String> details;
    private ImmutableList<Finding> findings = ImmutableList.of();
    private String explanationZh = "";
    private String explanationEn = "";
    private LocalDate validFrom;
    private LocalDate validUntil;
    private LocalDate nextReview;
    private String rulebookVersion;
    private String parameterFingerprint;

    private Builder(String programmeId) {
      this.programmeId = checkNotNull(programmeId, "programmeId");
    }

    public Builder outcome(Outcome outcome) {
      this.outcome = outcome;
      return this;
    }

    public Builder level(DecisionLevel level) {
      this.level = level;
      return this;
    }

    public Builder reviewReason(String reviewReason) {
      this.reviewReason = reviewReason;
      return this;
    }

    public Builder monthlyAmount(Money amount) {
      this.monthlyAmount = checkNotNull(amount);
      return this;
    }

    public Builder oneOffAmount(Money amount) {
      this.oneOffAmount = checkNotNull(amount);
      return this;
    }

    public Builder memberShare(String memberId, Money amount) {
      if (memberShares == null) {
        memberShares = new TreeMap<>();
      }
      memberShares.put(memberId, amount);
      return this;
    }

    public Builder detail(String key, String value) {
      if (details == null) {
        details = new TreeMap<>();
      }
      details.put(key, value);
      return this;
    }

    public Builder findings(ImmutableList<Finding> findings) {
      this.findings = checkNotNull(findings);
      return this;
    }

    public Builder explanation(String zh, String en) {
      this.explanationZh = checkNotNull(zh);
      this.explanationEn = checkNotNull(en);
      return this;
    }

    public Builder validFrom(LocalDate d) {
      this.validFrom = d;
      return this;
    }

    public Builder validUntil(LocalDate d) {
      this.validUntil = d;
      return this;
    }

    public Builder nextReview(LocalDate d) {
      this.nextReview = d;
      return this;
    }

    public Builder provenance(String rulebookVersion, String parameterFingerprint) {
      this.rulebookVersion = rulebookVersion;
      this.parameterFingerprint = parameterFingerprint;
      return this;
    }

    /**
     * Builds the determination.
     *
     * @throws IllegalStateException if the outcome or provenance is missing, an amount is
     *     negative, or the shares do not add up to the monthly amount
     */
    public Determination build() {
      if (outcome == null || rulebookVersion == null || parameterFingerprint == null) {
        throw new IllegalStateException("determination of " + programmeId + " needs an outcome and provenance");
      }
      checkArgument(!monthlyAmount.isNegative() && !oneOffAmount.isNegative(),
          "%s: amounts must not be negative (monthly %s, one-off %s)", programmeId, monthlyAmount, oneOffAmount);
      if (memberShares != null) {
        Money sum = Money.ZERO;
        for (Money m : memberShares.values()) {
          checkArgument(!m.isNegative(), "%s: negative member share %s", programmeId, m);
          sum = sum.plus(m);
        }
        checkArgument(sum.equals(monthlyAmount), "%s: member shares add up to %s, not the monthly amount %s",
            programmeId, sum, monthlyAmount);
      }
      return new Determination(this);
    }
  }
}
