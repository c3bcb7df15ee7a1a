package org.jiuzhu.rules.catalogue;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.eligibility.Finding;
import org.jiuzhu.core.eligibility.Outcome;
import org.jiuzhu.core.eligibility.Screening;
import org.jiuzhu.core.household.AbsenceReason;
import org.jiuzhu.core.household.Expenditure;
import org.jiuzhu.core.household.ExpenditureCategory;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.household.Illness;
import org.jiuzhu.core.household.LifeEvent;
import org.jiuzhu.core.household.LifeEventType;
import org.jiuzhu.core.household.Member;
import org.jiuzhu.core.household.Supporter;
import org.jiuzhu.core.household.SupporterCondition;
import org.jiuzhu.core.household.WorkCapacity;
import org.jiuzhu.core.household.WorkStatus;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.policy.PolicySnapshot;
import org.jiuzhu.rules.batch.BatchResult;
import org.jiuzhu.rules.batch.HouseholdBatch;
import org.jiuzhu.rules.cn.CnParameters;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.cn.CnTexts;
import org.jiuzhu.core.text.Lang;

/**
 * Screens one application against the whole catalogue in one call (一件事一次办): the rulebook's
 * programmes first, then every catalogue programme in order, each reading the results before it.
 *
 * <pre>{@code
 * CatalogueScreener screener = new CatalogueScreener(CnRulebook.create(Policy.installed()), Catalogue.cn());
 * CatalogueScreening s = screener.screen(household, LocalDate.of(2025, 10, 1));
 * s.byDepartment();   // what the household gets, by department
 * s.checklist();      // one list of documents
 * }</pre>
 *
 * <p>Thread-safe. Member programmes consider the members counted in the household, by the rule
 * 低保 counts by ({@link HouseholdBatch#counts}); explain mode names each member left out and why.
 * Near misses come from the rulebook's findings and are
 * found in explain mode ({@link #screen}) only.
 *
 * @since 0.1.0
 */
public final class CatalogueScreener {
  private final CnRulebook rulebook;
  private final Catalogue catalogue;
  /** The catalogue compiled against the parameters of each region and stretch of dates. */
  private final org.jiuzhu.core.policy.PerStretch<Compiled> compiled;

  /** A screener over {@code rulebook}'s policy and {@code catalogue}. */
  public CatalogueScreener(CnRulebook rulebook, Catalogue catalogue) {
    this.rulebook = checkNotNull(rulebook, "rulebook");
    this.catalogue = checkNotNull(catalogue, "catalogue");
    this.compiled = new org.jiuzhu.core.policy.PerStretch<>(rulebook.policy(),
        snapshot -> new Compiled(catalogue, catalogue.programmes(snapshot.region()), snapshot));
  }

  /** The rulebook this screener runs. */
  public CnRulebook rulebook() {
    return rulebook;
  }

  /** The catalogue this screener screens against. */
  public Catalogue catalogue() {
    return catalogue;
  }

  /** Screens with findings, explanations, reasons in both languages and near misses. */
  public CatalogueScreening screen(Household household, LocalDate date) {
    return run(household, date, true, null);
  }

  /** The same decisions and amounts, without findings, reasons or near misses. */
  public CatalogueScreening screenFast(Household household, LocalDate date) {
    return run(household, date, false, null);
  }

  /**
   * Whether a household takes up a programme it is granted, in a population run (take-up below
   * one): {@code row} is the household's row of the batch, {@code programmeId} the programme.
   * Asked for granted programmes only, possibly more than once for the same one: it must give the
   * same answer every time for the same row and programme (a draw from their ids, not a random
   * number drawn at each call).
   *
   * @since 0.2.0
   */
  @FunctionalInterface
  public interface TakeUp {
    boolean takesUp(int row, String programmeId);
  }

  /**
   * What a household <em>receives</em> when it takes up only the granted programmes for which
   * {@code takesUp} is true ({@code programmeId -> boolean}), in fast mode: a programme it does not
   * take up is recorded as not granted ({@link Outcome#INELIGIBLE}, no members, no amount), and
   * every programme resting on it (its prerequisites, {@link CatalogueProgramme#prerequisites()}) is
   * decided without it — a household that does not take up 低保 does not get what requires a 低保
   * household; a programme for members goes to the members of the prerequisites taken up; the
   * category of a member (特困, 低保, marginal, rigid) is that of the programmes taken up. The
   * rulebook's own determinations are not made again (a household that does not take up 低保 is not
   * thereby a marginal household). {@code takesUp} is asked for granted programmes only and must
   * answer the same for the same programme every time. {@link #screenFast(Household, LocalDate)} is
   * the same with every programme taken up.
   */
  public CatalogueScreening screenFast(Household household, LocalDate date, java.util.function.Predicate<String> takesUp) {
    checkNotNull(takesUp, "takesUp");
    return run(household, date, false, takesUp);
  }

  /**
   * What every household of {@code batch} receives with take-up {@code takeUp}, into {@code out}
   * ({@link #screenFast(Household, LocalDate, java.util.function.Predicate)} on the batch), after
   * {@code entitled} was filled by {@link #screenFast(HouseholdBatch, LocalDate, CatalogueBatchResult)}
   * on the same batch and date: the rulebook is not run again (its results are read from {@code
   * entitled}); the catalogue programmes are decided again on what is taken up.
   *
   * @throws IllegalStateException if a household that takes the object path is in a batch that does not keep its objects
   */
  public void screenTakenUp(HouseholdBatch batch, LocalDate date, CatalogueBatchResult entitled, TakeUp takeUp,
      CatalogueBatchResult out) {
    checkNotNull(batch, "batch");
    checkNotNull(date, "date");
    checkNotNull(entitled, "entitled");
    checkNotNull(takeUp, "takeUp");
    checkNotNull(out, "out");
    BatchResult rb = entitled.rulebook();
    Compiled[] cs = prepare(batch, date, out);
    int size = batch.size();
    long[] doneMembers = new long[out.width()];
    boolean[] doneEligible = new boolean[out.width()];
    for (int row = 0; row < size; row++) {
      if (takesUpAll(entitled, row, takeUp)) {
        out.copyRow(entitled, row); // every programme granted is taken up: what it receives is what it is entitled to
        continue;
      }
      int spec = batch.specIndex(row);
      int first = batch.memberStart(row);
      int members = batch.memberEnd(row) - first;
      if ((batch.flags(row) & HouseholdBatch.H_MEDICAL_BILLS) != 0 || members > 64) {
        Household h = objectOf(batch, row);
        out.household(row, spec, true);
        int r = row;
        fromObject(out, row, h, members, run(h, date, false, id -> takeUp.takesUp(r, id)));
        continue;
      }
      out.household(row, spec, false);
      screenRow(batch, rb, row, first, members, cs[spec], out, doneMembers, doneEligible, takeUp);
    }
  }

