package org.jiuzhu.rules.cn;

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
final class Facts {
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
  final YearMonth month;

  // income over the 低保 reference window
  int window;
  long incomeTotal; // counted, after exclusions and deductions, >= 0
  long grossCounted; // counted before deductions
  long employmentDeduction;
  long medicalDeduction;
  long disregardedNewJob;
  boolean withdrawal; // new-job earnings disregarded (渐退期)
  long[] memberIncome; // each counted member's counted income over the window, after exclusions

  Facts(Household h, LocalDate date, Policy policy, CnParams p) {
    this.h = h;
    this.date = date;
    this.policy = policy;
    this.p = p;
    this.members = h.members();
    this.month = YearMonth.from(date);
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
    if (m.absence().isEmpty()) {
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

  /** True for an income item that the national rules (and the region's flags) never count. */
  boolean excluded(IncomeItem item) {
    if (item.tags().isEmpty()) {
      return false;
    }
    for (IncomeTag t : item.tags()) {
      switch (t) {
        case PREFERENTIAL_TREATMENT_PENSION:
        case FAMILY_PLANNING_REWARD:
        case SCHOLARSHIP:
        case BRAVERY_REWARD:
        case GOVERNMENT_SOCIAL_ASSISTANCE:
        case LOCAL_EXCLUSION:
          return true;
        case RESIDENTS_BASIC_PENSION:
          if (p.excludeResidentsPension) {
            return true;
          }
          break;
        default:
          break;
      }
    }
    return false;
  }

  /** Whether {@code m} found work (a NEW_JOB event) within the withdrawal period before the date. */
  boolean inWithdrawal(String memberId) {
    if (!h.receives(CnRulebook.DIBAO)) {
      return false;
    }
    for (LifeEvent e : h.events()) {
      if (e.type() == LifeEventType.NEW_JOB && e.memberId().isPresent() && e.memberId().get().equals(memberId)
          && !e.date().isAfter(date) && e.date().plusMonths(p.withdrawalMonths).isAfter(date)) {
        return true;
      }
    }
    return false;
  }

  /** Computes the counted income of the 低保 reference window. */
  void computeIncome() {
    Money s = standard();
    window = need(p.referenceMonths, DIBAO_INCOME_REFERENCE_MONTHS);
    YearMonth first = month.minusMonths(window);
    long capFen = need(p.employmentCostRatio, DIBAO_EMPLOYMENT_COST_RATIO).floorTimes(s.fen());
    long[][] earned = new long[members.size()][window];
    memberIncome = new long[members.size()];
    long gross = 0;
    for (IncomeItem item : h.incomes()) {
      int m = index(item.memberId());
      if (!counted[m] || item.month().isBefore(first) || !item.month().isBefore(month) || excluded(item)) {
        continue;
      }
      long net = item.gross().fen() - item.deductions().fen();
      if (!item.tags().isEmpty() && item.tags().contains(IncomeTag.NEW_JOB) && inWithdrawal(item.memberId())) {
        disregardedNewJob += net;
        withdrawal = true;
        continue;
      }
      gross += net;
      memberIncome[m] += net;
      if (item.category() == IncomeCategory.WAGES || item.category() == IncomeCategory.BUSINESS_NET) {
        int k = (int) java.time.temporal.ChronoUnit.MONTHS.between(first, item.month());
        earned[m][k] += net;
      }
    }
    long employment = 0;
    for (long[] memberMonths : earned) {
      for (long e : memberMonths) {
        employment += Math.min(e, capFen);
      }
    }
    long medical = 0;
    if (p.deductMedical) {
      for (Expenditure x : h.expenditures()) {
        if ((x.category() == ExpenditureCategory.MEDICAL_OUT_OF_POCKET || x.category() == ExpenditureCategory.REHABILITATION)
            && !x.month().isBefore(first) && x.month().isBefore(month)
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

  /** Counted income (no deductions, the 特困 exclusions added) of one member over the window. */
  long tekunIncome(int m) {
    YearMonth first = month.minusMonths(window);
    long total = 0;
    String id = members.get(m).id();
    for (IncomeItem item : h.incomes()) {
      if (!item.memberId().equals(id) || item.month().isBefore(first) || !item.month().isBefore(month) || excluded(item)
          || (!item.tags().isEmpty() && (item.tags().contains(IncomeTag.RESIDENTS_BASIC_PENSION)
              || item.tags().contains(IncomeTag.SOCIAL_INSURANCE_BENEFIT) || item.tags().contains(IncomeTag.OLD_AGE_ALLOWANCE)))) {
        continue;
      }
      total += item.gross().fen() - item.deductions().fen();
    }
    return total;
  }

  /** Household income of the {@code months} before the application month, counted members, after exclusions. */
  long incomeOver(int months) {
    YearMonth first = month.minusMonths(months);
    long total = 0;
    for (IncomeItem item : h.incomes()) {
      int m = index(item.memberId());
      if (counted[m] && !item.month().isBefore(first) && item.month().isBefore(month) && !excluded(item)) {
        total += item.gross().fen() - item.deductions().fen();
      }
    }
    return total;
  }

  /** Rigid spending (net of grants) of the {@code months} before the application month, by category; living capped elsewhere. */
  long spendingOver(int months, ExpenditureCategory category) {
    YearMonth first = month.minusMonths(months);
    long total = 0;
    for (Expenditure x : h.expenditures()) {
      if (x.category() == category && !x.month().isBefore(first) && x.month().isBefore(month)) {
        total += x.amount().fen() - x.grantsReceived().fen();
      }
    }
    return total;
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
      if (a.earmarkedForMajorIllness() && a.earmarkedUntil().isPresent() && !a.earmarkedUntil().get().isAfter(earmarkLimit)) {
        continue;
      }
      total += a.value().fen();
    }
    return total;
  }

  /**
   * The first vehicle that disqualifies, or null. Exempt: disability mobility vehicles; motorcycles
   * and e-bikes and the only vehicle used as a livelihood tool where the region says so; vehicles
   * worth less than the region's limit; with {@code exemptOneCar}, one ordinary car.
   */
  Vehicle disqualifyingVehicle(String onlyMember, boolean exemptOneCar) {
    boolean carExempted = false;
    int vehicles = 0;
    for (Vehicle v : h.vehicles()) {
      if (onlyMember == null || onlyMember.equals(v.ownerMemberId().orElse(null))) {
        vehicles++;
      }
    }
    for (Vehicle v : h.vehicles()) {
      if (onlyMember != null && !onlyMember.equals(v.ownerMemberId().orElse(null))) {
        continue;
      }
      if (v.type() == VehicleType.DISABILITY_MOBILITY_VEHICLE || v.use() == VehicleUse.DISABILITY_MOBILITY) {
        continue;
      }
      if (p.exemptMotorcycles && (v.type() == VehicleType.MOTORCYCLE || v.type() == VehicleType.ELECTRIC_BIKE)) {
        continue;
      }
      if (p.exemptLivelihoodVehicle && v.use() == VehicleUse.LIVELIHOOD_TOOL && vehicles == 1) {
        continue;
      }
      if (p.vehicleExemptMax != null && v.value().isLessThan(p.vehicleExemptMax)) {
        continue;
      }
      if (exemptOneCar && !carExempted && v.type() == VehicleType.CAR) {
        carExempted = true;
        continue;
      }
      return v;
    }
    return null;
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

  BigDecimal homeArea() {
    BigDecimal area = BigDecimal.ZERO;
    for (Home home : h.homes()) {
      area = area.add(home.floorArea());
    }
    return area;
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

  int age(Member m) {
    int i = members.indexOf(m);
    return i >= 0 ? ages[i] : m.ageOn(date);
  }
}
