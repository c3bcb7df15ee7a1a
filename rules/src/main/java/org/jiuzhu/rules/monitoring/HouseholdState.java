package org.jiuzhu.rules.monitoring;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jiuzhu.core.household.Disability;
import org.jiuzhu.core.household.DisabilityCategory;
import org.jiuzhu.core.household.Illness;
import org.jiuzhu.core.household.IncomeCategory;
import org.jiuzhu.core.household.LifeEvent;
import org.jiuzhu.core.household.WorkStatus;
import org.jiuzhu.core.monitoring.Colour;
import org.jiuzhu.core.monitoring.Severity;
import org.jiuzhu.core.monitoring.WarningRule;

/**
 * What monitoring remembers of one household between months, in a fixed size made when the
 * household is first seen: money in rings of the last 12 months, one packed int of changes per
 * member, one bit per registered programme left. Nothing is added as months pass — the month's
 * events and alerts are dropped once the month is done — so memory does not grow with the number
 * of months. (A member id the register does not know adds a slot, once.)
 */
final class HouseholdState {
  static final int NONE = Integer.MIN_VALUE;
  /** Review programmes, in this order: 低保, 特困, 低保边缘, 刚性支出. */
  static final int DIBAO = 0;
  static final int TEKUN = 1;
  static final int MARGINAL = 2;
  static final int RIGID = 3;

  // packed member changes
  private static final int WORK_MASK = 0xF; // WorkStatus ordinal + 1, 0 unchanged
  private static final int GRADE_SHIFT = 4; // disability grade, 0 none
  private static final int CATEGORY_SHIFT = 8; // disability category ordinal
  private static final int MAJOR = 1 << 12;
  private static final int CHRONIC = 1 << 13;
  private static final int DIALYSIS_SHIFT = 14; // sessions a week, 0 to 14
  private static final int ILL = 1 << 18;
  private static final int DEAD = 1 << 19;

  /** Ids repeat across households (m1, m2, cn.dibao …): one copy of each. */
  private static final Interner<String> IDS = Interners.newWeakInterner();

  final String id;
  /** The household's own region where the policy declares it and it is not the monitor's (its thresholds apply); else null. */
  org.jiuzhu.core.region.RegionCode region;
  final boolean registered;
  final boolean lowIncome; // receives 低保, 特困, marginal or rigid-expenditure support
  final boolean irregular; // 低保 review at the irregular-income interval
  // epoch days each review programme was received since, by DIBAO, TEKUN, MARGINAL, RIGID (fields, not an array: no header)
  private int since0 = NONE;
  private int since1 = NONE;
  private int since2 = NONE;
  private int since3 = NONE;

  int ringMonth = NONE; // the month index the rings end at
  /**
   * The rings of the last 12 months, in one array (one header for all): [0, 12) out of pocket per
   * month; [12, 24) medical assistance paid, in the low 56 bits, and in the top byte whose the
   * month's bills were: 0 none, slot + 1 for one member, {@link #SEVERAL}; [24, 36) reported
   * income, signed in the low 56 bits, and its category's ordinal in the top byte.
   */
  final long[] medical = new long[36];
  static final int INCOME = 24;
  static final long MONEY = (1L << 56) - 1;
  static final int SEVERAL = 127;
  /** Only once some month has bills of several members: per member slot, 24 longs as {@link #medical}. */
  long[] split;
  /**
   * The medical bills of the 12-month window, packed: month index, source index, line ({@link
   * Monitor}); exactly as long as there are bills (null for none), to keep the state small.
   */
  long[] bills;
  int incomeReported; // bit per ring slot

  int leftMonth = NONE; // month index of leaving assistance
  int lastIncomeLoss = NONE; // month index of the last income-loss alert
  int withdrawalStart = NONE; // epoch day the gradual withdrawal started
  // month index of the last alert, by severity, and its rule's ordinal, a byte a severity (fields, not arrays)
  private int lastAlert0 = NONE;
  private int lastAlert1 = NONE;
  private int lastAlert2 = NONE;
  private int lastRules;