  /**
   * Every household of {@code batch} against the whole catalogue in fast mode, into {@code out}:
   * the rulebook on the batch ({@link CnRulebook#evaluateFast(HouseholdBatch, LocalDate, BatchResult)},
   * into {@code out.rulebook()}), then every catalogue programme on the batch's columns — the same
   * decisions and amounts as {@link #screenFast(Household, LocalDate)}, with no allocation per
   * household. A household with a member's medical bills (the reimbursement, and then 支出型临时救助,
   * read them bill by bill) or more than 64 members is screened through the object path instead, on
   * the household object the batch kept ({@link CatalogueBatchResult#viaObject}).
   *
   * @throws IllegalArgumentException if the batch was built by another rulebook or for another date
   * @throws IllegalStateException if such a household is in a batch that does not keep its objects
   */
  public void screenFast(HouseholdBatch batch, LocalDate date, CatalogueBatchResult out) {
    checkNotNull(batch, "batch");
    checkNotNull(date, "date");
    checkNotNull(out, "out");
    BatchResult rb = out.rulebook();
    rulebook.evaluateFast(batch, date, rb);
    Compiled[] cs = prepare(batch, date, out);
    int size = batch.size();
    long[] doneMembers = new long[out.width()];
    boolean[] doneEligible = new boolean[out.width()];
    for (int row = 0; row < size; row++) {
      int spec = batch.specIndex(row);
      Compiled c = cs[spec];
      int first = batch.memberStart(row);
      int members = batch.memberEnd(row) - first;
      if ((batch.flags(row) & HouseholdBatch.H_MEDICAL_BILLS) != 0 || members > 64) {
        Household h = objectOf(batch, row);
        out.household(row, spec, true);
        fromObject(out, row, h, members, screenFast(h, date));
        continue;
      }
      out.household(row, spec, false);
      screenRow(batch, rb, row, first, members, c, out, doneMembers, doneEligible, null);
    }
  }

  /** The compiled catalogue of each region of the batch, {@code out} made ready for the batch's households and programmes. */
  private Compiled[] prepare(HouseholdBatch batch, LocalDate date, CatalogueBatchResult out) {
    int specs = batch.specCount();
    Compiled[] cs = new Compiled[specs];
    int width = 0;
    for (int i = 0; i < specs; i++) {
      cs[i] = compiled.get(batch.specRegion(i), date);
      width = Math.max(width, cs[i].width);
    }
    out.reset(batch.size(), width);
    for (int i = 0; i < specs; i++) {
      out.programmes(i, cs[i].programmes);
    }
    return cs;
  }

  /** The household object the batch kept for a household of the object path (medical bills, more than 64 members). */
  private static Household objectOf(HouseholdBatch batch, int row) {
    Household h = batch.object(row);
    if (h == null) {
      throw new IllegalStateException("household at row " + row + " has medical bills or more than 64 members and the batch "
          + "keeps no household objects; expected a batch that keeps them");
    }
    return h;
  }

  /** Whether the household of {@code row} takes up every programme it is granted in {@code entitled}. */
  private static boolean takesUpAll(CatalogueBatchResult entitled, int row, TakeUp takeUp) {
    ImmutableList<CatalogueProgramme> ps = entitled.programmes(row);
    for (int i = 0, n = entitled.count(row); i < n; i++) {
      if (entitled.isEligible(row, i) && !takeUp.takesUp(row, ps.get(i).id())) {
        return false;
      }
    }
    return true;
  }

  /** A row of {@code out} from the screening of the household object the batch kept. */
  private static void fromObject(CatalogueBatchResult out, int row, Household h, int members, CatalogueScreening screening) {
    List<ProgrammeResult> rs = screening.results();
    for (int i = 0; i < rs.size(); i++) {
      ProgrammeResult r = rs.get(i);
      long bits = 0;
      for (String id : r.members()) {
        for (int k = 0; k < members && k < 64; k++) {
          if (h.members().get(k).id().equals(id)) {
            bits |= 1L << k;
          }
        }
      }
      out.set(row, i, r.outcome(), bits, fen(r.monthly()), fen(r.yearly()), fen(r.oneOff()));
      if (r.programme().isRulebook() && r.outcome() == Outcome.NEEDS_REVIEW) {
        // the screening's own determination: 支出型 temporary assistance may have been decided again after medical assistance
        out.setReview(row, i, BatchResult.reviewCodeOf(screening.rulebook().get(r.programme().id()).orElseThrow().details()
            .getOrDefault("situation", "")));
      }
      if (screening.counted(r)) {
        out.setCounted(row, i);
      }
    }
  }

  private static long fen(Money m) {
    return m == null ? 0 : m.fen();
  }

  private static final int ELIGIBLE = Outcome.ELIGIBLE.ordinal();
  private static final int P_TEKUN = CnRulebook.PROGRAMMES.indexOf(CnRulebook.TEKUN);
  private static final int P_DIBAO = CnRulebook.PROGRAMMES.indexOf(CnRulebook.DIBAO);
  private static final int P_SINGLE = CnRulebook.PROGRAMMES.indexOf(CnRulebook.DIBAO_SINGLE);
  private static final int P_MARGINAL = CnRulebook.PROGRAMMES.indexOf(CnRulebook.MARGINAL);
  private static final int P_RIGID = CnRulebook.PROGRAMMES.indexOf(CnRulebook.RIGID);
  private static final Outcome[] OUTCOMES = Outcome.values();
  private static final int UNABLE = HouseholdBatch.conditionBit(SupporterCondition.MISSING)
      | HouseholdBatch.conditionBit(SupporterCondition.IMPRISONED) | HouseholdBatch.conditionBit(SupporterCondition.LEGALLY_INCAPACITATED)
      | HouseholdBatch.conditionBit(SupporterCondition.SEVERE_DISABILITY) | HouseholdBatch.conditionBit(SupporterCondition.TEKUN);

