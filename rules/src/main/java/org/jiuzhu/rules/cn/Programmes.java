package org.jiuzhu.rules.cn;

import static org.jiuzhu.rules.cn.CnCriteria.*;
import static org.jiuzhu.rules.cn.CnParameters.*;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jiuzhu.core.eligibility.Bilingual;
import org.jiuzhu.core.eligibility.Coded;
import org.jiuzhu.core.eligibility.DecisionLevel;
import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.eligibility.Explainer;
import org.jiuzhu.core.eligibility.Finding;
import org.jiuzhu.core.eligibility.Outcome;
import org.jiuzhu.core.eligibility.Sentence;
import org.jiuzhu.core.household.CarePlacement;
import org.jiuzhu.core.household.DisabilityCategory;
import org.jiuzhu.core.household.FinancialAsset;
import org.jiuzhu.core.household.LifeEvent;
import org.jiuzhu.core.household.Relationship;
import org.jiuzhu.core.household.SupporterCondition;
import org.jiuzhu.core.household.Vehicle;
import org.jiuzhu.core.household.VehicleType;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.money.Rounding;
import org.jiuzhu.core.policy.ParameterKey;
import org.jiuzhu.core.policy.ParameterValue;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.rules.batch.BatchResult;
import org.jiuzhu.rules.batch.HouseholdBatch;

/**
 * The programmes of {@link CnRulebook}, evaluated in order for one household at a time, over the
 * primitive view {@link Facts}. One engine per thread, reused from household to household.
 *
 * <p>Three modes run the same decisions: batch ({@code objects} off: outcomes and amounts go
 * into primitive columns, nothing is allocated), objects ({@code objects} on, {@code explain}
 * off: {@link Determination}s without findings, as {@code evaluateFast(Household)} returns), and
 * explain (findings and bilingual explanations). Only display values, ids, dates and texts depend
 * on the mode; every decision reads the same facts through the same code.
 */
final class Programmes implements Engine {
  static final int P_TEKUN = 0;
  static final int P_DIBAO = 1;
  static final int P_SINGLE = 2;
  static final int P_MARGINAL = 3;
  static final int P_RIGID = 4;
  static final int P_TEMPORARY = 5;

  private static final int ELIGIBLE = Outcome.ELIGIBLE.ordinal();
  private static final int INELIGIBLE = Outcome.INELIGIBLE.ordinal();
  private static final int NEEDS_REVIEW = Outcome.NEEDS_REVIEW.ordinal();

  private final boolean explain;
  /** True when display values are needed (explain mode); otherwise they are never computed. */
  private final boolean on;
  /** True when {@link Determination}s are built. */
  private final boolean objects;

  private Facts f;
  private Rounding rounding;

  // the decision level and review code of the household in hand
  /** Set while a programme decides, reset by {@link #finish}. */
  final int[] level = {-1, -1, -1, -1, -1, -1};
  final int[] review = new int[6];
  int temporaryKind;
  final Determination[] determinations = new Determination[6];

  private boolean tekunEligible;
  /** 特困 of the household in hand is NEEDS_REVIEW. */
  private boolean tekunReviewed;
  private int tekunShares;
  private final boolean[] tekunShare = new boolean[HouseholdBatch.MAX_MEMBERS];
  private final boolean[] sanctioned = new boolean[HouseholdBatch.MAX_MEMBERS];
  private boolean dibaoEligible;
  private boolean marginalEligible;
  /**
   * The criterion of a ground the programme could also have been granted on and was not (the
   * other kind of temporary assistance): an eligible explanation leaves its failed finding out
   * (a note says on which ground it is granted). Reset by {@link #finish}.
   */
  private String alternativeGround;
  /** The marginal tests' result, reused in fast mode: 0 not run, 1 passed, 2 failed. */
  private int marginalResult;
  private LocalDate nextMonth;

  Programmes(boolean explain, boolean objects) {
    this.explain = explain;
    this.on = explain;
    this.objects = objects || explain;
  }

  /** Decides every programme for the household {@code f} is positioned on. */
  void run(Facts f) {
    run(f, null, 0, 0);
  }

  /**
   * Decides every programme for the household {@code f} is positioned on; when {@code sink} is
   * given, each decision is written into it at {@code row} as it is made (with {@code spec}, the
   * household's spec index).
   */
  @Override
  public void run(Facts f, BatchResult sink, int row, int spec) {
    this.f = f;
    this.sink = sink;
    this.row = row;
    this.rounding = f.p.rounding;
    if (!complete) {
      // the previous household ended in an error: forget what it had set
      Arrays.fill(level, -1);
      Arrays.fill(review, 0);
    }
    complete = false;
    shareBits = 0;
    alternativeGround = null;
    temporaryKind = BatchResult.KIND_NONE;
    marginalResult = 0;
    nextMonth = null;
    tekun();
    dibao();
    single();
    marginal();
    rigid();
    temporary();
    if (sink != null) {
      sink.setHousehold(row, spec, temporaryKind);
    }
    complete = true;
  }

  ImmutableList<Determination> determinations() {
    return ImmutableList.copyOf(determinations);
  }

  /** The members given a share of the programme being decided (bit per member index below 64), written with its decision. */
  private long shareBits;

  /** Records that member {@code i} has a share of the programme being decided. */
  private void shared(int i) {
    if (i < 64) {
      shareBits |= 1L << i;
    }
  }

  /** Where the batch path writes the decisions (null otherwise), and the row. */
  private BatchResult sink;
  private int row;
  /** False while a household is being decided (and after one ended in an error). */
  private boolean complete = true;

  // ---------------------------------------------------------------- helpers

  private Explainer explainer() {
    return explain ? Explainer.recording() : Explainer.off();
  }

  private Determination.Builder start(String id) {
    return objects ? Determination.builder(id).provenance(CnRulebook.VERSION, f.p.fingerprint) : null;
  }

  private LocalDate nextMonth() {
    if (nextMonth == null) {
      nextMonth = f.date.withDayOfMonth(1).plusMonths(1);
    }
    return nextMonth;
  }

  /**
   * The income side of the rigid-spending comparison ({@code rigid.income.share}): the household's
   * total income over the window and the share of it the spending is compared with, shown so that
   * "exceeds" and "does not exceed" read true of the figures printed (see {@link #perCapita}); with
   * no ratio set (no spending to compare) only the income ({@code rigid.income}).
   */
  static Sentence rigidIncome(long incomeFen, long spendingFen, Ratio ratio, String percent) {
    if (ratio == null) {
      return CnTexts.sentence("rigid.income", yuan(incomeFen));
    }
    boolean exceeds = ratio.isBelow(spendingFen, incomeFen);
    Money share = perCapita(Math.multiplyExact(incomeFen, ratio.num), ratio.den, exceeds, spendingFen);
    return CnTexts.sentence("rigid.income.share", yuan(incomeFen), percent, share);
  }

  /** An amount as a sentence argument: written with thousands separators, its finding value plain. */
  private static Money yuan(long fen) {
    return Money.ofFen(fen);
  }

  /**
   * A per-capita figure {@code a / b} in fen as it is shown: rounded half up to the fen, except that
   * a figure the (exact) test found below {@code limitFen} never shows at or above it (569.995
   * against 570.00 shows 569.99), nor one found not below shows under it. The test itself is exact.
   */
  static Money perCapita(long a, long b, boolean below, long limitFen) {
    long half = Amounts.roundDiv(a, b, java.math.RoundingMode.HALF_UP);
    if (below && half >= limitFen) {
      return yuan(Math.floorDiv(a, b));
    }
    if (!below && half < limitFen) {
      return yuan(-Math.floorDiv(-a, b));
    }
    return yuan(half);
  }

  /** {@code a / b} in fen, rounded up: consistent with an "at most" test against a whole-fen line. */
  private static Money ceilDiv(long a, long b) {
    return yuan(-Math.floorDiv(-a, b));
  }

  private static String programmeZh(String id) {
    return CnTexts.programme(Lang.ZH, id);
  }

  private static String programmeEn(String id) {
    return CnTexts.programme(Lang.EN, id);
  }

  /** Records the decision; in objects mode also writes the findings, notes and a short explanation. */
  private void finish(int prog, Determination.Builder b, Explainer ex, String id, int result, long monthlyFen, long oneOffFen,
      Sentence reviewText) {
    if (sink != null) {
      sink.set(row, prog, result, result == ELIGIBLE ? monthlyFen : 0, result == ELIGIBLE ? oneOffFen : 0, level[prog], review[prog]);
      sink.setMembers(row, prog, result == ELIGIBLE ? shareBits : 0);
    }
    shareBits = 0;
    // the level and review code were set (before this call) for this household only
    level[prog] = -1;
    review[prog] = 0;
    String alternative = alternativeGround;
    alternativeGround = null;
    if (objects) {
      determine(prog, b, ex, id, result, monthlyFen, oneOffFen, reviewText, alternative);
    }
  }

  private static final Outcome[] OUTCOMES = Outcome.values();

  /** The {@link Determination} of {@link #finish}, with findings and explanations in explain mode. */
  private void determine(int prog, Determination.Builder b, Explainer ex, String id, int result, long monthlyFen, long oneOffFen,
      Sentence reviewText, String alternative) {
    Outcome o = OUTCOMES[result];
    b.outcome(o);
    if (!ex.isOn()) {
      determinations[prog] = b.build();
      return;
    }
    ImmutableList<Finding> findings = ex.findings();
    b.findings(findings);
    // written in a language only when read (most screenings are read in one language, or not at all)
    b.explanation(new Explanation(o, id, monthlyFen, oneOffFen, findings, ex.sentences(), reviewText, alternative));
    determinations[prog] = b.build();
  }

  /**
   * The short explanation of one determination, written in a language when first read: the
   * outcome's sentence, then the findings that tell it (all when eligible — but for the failed
   * finding of an alternative ground it was not granted on —, those not met when not), then the
   * notes; in English the parts are separated by a space.
   */
  private static final class Explanation implements Sentence {
    private final Outcome outcome;
    private final String id;
    private final long monthlyFen;
    private final long oneOffFen;
    private final ImmutableList<Finding> findings;
    private final ImmutableList<Sentence> notes;
    private final Sentence review;
    private final String alternative;

    Explanation(Outcome outcome, String id, long monthlyFen, long oneOffFen, ImmutableList<Finding> findings,
        ImmutableList<Sentence> notes, Sentence review, String alternative) {
      this.outcome = outcome;
      this.id = id;
      this.monthlyFen = monthlyFen;
      this.oneOffFen = oneOffFen;
      this.findings = findings;
      this.notes = notes;
      this.review = review;
      this.alternative = alternative;
    }

