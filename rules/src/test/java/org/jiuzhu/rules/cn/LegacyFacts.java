package org.jiuzhu.rules.cn;

// The rulebook before the batch (issue 13), kept verbatim as the oracle of BatchEquivalenceTest.

import static org.jiuzhu.rules.cn.CnParameters.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jiuzhu.core.household.AbsenceReason;
import org.jiuzhu.core.household.BusinessRegistration;
import org.jiuzhu.core.household.BusinessType;
import org.jiuzhu.core.household.DisabilityCategory;
import org.jiuzhu.core.household.Expenditure;
import org.jiuzhu.core.household.ExpenditureCategory;
import org.jiuzhu.core.household.FinancialAsset;
import org.jiuzhu.core.household.Home;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.household.HukouType;
import org.jiuzhu.core.household.IncomeCategory;
import org.jiuzhu.core.household.IncomeItem;
import org.jiuzhu.core.household.IncomeTag;
import org.jiuzhu.core.household.LifeEvent;
import org.jiuzhu.core.household.LifeEventType;
import org.jiuzhu.core.household.Member;
import org.jiuzhu.core.household.NonResidentialProperty;
import org.jiuzhu.core.household.Vehicle;
import org.jiuzhu.core.household.VehicleType;
import org.jiuzhu.core.household.VehicleUse;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.policy.ParameterKey;
import org.jiuzhu.core.policy.Policy;

/**
 * What every programme needs to know about one household on one date, computed once per
 * evaluation: who is counted, the counted income over the reference window, the asset tests.
 * All comparisons are exact, on totals in fen.
 */
final class LegacyFacts {
  final Household h;
  final LocalDate date;
  final Policy policy;
  final CnParams p;
  final List<Member> members;
  final String[] ids;
  final int[] ages;
  final boolean[] counted;
  final int n;
  final HukouType hukou;
  /** The application month as {@code year * 12 + month - 1}. */
  final int appMonth;

  // income over the 低保 reference window
  int window;
  long incomeTotal; // counted, after exclusions and deductions, >= 0
  long grossCounted; // counted before deductions
  long employmentDeduction;
  long medicalDeduction;
  long disregardedNewJob;
  boolean withdrawal; // new-job earnings disregarded (渐退期)
  long[] memberIncome; // each counted member's counted income over the window, after exclusions

  LegacyFacts(Household h, LocalDate date, Policy policy, CnParams p) {
    this.h = h;
    this.date = date;
    this.policy = policy;
    this.p = p;
    this.members = h.members();
    this.appMonth = date.getYear() * 12 + date.getMonthValue() - 1;
    int size = members.size();
    this.counted = new boolean[size];
    this.ids = new String[size];
    this.ages = new int[size];
    int c = 0;
    HukouType applicantHukou = null;
    for (int i = 0; i < size; i++) {
      Member m = members.get(i);
      ids[i] = m.id();
      ages[i] = m.ageOn(date);
      counted[i] = isCounted(m);
      if (counted[i]) {
        c++;
      }
      if (m.id().equals(h.applicantId())) {
        applicantHukou = m.hukouType();
      }
    }
    this.n = c;
    this.hukou = applicantHukou;
  }

  /** {@code value}, or the error naming {@code key}, the region and the date when it is missing. */
  <T> T need(T value, ParameterKey<T> key) {
    return value != null ? value : policy.snapshot(h.region(), date).get(key);
  }

  Ratio need(Ratio value, ParameterKey<java.math.BigDecimal> key) {
    if (value == null) {
      policy.snapshot(h.region(), date).get(key);
    }
    return value;
  }

  Money standard() {
    return hukou == HukouType.URBAN ? need(p.standardUrban, DIBAO_STANDARD_URBAN) : need(p.standardRural, DIBAO_STANDARD_RURAL);
  }

  Money disposableIncome() {
    return hukou == HukouType.URBAN ? need(p.disposableUrban, DISPOSABLE_INCOME_URBAN) : need(p.disposableRural, DISPOSABLE_INCOME_RURAL);
  }

  /** The counted members of DOMAIN.md §3: absent clergy (3+ years), prisoners, people in rehab and the missing are not. */
  private boolean isCounted(Member m) {
    // an absence in custody ends with a release from custody (DOMAIN.md §3)
    if (h.absenceOn(m, date).isEmpty()) {
      return true;
    }
    AbsenceReason r = m.absence().get().reason();
    switch (r) {
      case SERVING_SENTENCE:
      case COMPULSORY_DRUG_REHABILITATION:
      case DECLARED_MISSING:
        return false;
      case RELIGIOUS_SITE:
        return m.absence().get().since().plusYears(p.religiousSiteYears).isAfter(date);
      default:
        return true;
    }
  }