  /** One household of the batch through the catalogue: {@link Run#evaluate} on columns, in fast mode. */
  private void screenRow(HouseholdBatch b, BatchResult rb, int row, int first, int members, Compiled c, CatalogueBatchResult out,
      long[] doneMembers, boolean[] doneEligible, TakeUp takeUp) {
    int n = c.programmes.size();
    int day = (int) b.date().toEpochDay();
    long counted = 0; // the members counted in the household, as for 低保 (HouseholdBatch#counts)
    for (int i = 0; i < members; i++) {
      if ((b.memberFlags(first + i) & HouseholdBatch.M_COUNTED) != 0) {
        counted |= 1L << i;
      }
    }
    int hflags = b.flags(row);
    boolean marginal = taken(rb, row, P_MARGINAL, takeUp);
    boolean rigid = taken(rb, row, P_RIGID, takeUp);
    // share members are recorded for granted decisions only
    long tekunBits = taken(rb, row, P_TEKUN, takeUp) ? rb.memberBits(row, P_TEKUN) : 0;
    long dibaoBits = (taken(rb, row, P_DIBAO, takeUp) ? rb.memberBits(row, P_DIBAO) : 0)
        | (taken(rb, row, P_SINGLE, takeUp) ? rb.memberBits(row, P_SINGLE) : 0);
    for (int p = 0; p < n; p++) {
      int ri = c.rulebookIndex[p];
      if (ri >= 0) {
        int o = rb.outcomeOrdinal(row, ri);
        long bits = rb.memberBits(row, ri);
        if (o == ELIGIBLE && takeUp != null && !takeUp.takesUp(row, CnRulebook.PROGRAMMES.get(ri))) {
          // granted, not taken up: not received, and nothing resting on it is granted through it
          out.set(row, p, Outcome.INELIGIBLE, 0, 0, 0, 0);
          doneEligible[p] = false;
          doneMembers[p] = 0;
          continue;
        }
        out.set(row, p, OUTCOMES[o], bits, rb.monthlyFen(row, ri), 0, rb.oneOffFen(row, ri));
        out.setReview(row, p, rb.reviewCode(row, ri));
        doneEligible[p] = o == ELIGIBLE;
        doneMembers[p] = o != ELIGIBLE ? 0 : bits == 0 ? -1L : bits;
        continue;
      }
      doneEligible[p] = false;
      doneMembers[p] = 0;
      int[] pre = c.prerequisites[p];
      boolean ok = true;
      if (pre.length > 0) {
        boolean any = false;
        for (int k : pre) {
          any |= k >= 0 && doneEligible[k];
        }
        ok = any;
      }
      if (ok && c.householdCondition[p]) {
        ok = householdPasses(b, row, hflags, day, p, c);
      }
      long who = 0;
      boolean memberProgramme = c.memberProgramme[p];
      if (ok && memberProgramme) {
        // the members of the prerequisites (every member when there is none), counted
        long candidates = counted;
        if (pre.length > 0) {
          long in = 0;
          for (int k : pre) {
            if (k >= 0) {
              in |= doneMembers[k];
            }
          }
          candidates &= in;
        }
        Docs.MemberDoc cond = c.memberDoc[p];
        for (int i = 0; i < members; i++) {
          if ((candidates & (1L << i)) != 0 && (cond == null || memberPasses(b, first + i, p, cond, c))) {
            who |= 1L << i;
          }
        }
        ok = who != 0;
      }
      long monthly = 0;
      long yearly = 0;
      long oneOff = 0;
      if (ok) {
        int count = Long.bitCount(who);
        switch (c.amountType[p]) {
          case Compiled.AMOUNT_NONE:
            break;
          case Compiled.MONTHLY_PER_MEMBER:
            monthly = c.amountFen[p] * count;
            break;
          case Compiled.YEARLY_PER_MEMBER:
            yearly = c.amountFen[p] * count;
            break;
          case Compiled.ONE_OFF_PER_MEMBER:
            oneOff = c.amountFen[p] * count;
            break;
          case Compiled.MONTHLY_PER_HOUSEHOLD:
            monthly = c.amountFen[p];
            break;
          case Compiled.YEARLY_PER_HOUSEHOLD:
            yearly = c.amountFen[p];
            break;
          case Compiled.ONE_OFF_PER_HOUSEHOLD:
            oneOff = c.amountFen[p];
            break;
          case Compiled.YEARLY_PER_MEMBER_BY_CATEGORY: {
            long covered = 0;
            for (int i = 0; i < members; i++) {
              if ((who & (1L << i)) != 0) {
                int cat = category(i, c.categories[p], tekunBits, dibaoBits, marginal, rigid);
                if (cat >= 0) {
                  yearly += c.byCategoryFen[p][cat];
                  covered |= 1L << i;
                }
              }
            }
            who = covered;
            break;
          }
          case Compiled.MEDICAL_REIMBURSEMENT: {
            // no bills on this path (households with bills take the object path): the standing
            // entitlement of a member in a covered category with a chronic or major illness, paying 0.00
            long covered = 0;
            for (int i = 0; i < members; i++) {
              if ((who & (1L << i)) != 0 && category(i, c.categories[p], tekunBits, dibaoBits, marginal, rigid) >= 0
                  && (b.memberFlags(first + i) & (HouseholdBatch.M_CHRONIC | HouseholdBatch.M_MAJOR_ILLNESS)) != 0) {
                covered |= 1L << i;
              }
            }
            who = covered;
            break;
          }
          default:
            throw new IllegalStateException("amount type " + c.amountType[p]);
        }
        if (memberProgramme && who == 0 && c.amountType[p] != Compiled.AMOUNT_NONE) {
          ok = false;
          yearly = 0;
        }
      }
      if (ok && takeUp != null && !takeUp.takesUp(row, c.programmes.get(p).id())) {
        ok = false;
      }
      if (ok) {
        out.set(row, p, Outcome.ELIGIBLE, who, monthly, yearly, oneOff);
        doneEligible[p] = true;
        doneMembers[p] = who == 0 ? -1L : who;
      } else {
        out.set(row, p, Outcome.INELIGIBLE, 0, 0, 0, 0);
      }
    }
    // counted: granted, and not the alternative of a programme granted too
    for (int p = 0; p < n; p++) {
      int alt = c.alternativeIndex[p];
      if (doneEligible[p] && (alt < 0 || !doneEligible[alt])) {
        out.setCounted(row, p);
      }
    }
  }

  /** Whether rulebook programme {@code ri} is granted to the row and (with take-up) taken up. */
  private static boolean taken(BatchResult rb, int row, int ri, TakeUp takeUp) {
    return rb.outcomeOrdinal(row, ri) == ELIGIBLE && (takeUp == null || takeUp.takesUp(row, CnRulebook.PROGRAMMES.get(ri)));
  }

  /** {@link Run#category} on the batch: 特困, 低保 (household or alone), marginal, rigid; -1 when none. */
  private static int category(int i, int[] categories, long tekunBits, long dibaoBits, boolean marginal, boolean rigid) {
    for (int cat : categories) {
      boolean in;
      switch (cat) {
        case 0:
          in = (tekunBits & (1L << i)) != 0;
          break;
        case 1:
          in = (dibaoBits & (1L << i)) != 0;
          break;
        case 2:
          in = marginal;
          break;
        default:
          in = rigid;
      }
      if (in) {
        return cat;
      }
    }
    return -1;
  }

  /** {@link Run#householdPasses} on the batch. */
  private static boolean householdPasses(HouseholdBatch b, int row, int hflags, int day, int p, Compiled c) {
    int set = c.householdSet[p];
    if ((hflags & set) != set || (hflags & c.householdClear[p]) != 0 || c.householdNever[p]) {
      return false;
    }
    int owns = c.householdOwnsHome[p];
    if (owns >= 0 && (b.homes(row) > 0) != (owns == 1)) {
      return false;
    }
    if (c.householdRecentDeath[p]) {
      int death = b.lastDeath(row);
      if (death == HouseholdBatch.NONE || !((long) death + c.deathDays[p] > day)) {
        return false;
      }
    }
    return true;
  }

  /** {@link Run#memberPasses} on the batch: ages and the flag masks first, then the conditions they do not cover. */
  private static boolean memberPasses(HouseholdBatch b, int m, int p, Docs.MemberDoc cond, Compiled c) {
    int age = b.age(m);
    if (age < c.minAge[p] || age >= c.ageBelow[p]) {
      return false;
    }
    int fl = b.memberFlags(m);
    int all = c.memberAll[p];
    int any = c.memberAny[p];
    if ((fl & all) != all || (fl & c.memberNone[p]) != 0 || (any != 0 && (fl & any) == 0)) {
      return false;
    }
    if (!c.memberRest[p]) {
      return true;
    }
    if (Boolean.TRUE.equals(cond.noEffectiveGuardian)) {
      int from = b.supporterStart(m);
      int to = b.supporterEnd(m);
      if (from == to) {
        return false;
      }
      for (int s = from; s < to; s++) {
        if ((b.supporterConditions(s) & UNABLE) == 0) {
          return false;
        }
      }
    }
    if (Boolean.TRUE.equals(cond.selfCareNeed)
        && ((fl & HouseholdBatch.M_SELF_CARE) == 0 || b.failedSelfCareItems(m) < c.partialMinFailed)) {
      return false;
    }
    boolean severe = (fl & HouseholdBatch.M_DISABILITY) != 0 && b.disabilityGrade(m) <= c.severeGradeMax;
    if (Boolean.TRUE.equals(cond.severeDisability) && !severe) {
      return false;
    }
    if (Boolean.TRUE.equals(cond.unemployedAbleToWork)) {
      boolean able = (fl & HouseholdBatch.M_CAPACITY_ASSESSED) != 0 ? (fl & HouseholdBatch.M_CAPACITY_NONE) == 0
          : age >= c.ageChild && age < c.ageElderly && !severe;
      if (b.workStatusOrdinal(m) != WorkStatus.UNEMPLOYED.ordinal() || !able) {
        return false;
      }
    }
    if (cond.schooling != null && !cond.schoolingAllows(b.schoolingOrdinal(m))) {
      return false;
    }
    // a scheme not recorded passes (explain mode says so): the same decision as the object path
    if (!cond.pensionAllows(b.pensionSchemeOrdinal(m)) || !cond.medicalAllows(b.medicalSchemeOrdinal(m))) {
      return false;
    }
    return cond.workStatus == null || cond.workStatusAllows(b.workStatusOrdinal(m));
  }