    @Override
    public String in(Lang lang) {
      boolean zh = lang == Lang.ZH;
      String name = CnTexts.programme(lang, id);
      StringBuilder sb = new StringBuilder(256);
      if (outcome == Outcome.ELIGIBLE) {
        String amountKey = monthlyFen > 0 ? "explain.eligible.monthly" : oneOffFen > 0 ? "explain.eligible.once" : "explain.eligible";
        Money amount = Money.ofFen(monthlyFen > 0 ? monthlyFen : oneOffFen);
        sb.append(CnTexts.get(lang, amountKey, name, amount));
        for (Finding fi : findings) {
          if (!fi.passed() && fi.criterionId().equals(alternative)) {
            continue; // not the ground it is granted on (a note says which it is)
          }
          if (!zh) {
            sb.append(' ');
          }
          sb.append(fi.in(lang));
        }
      } else if (outcome == Outcome.INELIGIBLE) {
        sb.append(CnTexts.get(lang, "explain.ineligible", name));
        for (Finding fi : findings) {
          // a test not assessed (an income not known) is no reason the programme was refused
          if (!fi.passed() && fi.status() != Finding.Status.NOT_ASSESSED) {
            if (!zh) {
              sb.append(' ');
            }
            sb.append(fi.in(lang));
          }
        }
      } else if (zh) {
        sb.append(CnTexts.get(lang, "explain.review", name, review == null ? null : review.in(lang)));
      } else {
        String head = CnTexts.get(lang, "explain.review", name, review == null ? null : review.in(lang));
        sb.append(Character.toUpperCase(head.charAt(0))).append(head, 1, head.length());
      }
      for (Sentence note : notes) {
        // a sentence before it that ends without a stop (a review reason) gets one: two sentences never run together
        char last = sb.length() == 0 ? '。' : sb.charAt(sb.length() - 1);
        if ("。.！!？?；;".indexOf(last) < 0) {
          sb.append(zh ? '。' : '.');
        }
        if (!zh) {
          sb.append(' ');
        }
        sb.append(note.in(lang));
      }
      return sb.toString();
    }
  }

  /**
   * The payment band (分档发放) of a household whose gap is {@code gap} of {@code standardTotal}:
   * the first whose upper share is at least {@code gap / standardTotal} (as {@link
   * org.jiuzhu.core.money.PaymentBands#payShare}), exactly.
   */
  private int band(long gap, long standardTotal) {
    long[] num = f.p.bandUpperNum;
    long[] den = f.p.bandUpperDen;
    for (int i = 0; i < num.length; i++) {
      if (Math.multiplyExact(gap, den[i]) <= Math.multiplyExact(num[i], standardTotal)) {
        return i;
      }
    }
    return num.length - 1;
  }

  /** The additions of the counted members who keep their share (rounding at the end takes them in). */
  private long keptAdditions() {
    long sum = 0;
    for (int i = 0; i < f.size; i++) {
      if (f.counted(i) && !sanctioned[i]) {
        sum += addition(i);
      }
    }
    return sum;
  }

  /**
   * Why member {@code i} has the addition {@link #addition} gives: the first of elderly, minor,
   * severe-disability and major-illness whose amount is the highest ({@code null} for none).
   */
  private String additionWhy(int i) {
    long a = addition(i);
    if (a == 0) {
      return null;
    }
    int age = payAge(i);
    CnParams p = f.p;
    if (age >= p.additionElderlyAge && p.additionElderlyFen == a) {
      return "elderly";
    }
    if (age < p.additionMinorAge && p.additionMinorFen == a) {
      return "minor";
    }
    if (f.severelyDisabled(i) && p.additionSevereDisabilityFen == a) {
      return "severe-disability";
    }
    return "major-illness";
  }

  /** The reason of an addition in words: {@code dibao.addition.why.*} with its age limit. */
  private Sentence additionWhyText(String why) {
    // the keys written out: a key built by concatenation costs a string every member, every household
    switch (why) {
      case "elderly":
        return CnTexts.sentence("dibao.addition.why.elderly", f.p.additionElderlyAge);
      case "minor":
        return CnTexts.sentence("dibao.addition.why.minor", f.p.additionMinorAge);
      case "severe-disability":
        return CnTexts.sentence("dibao.addition.why.severe-disability", 0);
      case "major-illness":
        return CnTexts.sentence("dibao.addition.why.major-illness", 0);
      default:
        return CnTexts.sentence("dibao.addition.why." + why, 0);
    }
  }

  /**
   * Where the additions of the members with a share end because of age (the birthday on which a
   * member under {@code dibao.addition.minor-age-below} loses an addition that is not replaced by an
   * equal one): the earliest such day, or {@code null}. In objects mode only; detail {@code
   * additionEnds} lists {@code member:first day without} in member-id order, and in explain mode a
   * note says each in both languages, with the last valid day and the review date {@code review}.
   */
  private LocalDate additionEnds(Explainer ex, Determination.Builder b, boolean single, long total, LocalDate review) {
    if (b == null || f.h == null) {
      return null;
    }
    int minor = f.p.additionMinorAge;
    java.util.TreeMap<String, LocalDate> ends = new java.util.TreeMap<>();
    LocalDate first = null;
    for (int i = 0; i < f.size; i++) {
      if (!f.counted(i) || (!single && sanctioned[i]) || (single && (shareBits & (i < 64 ? 1L << i : 0)) == 0)) {
        continue;
      }
      long a = addition(i);
      if (a == 0 || payAge(i) >= minor || addition(i, minor) >= a) {
        continue;
      }
      LocalDate end = AgeBounds.birthday(f.member(i).birthDate(), minor);
      ends.put(f.id(i), end);
      first = AgeBounds.earlier(first, end);
    }
    if (first == null) {
      return null;
    }
    StringBuilder detail = new StringBuilder();
    LocalDate by = AgeBounds.earlier(review, first);
    for (java.util.Map.Entry<String, LocalDate> e : ends.entrySet()) {
      detail.append(detail.length() == 0 ? "" : ",").append(e.getKey()).append(':').append(e.getValue());
      if (ex.isOn()) {
        ex.note(CnTexts.sentence("dibao.addition.ends", e.getKey(), CnTexts.date(e.getValue()), minor,
            CnTexts.sentence("dibao.addition.why.minor", minor), Money.ofFen(total), CnTexts.date(first.minusDays(1)),
            CnTexts.date(by)));
      }
    }
    b.detail("additionEnds", detail.toString());
    return first;
  }

  /**
   * The notes and details of where a granted 低保 amount comes from: the gap part (standard minus
   * per-capita income, times the members, as rounded), a gap that rounds to nothing, each member's
   * addition and the sum. Detail {@code gapAmount} is the amount without additions (after any
   * Art. 45 share taken off), {@code additions} lists {@code member:why:amount}.
   */
  /** The 低保 amount of the household in hand after the shares not paid (第四十五条, 特困 members), before additions. */
  private long keptFen;

  private void explainAmount(Explainer ex, Determination.Builder b, long gap, long base, boolean banded, long total) {
    if (b == null && !ex.isOn()) {
      return;
    }
    // by member id, so that the order of members changes nothing
    java.util.TreeMap<String, String> adds = new java.util.TreeMap<>();
    java.util.TreeMap<String, Sentence> addNotes = new java.util.TreeMap<>();
    long sum = 0;
    for (int i = 0; i < f.size; i++) {
      if (!f.counted(i) || sanctioned[i]) {
        continue;
      }
      String why = additionWhy(i);
      if (why == null) {
        continue;
      }
      long a = addition(i);
      sum += a;
      adds.put(f.id(i), f.id(i) + ":" + why + ":" + Money.ofFen(a));
      if (ex.isOn()) {
        addNotes.put(f.id(i), CnTexts.sentence("dibao.amount.addition", f.id(i), additionWhyText(why), Money.ofFen(a)));
      }
    }
    if (b != null) {
      b.detail("gapAmount", Money.ofFen(total - sum).toString());
      if (sum > 0) {
        b.detail("additions", String.join(",", adds.values()));
      }
    }
    if (!ex.isOn()) {
      return;
    }
    if (!banded) {
      ex.note(CnTexts.sentence("dibao.amount.gap", f.n, Money.ofFen(base)));
      if (base == 0 && gap > 0) {
        long monthly = Amounts.roundDiv(gap, f.window, java.math.RoundingMode.HALF_UP);
        Sentence rounding = CnTexts.sentence("dibao.rounding." + f.p.rounding.mode().name(), f.p.rounding.step());
        ex.note(monthly > 0 ? CnTexts.sentence("dibao.amount.zero", Money.ofFen(monthly), rounding)
            : CnTexts.sentence("dibao.amount.zero.tiny", rounding));
      }
    }
    if (keptFen != base) {
      // the shares not paid, by member id: the arithmetic from the household's amount to what is paid
      java.util.TreeSet<String> out = new java.util.TreeSet<>();
      for (int i = 0; i < f.size; i++) {
        if (f.counted(i) && sanctioned[i]) {
          out.add(f.id(i));
        }
      }
      ex.note(keptSentence(Money.ofFen(base), Money.ofFen(base - keptFen), List.copyOf(out), Money.ofFen(keptFen)));
    }
    for (Sentence s : addNotes.values()) {
      ex.note(s);
    }
    if (sum > 0) {
      ex.note(CnTexts.sentence("dibao.amount.total", Money.ofFen(total), Money.ofFen(total - sum), Money.ofFen(sum)));
    }
  }

  /**
   * The age of member {@code i} on the first day of payment (the first of the next month): the
   * additions and 特困's cover of minors go by it, so a minor who turns 18 before the first payment
   * month has no addition for minors.
   */
  private int payAge(int i) {
    return f.age(i) + ((f.mflags(i) & HouseholdBatch.M_OLDER_AT_START) != 0 ? 1 : 0);
  }

  /** The 分类施保 addition of a member: the highest that applies (就高不累加), by the age on the first day of payment. */
  private long addition(int i) {
    return addition(i, payAge(i));
  }

  /** The addition of member {@code i} at age {@code age}. */
  private long addition(int i, int age) {
    long a = 0;
    CnParams p = f.p;
    if (age >= p.additionElderlyAge) {
      a = Math.max(a, p.additionElderlyFen);
    }
    if (age < p.additionMinorAge) {
      a = Math.max(a, p.additionMinorFen);
    }
    if (f.severelyDisabled(i)) {
      a = Math.max(a, p.additionSevereDisabilityFen);
    }
    if (f.majorIllness(i)) {
      a = Math.max(a, p.additionMajorIllnessFen);
    }
    return a;
  }

  /**
   * The asset tests shared by 低保 and (with looser limits) the marginal and rigid categories:
   * {@code cars} ordinary cars worth at most {@code carMax} are exempt (the programme's own
   * values). Exempted vehicles are explained: which one and under which rule.
   */
  private boolean assetsPass(Explainer ex, String programmeId, int financialMonths, int cars, long carMaxFen, Money carMax) {
    long s = f.standard();
    long fin = f.financialAssets();
    boolean financial = fin <= s * financialMonths * f.n;
    List<int[]> exempted = on && f.vehicles() > 0 ? new ArrayList<>() : null;
    int v = f.disqualifyingVehicle(-1, cars, carMaxFen, exempted);
    boolean homes = f.homesPass();
    int nonRes = f.nonResidential();
    int biz = f.disqualifyingBusinesses();
    if (on) {
      explainAssets(ex, programmeId, s, financialMonths, fin, financial, v, exempted, homes, nonRes, biz, cars, carMax);
    }
    return financial & v < 0 & homes & nonRes == 0 & biz == 0;
  }