  int index(String memberId) {
    for (int i = 0; i < ids.length; i++) {
      if (ids[i].equals(memberId)) {
        return i;
      }
    }
    return -1;
  }

  private static final int ALWAYS_EXCLUDED = bit(IncomeTag.PREFERENTIAL_TREATMENT_PENSION) | bit(IncomeTag.FAMILY_PLANNING_REWARD)
      | bit(IncomeTag.SCHOLARSHIP) | bit(IncomeTag.BRAVERY_REWARD) | bit(IncomeTag.GOVERNMENT_SOCIAL_ASSISTANCE)
      | bit(IncomeTag.LOCAL_EXCLUSION);
  private static final int NOT_FOR_TEKUN = bit(IncomeTag.RESIDENTS_BASIC_PENSION) | bit(IncomeTag.SOCIAL_INSURANCE_BENEFIT)
      | bit(IncomeTag.OLD_AGE_ALLOWANCE);

  private static int bit(IncomeTag t) {
    return 1 << t.ordinal();
  }

  /** True for an income item that the national rules (and the region's flags) never count. */
  boolean excluded(IncomeItem item) {
    int bits = item.tagBits();
    return bits != 0 && ((bits & ALWAYS_EXCLUDED) != 0
        || (p.excludeResidentsPension && (bits & bit(IncomeTag.RESIDENTS_BASIC_PENSION)) != 0));
  }

  /**
   * The end (exclusive) of the withdrawal period of {@code memberId}: the latest NEW_JOB event of
   * the member within the withdrawal period before the date, plus the period; null when the
   * household does not receive 低保 or the member found no work within the period.
   */
  LocalDate withdrawalEndOf(String memberId) {
    if (!h.receives(CnRulebook.DIBAO)) {
      return null;
    }
    LocalDate end = null;
    for (LifeEvent e : h.events()) {
      if (e.type() == LifeEventType.NEW_JOB && e.memberId().isPresent() && e.memberId().get().equals(memberId)
          && !e.date().isAfter(date)) {
        LocalDate until = e.date().plusMonths(p.withdrawalMonths);
        if (until.isAfter(date) && (end == null || until.isAfter(end))) {
          end = until;
        }
      }
    }
    return end;
  }

  /** Whether {@code m} found work (a NEW_JOB event) within the withdrawal period before the date. */
  boolean inWithdrawal(String memberId) {
    return withdrawalEndOf(memberId) != null;
  }

  /**
   * The first day (exclusive end) on which a member's new-job earnings count again: the earliest
   * withdrawal end over the members whose earnings are disregarded; null when none are.
   */
  LocalDate withdrawalEnd() {
    if (!withdrawal) {
      return null;
    }
    LocalDate end = null;
    for (int m = 0; m < members.size(); m++) {
      if (!counted[m]) {
        continue;
      }
      boolean disregardedAny = false;
      for (int k = 0; k < window && disregarded != null; k++) {
        disregardedAny |= disregarded[m * back + k] != 0;
      }
      if (disregardedAny) {
        LocalDate e = withdrawalEndOf(ids[m]);
        if (e != null && (end == null || e.isBefore(end))) {
          end = e;
        }
      }
    }
    return end;
  }

  // Income and spending by member and month, filled in one pass: slot [m * back + k - 1] holds
  // month (application month - k), k = 1..back.
  private int back;
  private long[] total; // counted-eligible net income (national exclusions removed)
  private long[] disregarded; // new-job earnings disregarded during gradual withdrawal
  private long[] earned; // wages and business income that is counted, for the employment-cost deduction
  private long[] tekunExcluded; // pensions, insurance benefits and old-age allowances (not counted for 特困)
  private long[] spending; // [category * back + k - 1], net of grants

  private static int epochMonth(YearMonth m) {
    return m.getYear() * 12 + m.getMonthValue() - 1;
  }