  /** The screening; with {@code takesUp} (else everything granted is taken up), of what is received. */
  private CatalogueScreening run(Household h, LocalDate date, boolean explain, java.util.function.Predicate<String> takesUp) {
    Screening s = explain ? rulebook.evaluate(h, date) : rulebook.evaluateFast(h, date);
    Compiled c = compiled.get(h.region(), date);
    Run run = new Run(h, date, c, s, explain, takesUp);
    ProgrammeResult[] out = new ProgrammeResult[c.programmes.size()];
    for (int i = 0; i < out.length; i++) {
      CatalogueProgramme p = c.programmes.get(i);
      out[i] = run.takenUp(p.isRulebook() ? run.fromRulebook(p) : run.evaluate(i, p));
      run.done(i, out[i]);
    }
    // 支出型 temporary assistance is computed after medical assistance on the same bills: the
    // medical assistance is set against the member's bills (most recent first) as a grant, and the
    // temporary determination is made again on what is left — never paid twice for one bill
    long medical = 0;
    for (long x : run.medicalPaid) {
      medical += x;
    }
    Determination temporary = s.get(CnRulebook.TEMPORARY).orElse(null);
    if (medical > 0 && temporary != null && temporary.outcome() != Outcome.INELIGIBLE
        && !"EMERGENCY".equals(temporary.details().get("kind"))) {
      Household net = withMedicalAssistance(h, date, run.medicalPaid, c.medicalWindowMonths);
      Screening again = explain ? rulebook.evaluate(net, date) : rulebook.evaluateFast(net, date);
      Determination t2 = again.get(CnRulebook.TEMPORARY).orElseThrow();
      List<Determination> ds = new ArrayList<>(s.determinations());
      ds.set(ds.indexOf(temporary), t2);
      s = new Screening(s.householdId(), s.region(), s.date(), ImmutableList.copyOf(ds));
      Run run2 = new Run(h, date, c, s, explain, takesUp);
      for (int i = 0; i < out.length; i++) {
        if (c.programmes.get(i).id().equals(CnRulebook.TEMPORARY)) {
          ProgrammeResult r = run2.takenUp(run2.fromRulebook(c.programmes.get(i)));
          if (!r.isEligible() && takesUp != null && t2.isEligible()) {
            out[i] = r; // granted on what medical assistance leaves, not taken up
            continue;
          }
          ImmutableList<String> zh = explain ? ImmutableList.of(CnTexts.zh("temporary.after-medical", Money.ofFen(medical)))
              : ImmutableList.of();
          ImmutableList<String> en = explain ? ImmutableList.of(CnTexts.en("temporary.after-medical", Money.ofFen(medical)))
              : ImmutableList.of();
          out[i] = new ProgrammeResult(r.programme(), r.outcome(), r.members(), r.monthly(), r.yearly(), r.oneOff(), r.quantity(),
              r.reasonsZh(), r.reasonsEn(), r.nearMiss(),
              com.google.common.collect.ImmutableMap.of("medicalAssistanceDeducted", Money.ofFen(medical).toString()), zh, en);
        }
      }
    }
    return new CatalogueScreening(s, ImmutableList.copyOf(out));
  }

  /**
   * {@code h} with the medical assistance paid to each member added as a grant on that member's
   * out-of-pocket bills of the reimbursement window, most recent month first, never more than a
   * bill's net amount.
   */
  private static Household withMedicalAssistance(Household h, LocalDate date, long[] paid, int windowMonths) {
    YearMonth month = YearMonth.from(date);
    List<Expenditure> xs = new ArrayList<>(h.expenditures());
    for (int m = 0; m < paid.length; m++) {
      long left = paid[m];
      String id = h.members().get(m).id();
      for (int back = 1; back <= windowMonths && left > 0; back++) {
        YearMonth ym = month.minusMonths(back);
        for (int k = 0; k < xs.size() && left > 0; k++) {
          Expenditure x = xs.get(k);
          if (x.category() == ExpenditureCategory.MEDICAL_OUT_OF_POCKET && x.memberId().filter(id::equals).isPresent()
              && x.month().equals(ym) && x.net().isPositive()) {
            long take = Math.min(left, x.net().fen());
            left -= take;
            Expenditure.Builder b = new Expenditure.Builder();
            x.memberId().ifPresent(b::memberId);
            xs.set(k, b.category(x.category()).month(x.month()).amount(x.amount())
                .grantsReceived(x.grantsReceived().plus(Money.ofFen(take))).build());
          }
        }
      }
    }
    return new Household.Builder().id(h.id()).region(h.region()).applicantId(h.applicantId()).addAllMembers(h.members())
        .addAllIncomes(h.incomes()).addAllFinancialAssets(h.financialAssets()).addAllVehicles(h.vehicles()).addAllHomes(h.homes())
        .addAllNonResidentialProperties(h.nonResidentialProperties()).addAllBusinesses(h.businesses()).addAllExpenditures(xs)
        .addAllEvents(h.events()).addAllCurrentBenefits(h.currentBenefits()).build();
  }

  /** One screening in progress. */
  private final class Run {
    final Household h;
    final LocalDate date;
    final Compiled c;
    final PolicySnapshot snap;
    final Screening s;
    final boolean explain;
    final ProgrammeResult[] done;
    /**
     * Per programme already decided: the members it was given to as a bit set (every member's bit
     * when it was given to the household), 0 when it was not granted.
     */
    final long[] doneMembers;
    /** Members counted in the household (the rule of 低保, {@link HouseholdBatch#counts}), as a bit set. */
    final long counted;
    final int[] ages;
    final Determination tekun;
    final Determination dibao;
    final Determination single;
    final boolean marginal;
    final boolean rigid;
    /** Members with a share of 特困, and of 低保 (household or alone), as bit sets. */
    final long tekunBits;
    final long dibaoBits;
    /** Medical assistance paid per member (fen), once the medical programme is evaluated. */
    final long[] medicalPaid;
    final java.util.Map<String, String> details = new java.util.LinkedHashMap<>();
    final List<String> notesZh = new ArrayList<>();
    final List<String> notesEn = new ArrayList<>();

    /** Whether a granted programme is taken up; null: every one is (the screening of entitlement). */
    final java.util.function.Predicate<String> takesUp;