  /** The findings of {@link #assetsPass}, in its order (explain mode). */
  private void explainAssets(Explainer ex, String programmeId, long s, int financialMonths, long fin, boolean financial, int v,
      List<int[]> exempted, boolean homes, int nonRes, int biz, int cars, Money carMax) {
    ex.check(FINANCIAL, financial, ceilDiv(fin, f.n), yuan(s * financialMonths));
    explainEarmarked(ex, -1);
    ex.check(VEHICLES, v < 0, v < 0 ? Integer.toString(f.vehicles())
        : Integer.toString(f.h.vehicles().indexOf(f.h.vehicles().get(v)) + 1), v >= 0 ? yuan(f.vehicleValue(v)) : "",
        v < 0 ? counted(f.vehicles(), "vehicles-within") : vehicleRefusal(f.p, programmeId, f.h.vehicles().get(v), cars, carMax));
    if (exempted != null) {
      explainExempted(ex, programmeId, exempted, cars, carMax);
    }
    ex.check(HOMES, homes, f.homes(), f.p.maxHomes, counted(f.homes(), "home"));
    ex.check(NON_RESIDENTIAL, nonRes == 0, nonRes, 0);
    ex.check(BUSINESS, biz == 0, biz, 0);
  }

  /**
   * A note for each financial asset the asset test leaves out because it is earmarked for
   * treating a major illness until a date within the local limit: which one, its value, the rule
   * and the end of the earmark. {@code onlyMember} is a member index, or -1 for the household
   * (counted members' and unowned assets); the same assets {@link HouseholdBatch} leaves out.
   */
  private void explainEarmarked(Explainer ex, int onlyMember) {
    List<FinancialAsset> assets = f.h.financialAssets();
    if (assets.isEmpty()) {
      return;
    }
    LocalDate limit = f.date.plusMonths(f.p.earmarkMaxMonths);
    String only = onlyMember < 0 ? null : f.id(onlyMember);
    for (int k = 0; k < assets.size(); k++) {
      FinancialAsset a = assets.get(k);
      if (!a.earmarkedForMajorIllness() || a.earmarkedUntil().isEmpty() || a.earmarkedUntil().get().isAfter(limit)
          || a.earmarkedUntil().get().isBefore(f.date)) {
        continue;
      }
      String owner = a.ownerMemberId().orElse(null);
      if (only != null && !only.equals(owner) || owner != null && !f.counted(memberIndex(owner))) {
        continue;
      }
      ex.note(CnTexts.sentence("asset.exempted.earmarked", k + 1,
          owner == null ? CnTexts.sentence("asset.owner.none") : CnTexts.sentence("asset.owner.member", owner),
          CnTexts.sentence("asset.type." + a.type().name()), a.value(), CnTexts.date(a.earmarkedUntil().get())));
    }
  }

  /** The index of the member {@code id} within the household (explain mode). */
  private int memberIndex(String id) {
    for (int i = 0; i < f.size; i++) {
      if (f.id(i).equals(id)) {
        return i;
      }
    }
    throw new IllegalStateException("no member " + id);
  }

  /** A note for each exempted vehicle: which one, and under which rule. */
  private void explainExempted(Explainer ex, String programmeId, List<int[]> exempted, int cars, Money carMax) {
    for (int[] e : exempted) {
      int i = e[0];
      Vehicle v = f.h.vehicles().get(i);
      int rule = e[1];
      String ruleKey = "vehicle.exempt." + (rule == Facts.RULE_CARS ? (carMax == null ? "cars" : "cars-capped")
          : rule == Facts.RULE_DISABILITY ? "disability" : rule == Facts.RULE_MOTORCYCLES ? "motorcycles"
          : rule == Facts.RULE_LIVELIHOOD ? "livelihood" : "value");
      Object limit = rule == Facts.RULE_VALUE ? f.p.vehicleExemptMax : carMax == null ? "" : carMax;
      ex.note(CnTexts.sentence("vehicle.exempted", i + 1, CnTexts.sentence("vehicle.type." + v.type().name()), v.value(),
          CnTexts.sentence(ruleKey, cars, limit), exemptionReference(f.p, programmeId, rule, cars)));
    }
  }

  /**
   * The rule a vehicle's exemption ({@code rule}, a {@code Facts.RULE_*}) rests on under {@code
   * programmeId}, as a sentence: the legal reference of the value that grants it (the national rule
   * for a disability mobility vehicle).
   */
  static Sentence exemptionReference(CnParams p, String programmeId, int rule, int cars) {
    ParameterKey<?> key = rule == Facts.RULE_CARS ? exemptCarsKey(p, programmeId, cars)
        : rule == Facts.RULE_MOTORCYCLES ? DIBAO_EXEMPT_MOTORCYCLES : rule == Facts.RULE_LIVELIHOOD ? DIBAO_EXEMPT_LIVELIHOOD_VEHICLE
        : rule == Facts.RULE_VALUE ? DIBAO_ASSETS_VEHICLE_EXEMPT_MAX : null;
    String reference = key == null ? VEHICLES.legalReference()
        : p.snapshot.provenance(key).map(ParameterValue::legalReference).orElse(VEHICLES.legalReference());
    return lang -> org.jiuzhu.core.text.References.render(lang, reference);
  }

  /** The key of {@code programmeId}'s exempt-car count ({@link #vehicleRefusal}: the marginal count is the larger of two keys). */
  private static ParameterKey<?> exemptCarsKey(CnParams p, String programmeId, int cars) {
    return CnRulebook.DIBAO.equals(programmeId) ? DIBAO_EXEMPT_CARS : CnRulebook.RIGID.equals(programmeId) ? RIGID_EXEMPT_CARS
        : CnRulebook.TEKUN.equals(programmeId) ? TEKUN_EXEMPT_CARS
        : p.snapshot.find(MARGINAL_EXEMPT_CARS).orElse(0) >= cars ? MARGINAL_EXEMPT_CARS : MARGINAL_EXEMPT_ONE_CAR;
  }

  /**
   * Why {@code v}, a vehicle no rule exempts, disqualifies under {@code programmeId}'s asset
   * rule ({@code cars} ordinary cars worth at most {@code carMax} exempt), with the legal
   * reference of the parameter that decides it: the programme exempts no vehicle of its type (no
   * car at all when {@code cars} is 0), the car is worth more than the cap, or the exempted cars
   * are used up. The code names the parameter key ({@code dibao.assets.exempt-cars=0}).
   */
  static Coded vehicleRefusal(CnParams p, String programmeId, Vehicle v, int cars, Money carMax) {
    boolean dibao = CnRulebook.DIBAO.equals(programmeId);
    boolean rigid = CnRulebook.RIGID.equals(programmeId);
    // the marginal count is the larger of its own count and the older one-car flag
    ParameterKey<?> carsKey = dibao ? DIBAO_EXEMPT_CARS : rigid ? RIGID_EXEMPT_CARS
        : p.snapshot.find(MARGINAL_EXEMPT_CARS).orElse(0) >= cars ? MARGINAL_EXEMPT_CARS : MARGINAL_EXEMPT_ONE_CAR;
    ParameterKey<?> key;
    String reason;
    String arg;
    if (v.type() != VehicleType.CAR) {
      key = v.type() == VehicleType.MOTORCYCLE || v.type() == VehicleType.ELECTRIC_BIKE ? DIBAO_EXEMPT_MOTORCYCLES : null;
      reason = "type";
      arg = v.type().name();
    } else if (cars == 0) {
      key = carsKey;
      reason = "type";
      arg = v.type().name();
    } else if (carMax != null && v.value().isGreaterThan(carMax)) {
      key = dibao ? DIBAO_EXEMPT_CAR_MAX : rigid ? RIGID_EXEMPT_CAR_MAX : MARGINAL_EXEMPT_CAR_MAX;
      reason = "car-cap";
      arg = carMax.toString();
    } else {
      key = carsKey;
      reason = "car-count";
      arg = Integer.toString(cars);
    }
    String reference = key == null ? VEHICLES.legalReference()
        : p.snapshot.provenance(key).map(ParameterValue::legalReference).orElse(VEHICLES.legalReference());
    String code = reason + (key == null ? "" : ":" + key.name()) + ":" + arg;
    // written in a language only when read (the reference rendered then too)
    return Coded.of(code, lang -> vehicleRefusal(lang, programmeId, reason, arg, cars, reference));
  }

  private static String vehicleRefusal(Lang lang, String programmeId, String reason, String arg, int cars, String reference) {
    Object what = reason.equals("type") ? CnTexts.get(lang, "vehicle.type." + arg) : reason.equals("car-count") ? cars
        : reason.equals("car-cap") ? Money.parse(arg) : arg;
    return CnTexts.get(lang, "vehicle.refused." + reason, CnTexts.programme(lang, programmeId), what,
        org.jiuzhu.core.text.References.render(lang, reference));
  }

  /** {@code n} of {@code unit} as a finding's value: the number as its code, with its unit in each language ({@link CnTexts#count}). */
  static Bilingual counted(long n, String unit) {
    if (n < 0 || n >= COUNTED_CACHED) {
      return new Bilingual(Long.toString(n), CnTexts.count(Lang.ZH, n, unit), CnTexts.count(Lang.EN, n, unit));
    }
    // the same few counts are written for every household: each is formatted once (explain mode
    // otherwise spent a third of its allocation on these two MessageFormats)
    Bilingual[] row = COUNTED.computeIfAbsent(unit, u -> new Bilingual[COUNTED_CACHED]);
    Bilingual b = row[(int) n];
    if (b == null) {
      b = new Bilingual(Long.toString(n), CnTexts.count(Lang.ZH, n, unit), CnTexts.count(Lang.EN, n, unit));
      row[(int) n] = b; // a race writes an equal value; a record's final fields are safely published
    }
    return b;
  }

  private static final int COUNTED_CACHED = 32;
  private static final java.util.concurrent.ConcurrentHashMap<String, Bilingual[]> COUNTED = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Explain mode: every member left out of the household that is counted (DOMAIN.md §3), with why,
   * and every member counted again after a release from custody, with the day.
   */
  private void membersNotCounted(Explainer ex) {
    for (int i = 0; i < f.size; i++) {
      org.jiuzhu.core.household.Member m = f.member(i);
      java.util.Optional<LocalDate> released = f.h.releasedFromCustody(m, f.date);
      if (released.isPresent()) {
        ex.note(CnTexts.sentence("household.counted.released", m.id(), CnTexts.date(released.get()),
            CnTexts.sentence("household.custody." + m.absence().get().reason().name())));
      } else if (!f.counted(i) && m.absence().isPresent()) {
        org.jiuzhu.core.household.Absence a = m.absence().get();
        Sentence why = a.reason() == org.jiuzhu.core.household.AbsenceReason.RELIGIOUS_SITE && f.p.religiousSiteYears != null
            ? CnTexts.sentence("household.absence.RELIGIOUS_SITE.years", CnTexts.date(a.since()), f.p.religiousSiteYears)
            : CnTexts.sentence("household.absence." + a.reason().name());
        ex.note(CnTexts.sentence("household.not-counted", m.id(), why));
      }
    }
  }