  private void fill() {
    window = need(p.referenceMonths, DIBAO_INCOME_REFERENCE_MONTHS);
    back = Math.max(window, Math.max(p.rigidWindow, p.temporaryExpenditureWindow));
    int size = members.size();
    total = new long[size * back];
    int app = appMonth;
    byte[] withdrawalOf = null; // 0 unknown, 1 yes, 2 no
    List<IncomeItem> incomes = h.incomes();
    for (int it = 0, count = incomes.size(); it < count; it++) {
      IncomeItem item = incomes.get(it);
      int k = app - item.monthIndex();
      if (k < 1 || k > back || excluded(item)) {
        continue;
      }
      int m = index(item.memberId());
      int slot = m * back + k - 1;
      long net = item.netFen();
      total[slot] += net;
      int bits = item.tagBits();
      if ((bits & bit(IncomeTag.NEW_JOB)) != 0) {
        if (withdrawalOf == null) {
          withdrawalOf = new byte[size];
        }
        if (withdrawalOf[m] == 0) {
          withdrawalOf[m] = (byte) (inWithdrawal(item.memberId()) ? 1 : 2);
        }
        if (withdrawalOf[m] == 1) {
          if (disregarded == null) {
            disregarded = new long[size * back];
          }
          disregarded[slot] += net;
          continue;
        }
      }
      if (item.category() == IncomeCategory.WAGES || item.category() == IncomeCategory.BUSINESS_NET) {
        if (earned == null) {
          earned = new long[size * back];
        }
        earned[slot] += net;
      }
      if ((bits & NOT_FOR_TEKUN) != 0) {
        if (tekunExcluded == null) {
          tekunExcluded = new long[size * back];
        }
        tekunExcluded[slot] += net;
      }
    }
    ExpenditureCategory[] cats = ExpenditureCategory.values();
    spending = new long[cats.length * back];
    for (Expenditure x : h.expenditures()) {
      int k = app - epochMonth(x.month());
      if (k >= 1 && k <= back) {
        spending[x.category().ordinal() * back + k - 1] += x.amount().fen() - x.grantsReceived().fen();
      }
    }
  }

  /** Computes the counted income of the 低保 reference window (and fills the monthly tables). */
  void computeIncome() {
    fill();
    Money s = standard();
    long capFen = need(p.employmentCostRatio, DIBAO_EMPLOYMENT_COST_RATIO).floorTimes(s.fen());
    memberIncome = new long[members.size()];
    long gross = 0;
    long employment = 0;
    for (int m = 0; m < members.size(); m++) {
      if (!counted[m]) {
        continue;
      }
      long own = 0;
      for (int k = 0; k < window; k++) {
        int slot = m * back + k;
        own += total[slot];
        if (disregarded != null) {
          own -= disregarded[slot];
          disregardedNewJob += disregarded[slot];
        }
        if (earned != null) {
          employment += Math.min(earned[slot], capFen);
        }
      }
      memberIncome[m] = own;
      gross += own;
    }
    withdrawal = disregardedNewJob != 0;
    long medical = 0;
    if (p.deductMedical) {
      for (Expenditure x : h.expenditures()) {
        int k = appMonth - epochMonth(x.month());
        if ((x.category() == ExpenditureCategory.MEDICAL_OUT_OF_POCKET || x.category() == ExpenditureCategory.REHABILITATION)
            && k >= 1 && k <= window
            && (x.memberId().isEmpty() || counted[index(x.memberId().get())])) {
          medical += x.amount().fen() - x.grantsReceived().fen();
        }
      }
    }
    grossCounted = gross;
    employmentDeduction = employment;
    medicalDeduction = Math.min(medical, gross - employment);
    incomeTotal = gross - employment - medicalDeduction;
  }

  /** Counted income (no deductions, the 特困 exclusions added) of one member over the 低保 window. */
  long tekunIncome(int m) {
    long sum = 0;
    for (int k = 0; k < window; k++) {
      int slot = m * back + k;
      sum += total[slot] - (tekunExcluded == null ? 0 : tekunExcluded[slot]);
    }
    return sum;
  }

  /** Household income of the {@code months} before the application month, counted members, after exclusions. */
  long incomeOver(int months) {
    long sum = 0;
    for (int m = 0; m < members.size(); m++) {
      if (counted[m]) {
        for (int k = 0; k < months; k++) {
          sum += total[m * back + k];
        }
      }
    }
    return sum;
  }

  /** Rigid spending (net of grants) of one category over the {@code months} before the application month. */
  long spendingOver(int months, ExpenditureCategory category) {
    long sum = 0;
    int base = category.ordinal() * back;
    for (int k = 0; k < months; k++) {
      sum += spending[base + k];
    }
    return sum;
  }

  // ---- assets ----

  /** Financial assets of the counted members (or unowned), less an earmarked major-illness deposit. */
  long financialAssets(String onlyMember) {
    long total = 0;
    LocalDate earmarkLimit = date.plusMonths(p.earmarkMaxMonths);
    for (FinancialAsset a : h.financialAssets()) {
      if (onlyMember != null && !onlyMember.equals(a.ownerMemberId().orElse(null))) {
        continue;
      }
      if (a.ownerMemberId().isPresent() && !counted[index(a.ownerMemberId().get())]) {
        continue;
      }
      if (a.earmarkedForMajorIllness() && a.earmarkedUntil().isPresent() && !a.earmarkedUntil().get().isAfter(earmarkLimit)
          && !a.earmarkedUntil().get().isBefore(date)) {
        continue;
      }
      total += a.value().fen();
    }
    return total;
  }