    Run(Household h, LocalDate date, Compiled c, Screening s, boolean explain, java.util.function.Predicate<String> takesUp) {
      this.takesUp = takesUp;
      this.h = h;
      this.date = date;
      this.c = c;
      this.snap = c.snapshot;
      this.s = s;
      this.explain = explain;
      this.done = new ProgrammeResult[c.programmes.size()];
      this.doneMembers = new long[done.length];
      this.ages = new int[h.members().size()];
      this.medicalPaid = new long[h.members().size()];
      long here = 0;
      for (int i = 0; i < ages.length; i++) {
        Member m = h.members().get(i);
        ages[i] = m.ageOn(date);
        if (i < 64 && counted(m)) {
          here |= 1L << i;
        }
      }
      this.counted = here;
      this.tekun = s.get(CnRulebook.TEKUN).orElseThrow();
      this.dibao = s.get(CnRulebook.DIBAO).orElseThrow();
      this.single = s.get(CnRulebook.DIBAO_SINGLE).orElseThrow();
      this.marginal = taken(s.get(CnRulebook.MARGINAL).orElseThrow());
      this.rigid = taken(s.get(CnRulebook.RIGID).orElseThrow());
      long t = 0;
      long d = 0;
      for (int i = 0; i < ages.length && i < 64; i++) {
        String id = h.members().get(i).id();
        if (taken(tekun) && tekun.hasShare(id)) {
          t |= 1L << i;
        }
        if ((taken(dibao) && dibao.hasShare(id)) || (taken(single) && single.hasShare(id))) {
          d |= 1L << i;
        }
      }
      this.tekunBits = t;
      this.dibaoBits = d;
    }

    /** Whether a rulebook determination is granted and taken up. */
    boolean taken(Determination d) {
      return d.isEligible() && (takesUp == null || takesUp.test(d.programmeId()));
    }

    /** {@code r}, or (granted, not taken up) a result of a programme not granted: nothing received. */
    ProgrammeResult takenUp(ProgrammeResult r) {
      if (takesUp == null || !r.isEligible() || takesUp.test(r.programme().id())) {
        return r;
      }
      if (r.programme().amountType().filter("MEDICAL_REIMBURSEMENT"::equals).isPresent()) {
        java.util.Arrays.fill(medicalPaid, 0); // nothing reimbursed: temporary assistance is decided on the whole bills
      }
      return no(r.programme(), null, null);
    }

    /** Records the result of programme {@code i}, with its members as a bit set. */
    void done(int i, ProgrammeResult r) {
      done[i] = r;
      if (!r.isEligible()) {
        return;
      }
      if (r.members().isEmpty()) {
        doneMembers[i] = -1L; // given to the household: every member
        return;
      }
      long bits = 0;
      List<Member> ms = h.members();
      for (String id : r.members()) {
        for (int k = 0; k < ms.size() && k < 64; k++) {
          if (ms.get(k).id().equals(id)) {
            bits |= 1L << k;
            break;
          }
        }
      }
      doneMembers[i] = bits;
    }

    <T> T param(String name, Class<T> type) {
      return snap.get(catalogue.key(name, type));
    }

    ProgrammeResult fromRulebook(CatalogueProgramme p) {
      Determination d = s.get(p.id()).orElseThrow();
      if (!explain) {
        return new ProgrammeResult(p, d.outcome(), d.shareMemberIds(), d.monthlyAmount(), Money.ZERO, d.oneOffAmount(),
            Optional.empty(), ImmutableList.of(), ImmutableList.of(), Optional.empty(), com.google.common.collect.ImmutableMap.of(),
            ImmutableList.of(), ImmutableList.of(), d.validUntil());
      }
      List<String> zh = new ArrayList<>();
      List<String> en = new ArrayList<>();
      Optional<String> near = Optional.empty();
      if (d.outcome() == Outcome.NEEDS_REVIEW) {
        if (explain) {
          zh.add(d.explanationZh());
          en.add(d.explanationEn());
        }
      } else if (d.outcome() == Outcome.INELIGIBLE && explain) {
        BigDecimal margin = c.nearMissMargin;
        for (Finding f : d.findings()) {
          if (!f.passed() && f.status() != Finding.Status.NOT_ASSESSED) {
            zh.add(f.zh());
            en.add(f.en());
            near = near.isPresent() ? near : nearMiss(f, margin);
          }
        }
      }
      return new ProgrammeResult(p, d.outcome(), d.shareMemberIds(), d.monthlyAmount(), Money.ZERO,
          d.oneOffAmount(), Optional.empty(), explain ? ImmutableList.copyOf(zh) : ImmutableList.of(),
          explain ? ImmutableList.copyOf(en) : ImmutableList.of(), near, com.google.common.collect.ImmutableMap.of(),
          ImmutableList.of(), ImmutableList.of(), d.validUntil());
    }

    /** A failed finding whose actual value lies within {@code margin} of its threshold. */
    Optional<String> nearMiss(Finding f, BigDecimal margin) {
      try {
        BigDecimal actual = new BigDecimal(f.actual());
        BigDecimal threshold = new BigDecimal(f.threshold());
        if (threshold.signum() > 0 && actual.subtract(threshold).abs().compareTo(margin.multiply(threshold)) <= 0) {
          return Optional.of(f.criterionId() + ": " + f.actual() + " vs " + f.threshold());
        }
      } catch (NumberFormatException e) {
        // not a numeric threshold: no near miss
      }
      return Optional.empty();
    }