  // ---------------------------------------------------------------- 低保

  private void dibao() {
    dibaoEligible = false;
    Explainer ex = explainer();
    Determination.Builder b = start(CnRulebook.DIBAO);
    boolean anyMembers = ex.check(MEMBERS, f.n > 0, f.n, 1);
    if (ex.isOn()) {
      membersNotCounted(ex);
    }
    if (!anyMembers) {
      finish(P_DIBAO, b, ex, CnRulebook.DIBAO, INELIGIBLE, 0, 0, null);
      return;
    }
    if (!ex.check(NOT_TEKUN, !(tekunEligible && tekunShares == f.n), "", "", on ? notTekunText(NOT_TEKUN) : null)) {
      finish(P_DIBAO, b, ex, CnRulebook.DIBAO, INELIGIBLE, 0, 0, null);
      return;
    }
    long s = f.standard();
    long line = s * f.n * f.window;
    boolean below = f.incomeTotal < line;
    boolean ok = incomeBeforeWindow() ? unassessed(ex, DIBAO_INCOME, null, f.window) : ex.check(DIBAO_INCOME, below, on ? perCapita(f.incomeTotal, (long) f.n * f.window, below, s) : null,
        on ? Money.ofFen(s) : null);
    // the deductions are figures of the window's income: not stated while that income is unknown
    if (ex.isOn() && !incomeBeforeWindow()) {
      String key = f.medicalDeduction() > 0 ? "dibao.income.note.medical" : "dibao.income.note";
      ex.note(CnTexts.sentence(key, f.window, Money.ofFen(f.employmentDeduction()), Money.ofFen(f.medicalDeduction())));
      if (f.withdrawal) {
        ex.note(CnTexts.sentence("dibao.withdrawal.disregarded", Money.ofFen(f.disregardedNewJob())));
      }
      missingMonths(ex);
    }
    int months = f.months(f.p.dibaoFinancialMonthsI, DIBAO_ASSETS_FINANCIAL_MONTHS);
    // in fast mode the asset tests are not needed once the income test failed (explain mode records them all)
    if (ok || on) {
      ok &= assetsPass(ex, CnRulebook.DIBAO, months, f.p.dibaoExemptCars, f.p.dibaoExemptCarMaxFen, f.p.dibaoExemptCarMax);
    }
    if (!ok) {
      finish(P_DIBAO, b, ex, CnRulebook.DIBAO, INELIGIBLE, 0, 0, null);
      return;
    }
    if (incomeBeforeWindow()) {
      incomeReview(P_DIBAO, CnRulebook.DIBAO, ex);
      return;
    }

    // the amount, on household totals: (standard x members x months - income) / months
    long gap = line - f.incomeTotal;
    long base;
    if (f.p.bandPay != null) {
      int band = band(gap, line);
      BigDecimal share = f.p.bandPayDecimal[band];
      base = f.p.amounts.dibaoBandedFen(s, f.n, f.p.bandPay[band]);
      if (b != null) {
        b.detail("band", share.stripTrailingZeros().toPlainString());
      }
      if (ex.isOn()) {
        ex.note(CnTexts.sentence("dibao.bands", share.toPlainString()));
      }
    } else {
      base = f.p.amounts.dibaoBaseFen(gap, f.window, f.n);
    }

    // Art. 45: members who refused work repeatedly lose their own share
    int k = 0;
    boolean irregular = false;
    for (int i = 0; i < f.size; i++) {
      sanctioned[i] = false;
      if (!f.counted(i)) {
        continue;
      }
      boolean able = f.ableToWork(i);
      irregular |= able;
      if (tekunShare[i]) {
        // exclusive per person: a member supported as 特困 gets no 低保 share
        sanctioned[i] = true;
        k++;
        ex.check(NOT_TEKUN_MEMBER, false, on ? f.id(i) : null, "");
        continue;
      }
      int refused = f.b.refusedOffers(f.first + i);
      if (able && (f.mflags(i) & HouseholdBatch.M_UNEMPLOYED) != 0 && refused > 0) {
        sanctioned[i] = !ex.check(SANCTION, refused < f.p.sanctionRefusals, on ? f.id(i) : null, on ? refused : null);
        if (sanctioned[i]) {
          k++;
        }
      }
    }
    long kept = k == 0 ? base : f.p.amounts.keptFen(base, f.n - k, f.n);
    keptFen = kept;
    // shares: the base split evenly over the members who keep theirs, the remaining fen going one
    // each to the first member ids in sorted order (so that the order of members changes nothing)
    int keepers = 0;
    for (int i = 0; i < f.size; i++) {
      if (f.counted(i) && !sanctioned[i]) {
        keepers++;
      }
    }
    if (f.p.amounts.stage() == org.jiuzhu.core.money.RoundingStage.END) {
      kept = f.p.amounts.beforeAdditionsFen(kept, keptAdditions());
    }
    long each = keepers == 0 ? 0 : kept / keepers;
    long remainder = keepers == 0 ? 0 : kept - each * keepers;
    long total = 0;
    for (int i = 0; i < f.size; i++) {
      if (!f.counted(i)) {
        continue;
      }
      long share = 0;
      if (!sanctioned[i]) {
        int rank = 0;
        if (remainder > 0) {
          int mine = f.idRank(i);
          for (int j = 0; j < f.size; j++) {
            if (f.counted(j) && !sanctioned[j] && f.idRank(j) < mine) {
              rank++;
            }
          }
        }
        share = each + (rank < remainder ? 1 : 0) + addition(i);
      }
      shared(i);
      if (b != null) {
        b.memberShare(f.id(i), Money.ofFen(share));
      }
      total += share;
    }
    LocalDate reviewSet = null;
    LocalDate untilSet = null;
    if (b != null) {
      LocalDate review = f.date.plusMonths(irregular ? f.p.reviewIrregularMonths : f.p.reviewStableMonths);
      if (f.withdrawal) {
        // 渐退期: the continued benefit ends when the first disregarded member's period ends; the
        // household is reviewed then at the latest
        LocalDate end = f.withdrawalEnd();
        b.detail("withdrawal", "true").detail("withdrawalLastDay", end.minusDays(1).toString()).validUntil(end);
        untilSet = end;
        if (end.isBefore(review)) {
          review = end;
        }
        if (ex.isOn()) {
          ex.note(CnTexts.sentence("dibao.withdrawal.end", CnTexts.date(end.minusDays(1)), CnTexts.date(review)));
        }
      }
      b.monthlyAmount(Money.ofFen(total)).validFrom(nextMonth()).nextReview(review);
      reviewSet = review;
    }
    explainAmount(ex, b, gap, base, f.p.bandPay != null, total);
    LocalDate ageEnd = additionEnds(ex, b, false, total, reviewSet);
    if (ageEnd != null) {
      b.validUntil(AgeBounds.earlier(untilSet, ageEnd)).nextReview(AgeBounds.earlier(reviewSet, ageEnd));
    }
    dibaoEligible = true;
    procedure(ex, "dibao.procedure", irregular ? f.p.reviewIrregularMonths : f.p.reviewStableMonths);
    finish(P_DIBAO, b, ex, CnRulebook.DIBAO, ELIGIBLE, total, 0, null);
  }

  /** True when the household's income records all lie before the 低保 reference window (none in it). */
  private boolean incomeBeforeWindow() {
    return (f.flags & HouseholdBatch.H_INCOME_BEFORE_WINDOW) != 0;
  }

  /**
   * Decides programme {@code prog} as a review by the township: the household passed the tests, but
   * its income records all end before the reference window, so the window's income is not known and
   * is not taken as 0 (situation {@code income.before-window}, with the last recorded month).
   */
  private void incomeReview(int prog, String id, Explainer ex) {
    incomeReview(prog, id, ex, f.window);
  }

  /** As {@link #incomeReview(int, String, Explainer)}, for a programme whose income window is {@code window} months. */
  private void incomeReview(int prog, String id, Explainer ex, int window) {
    shareBits = 0;
    review(prog, DecisionLevel.TOWNSHIP, BatchResult.REVIEW_INCOME_BEFORE_WINDOW);
    if (!objects) {
      finish(prog, null, ex, id, NEEDS_REVIEW, 0, 0, null);
      return;
    }
    java.time.YearMonth month = yearMonth(f.b.lastIncomeMonth(f.row));
    Sentence text = CnTexts.sentence("income.before-window", month.getYear(), month.getMonthValue(), window);
    incomeReview(prog, id, ex, month, text);
  }

  /**
   * Records criterion {@code c} as not assessed: the income it tests (of member {@code memberId},
   * or of the household when null) is not known, its records all lying before the {@code window}
   * months (explain mode only). True: the programme goes on to the tests it can read, and is
   * reviewed, not granted.
   */
  private static boolean unassessed(Explainer ex, org.jiuzhu.core.eligibility.Criterion c, String memberId, int window) {
    if (ex.isOn()) {
      ex.notAssessed(c, unassessedText(memberId, window));
    }
    return true;
  }

  /** The sentence of an income test not assessed ({@code income.unassessed}, {@code income.unassessed.member}). */
  static Sentence unassessedText(String memberId, int window) {
    return memberId == null ? CnTexts.sentence("income.unassessed", window)
        : CnTexts.sentence("income.unassessed.member", memberId, window);
  }

  /**
   * The sentence of the shares not paid ({@code dibao.amount.kept}): {@code base − removed (the
   * share of members) = kept}, the members joined in each language's list.
   */
  static Sentence keptSentence(Money base, Money removed, List<String> members, Money kept) {
    return lang -> CnTexts.get(lang, "dibao.amount.kept", base, removed, String.join(lang == Lang.ZH ? "、" : ", ", members),
        members.size(), kept);
  }

  /**
   * The subject of a "not all members are 特困" finding of criterion {@code c}: the household's
   * members, or with one member that member, who is not (or, 特困 being reviewed, not yet) a 特困 person.
   */
  private Coded notTekunText(org.jiuzhu.core.eligibility.Criterion c) {
    String one = null;
    for (int i = 0; i < f.size && f.n == 1; i++) {
      if (f.counted(i)) {
        one = f.id(i);
      }
    }
    return notTekunText(c.id(), one, tekunReviewed);
  }

  /** As {@link #notTekunText(org.jiuzhu.core.eligibility.Criterion)}, for the oracle too. */
  static Coded notTekunText(String criterionId, String oneMember, boolean reviewed) {
    // written in a language only when the finding's sentence is read (every household records it)
    if (oneMember == null) {
      return Coded.of("household", CnTexts.sentence("criterion." + criterionId + ".household"));
    }
    String key = reviewed ? "not-tekun.one.reviewed" : "not-tekun.one";
    return Coded.of(oneMember, CnTexts.sentence(key, oneMember));
  }

