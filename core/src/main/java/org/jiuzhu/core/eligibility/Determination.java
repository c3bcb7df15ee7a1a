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
 * <p>Not changed once built, and safe to read from many threads once safely published (handed over
 * through a concurrent collection, a future, a volatile field or a lock), as a screening returned
 * to the thread that asked is.
 *
 * @since 0.1.0
 */
public final class Determination {
  private static final String[] NO_STRINGS = {};
  private static final Money[] NO_MONEY = {};

  // Written only by this class's builder before build() hands the object out; never changed
  // afterwards — a builder that is written to again works on a copy. Explain mode builds six a
  // household: one object, not two. These fields are not final: build() ends with a release fence
  // (the barrier HotSpot emits for final fields), but the Java memory model promises a thread that
  // reads a Determination shared through a data race nothing — share it as any object is shared
  // between threads (a concurrent collection, a future, a volatile field, a lock).
  private final String programmeId;
  private Outcome outcome;
  private DecisionLevel level;
  private String reviewReason;
  private Sentence reviewReasonText;
  private Money monthlyAmount = Money.ZERO;
  private Money oneOffAmount = Money.ZERO;
  private String[] shareIds = NO_STRINGS;
  private Money[] shareAmounts = NO_MONEY;
  private String[] detailKeys = NO_STRINGS;
  private String[] detailValues = NO_STRINGS;
  private int shareCount;
  private int detailCount;
  private volatile ImmutableMap<String, Money> memberShares;
  private volatile ImmutableMap<String, String> details;
  private ImmutableList<Finding> findings = ImmutableList.of();
  // given, or written from explanation when first read (a benign race: the same immutable string)
  private String explanationZh = "";
  private String explanationEn = "";
  private Sentence explanation;
  private LocalDate validFrom;
  private LocalDate validUntil;
  private LocalDate nextReview;
  private String rulebookVersion;
  private String parameterFingerprint;

  private Determination(String programmeId) {
    this.programmeId = programmeId;
  }