  /**
   * The first vehicle that disqualifies, or null. Exempt: disability mobility vehicles; motorcycles
   * and e-bikes and the only vehicle used as a livelihood tool where the region says so; vehicles
   * worth less than the region's limit; and up to {@code exemptCars} ordinary cars (小型汽车) worth
   * at most {@code carMax} (no cap when null) — the programme's own count and cap. When {@code
   * exempted} is given, each exempted vehicle's index and the key of the rule that exempted it are
   * added to it.
   */
  Vehicle disqualifyingVehicle(String onlyMember, int exemptCars, Money carMax, List<String[]> exempted) {
    int carsLeft = exemptCars;
    int vehicles = 0;
    for (Vehicle v : h.vehicles()) {
      if (onlyMember == null || onlyMember.equals(v.ownerMemberId().orElse(null))) {
        vehicles++;
      }
    }
    Vehicle first = null;
    List<Vehicle> all = h.vehicles();
    for (int i = 0; i < all.size(); i++) {
      Vehicle v = all.get(i);
      if (onlyMember != null && !onlyMember.equals(v.ownerMemberId().orElse(null))) {
        continue;
      }
      String rule = null;
      if (v.type() == VehicleType.DISABILITY_MOBILITY_VEHICLE || v.use() == VehicleUse.DISABILITY_MOBILITY) {
        rule = "disability-mobility";
      } else if (p.exemptMotorcycles && (v.type() == VehicleType.MOTORCYCLE || v.type() == VehicleType.ELECTRIC_BIKE)) {
        rule = DIBAO_EXEMPT_MOTORCYCLES.name();
      } else if (p.exemptLivelihoodVehicle && v.use() == VehicleUse.LIVELIHOOD_TOOL && vehicles == 1) {
        rule = DIBAO_EXEMPT_LIVELIHOOD_VEHICLE.name();
      } else if (p.vehicleExemptMax != null && v.value().isLessThan(p.vehicleExemptMax)) {
        rule = DIBAO_ASSETS_VEHICLE_EXEMPT_MAX.name();
      } else if (carsLeft > 0 && v.type() == VehicleType.CAR && (carMax == null || !v.value().isGreaterThan(carMax))) {
        carsLeft--;
        rule = "exempt-cars";
      }
      if (rule == null) {
        if (first == null) {
          first = v;
          if (exempted == null) {
            return v;
          }
        }
        continue;
      }
      if (exempted != null) {
        exempted.add(new String[] {Integer.toString(i), rule});
      }
    }
    return first;
  }

  /** True when the homes pass: at most the region's number, or a small area per person. */
  boolean homesPass() {
    List<Home> homes = h.homes();
    if (homes.size() <= p.maxHomes) {
      return true;
    }
    if (p.maxHomeAreaPerCapita == null || n == 0) {
      return false;
    }
    BigDecimal area = BigDecimal.ZERO;
    for (Home home : homes) {
      area = area.add(home.floorArea());
    }
    return area.compareTo(p.maxHomeAreaPerCapita.multiply(BigDecimal.valueOf(n))) < 0;
  }

  /** Non-residential property other than the only dwelling. */
  int nonResidential() {
    int k = 0;
    for (NonResidentialProperty x : h.nonResidentialProperties()) {
      if (!x.onlyDwelling()) {
        k++;
      }
    }
    return k;
  }

  /** Active businesses that disqualify (an individual business without employees may not). */
  int disqualifyingBusinesses() {
    int k = 0;
    for (BusinessRegistration b : h.businesses()) {
      if (!b.active()) {
        continue;
      }
      if (p.exemptMicroBusiness && b.type() == BusinessType.INDIVIDUAL_BUSINESS && b.employees() == 0) {
        continue;
      }
      k++;
    }
    return k;
  }

  // ---- members ----

  /**
   * Whether {@code m}, aged {@code age}, can work: as assessed where an assessment is given, else
   * from {@code childBelow} up to below {@code elderlyFrom} without a severe disability or a grade 3
   * intellectual or mental one.
   */
  static boolean ableToWork(Member m, int age, int childBelow, int elderlyFrom) {
    if (m.workCapacity().isPresent()) {
      return m.workCapacity().get() != org.jiuzhu.core.household.WorkCapacity.NONE;
    }
    return age >= childBelow && age < elderlyFrom && !severelyDisabled(m) && !grade3IntellectualOrMental(m);
  }

  static boolean severelyDisabled(Member m) {
    return m.disability().isPresent() && m.disability().get().grade() <= 2;
  }

  static boolean grade3IntellectualOrMental(Member m) {
    return m.disability().isPresent() && m.disability().get().grade() == 3
        && (m.disability().get().category() == DisabilityCategory.INTELLECTUAL
            || m.disability().get().category() == DisabilityCategory.MENTAL);
  }

  static boolean majorIllness(Member m) {
    for (var i : m.illnesses()) {
      if (i.major()) {
        return true;
      }
    }
    return false;
  }
}