  /** The month of a month index ({@link HouseholdBatch#monthIndex}). */
  private static java.time.YearMonth yearMonth(int index) {
    return java.time.YearMonth.of(index / 12, index % 12 + 1);
  }

  /** The review of {@link #incomeReview(int, String, Explainer)} with its text and the last recorded month. */
  private void incomeReview(int prog, String id, Explainer ex, java.time.YearMonth month, Sentence text) {
    Determination.Builder rb = start(id).level(DecisionLevel.TOWNSHIP).reviewReason("income.before-window", text)
        .detail("situation", "income.before-window").detail("lastIncomeMonth", month.toString());
    finish(prog, rb, ex, id, NEEDS_REVIEW, 0, 0, text);
  }

  /**
   * A note for each counted member able to work who has income records in the reference window but
   * none in some of its months: those months count as 0 (the decision is not changed).
   */
  private void missingMonths(Explainer ex) {
    if (f.h == null || f.window == 0) {
      return;
    }
    int app = f.date.getYear() * 12 + f.date.getMonthValue() - 1;
    List<org.jiuzhu.core.household.IncomeItem> incomes = f.h.incomes();
    for (int i = 0; i < f.size; i++) {
      if (!f.counted(i) || !f.ableToWork(i)) {
        continue;
      }
      String id = f.id(i);
      long has = 0; // bit k: an item k months before the evaluation month (windows are at most 60 months)
      boolean[] hasLong = f.window >= 64 ? new boolean[f.window + 1] : null;
      int with = 0;
      for (int j = 0, c = incomes.size(); j < c; j++) {
        org.jiuzhu.core.household.IncomeItem it = incomes.get(j);
        int k = app - it.monthIndex();
        if (k < 1 || k > f.window || !it.memberId().equals(id)) {
          continue;
        }
        if (hasLong != null) {
          if (!hasLong[k]) {
            hasLong[k] = true;
            with++;
          }
        } else if ((has & (1L << k)) == 0) {
          has |= 1L << k;
          with++;
        }
      }
      if (with > 0 && with < f.window) {
        ex.note(CnTexts.sentence("dibao.income.missing-months", id, f.window, f.window - with));
      }
    }
  }

  // ---------------------------------------------------------------- 单人户

  private boolean marginalTests(Explainer ex) {
    if (!on && marginalResult != 0) {
      return marginalResult == 1;
    }
    long s = f.standard();
    long line = s * f.n * f.window;
    Ratio multiple = f.p.marginalMultiple;
    boolean below = multiple.isAbove(f.incomeTotal, line);
    boolean ok = incomeBeforeWindow() ? unassessed(ex, MARGINAL_INCOME, null, f.window) : ex.check(MARGINAL_INCOME, below,
        on ? perCapita(f.incomeTotal, (long) f.n * f.window, below, multiple.floorTimes(s)) : null,
        on ? yuan(multiple.floorTimes(s)) : null, multiple);
    int months = f.months(f.p.marginalFinancialMonthsI, MARGINAL_ASSETS_FINANCIAL_MONTHS);
    if (ok || on) {
      ok &= assetsPass(ex, CnRulebook.MARGINAL, months, f.p.marginalExemptCars, f.p.marginalExemptCarMaxFen, f.p.marginalExemptCarMax);
    }
    marginalResult = ok ? 1 : 2;
    return ok;
  }

  private void single() {
    Explainer ex = explainer();
    Determination.Builder b = start(CnRulebook.DIBAO_SINGLE);
    if (f.n == 0 || !ex.check(NOT_DIBAO, !dibaoEligible, "", "")) {
      finish(P_SINGLE, b, ex, CnRulebook.DIBAO_SINGLE, INELIGIBLE, 0, 0, null);
      return;
    }
    if (!marginalTests(ex)) {
      finish(P_SINGLE, b, ex, CnRulebook.DIBAO_SINGLE, INELIGIBLE, 0, 0, null);
      return;
    }
    long s = f.standard();
    long total = 0;
    boolean any = false;
    boolean unknownIncome = false;
    for (int i = 0; i < f.size; i++) {
      if (!f.counted(i)) {
        continue;
      }
      if (tekunShare[i]) {
        ex.check(NOT_TEKUN_MEMBER, false, on ? f.id(i) : null, "");
        continue;
      }
      String whyKey = f.severelyDisabled(i) ? "severe-disability"
          : f.grade3IntellectualOrMental(i) ? "grade3-intellectual-or-mental" : f.majorIllness(i) ? "major-illness" : null;
      Object why = whyKey == null ? "" : !on ? whyKey
          : new Bilingual(whyKey, CnTexts.zh("single.why." + whyKey), CnTexts.en("single.why." + whyKey));
      if (!ex.check(SINGLE_CONDITION, whyKey != null, on ? f.id(i) : null, why)) {
        continue;
      }
      if (incomeBeforeWindow()) {
        unassessed(ex, SINGLE_INCOME, on ? f.id(i) : null, f.window);
        unknownIncome = true;
        continue;
      }
      long own = f.memberIncome(i);
      long line = s * f.window;
      if (!ex.check(SINGLE_INCOME, own < line, on ? perCapita(own, f.window, own < line, s) : null, on ? Money.ofFen(s) : null,
          on ? f.id(i) : null)) {
        continue;
      }
      long share = f.p.amounts.singleFen(line - own, f.window, addition(i));
      shared(i);
      if (b != null) {
        b.memberShare(f.id(i), Money.ofFen(share));
      }
      if (on) {
        String addWhy = additionWhy(i);
        long a = addition(i);
        ex.note(addWhy == null ? CnTexts.sentence("dibao.single.amount", f.id(i), Money.ofFen(share))
            : CnTexts.sentence("dibao.single.amount.addition", f.id(i), Money.ofFen(share - a), additionWhyText(addWhy),
                Money.ofFen(a), Money.ofFen(share)));
      }
      total += share;
      any = true;
    }
    if (unknownIncome) {
      incomeReview(P_SINGLE, CnRulebook.DIBAO_SINGLE, ex);
      return;
    }
    if (!any) {
      finish(P_SINGLE, b, ex, CnRulebook.DIBAO_SINGLE, INELIGIBLE, 0, 0, null);
      return;
    }
    if (b != null) {
      LocalDate review = f.date.plusMonths(f.p.reviewStableMonths);
      b.monthlyAmount(Money.ofFen(total)).validFrom(nextMonth()).nextReview(review);
      LocalDate end = additionEnds(ex, b, true, total, review);
      if (end != null) {
        b.validUntil(end).nextReview(AgeBounds.earlier(review, end));
      }
    }
    procedure(ex, "dibao.procedure", f.p.reviewStableMonths);
    finish(P_SINGLE, b, ex, CnRulebook.DIBAO_SINGLE, ELIGIBLE, total, 0, null);
  }

  /**
   * The note of a granted 低保 or 单人户 ({@code dibao.procedure}) or 特困 ({@code tekun.procedure}):
   * who decides, the public notice, the time limit and the written refusal, from the parameters.
   * A household already receiving 低保 is reviewed (复核), not taken through a new application: the
   * rules modelled set no time limit and no public notice for a review, and the note says so, with
   * how often the household is reviewed ({@code reviewMonths}: {@code dibao.review.*-months}).
   */
  private void procedure(Explainer ex, String key, int reviewMonths) {
    if (!ex.isOn()) {
      return;
    }
    Sentence county = CnTexts.sentence("level." + DecisionLevel.COUNTY.name());
    Sentence township = CnTexts.sentence("level." + DecisionLevel.TOWNSHIP.name());
    CnParams p = f.p;
    if (key.equals("dibao.procedure") && (f.flags & HouseholdBatch.H_RECEIVES_DIBAO) != 0) {
      // already a recipient: this is a review (复核) of a household in payment, not a new application
      ex.note(CnTexts.sentence("dibao.procedure.review", county, township, reviewMonths));
      return;
    }
    ex.note(key.equals("tekun.procedure")
        ? CnTexts.sentence(key, county, township, p.tekunInvestigationDays, p.publicNoticeDays, p.tekunConfirmationDays,
            p.refusalNoticeDays)
        : CnTexts.sentence(key, county, township, p.publicNoticeDays, p.dibaoTimeLimitDays, p.refusalNoticeDays));
  }

  // ---------------------------------------------------------------- 特困

  /** The keys of {@link CnParams#careFen}, in its order. */
  private static final List<org.jiuzhu.core.policy.ParameterKey<Money>> CARE_KEYS = List.of(TEKUN_CARE_SELF_INSTITUTION,
      TEKUN_CARE_SELF_HOME, TEKUN_CARE_PARTIAL_INSTITUTION, TEKUN_CARE_PARTIAL_HOME, TEKUN_CARE_FULL_INSTITUTION, TEKUN_CARE_FULL_HOME);

  private static final int CAPABLE = 0;
  private static final int ASSESSED = 1;
  private static final int ELDERLY = 2;
  private static final int CHILD = 3;
  private static final int DISABLED = 4;

  private static final int INTELLECTUAL = DisabilityCategory.INTELLECTUAL.ordinal();
  private static final int MENTAL = DisabilityCategory.MENTAL.ordinal();
  private static final int PHYSICAL = DisabilityCategory.PHYSICAL.ordinal();
  private static final int MULTIPLE = DisabilityCategory.MULTIPLE.ordinal();
  private static final int VISUAL = DisabilityCategory.VISUAL.ordinal();

  /** Why member {@code i} has no work capacity ({@link #CAPABLE} when it has some). */
  private int noCapacity(int i) {
    int fl = f.mflags(i);
    int age = f.age(i);
    if ((fl & HouseholdBatch.M_CAPACITY_ASSESSED) != 0) {
      return (fl & HouseholdBatch.M_CAPACITY_NONE) != 0 ? ASSESSED : CAPABLE;
    }
    if (age >= f.p.tekunAgeElderly) {
      return ELDERLY;
    }
    if (age < f.p.tekunAgeChild) {
      return CHILD;
    }
    int c = f.disabilityCategory(i);
    if (c >= 0) {
      int g = f.disabilityGrade(i);
      if (((c == INTELLECTUAL || c == MENTAL) && g <= 3) || ((c == PHYSICAL || c == MULTIPLE) && g <= 2) || (c == VISUAL && g == 1)) {
        return DISABLED;
      }
    }
    return CAPABLE;
  }