  /** A copy for a builder that goes on after build(): its own arrays, no cached maps. */
  private Determination copy() {
    Determination c = new Determination(programmeId);
    c.outcome = outcome;
    c.level = level;
    c.reviewReason = reviewReason;
    c.reviewReasonText = reviewReasonText;
    c.monthlyAmount = monthlyAmount;
    c.oneOffAmount = oneOffAmount;
    c.shareIds = shareIds.length == 0 ? NO_STRINGS : shareIds.clone();
    c.shareAmounts = shareAmounts.length == 0 ? NO_MONEY : shareAmounts.clone();
    c.detailKeys = detailKeys.length == 0 ? NO_STRINGS : detailKeys.clone();
    c.detailValues = detailValues.length == 0 ? NO_STRINGS : detailValues.clone();
    c.shareCount = shareCount;
    c.detailCount = detailCount;
    c.findings = findings;
    c.explanationZh = explanationZh;
    c.explanationEn = explanationEn;
    c.explanation = explanation;
    c.validFrom = validFrom;
    c.validUntil = validUntil;
    c.nextReview = nextReview;
    c.rulebookVersion = rulebookVersion;
    c.parameterFingerprint = parameterFingerprint;
    return c;
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
    private Determination d;
    // true once build() handed d out: the next write works on a copy
    private boolean handedOff;
    private long sharesFen;
    private boolean negativeShare;

    private Builder(String programmeId) {
      this.d = new Determination(checkNotNull(programmeId, "programmeId"));
    }

    private Determination w() {
      if (handedOff) {
        d = d.copy();
        handedOff = false;
      }
      return d;
    }

    /** Sets the outcome (required). */
    public Builder outcome(Outcome outcome) {
      w().outcome = outcome;
      return this;
    }

    /** Sets the level that must decide or may approve. */
    public Builder level(DecisionLevel level) {
      w().level = level;
      return this;
    }

    /** Sets why a review is needed: a machine code ({@link Determination#reviewReason}), without a text. */
    public Builder reviewReason(String reviewReason) {
      Determination x = w();
      x.reviewReason = reviewReason;
      x.reviewReasonText = null;
      return this;
    }

    /**
     * Sets why a review is needed: the machine code ({@code temporary.above-cap}) and the text a
     * reader reads, in each language when read.
     *
     * @since 0.3.0
     */
    public Builder reviewReason(String code, Sentence text) {
      Determination x = w();
      x.reviewReason = checkNotNull(code, "code");
      x.reviewReasonText = checkNotNull(text, "text");
      return this;
    }

    /** Sets the monthly amount. */
    public Builder monthlyAmount(Money amount) {
      w().monthlyAmount = checkNotNull(amount);
      return this;
    }

    /** Sets the one-off amount. */
    public Builder oneOffAmount(Money amount) {
      w().oneOffAmount = checkNotNull(amount);
      return this;
    }

    /** Adds the monthly share of one member; each member at most once. */
    public Builder memberShare(String memberId, Money amount) {
      Determination x = w();
      int n = x.shareCount;
      if (x.shareIds.length == 0) {
        x.shareIds = new String[4];
        x.shareAmounts = new Money[4];
      } else if (n == x.shareIds.length) {
        x.shareIds = Arrays.copyOf(x.shareIds, n * 2);
        x.shareAmounts = Arrays.copyOf(x.shareAmounts, n * 2);
      }
      for (int i = 0; i < n; i++) {
        checkArgument(!x.shareIds[i].equals(memberId), "%s: two shares for member %s", x.programmeId, memberId);
      }
      x.shareIds[n] = checkNotNull(memberId);
      x.shareAmounts[n] = checkNotNull(amount);
      x.shareCount = n + 1;
      sharesFen = Math.addExact(sharesFen, amount.fen());
      negativeShare |= amount.isNegative();
      return this;
    }

    /** Adds a programme-specific fact; each key at most once. */
    public Builder detail(String key, String value) {
      Determination x = w();
      int n = x.detailCount;
      if (x.detailKeys.length == 0) {
        x.detailKeys = new String[4];
        x.detailValues = new String[4];
      } else if (n == x.detailKeys.length) {
        x.detailKeys = Arrays.copyOf(x.detailKeys, n * 2);
        x.detailValues = Arrays.copyOf(x.detailValues, n * 2);
      }
      for (int i = 0; i < n; i++) {
        checkArgument(!x.detailKeys[i].equals(key), "%s: detail %s given twice", x.programmeId, key);
      }
      x.detailKeys[n] = checkNotNull(key);
      x.detailValues[n] = checkNotNull(value);
      x.detailCount = n + 1;
      return this;
    }

    /** Sets the findings (explain mode). */
    public Builder findings(ImmutableList<Finding> findings) {
      w().findings = checkNotNull(findings);
      return this;
    }

    /** Sets the explanation in Simplified Chinese and in English (explain mode). */
    public Builder explanation(String zh, String en) {
      Determination x = w();
      x.explanationZh = checkNotNull(zh);
      x.explanationEn = checkNotNull(en);
      x.explanation = null;
      return this;
    }

    /**
     * Sets the explanation as a sentence written in a language only when it is read ({@link
     * Determination#explanationZh}, {@link Determination#explanationEn}; once per language).
     *
     * @since 0.3.0
     */
    public Builder explanation(Sentence explanation) {
      Determination x = w();
      x.explanation = checkNotNull(explanation);
      x.explanationZh = null;
      x.explanationEn = null;
      return this;
    }

    /** Sets the first day the benefit applies. */
    public Builder validFrom(LocalDate d) {
      w().validFrom = d;
      return this;
    }

    /** Sets the first day the benefit no longer applies. */
    public Builder validUntil(LocalDate d) {
      w().validUntil = d;
      return this;
    }

    /** Sets the date of the next review. */
    public Builder nextReview(LocalDate d) {
      w().nextReview = d;
      return this;
    }

    /** Sets the rulebook version and the fingerprint of the parameters read (required). */
    public Builder provenance(String rulebookVersion, String parameterFingerprint) {
      Determination x = w();
      x.rulebookVersion = rulebookVersion;
      x.parameterFingerprint = parameterFingerprint;
      return this;
    }

    /**
     * Builds the determination.
     *
     * @throws IllegalStateException if the outcome or provenance is missing, an amount is
     *     negative, or the shares do not add up to the monthly amount
     */
    public Determination build() {
      Determination x = d;
      if (x.outcome == null || x.rulebookVersion == null || x.parameterFingerprint == null) {
        throw new IllegalStateException("determination of " + x.programmeId + " needs an outcome and provenance");
      }
      checkArgument(!x.monthlyAmount.isNegative() && !x.oneOffAmount.isNegative(),
          "%s: amounts must not be negative (monthly %s, one-off %s)", x.programmeId, x.monthlyAmount, x.oneOffAmount);
      if (x.shareCount > 0) {
        checkArgument(!negativeShare, "%s: a member share is negative", x.programmeId);
        checkArgument(sharesFen == x.monthlyAmount.fen(), "%s: member shares add up to %s, not the monthly amount %s",
            x.programmeId, Money.ofFen(sharesFen), x.monthlyAmount);
      }
      handedOff = true;
      // orders the writes above before the reference is handed out (see the note on the fields)
      java.lang.invoke.VarHandle.releaseFence();
      return x;
    }
  }
}