    ProgrammeResult evaluate(int index, CatalogueProgramme p) {
      Docs.ProgrammeDoc doc = p.doc;
      List<String> zh = explain ? new ArrayList<>() : null;
      List<String> en = explain ? new ArrayList<>() : null;
      // prerequisites
      int[] pre = c.prerequisites[index];
      if (pre.length > 0) {
        boolean any = false;
        for (int k : pre) {
          any |= done[k] != null && done[k].isEligible();
        }
        if (!any) {
          if (explain) {
            // a prerequisite under review is not decided yet: the text says so, not a plain refusal
            List<String> pending = new ArrayList<>();
            for (int k : pre) {
              if (k >= 0 && done[k] != null && done[k].outcome() == Outcome.NEEDS_REVIEW) {
                pending.add(done[k].programme().id());
              }
            }
            if (pending.isEmpty()) {
              zh.add(CnTexts.zh("catalogue.requires", names(doc.anyOf, true)));
              en.add(CnTexts.en("catalogue.requires", names(doc.anyOf, false)));
            } else {
              zh.add(CnTexts.zh("catalogue.requires.pending", names(doc.anyOf, true), names(pending, true)));
              en.add(CnTexts.en("catalogue.requires.pending", names(doc.anyOf, false), names(pending, false)));
            }
          }
          return no(p, zh, en);
        }
      }
      // household conditions
      if (doc.household != null && !householdPasses(index, doc.household, zh, en)) {
        return no(p, zh, en);
      }
      // members, as a bit set (households have far fewer than 64 members)
      long members = 0;
      boolean memberProgramme = c.memberProgramme[index];
      if (memberProgramme) {
        for (int i = 0; i < h.members().size() && i < 64; i++) {
          // decided per member: a member-level programme whose prerequisite is a programme of members
          // (特困, 低保 shares, 单人户) goes to the members of that programme, not to the whole household
          if ((counted & (1L << i)) != 0 && memberInPrerequisite(pre, i)
              && (doc.member == null || memberPasses(index, doc.member, i))) {
            members |= 1L << i;
          }
        }
        if (members == 0) {
          if (explain) {
            zh.add(CnTexts.zh("catalogue.no-member", describe(doc.member, true)));
            en.add(CnTexts.en("catalogue.no-member", describe(doc.member, false)));
            notCounted(index, doc.member, zh, en);
          }
          return no(p, zh, en);
        }
      }
      // members left out as not counted in the household: a reason when refused, a note when granted
      List<String> outZh = explain && memberProgramme && counted != allMembers() ? new ArrayList<>() : null;
      List<String> outEn = outZh == null ? null : new ArrayList<>();
      if (outZh != null) {
        notCounted(index, doc.member, outZh, outEn);
      }
      Money monthly = Money.ZERO;
      Money yearly = Money.ZERO;
      Money oneOff = Money.ZERO;
      int count = Long.bitCount(members);
      if (doc.amount != null) {
        String type = doc.amount.type;
        switch (type) {
          case "MONTHLY_PER_MEMBER":
            monthly = c.amount[index].times(count);
            break;
          case "YEARLY_PER_MEMBER":
            yearly = c.amount[index].times(count);
            break;
          case "ONE_OFF_PER_MEMBER":
            oneOff = c.amount[index].times(count);
            break;
          case "MONTHLY_PER_HOUSEHOLD":
            monthly = c.amount[index];
            break;
          case "YEARLY_PER_HOUSEHOLD":
            yearly = c.amount[index];
            break;
          case "ONE_OFF_PER_HOUSEHOLD":
            oneOff = c.amount[index];
            break;
          case "YEARLY_PER_MEMBER_BY_CATEGORY": {
            long covered = 0;
            for (int i = 0; i < 64; i++) {
              if ((members & (1L << i)) != 0) {
                int cat = category(i, c.categories[index]);
                if (cat >= 0) {
                  yearly = yearly.plus(c.byCategory[index][cat]);
                  covered |= 1L << i;
                }
              }
            }
            members = covered;
            break;
          }
          case "MEDICAL_REIMBURSEMENT": {
            // a standing entitlement for a member in a covered category with a recognised chronic or
            // major illness (or dialysis): the terms hold before any bill; recorded bills give the payment
            long covered = 0;
            for (int i = 0; i < 64; i++) {
              if ((members & (1L << i)) == 0) {
                continue;
              }
              int cat = category(i, c.categories[index]);
              if (cat < 0) {
                continue;
              }
              Member m = h.members().get(i);
              long oop = outOfPocket(m.id());
              Money paid = Money.min(c.cap[index][cat],
                  Money.ofFen(Math.max(0, oop - c.deductible[index][cat].fen())).times(c.ratio[index][cat], RoundingMode.DOWN));
              boolean standing = anyIllness(m, true) || anyIllness(m, false);
              if (paid.isPositive() || standing) {
                oneOff = oneOff.plus(paid);
                covered |= 1L << i;
                medicalPaid[i] = paid.fen();
                String id = m.id();
                if (!explain) {
                  continue; // the terms are written out for caseworkers only (population runs need the amount)
                }
                details.put(id + ".category", Catalogue.CATEGORIES.get(cat));
                details.put(id + ".ratio", c.ratio[index][cat].stripTrailingZeros().toPlainString());
                details.put(id + ".deductible", c.deductible[index][cat].toString());
                details.put(id + ".cap", c.cap[index][cat].toString());
                details.put(id + ".billed", Money.ofFen(oop).toString());
                details.put(id + ".paid", paid.toString());
                details.put(id + ".standing", Boolean.toString(standing));
                if (explain) {
                  String pct = c.ratio[index][cat].multiply(java.math.BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString();
                  notesZh.add(CnTexts.zh("medical.terms", id, pct, c.deductible[index][cat], c.cap[index][cat], c.medicalWindowMonths,
                      Money.ofFen(oop), paid));
                  notesEn.add(CnTexts.en("medical.terms", id, pct, c.deductible[index][cat], c.cap[index][cat], c.medicalWindowMonths,
                      Money.ofFen(oop), paid));
                }
              }
            }
            members = covered;
            if (members == 0 && explain) {
              zh.add(CnTexts.zh("catalogue.no-medical-costs", c.medicalWindowMonths));
              en.add(CnTexts.en("catalogue.no-medical-costs", c.medicalWindowMonths));
            }
            break;
          }
          default:
            throw new IllegalStateException(type);
        }
        if (memberProgramme && members == 0) {
          if (explain && zh.isEmpty()) {
            List<String> cz = new ArrayList<>();
            List<String> ce = new ArrayList<>();
            for (String cat : doc.amount.categories) {
              cz.add(CnTexts.zh("category." + cat));
              ce.add(CnTexts.en("category." + cat));
            }
            zh.add(CnTexts.zh("catalogue.no-category", String.join("、", cz)));
            en.add(CnTexts.en("catalogue.no-category", String.join(", ", ce)));
          }
          if (outZh != null) {
            zh.addAll(outZh);
            en.addAll(outEn);
          }
          return no(p, zh, en);
        }
      }
      ImmutableList<String> ids = ImmutableList.of();
      LocalDate until = null;
      if (members != 0) {
        ImmutableList.Builder<String> b = ImmutableList.builderWithExpectedSize(Long.bitCount(members));
        boolean ageBound = doc.member != null && doc.member.ageBelow != null;
        List<String> pensionNotRecorded = explain && doc.member != null && doc.member.pensionScheme != null ? new ArrayList<>() : null;
        List<String> medicalNotRecorded = explain && doc.member != null && doc.member.medicalScheme != null ? new ArrayList<>() : null;
        for (int i = 0; i < 64; i++) {
          if ((members & (1L << i)) != 0) {
            Member m = h.members().get(i);
            b.add(m.id());
            if (pensionNotRecorded != null && m.pensionScheme().isEmpty()) {
              details.put(m.id() + ".pensionScheme", "not-recorded");
              pensionNotRecorded.add(m.id());
            }
            if (medicalNotRecorded != null && m.medicalScheme().isEmpty()) {
              details.put(m.id() + ".medicalScheme", "not-recorded");
              medicalNotRecorded.add(m.id());
            }
            if (ageBound) {
              // a part for a member under an age ends on the birthday the member reaches it
              int below = c.ageBelow[index];
              LocalDate end = org.jiuzhu.rules.cn.AgeBounds.birthday(m.birthDate(), below);
              until = until == null || end.isBefore(until) ? end : until;
              if (explain) {
                details.put(m.id() + ".until", end.toString());
                notesZh.add(CnTexts.zh("catalogue.age-ends", m.id(), CnTexts.date(org.jiuzhu.core.text.Lang.ZH, end), below,
                    CnTexts.date(org.jiuzhu.core.text.Lang.ZH, end.minusDays(1))));
                notesEn.add(CnTexts.en("catalogue.age-ends", m.id(), CnTexts.date(org.jiuzhu.core.text.Lang.EN, end), below,
                    CnTexts.date(org.jiuzhu.core.text.Lang.EN, end.minusDays(1))));
              }
            }
          }
        }
        ids = b.build();
        schemeNotRecorded("pension", doc.member == null ? null : doc.member.pensionScheme, pensionNotRecorded);
        schemeNotRecorded("medical", doc.member == null ? null : doc.member.medicalScheme, medicalNotRecorded);
      }
      if (outZh != null) {
        notesZh.addAll(outZh);
        notesEn.addAll(outEn);
      }
      ProgrammeResult result = new ProgrammeResult(p, Outcome.ELIGIBLE, ids, monthly, yearly, oneOff, c.quantity[index],
          ImmutableList.of(), ImmutableList.of(), Optional.empty(), com.google.common.collect.ImmutableMap.copyOf(details),
          ImmutableList.copyOf(notesZh), ImmutableList.copyOf(notesEn), Optional.ofNullable(until));
      details.clear();
      notesZh.clear();
      notesEn.clear();
      return result;
    }

    /**
     * Explain mode: one note for the members granted a programme with a condition on their
     * {@code kind} (pension or medical) scheme whose record does not give it (each also has the
     * detail {@code <member>.pensionScheme} or {@code .medicalScheme} {@code not-recorded}): the
     * programme is granted as if they were in one of the schemes the condition allows, and the
     * scheme must be checked. Nothing when {@code ids} is null or empty.
     */
    void schemeNotRecorded(String kind, List<String> allowed, List<String> ids) {
      if (ids == null || ids.isEmpty()) {
        return;
      }
      String key = "catalogue.scheme-not-recorded." + kind;
      notesZh.add(CnTexts.zh(key, String.join("、", ids), schemes(allowed, Lang.ZH), ids.size()));
      notesEn.add(CnTexts.en(key, String.join(", ", ids), schemes(allowed, Lang.EN), ids.size()));
    }

    /** The schemes of a condition in words, e.g. 城乡居民、未参保 / residents' scheme or not insured. */
    String schemes(List<String> names, Lang l) {
      List<String> out = new ArrayList<>();
      for (String x : names) {
        out.add(CnTexts.get(l, "scheme." + x));
      }
      return String.join(l == Lang.ZH ? "、" : " or ", out);
    }

    /**
     * True when the member is in one of the prerequisite programmes {@code pre}: a programme given
     * to members (a non-empty member list) counts only for its members, one given to the household
     * for every member; true when there is no prerequisite.
     */
    boolean memberInPrerequisite(int[] pre, int member) {
      if (pre.length == 0) {
        return true;
      }
      for (int k : pre) {
        if ((doneMembers[k] & (1L << member)) != 0) {
          return true;
        }
      }
      return false;
    }

    ProgrammeResult no(CatalogueProgramme p, List<String> zh, List<String> en) {
      details.clear();
      notesZh.clear();
      notesEn.clear();
      return new ProgrammeResult(p, Outcome.INELIGIBLE, ImmutableList.of(), Money.ZERO, Money.ZERO, Money.ZERO,
          Optional.empty(), zh == null ? ImmutableList.of() : ImmutableList.copyOf(zh),
          en == null ? ImmutableList.of() : ImmutableList.copyOf(en), Optional.empty());
    }

    String names(List<String> ids, boolean zh) {
      List<String> out = new ArrayList<>();
      for (String id : ids) {
        ProgrammeResult r = null;
        for (ProgrammeResult x : done) {
          if (x != null && x.programme().id().equals(id)) {
            r = x;
          }
        }
        out.add(r == null ? id : zh ? r.programme().nameZh() : r.programme().nameEn());
      }
      return String.join(zh ? "、" : ", ", out);
    }

    /** Every member's bit (households have far fewer than 64 members). */
    long allMembers() {
      int n = Math.min(h.members().size(), 64);
      return n == 64 ? -1L : (1L << n) - 1;
    }

    /** Whether the member is counted in the household on the date: the rule 低保 counts by. */
    boolean counted(Member m) {
      Optional<org.jiuzhu.core.household.Absence> away = h.absenceOn(m, date);
      return away.isEmpty()
          || HouseholdBatch.counts(away.get().reason(), away.get().since(), date, snap.get(CnParameters.RELIGIOUS_SITE_YEARS));
    }

    /**
     * Explain mode: a reason for each member left out of member programme {@code index} because
     * the member is not counted in the household, though the member meets its member conditions.
     */
    void notCounted(int index, Docs.MemberDoc cond, List<String> zh, List<String> en) {
      for (int i = 0; i < h.members().size() && i < 64; i++) {
        if ((counted & (1L << i)) != 0 || cond != null && !memberPasses(index, cond, i)) {
          continue;
        }
        Member m = h.members().get(i);
        org.jiuzhu.core.household.Absence a = h.absenceOn(m, date).orElseThrow();
        zh.add(CnTexts.zh("catalogue.not-counted", m.id(), whyNotCounted(a, org.jiuzhu.core.text.Lang.ZH)));
        en.add(CnTexts.en("catalogue.not-counted", m.id(), whyNotCounted(a, org.jiuzhu.core.text.Lang.EN)));
      }
    }

    String whyNotCounted(org.jiuzhu.core.household.Absence a, org.jiuzhu.core.text.Lang lang) {
      boolean zh = lang == org.jiuzhu.core.text.Lang.ZH;
      if (a.reason() == AbsenceReason.RELIGIOUS_SITE) {
        Object[] args = {CnTexts.date(lang, a.since()), snap.get(CnParameters.RELIGIOUS_SITE_YEARS)};
        return zh ? CnTexts.zh("household.absence.RELIGIOUS_SITE.years", args) : CnTexts.en("household.absence.RELIGIOUS_SITE.years", args);
      }
      String key = "household.absence." + a.reason().name();
      return zh ? CnTexts.zh(key) : CnTexts.en(key);
    }

    /**
     * The index (in {@link Catalogue#CATEGORIES}) of the first of {@code categories} the member is
     * in: 特困, 低保 (household or alone), marginal, rigid; -1 when none.
     */
    int category(int i, int[] categories) {
      return CatalogueScreener.category(i, categories, tekunBits, dibaoBits, marginal, rigid);
    }

    long outOfPocket(String memberId) {
      YearMonth month = YearMonth.from(date);
      long total = 0;
      for (Expenditure x : h.expenditures()) {
        if (x.category() == ExpenditureCategory.MEDICAL_OUT_OF_POCKET && x.memberId().isPresent()
            && x.memberId().get().equals(memberId) && x.month().isBefore(month)
            && !x.month().isBefore(month.minusMonths(c.medicalWindowMonths))) {
          total += x.net().fen();
        }
      }
      return total;
    }

    boolean householdPasses(int index, Docs.HouseholdDoc cond, List<String> zh, List<String> en) {
      Docs.HouseholdDoc c = cond;
      boolean ok = true;
      if (c.hukou != null && !h.applicant().hukouType().name().equals(c.hukou)) {
        ok = false;
        if (explain) {
          zh.add(CnTexts.zh("catalogue.hukou." + c.hukou));
          en.add(CnTexts.en("catalogue.hukou." + c.hukou));
        }
      }
      if (c.ownsHome != null && (!h.homes().isEmpty()) != c.ownsHome) {
        ok = false;
        if (explain) {
          zh.add(CnTexts.zh(c.ownsHome ? "catalogue.owns-home" : "catalogue.no-home"));
          en.add(CnTexts.en(c.ownsHome ? "catalogue.owns-home" : "catalogue.no-home"));
        }
      }
      if (Boolean.TRUE.equals(c.unsafeHome)) {
        // a housing referral follows from a recorded fact (the home is unsafe), not from owning a home
        boolean unsafe = false;
        for (org.jiuzhu.core.household.Home x : h.homes()) {
          unsafe |= x.unsafe() && x.livedIn();
        }
        if (!unsafe) {
          ok = false;
          // with no home at all, the ownsHome condition has said so
          if (explain && !(Boolean.TRUE.equals(c.ownsHome) && h.homes().isEmpty())) {
            zh.add(CnTexts.zh("catalogue.unsafe-home"));
            en.add(CnTexts.en("catalogue.unsafe-home"));
          }
        }
      }
      if (Boolean.TRUE.equals(c.livesAtHome)) {
        boolean institution = false;
        for (Member m : h.members()) {
          institution |= m.carePlacement().filter(x -> x == org.jiuzhu.core.household.CarePlacement.INSTITUTION).isPresent();
        }
        if (institution) {
          ok = false;
          if (explain) {
            zh.add(CnTexts.zh("catalogue.lives-at-home"));
            en.add(CnTexts.en("catalogue.lives-at-home"));
          }
        }
      }
      if (c.regionFlag != null && !this.c.regionFlag[index]) {
        ok = false;
        if (explain) {
          zh.add(CnTexts.zh("catalogue.region-flag", c.regionFlag));
          en.add(CnTexts.en("catalogue.region-flag", c.regionFlag));
        }
      }
      if (c.recentDeath != null) {
        int days = this.c.deathDays[index];
        boolean death = false;
        for (LifeEvent e : h.events()) {
          death |= e.type() == LifeEventType.DEATH && !e.date().isAfter(date) && e.date().plusDays(days).isAfter(date);
        }
        if (!death) {
          ok = false;
          if (explain) {
            zh.add(CnTexts.zh("catalogue.no-death", days));
            en.add(CnTexts.en("catalogue.no-death", days));
          }
        }
      }
      return ok;
    }

    boolean memberPasses(int index, Docs.MemberDoc c, int i) {
      Member m = h.members().get(i);
      int age = ages[i];
      if (c.minAge != null && age < this.c.minAge[index]) {
        return false;
      }
      if (c.ageBelow != null && age >= this.c.ageBelow[index]) {
        return false;
      }
      if (c.orphan != null && m.orphan() != c.orphan) {
        return false;
      }
      if (Boolean.TRUE.equals(c.noEffectiveGuardian) && !noEffectiveGuardian(m)) {
        return false;
      }
      if (Boolean.TRUE.equals(c.selfCareNeed) && (m.selfCare().isEmpty()
          || m.selfCare().get().failedItems() < this.c.partialMinFailed)) {
        return false;
      }
      if (Boolean.TRUE.equals(c.chronicOrDialysis) && !anyIllness(m, true)) {
        return false;
      }
      if (Boolean.TRUE.equals(c.illOrDisabled) && m.illnesses().isEmpty() && m.disability().isEmpty()) {
        return false;
      }
      if (Boolean.TRUE.equals(c.majorIllness) && !anyIllness(m, false)) {
        return false;
      }
      if (Boolean.TRUE.equals(c.disabled) && m.disability().isEmpty()) {
        return false;
      }
      if (Boolean.TRUE.equals(c.severeDisability) && !severe(m)) {
        return false;
      }
      if (Boolean.TRUE.equals(c.unemployedAbleToWork) && !(m.workStatus() == WorkStatus.UNEMPLOYED && ableToWork(m, age))) {
        return false;
      }
      if (c.schooling != null && !c.schoolingAllows(m.schooling())) {
        return false;
      }
      // a scheme not recorded passes: the decision is made as before, and the result says so (schemeNotRecorded)
      if (!c.pensionAllows(m.pensionScheme().map(Enum::ordinal).orElse(-1))
          || !c.medicalAllows(m.medicalScheme().map(Enum::ordinal).orElse(-1))) {
        return false;
      }
      return c.workStatus == null || c.workStatusAllows(m.workStatus());
    }

    boolean severe(Member m) {
      return m.disability().isPresent() && m.disability().get().grade() <= c.severeGradeMax;
    }

    boolean ableToWork(Member m, int age) {
      if (m.workCapacity().isPresent()) {
        return m.workCapacity().get() != WorkCapacity.NONE;
      }
      return age >= c.ageChild && age < c.ageElderly && !severe(m);
    }

    /** Listed supporters, none of whom can act: missing, imprisoned, incapacitated, severely disabled or 特困. */
    boolean noEffectiveGuardian(Member m) {
      if (m.supporters().isEmpty()) {
        return false;
      }
      for (Supporter s : m.supporters()) {
        boolean unable = s.conditions().contains(SupporterCondition.MISSING) || s.conditions().contains(SupporterCondition.IMPRISONED)
            || s.conditions().contains(SupporterCondition.LEGALLY_INCAPACITATED)
            || s.conditions().contains(SupporterCondition.SEVERE_DISABILITY) || s.conditions().contains(SupporterCondition.TEKUN);
        if (!unable) {
          return false;
        }
      }
      return true;
    }

    String describe(Docs.MemberDoc c, boolean zh) {
      Lang l = zh ? Lang.ZH : Lang.EN;
      if (c == null) {
        return CnTexts.get(l, "member.in-category");
      }
      List<String> parts = new ArrayList<>();
      if (c.minAge != null) {
        parts.add(CnTexts.get(l, "member.min-age", param(c.minAge, Integer.class)));
      }
      if (c.ageBelow != null) {
        parts.add(CnTexts.get(l, "member.age-below", param(c.ageBelow, Integer.class)));
      }
      if (c.orphan != null) {
        parts.add(CnTexts.get(l, c.orphan ? "member.orphan" : "member.not-orphan"));
      }
      String[][] flags = {
        {String.valueOf(c.noEffectiveGuardian), "member.no-guardian"}, {String.valueOf(c.selfCareNeed), "member.self-care-need"},
        {String.valueOf(c.chronicOrDialysis), "member.chronic"}, {String.valueOf(c.illOrDisabled), "member.ill-or-disabled"},
        {String.valueOf(c.majorIllness), "member.major-illness"}, {String.valueOf(c.disabled), "member.disabled"},
        {String.valueOf(c.severeDisability), "member.severe-disability"},
        {String.valueOf(c.unemployedAbleToWork), "member.unemployed-able"},
      };
      for (String[] f : flags) {
        if (f[0].equals("true")) {
          parts.add(CnTexts.get(l, f[1]));
        }
      }
      if (c.schooling != null) {
        List<String> st = new ArrayList<>();
        for (String x : c.schooling) {
          st.add(CnTexts.get(l, "schooling." + x));
        }
        parts.add(CnTexts.get(l, "member.schooling", String.join(zh ? "、" : "/", st)));
      }
      if (c.pensionScheme != null) {
        parts.add(CnTexts.get(l, "member.pension-scheme", schemes(c.pensionScheme, l)));
      }
      if (c.medicalScheme != null) {
        parts.add(CnTexts.get(l, "member.medical-scheme", schemes(c.medicalScheme, l)));
      }
      if (c.workStatus != null) {
        List<String> ws = new ArrayList<>();
        for (String x : c.workStatus) {
          ws.add(CnTexts.get(l, "work." + x));
        }
        parts.add(CnTexts.get(l, "member.work", String.join(zh ? "、" : "/", ws)));
      }
      return String.join(zh ? "，" : ", ", parts);
    }
  }

  /** Whether {@code m} has a chronic illness or dialysis ({@code chronic}), or a major illness; a loop, not a stream: it runs per member and programme. */
  private static boolean anyIllness(Member m, boolean chronic) {
    for (Illness x : m.illnesses()) {
      if (chronic ? x.chronic() || x.dialysisSessionsPerWeek() > 0 : x.major()) {
        return true;
      }
    }
    return false;
  }
}