  private Coded noCapacityText(int i, int why, boolean minor) {
    switch (why) {
      case ASSESSED:
        return bi("assessed", "tekun.capacity.assessed");
      case ELDERLY:
        return bi("elderly:" + f.age(i), "tekun.capacity.elderly", f.age(i), f.p.tekunAgeElderly);
      case CHILD:
        return bi("child:" + f.age(i), "tekun.capacity.child", f.age(i), f.p.tekunAgeChild);
      case DISABLED: {
        String cat = DisabilityCategory.values()[f.disabilityCategory(i)].name();
        int g = f.disabilityGrade(i);
        return Coded.of("disability:" + cat + ":" + g,
            CnTexts.sentence("tekun.capacity.disabled", CnTexts.sentence("disability.category." + cat), g));
      }
      default:
        if (!minor && f.age(i) < f.p.tekunMinorCoverage) {
          // a minor on the date who is of age by the first day of payment
          LocalDate start = f.date.withDayOfMonth(1).plusMonths(1);
          return Coded.of("adult-at-start:" + start,
              CnTexts.sentence("tekun.capacity.adult-at-start", CnTexts.date(start), f.p.tekunMinorCoverage));
        }
        return minor ? bi("minor", "tekun.capacity.minor") : Coded.of("", Sentence.of("", ""));
    }
  }

  /** A value for a sentence, in both languages from bundle key {@code key}. */
  private static Coded bi(String code, String key, Object... args) {
    // written in a language only when a finding's sentence is read
    return Coded.of(code, CnTexts.sentence(key, args));
  }

  private boolean minor(int i) {
    return payAge(i) < f.p.tekunMinorCoverage || (f.mflags(i) & HouseholdBatch.M_IN_SCHOOL) != 0;
  }

  /**
   * The birthday on which member {@code i}'s 特困 cover ends because of age, or {@code null}: a
   * member without work capacity only as a child (under {@code tekun.age.no-work-capacity-below}) or
   * covered only as a minor (under {@code tekun.minors.coverage-age-below}), not in school and
   * without a disability or an assessment that keeps them without work capacity.
   */
  private LocalDate tekunEnds(int i, int why) {
    if (f.h == null || (why != CHILD && why != CAPABLE) || (f.mflags(i) & HouseholdBatch.M_IN_SCHOOL) != 0) {
      return null;
    }
    int c = f.disabilityCategory(i);
    if (c >= 0) {
      int g = f.disabilityGrade(i);
      if (((c == INTELLECTUAL || c == MENTAL) && g <= 3) || ((c == PHYSICAL || c == MULTIPLE) && g <= 2) || (c == VISUAL && g == 1)) {
        return null;
      }
    }
    int age = Math.max(f.p.tekunMinorCoverage, why == CHILD ? f.p.tekunAgeChild : 0);
    return AgeBounds.birthday(f.member(i).birthDate(), age);
  }

  private static final int APPLICANT = Relationship.APPLICANT.ordinal();
  private static final int SPOUSE = Relationship.SPOUSE.ordinal();
  private static final int CHILD_REL = Relationship.CHILD.ordinal();
  private static final int PARENT = Relationship.PARENT.ordinal();

  /**
   * True when {@code b} has a statutory duty to support {@code a} as far as relationships to the
   * applicant tell: spouses, parents and children of each other.
   */
  private static boolean statutory(int a, int b) {
    if (a == APPLICANT) {
      return b == SPOUSE || b == CHILD_REL || b == PARENT;
    }
    if (b == APPLICANT) {
      return a == SPOUSE || a == CHILD_REL || a == PARENT;
    }
    return (a == CHILD_REL && b == SPOUSE) || (a == SPOUSE && b == CHILD_REL);
  }

  private static final int SUPPORTED = 0;
  private static final int UNSUPPORTED = 1;
  private static final int SUPPORT_UNKNOWN = 2;

  private static final int UNABLE = 1 << SupporterCondition.TEKUN.ordinal() | 1 << SupporterCondition.LEGALLY_INCAPACITATED.ordinal()
      | 1 << SupporterCondition.MISSING.ordinal() | 1 << SupporterCondition.IMPRISONED.ordinal();
  private static final int SUP_DIBAO = 1 << SupporterCondition.DIBAO.ordinal();
  private static final int LOW_TEST = 1 << SupporterCondition.SEVERE_DISABILITY.ordinal()
      | 1 << SupporterCondition.GRADE3_INTELLECTUAL_OR_MENTAL.ordinal();

  /**
   * Why a member has no one to support them (explain mode): the reasons' codes, joined, as the
   * finding's value, and their sentences, written in a language only when read (joined with ；
   * in Chinese, "; " in English).
   */
  private static final class Why {
    /** The codes joined with commas. */
    String code = "";
    /** Each reason's bundle key and arguments, in turn (not changed once {@link #coded} is called). */
    final List<Object> parts = new ArrayList<>(4);

    boolean isEmpty() {
      return parts.isEmpty();
    }

