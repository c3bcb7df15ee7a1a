package org.jiuzhu.core.eligibility;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
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
  private static final String[] NO_STRINGS = {};
  private static final Money[] NO_MONEY = {};

  private final String programmeId;
  private final Outcome outcome;
  private final DecisionLevel level;
  private final String reviewReason;
  private final Sentence reviewReasonText;
  private final Money monthlyAmount;
  private final Money oneOffAmount;
  private final String[] shareIds;
  private final Money[] shareAmounts;
  private final String[] detailKeys;
  private final String[] detailValues;
  // the builder's arrays, taken without a copy (the builder copies before it writes again)
  private final int shareCount;
  private final int detailCount;
  private volatile ImmutableMap<String, Money> memberShares;
  private volatile ImmutableMap<String, String> details;
  private final ImmutableList<Finding> findings;
  // given, or written from explanation when first read (a benign race: the same immutable string)
  private String explanationZh;
  private String explanationEn;
  private final Sentence explanation;
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
    this.reviewReasonText = b.reviewReasonText;
    this.monthlyAmount = b.monthlyAmount;
    this.oneOffAmount = b.oneOffAmount;
    this.shareIds = b.shareIds == null ? NO_STRINGS : b.shareIds;
    this.shareAmounts = b.shareAmounts == null ? NO_MONEY : b.shareAmounts;
    this.shareCount = b.shares;
    this.detailKeys = b.detailKeys == null ? NO_STRINGS : b.detailKeys;
    this.detailValues = b.detailValues == null ? NO_STRINGS : b.detailValues;
    this.detailCount = b.detailCount;
    b.handedOff = true;
    this.findings = b.findings;
    this.explanationZh = b.explanationZh;
    this.explanationEn = b.explanationEn;
    this.explanation = b.explanation;
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

  /** The outcome. */
  public Outcome outcome() {
    return outcome;
  }

  /** True when the outcome is {@link Outcome#ELIGIBLE}. */
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

  /**
   * Why a review is needed, for {@link Outcome#NEEDS_REVIEW}: a machine code such as {@code
   * temporary.loss-unassessed} (the rulebook's situation code), never a sentence to show; the
   * text for a reader is {@link #reviewReasonText}.
   */
  public Optional<String> reviewReason() {
    return Optional.ofNullable(reviewReason);
  }

  /**
   * The reason of {@link #reviewReason} as a reader reads it, in each language ({@link
   * Sentence#in}); empty when there is no review reason or it was given as a code only.
   *
   * @since 0.3.0
   */
  public Optional<Sentence> reviewReasonText() {
    return Optional.ofNullable(reviewReasonText);
  }

  /** The monthly amount for the household; zero when none. */
  public Money monthlyAmount() {
    return monthlyAmount;
  }

  /** A one-off amount (e.g. temporary assistance); zero when none. */
  public Money oneOffAmount() {
    return oneOffAmount;
  }

  /**
   * Monthly amounts per member id, where the rule has them, in the household's member order;
   * they add up to the monthly amount.
   */
  public ImmutableMap<String, Money> memberShares() {
    ImmutableMap<String, Money> m = memberShares;
    if (m == null) {
      ImmutableMap.Builder<String, Money> b = ImmutableMap.builderWithExpectedSize(shareCount);
      for (int i = 0; i < shareCount; i++) {
        b.put(shareIds[i], shareAmounts[i]);
      }
      m = b.buildOrThrow();
      memberShares = m;
    }
    return m;
  }

  /** How many members have a share; reading it builds no map. */
  public int shareCount() {
    return shareCount;
  }

  /** True when {@code memberId} has a share; reading it builds no map. */
  public boolean hasShare(String memberId) {
    for (int i = 0; i < shareCount; i++) {
      if (shareIds[i].equals(memberId)) {
        return true;
      }
    }
    return false;
  }

  /** The ids of the members with a share, in the household's member order; builds no map. */
  public ImmutableList<String> shareMemberIds() {
    return ImmutableList.copyOf(Arrays.asList(shareIds).subList(0, shareCount));
  }

  /** Programme-specific facts, e.g. {@code careTier=FULL}, {@code kind=EMERGENCY}. */
  public ImmutableMap<String, String> details() {
    ImmutableMap<String, String> m = details;
    if (m == null) {
      ImmutableMap.Builder<String, String> b = ImmutableMap.builderWithExpectedSize(detailCount);
      for (int i = 0; i < detailCount; i++) {
        b.put(detailKeys[i], detailValues[i]);
      }
      m = b.buildOrThrow();
      details = m;
    }
    return m;
  }

  /** Every check, in order; empty in fast mode. */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /** A short explanation in Simplified Chinese to read to the applicant; empty in fast mode. */
  public String explanationZh() {
    String s = explanationZh;
    if (s == null) {
      s = explanation.in(org.jiuzhu.core.text.Lang.ZH);
      explanationZh = s;
    }
    return s;
  }

  /** The same explanation in English; empty in fast mode. */
  public String explanationEn() {
    String s = explanationEn;
    if (s == null) {
      s = explanation.in(org.jiuzhu.core.text.Lang.EN);
      explanationEn = s;
    }
    return s;
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

  /** The version of the rulebook that decided, e.g. {@code jiuzhu-cn-rulebook/0.1.0}. */
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
        && oneOffAmount.equals(o.oneOffAmount) && memberShares().equals(o.memberShares()) && details().equals(o.details())
        && Objects.equals(validFrom, o.validFrom) && Objects.equals(validUntil, o.validUntil)
        && Objects.equals(nextReview, o.nextReview) && rulebookVersion.equals(o.rulebookVersion)
        && parameterFingerprint.equals(o.parameterFingerprint);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Determination && equalsIgnoringExplanation((Determination) o)
        && findings.equals(((Determination) o).findings) && explanationZh().equals(((Determination) o).explanationZh())
        && explanationEn().equals(((Determination) o).explanationEn())
        && sameText(reviewReasonText, ((Determination) o).reviewReasonText);
  }

  private static boolean sameText(Sentence a, Sentence b) {
    if (a == null || b == null) {
      return a == b;
    }
    for (org.jiuzhu.core.text.Lang l : org.jiuzhu.core.text.Lang.values()) {
      if (!a.in(l).equals(b.in(l))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Objects.hash(programmeId, outcome, monthlyAmount, oneOffAmount, memberShares());
  }

  @Override
  public String toString() {
    return programmeId + " " + outcome + (level == null ? "" : "@" + level) + " monthly=" + monthlyAmount
        + " oneOff=" + oneOffAmount + (shareCount == 0 ? "" : " shares=" + memberShares())
        + (detailCount == 0 ? "" : " " + details());
  }

  /** Builds a {@link Determination}. */
  public static final class Builder {
    private final String programmeId;
    private Outcome outcome;
    private DecisionLevel level;
    private String reviewReason;
    private Sentence reviewReasonText;
    private Money monthlyAmount = Money.ZERO;
    private Money oneOffAmount = Money.ZERO;
    private String[] shareIds;
    private Money[] shareAmounts;
    private int shares;
    private String[] detailKeys;
    private String[] detailValues;
    private int detailCount;
    private long sharesFen;
    private boolean negativeShare;
    private ImmutableList<Finding> findings = ImmutableList.of();
    private String explanationZh = "";
    private String explanationEn = "";
    private Sentence explanation;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private LocalDate nextReview;
    private String rulebookVersion;
    private String parameterFingerprint;
    // true once a determination holds this builder's arrays: copied before the next write
    private boolean handedOff;

    private Builder(String programmeId) {
      this.programmeId = checkNotNull(programmeId, "programmeId");
    }

    /** Sets the outcome (required). */
    public Builder outcome(Outcome outcome) {
      this.outcome = outcome;
      return this;
    }

    /** Sets the level that must decide or may approve. */
    public Builder level(DecisionLevel level) {
      this.level = level;
      return this;
    }

    /** Sets why a review is needed: a machine code ({@link Determination#reviewReason}), without a text. */
    public Builder reviewReason(String reviewReason) {
      this.reviewReason = reviewReason;
      this.reviewReasonText = null;
      return this;
    }

    /**
     * Sets why a review is needed: the machine code ({@code temporary.above-cap}) and the text a
     * reader reads, in each language when read.
     *
     * @since 0.3.0
     */
    public Builder reviewReason(String code, Sentence text) {
      this.reviewReason = checkNotNull(code, "code");
      this.reviewReasonText = checkNotNull(text, "text");
      return this;
    }

    /** Sets the monthly amount. */
    public Builder monthlyAmount(Money amount) {
      this.monthlyAmount = checkNotNull(amount);
      return this;
    }

    /** Sets the one-off amount. */
    public Builder oneOffAmount(Money amount) {
      this.oneOffAmount = checkNotNull(amount);
      return this;
    }

    /** Adds the monthly share of one member; each member at most once. */
    public Builder memberShare(String memberId, Money amount) {
      ownArrays();
      if (shareIds == null) {
        shareIds = new String[4];
        shareAmounts = new Money[4];
      } else if (shares == shareIds.length) {
        shareIds = Arrays.copyOf(shareIds, shares * 2);
        shareAmounts = Arrays.copyOf(shareAmounts, shares * 2);
      }
      for (int i = 0; i < shares; i++) {
        checkArgument(!shareIds[i].equals(memberId), "%s: two shares for member %s", programmeId, memberId);
      }
      shareIds[shares] = checkNotNull(memberId);
      shareAmounts[shares++] = checkNotNull(amount);
      sharesFen = Math.addExact(sharesFen, amount.fen());
      negativeShare |= amount.isNegative();
      return this;
    }

    /** Adds a programme-specific fact; each key at most once. */
    public Builder detail(String key, String value) {
      ownArrays();
      if (detailKeys == null) {
        detailKeys = new String[4];
        detailValues = new String[4];
      } else if (detailCount == detailKeys.length) {
        detailKeys = Arrays.copyOf(detailKeys, detailCount * 2);
        detailValues = Arrays.copyOf(detailValues, detailCount * 2);
      }
      for (int i = 0; i < detailCount; i++) {
        checkArgument(!detailKeys[i].equals(key), "%s: detail %s given twice", programmeId, key);
      }
      detailKeys[detailCount] = checkNotNull(key);
      detailValues[detailCount++] = checkNotNull(value);
      return this;
    }

    private void ownArrays() {
      if (handedOff) {
        handedOff = false;
        if (shareIds != null) {
          shareIds = shareIds.clone();
          shareAmounts = shareAmounts.clone();
        }
        if (detailKeys != null) {
          detailKeys = detailKeys.clone();
          detailValues = detailValues.clone();
        }
      }
    }

    /** Sets the findings (explain mode). */
    public Builder findings(ImmutableList<Finding> findings) {
      this.findings = checkNotNull(findings);
      return this;
    }

    /** Sets the explanation in Simplified Chinese and in English (explain mode). */
    public Builder explanation(String zh, String en) {
      this.explanationZh = checkNotNull(zh);
      this.explanationEn = checkNotNull(en);
      this.explanation = null;
      return this;
    }

    /**
     * Sets the explanation as a sentence written in a language only when it is read ({@link
     * Determination#explanationZh}, {@link Determination#explanationEn}; once per language).
     *
     * @since 0.3.0
     */
    public Builder explanation(Sentence explanation) {
      this.explanation = checkNotNull(explanation);
      this.explanationZh = null;
      this.explanationEn = null;
      return this;
    }

    /** Sets the first day the benefit applies. */
    public Builder validFrom(LocalDate d) {
      this.validFrom = d;
      return this;
    }

    /** Sets the first day the benefit no longer applies. */
    public Builder validUntil(LocalDate d) {
      this.validUntil = d;
      return this;
    }

    /** Sets the date of the next review. */
    public Builder nextReview(LocalDate d) {
      this.nextReview = d;
      return this;
    }

    /** Sets the rulebook version and the fingerprint of the parameters read (required). */
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
      if (shares > 0) {
        checkArgument(!negativeShare, "%s: a member share is negative", programmeId);
        checkArgument(sharesFen == monthlyAmount.fen(), "%s: member shares add up to %s, not the monthly amount %s",
            programmeId, Money.ofFen(sharesFen), monthlyAmount);
      }
      return new Determination(this);
    }
  }
}