  Colour colour = Colour.GREEN;
  int colourSince; // epoch day
  int lastVisit = NONE; // epoch day
  // the earliest visit deadline of the alerts raised since the last visit (epoch days), the day raised, the rule's ordinal
  int alertVisitBy = NONE;
  int alertRaised;
  int alertRule;
  // the visit overdue since (epoch day of the day it was due), until a visit is recorded; what called for it:
  // the alert's rule ordinal (>= 0), raised on overdueFrom, or -1 - the colour's ordinal, its visit clock overdueFrom
  int overdueDue = NONE;
  int overdueFrom;
  int overdueWhat;

  String[] memberIds; // the register's members, in order; ids the register does not know are added
  int[] members; // packed changes, by member slot
  final String[] benefits; // the register's current benefits (programme ids), in order
  int leftMask; // bit i: benefits[i] was left

  // this month only
  boolean incomeThisMonth;
  boolean incomeLossThisMonth;
  List<LifeEvent> events;
  List<Pending> pending;

  HouseholdState(String id, boolean registered, boolean lowIncome, boolean irregular, int firstSeen, List<String> memberIds,
      List<String> benefits) {
    this.id = id;
    this.registered = registered;
    this.lowIncome = lowIncome;
    this.irregular = irregular;
    this.colourSince = firstSeen;
    this.memberIds = new String[memberIds.size()];
    for (int i = 0; i < this.memberIds.length; i++) {
      this.memberIds[i] = IDS.intern(memberIds.get(i));
    }
    this.members = new int[this.memberIds.length];
    this.benefits = new String[benefits.size()];
    for (int i = 0; i < this.benefits.length; i++) {
      this.benefits[i] = IDS.intern(benefits.get(i));
    }
  }

  /** The epoch day programme {@code p} ({@link #DIBAO} …) was received since, or {@link #NONE}. */
  int since(int p) {
    return switch (p) {
      case DIBAO -> since0;
      case TEKUN -> since1;
      case MARGINAL -> since2;
      default -> since3;
    };
  }

  void since(int p, int epochDay) {
    switch (p) {
      case DIBAO -> since0 = epochDay;
      case TEKUN -> since1 = epochDay;
      case MARGINAL -> since2 = epochDay;
      default -> since3 = epochDay;
    }
  }

  /** The month index of the last alert of severity {@code v} (ordinal), or {@link #NONE}. */
  int lastAlert(int v) {
    return v == 0 ? lastAlert0 : v == 1 ? lastAlert1 : lastAlert2;
  }

  /** The rule ordinal of the last alert of severity {@code v}. */
  int lastRule(int v) {
    return (lastRules >>> (8 * v)) & 0xFF;
  }

  /** Notes an alert of severity {@code v} (ordinal) and rule {@code rule} (ordinal) in month {@code month}. */
  void alerted(int v, int month, int rule) {
    if (v == 0) {
      lastAlert0 = month;
    } else if (v == 1) {
      lastAlert1 = month;
    } else {
      lastAlert2 = month;
    }
    lastRules = (lastRules & ~(0xFF << (8 * v))) | ((rule & 0xFF) << (8 * v));
  }

  /** An alert found this month, screened and emitted when the month is done. */
  record Pending(WarningRule rule, Severity severity, org.jiuzhu.core.monitoring.Evidence evidence) {}

  /** The slot of member {@code memberId}, added when the register does not know it. */
  int slot(String memberId) {
    for (int i = 0; i < memberIds.length; i++) {
      if (memberIds[i].equals(memberId)) {
        return i;
      }
    }
    memberIds = Arrays.copyOf(memberIds, memberIds.length + 1);
    members = Arrays.copyOf(members, members.length + 1);
    if (split != null) {
      split = Arrays.copyOf(split, 24 * memberIds.length);
    }
    memberIds[memberIds.length - 1] = IDS.intern(memberId);
    return memberIds.length - 1;
  }

