package org.jiuzhu.rules.catalogue;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.policy.PolicySnapshot;
import org.jiuzhu.rules.batch.HouseholdBatch;
import org.jiuzhu.rules.cn.CnParameters;

/**
 * A region's catalogue with every parameter its programmes read resolved once, for one stretch of
 * dates in which no value changes; {@link CatalogueScreener} keeps one per region and stretch.
 * A parameter the region lacks fails here, naming key, region and date.
 */
final class Compiled {
  final PolicySnapshot snapshot;
  final ImmutableList<CatalogueProgramme> programmes;
  final int[][] prerequisites;
  final boolean[] memberProgramme;
  final Money[] amount;
  final int[][] categories;
  final Money[][] byCategory;
  final Money[][] deductible;
  final BigDecimal[][] ratio;
  final Money[][] cap;
  final int[] minAge;
  final int[] ageBelow;
  final boolean[] regionFlag;
  final int[] deathDays;
  final Optional<String>[] quantity;
  final BigDecimal nearMissMargin;
  final int medicalWindowMonths;
  final int partialMinFailed;
  final int ageChild;
  final int ageElderly;
  final int severeGradeMax;

  // the batch path's primitive view of the same values
  static final int AMOUNT_NONE = 0;
  static final int MONTHLY_PER_MEMBER = 1;
  static final int YEARLY_PER_MEMBER = 2;
  static final int ONE_OFF_PER_MEMBER = 3;
  static final int MONTHLY_PER_HOUSEHOLD = 4;
  static final int YEARLY_PER_HOUSEHOLD = 5;
  static final int ONE_OFF_PER_HOUSEHOLD = 6;
  static final int YEARLY_PER_MEMBER_BY_CATEGORY = 7;
  static final int MEDICAL_REIMBURSEMENT = 8;
  private static final List<String> AMOUNT_TYPES = List.of("", "MONTHLY_PER_MEMBER", "YEARLY_PER_MEMBER", "ONE_OFF_PER_MEMBER",
      "MONTHLY_PER_HOUSEHOLD", "YEARLY_PER_HOUSEHOLD", "ONE_OFF_PER_HOUSEHOLD", "YEARLY_PER_MEMBER_BY_CATEGORY",
      "MEDICAL_REIMBURSEMENT");
  /** The amount type's code ({@code AMOUNT_NONE} ...). */
  final int[] amountType;
  /** {@link #amount} in fen (0 when none). */
  final long[] amountFen;
  /** {@link #byCategory} in fen (null when none; 0 for a category not listed). */
  final long[][] byCategoryFen;
  /** The programme's index in {@code CnRulebook.PROGRAMMES}, or -1 for a catalogue programme. */
  final int[] rulebookIndex;
  /** The index of the programme this one is an alternative to, or -1. */
  final int[] alternativeIndex;
  /** The most programmes of any compiled catalogue (the width of a batch result). */
  final int width;
  /** The member conditions as flag masks ({@code HouseholdBatch.M_*}): every bit of {@code memberAll} set, none of {@code memberNone}, one of {@code memberAny} (0: no such condition). */
  final int[] memberAll;
  final int[] memberNone;
  final int[] memberAny;
  /** Member conditions the masks do not cover (guardian, self-care, severe disability, unemployed and able, schooling, work, insurance schemes): checked one by one. */
  final boolean[] memberRest;
  /** The programme's member conditions ({@code null}: none), read by the batch path without the programme's document. */
  final Docs.MemberDoc[] memberDoc;
  /**
   * The household conditions on the batch's household flags ({@code HouseholdBatch.H_*}): whether
   * there are any, every bit of {@code householdSet} set and none of {@code householdClear}; home
   * ownership (-1: no condition, 0: owns none, 1: owns one); never met (a region flag off); a recent
   * death within {@link #deathDays}.
   */
  final boolean[] householdCondition;
  final int[] householdSet;
  final int[] householdClear;
  final int[] householdOwnsHome;
  final boolean[] householdNever;
  final boolean[] householdRecentDeath;
  @SuppressWarnings("unchecked")
  Compiled(Catalogue catalogue, ImmutableList<CatalogueProgramme> programmes, PolicySnapshot snap) {
    this.snapshot = snap;
    this.programmes = programmes;
    int n = programmes.size();
    prerequisites = new int[n][];
    memberProgramme = new boolean[n];
    amount = new Money[n];
    categories = new int[n][];
    byCategory = new Money[n][];
    deductible = new Money[n][];
    ratio = new BigDecimal[n][];
    cap = new Money[n][];
    minAge = new int[n];
    ageBelow = new int[n];
    regionFlag = new boolean[n];
    deathDays = new int[n];
    quantity = new Optional[n];
    amountType = new int[n];
    amountFen = new long[n];
    byCategoryFen = new long[n][];
    rulebookIndex = new int[n];
    alternativeIndex = new int[n];
    width = n;
    memberAll = new int[n];
    memberNone = new int[n];
    memberAny = new int[n];
    memberRest = new boolean[n];
    memberDoc = new Docs.MemberDoc[n];
    householdCondition = new boolean[n];
    householdSet = new int[n];
    householdClear = new int[n];
    householdOwnsHome = new int[n];
    householdNever = new boolean[n];
    householdRecentDeath = new boolean[n];
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      CatalogueProgramme p = programmes.get(i);
      index.put(p.id(), i);
      Docs.ProgrammeDoc d = p.doc;
      List<String> pre = d.anyOf == null ? List.of() : d.anyOf;
      prerequisites[i] = new int[pre.size()];
      for (int k = 0; k < pre.size(); k++) {
        Integer at = index.get(pre.get(k));
        prerequisites[i][k] = at == null ? -1 : at;
      }
      memberProgramme[i] = d.member != null || (d.amount != null
          && (d.amount.type.contains("MEMBER") || d.amount.type.equals("MEDICAL_REIMBURSEMENT")));
      if (d.amount != null) {
        List<String> cats = d.amount.categories == null ? List.of() : d.amount.categories;
        categories[i] = cats.stream().mapToInt(Catalogue.CATEGORIES::indexOf).toArray();
        if (d.amount.type.equals("MEDICAL_REIMBURSEMENT")) {
          deductible[i] = new Money[4];
          ratio[i] = new BigDecimal[4];
          cap[i] = new Money[4];
          for (String c : cats) {
            int k = Catalogue.CATEGORIES.indexOf(c);
            deductible[i][k] = get(catalogue, snap, d.amount.key + ".deductible." + c, Money.class);
            ratio[i][k] = get(catalogue, snap, d.amount.key + ".ratio." + c, BigDecimal.class);
            cap[i][k] = get(catalogue, snap, d.amount.key + ".cap." + c, Money.class);
          }
        } else if (d.amount.type.endsWith("BY_CATEGORY")) {
          byCategory[i] = new Money[4];
          for (String c : cats) {
            byCategory[i][Catalogue.CATEGORIES.indexOf(c)] = get(catalogue, snap, d.amount.key + "." + c, Money.class);
          }
        } else {
          amount[i] = get(catalogue, snap, d.amount.key, Money.class);
        }
      }
      amountType[i] = d.amount == null ? AMOUNT_NONE : AMOUNT_TYPES.indexOf(d.amount.type);
      if (amountType[i] < 0) {
        throw new IllegalStateException("programme " + p.id() + " has amount type " + d.amount.type);
      }
      amountFen[i] = amount[i] == null ? 0 : amount[i].fen();
      if (byCategory[i] != null) {
        byCategoryFen[i] = new long[byCategory[i].length];
        for (int k = 0; k < byCategory[i].length; k++) {
          byCategoryFen[i][k] = byCategory[i][k] == null ? 0 : byCategory[i][k].fen();
        }
      }
      rulebookIndex[i] = p.isRulebook() ? org.jiuzhu.rules.cn.CnRulebook.PROGRAMMES.indexOf(p.id()) : -1;
      if (d.member != null) {
        Docs.MemberDoc m = d.member;
        int all = 0;
        if (Boolean.TRUE.equals(m.orphan)) {
          all |= org.jiuzhu.rules.batch.HouseholdBatch.M_ORPHAN;
        } else if (Boolean.FALSE.equals(m.orphan)) {
          memberNone[i] |= org.jiuzhu.rules.batch.HouseholdBatch.M_ORPHAN;
        }
        if (Boolean.TRUE.equals(m.selfCareNeed)) {
          all |= org.jiuzhu.rules.batch.HouseholdBatch.M_SELF_CARE;
        }
        if (Boolean.TRUE.equals(m.chronicOrDialysis)) {
          all |= org.jiuzhu.rules.batch.HouseholdBatch.M_CHRONIC;
        }
        if (Boolean.TRUE.equals(m.majorIllness)) {
          all |= org.jiuzhu.rules.batch.HouseholdBatch.M_MAJOR_ILLNESS;
        }
        if (Boolean.TRUE.equals(m.disabled) || Boolean.TRUE.equals(m.severeDisability)) {
          all |= org.jiuzhu.rules.batch.HouseholdBatch.M_DISABILITY;
        }
        if (Boolean.TRUE.equals(m.illOrDisabled)) {
          memberAny[i] = org.jiuzhu.rules.batch.HouseholdBatch.M_ILL | org.jiuzhu.rules.batch.HouseholdBatch.M_DISABILITY;
        }
        memberAll[i] = all;
        memberRest[i] = Boolean.TRUE.equals(m.noEffectiveGuardian) || Boolean.TRUE.equals(m.selfCareNeed)
            || Boolean.TRUE.equals(m.severeDisability) || Boolean.TRUE.equals(m.unemployedAbleToWork) || m.schooling != null
            || m.workStatus != null || m.pensionScheme != null || m.medicalScheme != null;
        minAge[i] = d.member.minAge == null ? 0 : get(catalogue, snap, d.member.minAge, Integer.class);
        ageBelow[i] = d.member.ageBelow == null ? Integer.MAX_VALUE : get(catalogue, snap, d.member.ageBelow, Integer.class);
      }
      memberDoc[i] = d.member;
      householdOwnsHome[i] = -1;
      if (d.household != null) {
        regionFlag[i] = d.household.regionFlag == null || get(catalogue, snap, d.household.regionFlag, Boolean.class);
        deathDays[i] = d.household.recentDeath == null ? 0 : get(catalogue, snap, d.household.recentDeath, Integer.class);
        Docs.HouseholdDoc h = d.household;
        householdCondition[i] = true;
        if (h.hukou != null) {
          if (h.hukou.equals("URBAN")) {
            householdSet[i] |= HouseholdBatch.H_URBAN;
          } else {
            householdClear[i] |= HouseholdBatch.H_URBAN;
          }
        }
        if (Boolean.TRUE.equals(h.unsafeHome)) {
          householdSet[i] |= HouseholdBatch.H_UNSAFE_HOME;
        }
        if (Boolean.TRUE.equals(h.livesAtHome)) {
          householdClear[i] |= HouseholdBatch.H_INSTITUTION;
        }
        householdOwnsHome[i] = h.ownsHome == null ? -1 : h.ownsHome ? 1 : 0;
        householdNever[i] = h.regionFlag != null && !regionFlag[i];
        householdRecentDeath[i] = h.recentDeath != null;
      }
      if (d.service != null) {
        quantity[i] = Optional.of(d.service.quantity + " " + d.service.unit + "/" + d.service.per);
      } else if (d.inKind != null) {
        quantity[i] = Optional.of(get(catalogue, snap, d.inKind.key, Integer.class) + " " + d.inKind.unit + "/" + d.inKind.per);
      } else {
        quantity[i] = Optional.empty();
      }
    }
    for (int i = 0; i < n; i++) {
      String alt = programmes.get(i).doc.alternativeTo;
      Integer at = alt == null ? null : index.get(alt);
      alternativeIndex[i] = at == null ? -1 : at;
    }
    nearMissMargin = get(catalogue, snap, "screening.near-miss-margin", BigDecimal.class);
    medicalWindowMonths = get(catalogue, snap, "medical.reimbursement.window-months", Integer.class);
    partialMinFailed = snap.get(CnParameters.TEKUN_CARE_PARTIAL_MIN_FAILED);
    ageChild = snap.get(CnParameters.TEKUN_AGE_CHILD);
    ageElderly = snap.get(CnParameters.TEKUN_AGE_ELDERLY);
    severeGradeMax = get(catalogue, snap, "disability.severe-grade-max", Integer.class);
  }

  private static <T> T get(Catalogue catalogue, PolicySnapshot snap, String name, Class<T> type) {
    return snap.get(catalogue.key(name, type));
  }
}