    Coded coded() {
      List<Object> p = parts;
      return Coded.of(code, lang -> {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < p.size(); i += 2) {
          out.append(i == 0 ? "" : lang == Lang.ZH ? "；" : "; ").append(CnTexts.get(lang, (String) p.get(i), (Object[]) p.get(i + 1)));
        }
        return out.toString();
      });
    }
  }

  /** Adds a reason, as a code and a sentence written when read, to {@code why} in explain mode. */
  private static void reason(Why why, String code, String key, Object... args) {
    if (why != null) {
      why.code = why.isEmpty() ? code : why.code + "," + code;
      why.parts.add(key);
      why.parts.add(args);
    }
  }

  /**
   * Whether member {@code i} has someone able to support them: household members with a
   * statutory duty who can work, or a listed supporter who passes none of the "cannot support"
   * tests. {@link #SUPPORT_UNKNOWN} when a supporter's income or assets needed for a test are
   * not given. Reasons go to {@code why} in explain mode.
   */
  private int support(int i, Why why) {
    int rel = f.relationship(i);
    for (int k = 0; k < f.size; k++) {
      if (k == i || !f.counted(k) || !statutory(rel, f.relationship(k))) {
        continue;
      }
      if (f.ableToWork(k)) {
        return SUPPORTED;
      }
      if (why != null) {
        reason(why, f.id(k) + ":cannot-work", "tekun.supporter.cannot-work", f.id(k));
      }
    }
    long d = Long.MIN_VALUE;
    HouseholdBatch bt = f.b;
    for (int s = bt.supporterStart(f.first + i), end = bt.supporterEnd(f.first + i); s < end; s++) {
      int age = bt.supporterAge(s);
      int cond = bt.supporterConditions(s);
      if ((cond & UNABLE) != 0) {
        if (why != null) {
          reason(why, "supporter:unable", "tekun.supporter.unable");
        }
        continue;
      }
      if ((cond & SUP_DIBAO) != 0 && age >= f.p.supporterDibaoAge) {
        if (why != null) {
          reason(why, "supporter:dibao:" + age, "tekun.supporter.dibao", age);
        }
        continue;
      }
      boolean lowTest = age >= f.p.supporterElderlyAge || (cond & LOW_TEST) != 0;
      if (lowTest) {
        long income = bt.supporterIncome(s);
        int assets = bt.supporterAssetsWithin(s);
        if (income == HouseholdBatch.NO_AMOUNT || assets < 0) {
          return SUPPORT_UNKNOWN;
        }
        if (d == Long.MIN_VALUE) {
          d = f.disposableIncome();
        }
        if (income < d && assets == 1) {
          if (why != null) {
            reason(why, "supporter:low-income", "tekun.supporter.low-income");
          }
          continue;
        }
      }
      return SUPPORTED;
    }
    if (why != null && why.isEmpty()) {
      reason(why, "no-supporter", "tekun.supporter.none");
    }
    return UNSUPPORTED;
  }

  /** The earliest age end of a 特困 share, and each by member id (objects mode; null when none). */
  private LocalDate tekunEnd;
  private java.util.TreeMap<String, LocalDate> tekunEnds;

  private void tekun() {
    tekunEligible = false;
    tekunReviewed = false;
    tekunShares = 0;
    tekunEnd = null;
    tekunEnds = null;
    Explainer ex = explainer();
    Determination.Builder b = start(CnRulebook.TEKUN);
    long s = f.n > 0 ? f.standard() : 0;
    long total = 0;
    int eligible = 0;
    boolean anyReview = false;
    List<String> review = null;
    // members whose own income records all lie before the window: their income is not known
    int unknownIncome = 0;
    java.time.YearMonth unknownLatest = null;
    List<Sentence> unknownTexts = null;
    for (int i = 0; i < f.size; i++) {
      tekunShare[i] = false;
    }
    for (int i = 0; i < f.size && f.n > 0; i++) {
      if (!f.counted(i)) {
        continue;
      }
      String id = on ? f.id(i) : null;
      int why = noCapacity(i);
      boolean isMinor = minor(i);
      if (!ex.check(TEKUN_CAPACITY, why != CAPABLE || isMinor, id, on ? noCapacityText(i, why, isMinor) : null)) {
        continue;
      }
      if (!ex.check(TEKUN_ORPHAN, !((f.mflags(i) & HouseholdBatch.M_ORPHAN) != 0 && isMinor), id, "")) {
        continue;
      }
      boolean unknown = (f.mflags(i) & HouseholdBatch.M_INCOME_BEFORE_WINDOW) != 0;
      long own = f.tekunIncome(i);
      if (unknown) {
        unassessed(ex, TEKUN_INCOME, on ? f.id(i) : null, f.window);
      } else if (!ex.check(TEKUN_INCOME, own < s * f.window, on ? perCapita(own, f.window, own < s * f.window, s) : null,
          on ? Money.ofFen(s) : null, id)) {
        continue;
      }
      long fin = f.memberFinancial(i);
      long finLimit = s * f.months(f.p.tekunFinancialMonthsI, TEKUN_ASSETS_FINANCIAL_MONTHS);
      if (on) {
        explainEarmarked(ex, i);
      }
      List<int[]> exempted = on && f.vehicles() > 0 ? new ArrayList<>() : null;
      int v = f.disqualifyingVehicle(i, f.p.tekunExemptCars, f.p.tekunExemptCarMaxFen, exempted);
      if (exempted != null) {
        explainExempted(ex, CnRulebook.TEKUN, exempted, f.p.tekunExemptCars, f.p.tekunExemptCarMax);
      }
      if (!ex.check(TEKUN_ASSETS, fin <= finLimit && v < 0, on ? yuan(fin) : null, on ? yuan(finLimit) : null, id,
          on ? (f.vehicles() == 0 ? bi("none", "tekun.assets.no-vehicle") : bi("exempt", "tekun.assets.no-disqualifying-vehicle")) : null)) {
        continue;
      }
      if (unknown) {
        unknownIncome++;
        if (objects) {
          java.time.YearMonth month = yearMonth(f.b.memberLastIncomeMonth(f.first + i));
          unknownLatest = unknownLatest == null || month.isAfter(unknownLatest) ? month : unknownLatest;
          unknownTexts = unknownTexts == null ? new ArrayList<>() : unknownTexts;
          unknownTexts.add(CnTexts.sentence("income.before-window.member", f.id(i), month.getYear(), month.getMonthValue(), f.window));
        }
        continue;
      }
      Why reasons = on ? new Why() : null;
      int support = support(i, reasons);
      if (support == SUPPORT_UNKNOWN) {
        anyReview = true;
        if (objects) {
          review = review == null ? new ArrayList<>() : review;
          review.add(f.id(i) + ":supporter-unknown");
          missingCare(review, i);
        }
        continue;
      }
      if (!ex.check(TEKUN_SUPPORTERS, support == UNSUPPORTED, id,
          on ? reasons.coded() : null)) {
        continue;
      }
      // amount: basic standard (at least the national multiple of the 低保 standard) plus care
      long regional = f.urban ? f.fen(f.p.tekunBasicUrbanFen, TEKUN_BASIC_URBAN) : f.fen(f.p.tekunBasicRuralFen, TEKUN_BASIC_RURAL);
      long floor = f.p.amounts.tekunFloorFen(s, f.p.tekunMinMultiple.num, f.p.tekunMinMultiple.den);
      long basic = Math.max(regional, floor);
      if (on && floor > regional) {
        ex.note(CnTexts.sentence("tekun.floor", Money.ofFen(regional), f.p.tekunMinMultiple.toString(), Money.ofFen(floor)));
      }
      int fl = f.mflags(i);
      if ((fl & HouseholdBatch.M_SELF_CARE) == 0 || (fl & HouseholdBatch.M_PLACEMENT) == 0) {
        anyReview = true;
        if (objects) {
          review = review == null ? new ArrayList<>() : review;
          missingCare(review, i);
        }
        continue;
      }
      int failed = f.b.failedSelfCareItems(f.first + i);
      int tier = failed >= f.p.careFullMinFailed ? 2 : failed >= f.p.carePartialMinFailed ? 1 : 0;
      boolean home = (fl & HouseholdBatch.M_PLACEMENT_HOME) != 0;
      int cell = tier * 2 + (home ? 1 : 0);
      long care = f.p.careFen[cell];
      if (care == CnParams.MISSING) {
        care = f.fen(care, CARE_KEYS.get(cell));
      }
      long share = f.p.amounts.quotientFen(basic + care, 12);
      if (b != null) {
        String tierName = tier == 2 ? "FULL" : tier == 1 ? "PARTIAL" : "SELF_CARE";
        String placement = home ? CarePlacement.HOME.name() : CarePlacement.INSTITUTION.name();
        b.memberShare(f.id(i), Money.ofFen(share)).detail(f.id(i) + ".careTier", tierName).detail(f.id(i) + ".placement", placement)
            .detail(f.id(i) + ".basicAnnual", Money.ofFen(basic).toString()).detail(f.id(i) + ".careAnnual", Money.ofFen(care).toString());
        if (on) {
          String key = "tekun.placement." + placement;
          ex.note(CnTexts.sentence("tekun.member.amount", f.id(i), Money.ofFen(basic), Money.ofFen(care),
              CnTexts.sentence("tekun.tier." + tierName), CnTexts.sentence(key), Money.ofFen(share)));
        }
      }
      tekunShare[i] = true;
      shared(i);
      total += share;
      eligible++;
      if (b != null) {
        LocalDate end = tekunEnds(i, why);
        if (end != null) {
          tekunEnd = AgeBounds.earlier(tekunEnd, end);
          tekunEnds = tekunEnds == null ? new java.util.TreeMap<>() : tekunEnds;
          tekunEnds.put(f.id(i), end);
        }
      }
    }
    tekunReviewed = unknownIncome > 0 || anyReview;
    if (unknownIncome > 0) {
      // a member passed every test the rules could read, but their own income in the window is not
      // known: the township verifies it first (before any missing facts)
      for (int i = 0; i < f.size; i++) {
        tekunShare[i] = false;
      }
      shareBits = 0;
      review(P_TEKUN, DecisionLevel.TOWNSHIP, BatchResult.REVIEW_INCOME_BEFORE_WINDOW);
      if (!objects) {
        finish(P_TEKUN, null, ex, CnRulebook.TEKUN, NEEDS_REVIEW, 0, 0, null);
        return;
      }
      List<Sentence> texts = List.copyOf(unknownTexts);
      Sentence text = lang -> {
        StringBuilder sb = new StringBuilder();
        for (Sentence t : texts) {
          sb.append(sb.length() == 0 || lang == Lang.ZH ? "" : " ").append(t.in(lang));
        }
        return sb.toString();
      };
      incomeReview(P_TEKUN, CnRulebook.TEKUN, ex, unknownLatest, text);
      return;
    }
    if (anyReview) {
      // a review decision carries no shares
      for (int i = 0; i < f.size; i++) {
        tekunShare[i] = false;
      }
      shareBits = 0;
      review(P_TEKUN, DecisionLevel.COUNTY, BatchResult.REVIEW_TEKUN_MISSING_FACTS);
      if (!objects) {
        finish(P_TEKUN, null, ex, CnRulebook.TEKUN, NEEDS_REVIEW, 0, 0, null);
        return;
      }
      // by member, each member's facts in the order found (supporter, self-care, placement)
      review.sort(Comparator.comparing(r -> r.substring(0, r.lastIndexOf(':'))));
      Sentence text = missingFacts(review);
      Determination.Builder rb = start(CnRulebook.TEKUN).level(DecisionLevel.COUNTY).reviewReason("tekun.missing-facts", text)
          .detail("situation", "tekun.missing-facts").detail("missingFacts", String.join(";", review));
      finish(P_TEKUN, rb, ex, CnRulebook.TEKUN, NEEDS_REVIEW, 0, 0, text);
      return;
    }
    if (eligible == 0) {
      finish(P_TEKUN, b, ex, CnRulebook.TEKUN, INELIGIBLE, 0, 0, null);
      return;
    }
    if (b != null) {
      LocalDate reviewOn = f.date.plusMonths(f.p.reviewStableMonths);
      b.monthlyAmount(Money.ofFen(total)).validFrom(nextMonth()).nextReview(reviewOn);
      if (tekunEnd != null) {
        LocalDate by = AgeBounds.earlier(reviewOn, tekunEnd);
        b.validUntil(tekunEnd).nextReview(by);
        StringBuilder detail = new StringBuilder();
        for (java.util.Map.Entry<String, LocalDate> e : tekunEnds.entrySet()) {
          detail.append(detail.length() == 0 ? "" : ",").append(e.getKey()).append(':').append(e.getValue());
          if (ex.isOn()) {
            int age = java.time.Period.between(f.h.member(e.getKey()).orElseThrow().birthDate(), e.getValue()).getYears();
            ex.note(CnTexts.sentence("tekun.coverage.ends", e.getKey(), CnTexts.date(e.getValue()), age,
                CnTexts.date(tekunEnd.minusDays(1)), CnTexts.date(by)));
          }
        }
        b.detail("coverageEnds", detail.toString());
      }
    }
    tekunEligible = true;
    tekunShares = eligible;
    procedure(ex, "tekun.procedure", 0);
    finish(P_TEKUN, b, ex, CnRulebook.TEKUN, ELIGIBLE, total, 0, null);
  }

  /** Adds member {@code i}'s missing self-care assessment and care placement, each on its own. */
  private void missingCare(List<String> review, int i) {
    int fl = f.mflags(i);
    if ((fl & HouseholdBatch.M_SELF_CARE) == 0) {
      review.add(f.id(i) + ":self-care-missing");
    }
    if ((fl & HouseholdBatch.M_PLACEMENT) == 0) {
      review.add(f.id(i) + ":placement-missing");
    }
  }

  /**
   * The text of a 特困 review for missing facts, {@code items} as {@code <member>:<what>} sorted
   * ({@code tekun.missing}, one {@code tekun.missing.<what>} per item), written when read.
   */
  static Sentence missingFacts(List<String> items) {
    List<String> copy = List.copyOf(items);
    return lang -> {
      List<String> parts = new ArrayList<>(copy.size());
      for (String r : copy) {
        int colon = r.lastIndexOf(':');
        parts.add(CnTexts.get(lang, "tekun.missing." + r.substring(colon + 1), r.substring(0, colon)));
      }
      return CnTexts.get(lang, "tekun.missing", String.join(lang == Lang.ZH ? "；" : "; ", parts));
    };
  }

  private void review(int prog, DecisionLevel l, int code) {
    level[prog] = l.ordinal();
    review[prog] = code;
  }

  // ---------------------------------------------------------------- 低保边缘

  private void marginal() {
    marginalEligible = false;
    Explainer ex = explainer();
    Determination.Builder b = start(CnRulebook.MARGINAL);
    if (f.n == 0 || !ex.check(NOT_DIBAO, !dibaoEligible, "", "")
        || !ex.check(NOT_ALL_TEKUN, !(tekunEligible && tekunShares == f.n), "", "", on ? notTekunText(NOT_ALL_TEKUN) : null)) {
      finish(P_MARGINAL, b, ex, CnRulebook.MARGINAL, INELIGIBLE, 0, 0, null);
      return;
    }
    if (!marginalTests(ex)) {
      finish(P_MARGINAL, b, ex, CnRulebook.MARGINAL, INELIGIBLE, 0, 0, null);
      return;
    }
    if (incomeBeforeWindow()) {
      incomeReview(P_MARGINAL, CnRulebook.MARGINAL, ex);
      return;
    }
    if (b != null) {
      b.validFrom(nextMonth()).nextReview(f.date.plusMonths(f.p.reviewStableMonths));
    }
    marginalEligible = true;
    finish(P_MARGINAL, b, ex, CnRulebook.MARGINAL, ELIGIBLE, 0, 0, null);
  }

  // ---------------------------------------------------------------- 刚性支出

  private void rigid() {
    Explainer ex = explainer();
    Determination.Builder b = start(CnRulebook.RIGID);
    String category = dibaoEligible ? "dibao" : marginalEligible ? "marginal"
        : tekunEligible && tekunShares == f.n ? "tekun" : null;
    if (f.n == 0 || !ex.check(NOT_OTHER_CATEGORY, category == null,
        category == null ? "" : on ? bi(category, "category." + category) : category, "")) {
      finish(P_RIGID, b, ex, CnRulebook.RIGID, INELIGIBLE, 0, 0, null);
      return;
    }
    int w = f.p.rigidWindow;
    long income = f.b.incomeRigid(f.row);
    long d = f.disposableIncome();
    // yearly income per person < D  <=>  income x 12 < D x n x w
    boolean below = income * 12 < d * f.n * w;
    boolean rigidUnknown = (f.flags & HouseholdBatch.H_INCOME_BEFORE_RIGID_WINDOW) != 0;
    boolean ok = rigidUnknown ? unassessed(ex, RIGID_INCOME, null, w) : ex.check(RIGID_INCOME, below, on ? perCapita(income * 12, (long) f.n * w, below, d) : null,
        on ? Money.ofFen(d) : null);
    int months = f.months(f.p.rigidFinancialMonthsI, RIGID_ASSETS_FINANCIAL_MONTHS);
    if (ok || on) {
      ok &= assetsPass(ex, CnRulebook.RIGID, months, f.p.rigidExemptCars, f.p.rigidExemptCarMaxFen, f.p.rigidExemptCarMax);
    }
    long s = f.standard();
    long living = Math.min(f.b.rigidLiving(f.row), s * f.n * w);
    long spending = f.b.rigidSpending(f.row) + living;
    // the ratio is read only when there is rigid spending to compare (none never exceeds it)
    Ratio ratio = spending > 0 ? f.need(f.p.rigidRatio, RIGID_SPENDING_RATIO) : f.p.rigidRatio;
    // income unknown: with rigid spending the comparison waits for the income (not assessed); with
    // none it fails whatever the income, in a sentence that does not state the income
    ok &= rigidUnknown && spending > 0 ? unassessed(ex, RIGID_RATIO, null, w) : ex.check(rigidUnknown ? RIGID_RATIO_NO_SPENDING : RIGID_RATIO,
        spending > 0 && ratio.isBelow(spending, income),
        on ? yuan(spending) : null,
        on ? (ratio == null ? "—" : f.p.rigidRatioPercent) : null,
        on ? w : null,
        on ? rigidIncome(income, spending, ratio, f.p.rigidRatioPercent) : null);
    if (!ok) {
      finish(P_RIGID, b, ex, CnRulebook.RIGID, INELIGIBLE, 0, 0, null);
      return;
    }
    if ((f.flags & HouseholdBatch.H_INCOME_BEFORE_RIGID_WINDOW) != 0) {
      // passed on no income in the window, but the household's records all lie before it
      incomeReview(P_RIGID, CnRulebook.RIGID, ex, w);
      return;
    }
    if (b != null) {
      b.validFrom(nextMonth()).validUntil(f.date.plusMonths(f.p.rigidValidity)).nextReview(f.date.plusMonths(f.p.rigidValidity));
      if (ex.isOn()) {
        LocalDate last = f.date.plusMonths(f.p.rigidValidity).minusDays(1);
        ex.note(CnTexts.sentence("rigid.valid-until", CnTexts.date(last)));
      }
    }
    finish(P_RIGID, b, ex, CnRulebook.RIGID, ELIGIBLE, 0, 0, null);
  }

  // ---------------------------------------------------------------- 临时救助

  private static boolean sudden(LifeEvent e) {
    switch (e.type()) {
      case SUDDEN_SERIOUS_ILLNESS:
      case MAJOR_ILLNESS_DIAGNOSIS:
      case TRAFFIC_ACCIDENT:
      case FIRE:
      case NATURAL_DISASTER:
      case DEATH:
      case NEW_SEVERE_DISABILITY:
        return true;
      default:
        return false;
    }
  }

  /** The text of the review of a sudden event whose loss is not assessed. */
  private static final Sentence LOSS_UNASSESSED = CnTexts.sentence("temporary.loss-unassessed");

  private void temporary() {
    Explainer ex = explainer();
    Determination.Builder b = start(CnRulebook.TEMPORARY);
    if (f.n == 0) {
      ex.check(MEMBERS, false, 0, 1);
      finish(P_TEMPORARY, b, ex, CnRulebook.TEMPORARY, INELIGIBLE, 0, 0, null);
      return;
    }
    long s = f.standard();
    // emergency (急难型): sudden events in the window, with the loss they caused
    long loss = f.b.loss(f.row);
    boolean event = (f.flags & HouseholdBatch.H_SUDDEN_EVENT) != 0;
    boolean unassessed = (f.flags & HouseholdBatch.H_LOSS_UNASSESSED) != 0;
    Object eventText = "";
    if (ex.isOn()) {
      LocalDate windowStart = f.date.minusDays(f.p.temporaryEventWindowDays);
      StringBuilder events = new StringBuilder();
      StringBuilder eventsZh = new StringBuilder();
      StringBuilder eventsEn = new StringBuilder();
      for (LifeEvent e : f.h.events()) {
        if (sudden(e) && e.date().isAfter(windowStart) && !e.date().isAfter(f.date)) {
          eventsZh.append(eventsZh.length() == 0 ? "" : "、")
              .append(CnTexts.zh("event.dated", CnTexts.zh("event." + e.type().name()), CnTexts.date(Lang.ZH, e.date())));
          eventsEn.append(eventsEn.length() == 0 ? "" : ", ").append(CnTexts.en("event." + e.type().name())).append(" on ")
              .append(CnTexts.date(Lang.EN, e.date()));
          events.append(events.length() == 0 ? "" : ",").append(e.type().name()).append(':').append(e.date());
        }
      }
      eventText = new Bilingual(events.toString(), eventsZh.toString(), eventsEn.toString());
    }
    ex.check(TEMPORARY_EVENT, event, eventText, on ? f.p.temporaryEventWindowDays : null);
    // the caps are read only when there is something to cap (a region need not set them otherwise)
    long emergencyCap = event ? f.need(f.p.temporaryMaxMonths, TEMPORARY_MAX_MONTHS).floorTimes(s) : 0;

    // expenditure (支出型): rigid spending beyond what income above the 低保 line can bear
    int w = f.p.temporaryExpenditureWindow;
    long income = f.b.incomeTemporary(f.row);
    long spending = f.b.temporarySpending(f.row);
    long bearable = Math.max(0, income - s * f.n * w);
    long need = Math.max(0, spending - bearable);
    boolean expenditure = need > 0
        && f.p.marginalMultiple.isAbove(income, s * f.n * w)
        && f.financialAssets() <= s * f.need(f.p.marginalFinancialMonths, MARGINAL_ASSETS_FINANCIAL_MONTHS) * f.n;
    long expenditureCap = expenditure
        ? f.need(f.p.temporaryExpenditurePerPerson, TEMPORARY_EXPENDITURE_MAX_PER_PERSON).floorTimes(s) * f.n : 0;
    boolean expenditureUnknown = expenditure && (f.flags & HouseholdBatch.H_INCOME_BEFORE_TEMPORARY_WINDOW) != 0;
    if (expenditureUnknown) {
      unassessed(ex, TEMPORARY_EXPENDITURE, null, w);
    } else {
      ex.check(TEMPORARY_EXPENDITURE, expenditure, on ? yuan(need) : null,
          on ? (expenditure || f.p.temporaryExpenditurePerPerson != null
              ? yuan(f.p.temporaryExpenditurePerPerson.floorTimes(s) * f.n) : "—") : null, on ? w : null);
    }

    if (!event && !expenditure) {
      finish(P_TEMPORARY, b, ex, CnRulebook.TEMPORARY, INELIGIBLE, 0, 0, null);
      return;
    }
    if (expenditureUnknown) {
      // the expenditure ground passed on no income in the window, but the household's records all
      // lie before it: what income can bear is not known (nor which ground gives more)
      incomeReview(P_TEMPORARY, CnRulebook.TEMPORARY, ex, w);
      return;
    }
    if (event && unassessed && !expenditure) {
      review(P_TEMPORARY, DecisionLevel.TOWNSHIP, BatchResult.REVIEW_TEMPORARY_LOSS_UNASSESSED);
      if (b != null) {
        b.level(DecisionLevel.TOWNSHIP).reviewReason("temporary.loss-unassessed", LOSS_UNASSESSED)
            .detail("situation", "temporary.loss-unassessed");
      }
      finish(P_TEMPORARY, b, ex, CnRulebook.TEMPORARY, NEEDS_REVIEW, 0, 0, LOSS_UNASSESSED);
      return;
    }
    long emergencyAmount = event ? Math.min(loss, emergencyCap) : 0;
    long expenditureAmount = expenditure ? Math.min(need, expenditureCap) : 0;
    boolean useEmergency = emergencyAmount >= expenditureAmount && event;
    long rawNeed = useEmergency ? loss : need;
    long cap = useEmergency ? emergencyCap : expenditureCap;
    temporaryKind = useEmergency ? BatchResult.KIND_EMERGENCY : BatchResult.KIND_EXPENDITURE;
    if (b != null) {
      b.detail("kind", useEmergency ? "EMERGENCY" : "EXPENDITURE");
    }
    if (rawNeed > cap) {
      review(P_TEMPORARY, DecisionLevel.COUNTY, BatchResult.REVIEW_TEMPORARY_ABOVE_CAP);
      Sentence aboveCap = objects ? CnTexts.sentence("temporary.above-cap", yuan(rawNeed), yuan(cap)) : null;
      if (b != null) {
        b.level(DecisionLevel.COUNTY).reviewReason("temporary.above-cap", aboveCap)
            .detail("situation", "temporary.above-cap")
            .detail("proposedAmount", Money.ofFen(f.p.amounts.applyFen(cap)).toString());
      }
      finish(P_TEMPORARY, b, ex, CnRulebook.TEMPORARY, NEEDS_REVIEW, 0, 0, aboveCap);
      return;
    }
    long granted = useEmergency ? emergencyAmount : expenditureAmount;
    if (f.p.temporaryBandMultiples != null) {
      // paid in bands: the smallest band (months of the standard) that covers the need, within the cap
      long band = cap;
      for (Ratio m : f.p.temporaryBandMultiples) {
        long x = m.floorTimes(s);
        if (x >= granted) {
          band = x;
          break;
        }
      }
      granted = Math.min(band, cap);
      if (b != null) {
        b.detail("band", Money.ofFen(band).toString());
      }
      if (on) {
        ex.note(CnTexts.sentence("temporary.bands", Money.ofFen(band)));
      }
    }
    long amount = f.p.amounts.applyFen(granted);
    if (amount <= 0) {
      level[P_TEMPORARY] = -1;
      finish(P_TEMPORARY, b, ex, CnRulebook.TEMPORARY, INELIGIBLE, 0, 0, null);
      return;
    }
    if (ex.isOn()) {
      // the ground it is granted on; the other kind's failed finding stays in the findings only
      String kind = useEmergency ? "EMERGENCY" : "EXPENDITURE";
      boolean both = event && expenditure;
      ex.note(CnTexts.sentence("temporary.ground." + (both ? "both." : "") + kind));
      if (!both) {
        alternativeGround = useEmergency ? TEMPORARY_EXPENDITURE.id() : TEMPORARY_EVENT.id();
      }
    }
    long townshipLimit = f.need(f.p.temporaryTownshipMonths, TEMPORARY_TOWNSHIP_MAX_MONTHS).floorTimes(s);
    DecisionLevel lv = amount > townshipLimit ? DecisionLevel.COUNTY : DecisionLevel.TOWNSHIP;
    level[P_TEMPORARY] = lv.ordinal();
    boolean fast = useEmergency && amount <= f.p.temporaryFastMonths.floorTimes(s);
    if (b != null) {
      b.level(lv).oneOffAmount(Money.ofFen(amount)).validFrom(f.date).detail("fastTier", Boolean.toString(fast));
      if (ex.isOn()) {
        String key = fast ? "temporary.approved.fast" : "temporary.approved";
        ex.note(CnTexts.sentence(key, CnTexts.sentence("level." + lv.name()), f.p.temporaryFastDays));
      }
    }
    finish(P_TEMPORARY, b, ex, CnRulebook.TEMPORARY, ELIGIBLE, 0, amount, null);
  }
}