  /** The slot of {@code memberId}, or -1 without adding it. */
  int find(String memberId) {
    for (int i = 0; i < memberIds.length; i++) {
      if (memberIds[i].equals(memberId)) {
        return i;
      }
    }
    return -1;
  }

  boolean dead(int slot) {
    return (members[slot] & DEAD) != 0;
  }

  boolean anyDead() {
    for (int m : members) {
      if ((m & DEAD) != 0) {
        return true;
      }
    }
    return false;
  }

  void markDead(int slot) {
    members[slot] |= DEAD;
  }

  void work(int slot, WorkStatus status) {
    members[slot] = (members[slot] & ~WORK_MASK) | (status.ordinal() + 1);
  }

  /** The reported work status, or null when unchanged. */
  WorkStatus work(int slot) {
    int w = members[slot] & WORK_MASK;
    return w == 0 ? null : WorkStatus.values()[w - 1];
  }

  void disability(int slot, Disability d) {
    members[slot] = (members[slot] & ~(0xFF << GRADE_SHIFT)) | (d.grade() << GRADE_SHIFT)
        | (d.category().ordinal() << CATEGORY_SHIFT);
  }

  /** The reported disability, or null when none was reported. */
  Disability disability(int slot) {
    int grade = (members[slot] >>> GRADE_SHIFT) & 0xF;
    return grade == 0 ? null : Disability.of(DisabilityCategory.values()[(members[slot] >>> CATEGORY_SHIFT) & 0xF], grade);
  }

  /** Records a diagnosis: only what the rules read (major, chronic, dialysis), never the diagnosis itself. */
  void illness(int slot, Illness i) {
    int m = members[slot] | ILL;
    if (i.major()) {
      m |= MAJOR;
    }
    if (i.chronic()) {
      m |= CHRONIC;
    }
    int dialysis = Math.max((m >>> DIALYSIS_SHIFT) & 0xF, i.dialysisSessionsPerWeek());
    members[slot] = (m & ~(0xF << DIALYSIS_SHIFT)) | (dialysis << DIALYSIS_SHIFT);
  }

  /** The reported illnesses of a member as one illness, or null when none was reported. */
  Illness illness(int slot) {
    int m = members[slot];
    if ((m & ILL) == 0) {
      return null;
    }
    return new Illness.Builder().description("reported by the monitoring feed").major((m & MAJOR) != 0)
        .chronic((m & CHRONIC) != 0).dialysisSessionsPerWeek((m >>> DIALYSIS_SHIFT) & 0xF).build();
  }

  /** Marks every registered benefit of {@code programmeId} as left. */
  void left(String programmeId) {
    for (int i = 0; i < benefits.length && i < 32; i++) {
      if (benefits[i].equals(programmeId)) {
        leftMask |= 1 << i;
      }
    }
  }

  boolean left(int benefit) {
    return benefit < 32 && (leftMask & (1 << benefit)) != 0;
  }

  /** Moves the rings to {@code month}, clearing the months in between. */
  void advance(int month) {
    if (ringMonth == NONE || month - ringMonth >= 12) {
      Arrays.fill(medical, 0);
      incomeReported = 0;
      split = null;
    } else {
      for (int m = ringMonth + 1; m <= month; m++) {
        int slot = ring(m);
        medical[slot] = 0;
        medical[12 + slot] = 0;
        medical[INCOME + slot] = 0;
        incomeReported &= ~(1 << slot);
        if (split != null) {
          for (int k = 0; k < memberIds.length; k++) {
            split[24 * k + slot] = 0;
            split[24 * k + 12 + slot] = 0;
          }
        }
      }
    }
    if (bills != null && month - (int) (bills[0] >>> 48) >= 12) { // drop the bills that left the 12-month window
      int first = 0;
      while (first < bills.length && month - (int) (bills[first] >>> 48) >= 12) {
        first++;
      }
      bills = first == bills.length ? null : Arrays.copyOfRange(bills, first, bills.length);
    }
    if (ringMonth == NONE || month > ringMonth) {
      ringMonth = month;
    }
  }

  static int ring(int month) {
    return Math.floorMod(month, 12);
  }

  /** Adds a bill of member {@code slot}: the month's totals, whose they were, and the bill's reference. */
  void addMedical(int month, long outOfPocket, long assistance, int slot, long reference) {
    int r = ring(month);
    int code = memberCode(r);
    int mine = Math.min(slot + 1, SEVERAL);
    int next = code == 0 ? mine : code == mine ? code : SEVERAL;
    if (next == SEVERAL && split == null) {
      split = new long[24 * memberIds.length];
      for (int i = 0; i < 12; i++) { // what each month held so far belonged to its one member
        int c = memberCode(i);
        if (c > 0 && c < SEVERAL) {
          split[24 * (c - 1) + i] = medical[i];
          split[24 * (c - 1) + 12 + i] = assistance(i);
        }
      }
    }
    medical[r] += outOfPocket;
    medical[12 + r] = ((long) next << 56) | Math.min(MONEY, assistance(r) + assistance);
    if (split != null) {
      split[24 * slot + r] += outOfPocket;
      split[24 * slot + 12 + r] += assistance;
    }
    if (bills == null) {
      bills = new long[] {reference};
    } else { // bills come month by month: the list stays oldest first
      bills = Arrays.copyOf(bills, bills.length + 1);
      bills[bills.length - 1] = reference;
    }
  }

  /** Medical assistance paid in ring slot {@code r}. */
  long assistance(int r) {
    return medical[12 + r] & MONEY;
  }

  /** Whose the bills of ring slot {@code r} were: 0 none, slot + 1, or {@link #SEVERAL}. */
  int memberCode(int r) {
    return (int) (medical[12 + r] >>> 56);
  }

  long medicalYear() {
    long sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += medical[i];
    }
    return sum;
  }

  long assistanceYear() {
    long sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += assistance(i);
    }
    return sum;
  }

  /** Reported income of ring slot {@code r} (fen, signed). */
  long income(int r) {
    return (medical[INCOME + r] << 8) >> 8;
  }

  /** The category of the income last reported in ring slot {@code r}. */
  IncomeCategory incomeCategory(int r) {
    return IncomeCategory.values()[(int) (medical[INCOME + r] >>> 56)];
  }

  /** Income beyond ±2^55 fen (about 3.6 × 10^14 yuan) a month is held at that bound. */
  private static final long INCOME_BOUND = (1L << 55) - 1;

  void addIncome(int month, long amount, IncomeCategory category) {
    int s = ring(month);
    long sum = Math.max(-INCOME_BOUND, Math.min(INCOME_BOUND, income(s) + Math.max(-INCOME_BOUND, Math.min(INCOME_BOUND, amount))));
    medical[INCOME + s] = ((long) category.ordinal() << 56) | (sum & MONEY);
    incomeReported |= 1 << s;
    incomeThisMonth = true;
  }

  boolean incomeReported(int month) {
    return ringMonth != NONE && month <= ringMonth && ringMonth - month < 12 && (incomeReported & (1 << ring(month))) != 0;
  }

  /** Average reported income over the {@code months} months before {@code month}, or -1 when none was reported. */
  long incomeAverageBefore(int month, int months) {
    long sum = 0;
    int n = 0;
    for (int m = month - months; m < month; m++) {
      if (incomeReported(m)) {
        sum += income(ring(m));
        n++;
      }
    }
    return n == 0 ? -1 : Math.floorDiv(sum, n);
  }

  void addEvent(LifeEvent e) {
    if (events == null) {
      events = new ArrayList<>(2);
    }
    events.add(e);
  }

  void addPending(Pending p) {
    if (pending == null) {
      pending = new ArrayList<>(2);
    }
    pending.add(p);
  }

  void endMonth() {
    incomeThisMonth = false;
    incomeLossThisMonth = false;
    events = null;
    pending = null;
  }
}
