package org.jiuzhu.rules.monitoring;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jiuzhu.core.household.CurrentBenefit;
import org.jiuzhu.core.household.Disability;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.household.LifeEvent;
import org.jiuzhu.core.household.LifeEventType;
import org.jiuzhu.core.household.Member;
import org.jiuzhu.core.household.WorkStatus;
import org.jiuzhu.core.monitoring.Alert;
import org.jiuzhu.core.monitoring.Colour;
import org.jiuzhu.core.monitoring.ColourChange;
import org.jiuzhu.core.monitoring.Due;
import org.jiuzhu.core.monitoring.DueKind;
import org.jiuzhu.core.monitoring.Evidence;
import org.jiuzhu.core.monitoring.MonthlyRecord;
import org.jiuzhu.core.monitoring.ProgrammeHint;
import org.jiuzhu.core.monitoring.Severity;
import org.jiuzhu.core.monitoring.WarningRule;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.policy.MissingParameterException;
import org.jiuzhu.core.policy.PerStretch;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.policy.PolicySnapshot;
import org.jiuzhu.core.policy.UnknownRegionException;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.core.time.HolidayCalendar;
import org.jiuzhu.core.validation.Problem;
import org.jiuzhu.core.validation.ValidationException;
import org.jiuzhu.rules.calendar.HolidayCalendars;
import org.jiuzhu.rules.catalogue.Catalogue;
import org.jiuzhu.rules.catalogue.CatalogueScreener;
import org.jiuzhu.rules.catalogue.CatalogueScreening;
import org.jiuzhu.rules.catalogue.ProgrammeResult;
import org.jiuzhu.rules.cn.CnRulebook;

/**
 * Policy finds the person (政策找人): monitoring of a region's households over monthly feeds.
 * Each month's records are applied to a compact state per household carried from month to
 * month; when the month is done every monitored household is graded in three colours, alerts
 * are screened against every programme (one screening per household, on the household as it now
 * stands) and handed on with their visit deadline, and what comes due in the next month —
 * periodic reviews, the end of a rigid-expenditure recognition or of a gradual withdrawal, the
 * visit its colour calls for — is listed with working-day dates from the holiday calendar.
 *
 * <p>Thresholds, severities, visit deadlines and frequencies are the region's dated parameters
 * ({@link MonitoringParameters}), resolved once per month for the region the monitor was made
 * for. Memory grows with the number of households, never with the number of months. A monitor
 * is not thread-safe: one month is processed at a time, in order; within a month, alerted
 * households are screened in parallel on the common fork-join pool, so the register must be
 * safe to read from several threads.
 *
 * <pre>{@code
 * Monitor monitor = Monitor.create(Policy.installed(), RegionCode.parse("620825"), register);
 * Monitor.MonthRun run = monitor.begin(YearMonth.of(2025, 3), sink);
 * MonthlyRecordReader.read(feed, run::accept, reject -> ...);
 * MonthSummary summary = run.finish();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Monitor {
  private final RegionCode region;
  private final HolidayCalendar calendar;
  private final HouseholdRegister register;
  private final CatalogueScreener screener;
  private final PerStretch<Thresholds> thresholds;
  private final Map<String, HouseholdState> states = new LinkedHashMap<>();
  private YearMonth last;
  private MonthRun open;

  /**
   * A monitor for {@code region} that screens with {@code screener} and counts working days with
   * {@code calendar}.
   *
   * @throws UnknownRegionException if {@code policy} does not know {@code region}
   */
  public Monitor(Policy policy, RegionCode region, HolidayCalendar calendar, HouseholdRegister register,
      CatalogueScreener screener) {
    checkNotNull(policy, "policy");
    this.region = checkNotNull(region, "region");
    this.calendar = checkNotNull(calendar, "calendar");
    this.register = checkNotNull(register, "register");
    this.screener = checkNotNull(screener, "screener");
    if (!policy.isKnown(region)) {
      throw new UnknownRegionException(region, "unknown region " + region + "; known regions are " + policy.regions().keySet());
    }
    this.thresholds = new PerStretch<>(policy, Thresholds::new);
  }

  /** A monitor for {@code region} with the national holiday calendar and China's catalogue of programmes. */
  public static Monitor create(Policy policy, RegionCode region, HouseholdRegister register) {
    return new Monitor(policy, region, HolidayCalendars.national(), register,
        new CatalogueScreener(CnRulebook.create(policy), Catalogue.cn()));
  }

  /** The region whose parameters apply. */
  public RegionCode region() {
    return region;
  }

  /** The last month processed, or empty before the first. */
  public Optional<YearMonth> lastMonth() {
    return Optional.ofNullable(last);
  }

  /** The number of households monitored. */
  public int households() {
    return states.size();
  }

  /** The colour of a monitored household, or empty when it is not monitored. */
  public Optional<Colour> colour(String householdId) {
    HouseholdState s = states.get(householdId);
    return s == null ? Optional.empty() : Optional.of(s.colour);
  }

  /**
   * Starts monitoring a registered household before any record about it arrives, so that its
   * reviews and visits come due. Does nothing for a household already monitored.
   *
   * @param since the day monitoring starts (its visit clock starts then)
   */
  public void track(String householdId, LocalDate since) {
    checkNotNull(householdId, "householdId");
    checkNotNull(since, "since");
    if (open != null) {
      throw new IllegalStateException("month " + open.month + " is open; track households between months");
    }
    states.computeIfAbsent(householdId, id -> newState(id, since));
  }

  /**
   * Starts monitoring registered households before any record about them arrives, as {@link
   * #track(String, LocalDate)} does for each, in the order given; the register is read in
   * parallel.
   */
  public void trackAll(List<String> householdIds, LocalDate since) {
    checkNotNull(householdIds, "householdIds");
    checkNotNull(since, "since");
    if (open != null) {
      throw new IllegalStateException("month " + open.month + " is open; track households between months");
    }
    HouseholdState[] made = new HouseholdState[householdIds.size()];
    IntStream.range(0, made.length).parallel().forEach(i -> {
      String id = checkNotNull(householdIds.get(i), "household id");
      if (!states.containsKey(id)) {
        made[i] = newState(id, since);
      }
    });
    for (HouseholdState s : made) {
      if (s != null) {
        states.putIfAbsent(s.id, s);
      }
    }
  }

  /**
   * Processes one month's records at once.
   *
   * @throws IllegalArgumentException if {@code month} is not after the last month processed
   */
  public MonthSummary process(YearMonth month, Iterable<MonthlyRecord> records, MonitorSink sink) {
    MonthRun run = begin(month, sink);
    for (MonthlyRecord r : records) {
      run.accept(r);
    }
    return run.finish();
  }

  /**
   * Opens {@code month}: records are then {@linkplain MonthRun#accept accepted} one by one (as a
   * feed is read) and the month is {@linkplain MonthRun#finish finished}.
   *
   * @throws IllegalArgumentException if {@code month} is not after the last month processed (a
   *     month whose deadlines fall past the holiday calendar's years is processed, its working
   *     days counted on weekends only: see {@link HolidayCalendar#deadline})
   * @throws IllegalStateException if another month is open
   */
  public MonthRun begin(YearMonth month, MonitorSink sink) {
    checkNotNull(month, "month");
    checkNotNull(sink, "sink");
    if (open != null) {
      throw new IllegalStateException("month " + open.month + " is still open; finish it before " + month);
    }
    if (last != null && !month.isAfter(last)) {
      throw new IllegalArgumentException("month " + month + " is not after the last month processed, " + last
          + "; months are processed in order, each once");
    }
    LocalDate matched = month.plusMonths(1).atDay(1);
    LocalDate windowEnd = matched.plusMonths(1);
    // past the calendar's years, deadlines count weekends only and are provisional (the calendar warns)
    open = new MonthRun(month, matched, windowEnd, thresholds.get(region, matched), sink);
    return open;
  }

  private HouseholdState newState(String id, LocalDate firstSeen) {
    int day = (int) firstSeen.toEpochDay();
    Optional<Household> h = register.find(id);
    if (h.isEmpty()) {
      return new HouseholdState(id, false, false, false, day, List.of(), List.of());
    }
    Household hh = h.get();
    List<String> memberIds = new ArrayList<>(hh.members().size());
    for (Member m : hh.members()) {
      memberIds.add(m.id());
    }
    List<String> benefits = new ArrayList<>(hh.currentBenefits().size());
    for (CurrentBenefit b : hh.currentBenefits()) {
      benefits.add(b.programmeId());
    }
    HouseholdState s = new HouseholdState(id, true, receivesAny(hh),
        irregular(hh, firstSeen, thresholds.get(region, firstSeen).snapshot), day, memberIds, benefits);
    for (CurrentBenefit b : hh.currentBenefits()) {
      int p = programme(b.programmeId());
      int since = (int) b.since().toEpochDay();
      if (p >= 0 && (s.since[p] == HouseholdState.NONE || since < s.since[p])) {
        s.since[p] = since;
      }
    }
    return s;
  }

  private static boolean receivesAny(Household h) {
    for (CurrentBenefit b : h.currentBenefits()) {
      if (programme(b.programmeId()) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** 低保, 特困, marginal and rigid-expenditure programmes, by {@link HouseholdState} index; -1 for others. */
  private static int programme(String id) {
    return switch (id) {
      case CnRulebook.DIBAO, CnRulebook.DIBAO_SINGLE -> HouseholdState.DIBAO;
      case CnRulebook.TEKUN -> HouseholdState.TEKUN;
      case CnRulebook.MARGINAL -> HouseholdState.MARGINAL;
      case CnRulebook.RIGID -> HouseholdState.RIGID;
      default -> -1;
    };
  }

  private static final String[] PROGRAMME_IDS = {CnRulebook.DIBAO, CnRulebook.TEKUN, CnRulebook.MARGINAL, CnRulebook.RIGID};
  private static final String[] PROGRAMME_ZH = {"低保", "特困供养", "低保边缘家庭", "刚性支出困难家庭"};
  private static final String[] PROGRAMME_EN = {"minimum living allowance", "extreme-poverty support",
      "marginal household", "rigid-expenditure household"};

  /**
   * Reviewed at the irregular-income interval: a member able to work by the rulebook's test ({@link
   * CnRulebook#ableToWork}) who is not retired or in school — someone whose earnings can change.
   */
  private static boolean irregular(Household h, LocalDate date, PolicySnapshot snapshot) {
    for (Member m : h.members()) {
      if (m.workStatus() != WorkStatus.RETIRED && m.workStatus() != WorkStatus.STUDENT
          && CnRulebook.ableToWork(m, date, snapshot)) {
        return true;
      }
    }
    return false;
  }

  private static int index(YearMonth m) {
    return m.getYear() * 12 + m.getMonthValue() - 1;
  }

  private static String yuan(long fen) {
    return Money.ofFen(fen) + " 元";
  }

  private static String yuanEn(long fen) {
    return Money.ofFen(fen) + " yuan";
  }

  private static String cny(long fen) {
    return Money.ofFen(fen) + " CNY";
  }

  /**
   * What comes next for a monitored household, from {@code from} on: the next periodic review of
   * each programme it receives, the end of its rigid-expenditure recognition and of a gradual
   * withdrawal, and its next visit — each on a working day (a date in a year the holiday calendar
   * does not cover is given as it falls, and says so). Empty when the household is not monitored.
   */
  public List<Due> schedule(String householdId, LocalDate from) {
    checkNotNull(householdId, "householdId");
    checkNotNull(from, "from");
    HouseholdState s = states.get(householdId);
    if (s == null) {
      return List.of();
    }
    List<Due> out = new ArrayList<>();
    upcoming(s, thresholds.get(region, from), from, null, out::add);
    out.sort(java.util.Comparator.comparing(Due::date));
    return out;
  }

  /** Hands on what falls due in [from, until) (no upper bound when {@code until} is null). */
  private void upcoming(HouseholdState s, Thresholds t, LocalDate from, LocalDate until, java.util.function.Consumer<Due> out) {
    for (int p = 0; p < 4; p++) {
      if (s.since[p] == HouseholdState.NONE) {
        continue;
      }
      LocalDate since = LocalDate.ofEpochDay(s.since[p]);
      if (p == HouseholdState.RIGID) {
        LocalDate end = since.plusMonths(t.rigidValidity);
        if (within(end, from, until)) {
          out.accept(due(s, DueKind.RIGID_RECOGNITION_END, PROGRAMME_IDS[p], end,
              PROGRAMME_ZH[p] + "自 " + since + " 起认定，有效期 " + t.rigidValidity + " 个月",
              PROGRAMME_EN[p] + " recognised on " + since + ", valid " + t.rigidValidity + " months"));
        }
        continue;
      }
      int interval = switch (p) {
        case HouseholdState.DIBAO -> s.irregular ? t.dibaoIrregular : t.dibaoStable;
        case HouseholdState.TEKUN -> t.tekunReview;
        default -> t.marginalReview;
      };
      LocalDate d = next(since, interval, from);
      if (within(d, from, until)) {
        out.accept(due(s, DueKind.PERIODIC_REVIEW, PROGRAMME_IDS[p], d,
            PROGRAMME_ZH[p] + "自 " + since + " 起，每 " + interval + " 个月复核",
            PROGRAMME_EN[p] + " since " + since + ", reviewed every " + interval + " months"));
      }
    }
    if (s.withdrawalStart != HouseholdState.NONE) {
      LocalDate start = LocalDate.ofEpochDay(s.withdrawalStart);
      LocalDate end = start.plusMonths(t.withdrawalMonths);
      if (within(end, from, until)) {
        out.accept(due(s, DueKind.WITHDRAWAL_END, CnRulebook.DIBAO, end,
            "成员就业于 " + start + "，渐退期 " + t.withdrawalMonths + " 个月",
            "a member found work on " + start + "; gradual withdrawal of " + t.withdrawalMonths + " months"));
      }
    }
    int every = t.visitMonths.get(s.colour);
    LocalDate clock = LocalDate.ofEpochDay(Math.max(s.colourSince, s.lastVisit));
    LocalDate visit = next(clock, every, from);
    if (within(visit, from, until)) {
      out.accept(due(s, DueKind.VISIT, "", visit,
          s.colour.zh() + "每 " + every + " 个月走访，上次起算 " + clock,
          s.colour.en() + " households are visited every " + every + " months, counted from " + clock));
    }
  }

  private static boolean within(LocalDate d, LocalDate from, LocalDate until) {
    return !d.isBefore(from) && (until == null || d.isBefore(until));
  }

  /** The first {@code start + k * months} (k >= 1) on or after {@code from}. */
  private static LocalDate next(LocalDate start, int months, LocalDate from) {
    long k = Math.max(1, ChronoUnit.MONTHS.between(start, from) / months);
    LocalDate d = start.plusMonths(k * months);
    while (d.isBefore(from)) {
      k++;
      d = start.plusMonths(k * months);
    }
    return d;
  }

  /** A due on the first working day on or after {@code date}. */
  private Due due(HouseholdState s, DueKind kind, String programme, LocalDate date, String zh, String en) {
    if (!calendar.covers(date)) {
      return new Due(s.id, kind, programme, date, zh + "；" + calendar.name() + " 日历未覆盖 " + date.getYear() + " 年，未顺延",
          en + "; not moved to a working day: calendar '" + calendar.name() + "' does not cover " + date.getYear());
    }
    LocalDate working = date;
    while (!calendar.isWorkingDay(working)) {
      working = working.plusDays(1);
      if (!calendar.covers(working)) {
        return new Due(s.id, kind, programme, date, zh + "；" + calendar.name() + " 日历未覆盖 " + working.getYear() + " 年，未顺延",
            en + "; not moved to a working day: calendar '" + calendar.name() + "' does not cover " + working.getYear());
      }
    }
    String moved = working.equals(date) ? "" : "; " + date + " is not a working day";
    String movedZh = working.equals(date) ? "" : "；" + date + " 非工作日，顺延";
    return new Due(s.id, kind, programme, working, zh + movedZh, en + moved);
  }

  /** One open month: records go in with {@link #accept}, results come out of {@link #finish}. */
  public final class MonthRun {
    private final YearMonth month;
    private final int mi;
    private final LocalDate matched;
    private final LocalDate windowEnd;
    private final Thresholds t;
    private final MonitorSink sink;
    private long records;
    private long rejected;
    private long newHouseholds;
    private boolean finished;

    MonthRun(YearMonth month, LocalDate matched, LocalDate windowEnd, Thresholds t, MonitorSink sink) {
      this.month = month;
      this.mi = index(month);
      this.matched = matched;
      this.windowEnd = windowEnd;
      this.t = t;
      this.sink = sink;
    }

    /** The month being processed. */
    public YearMonth month() {
      return month;
    }

    /**
     * Applies one record. A record outside the month, or one that contradicts what is known (a
     * second death of the same member), goes to {@link MonitorSink#rejected} and changes
     * nothing.
     */
    public void accept(MonthlyRecord r) {
      checkNotNull(r, "record");
      if (finished) {
        throw new IllegalStateException("month " + month + " is finished");
      }
      if (!r.month().equals(month)) {
        reject(r, Problem.of("date", "record.month", "date " + r.date() + " is outside the feed's month " + month
            + "; expected a date in " + month));
        return;
      }
      HouseholdState s = states.get(r.householdId());
      if (s == null) {
        s = newState(r.householdId(), matched);
        states.put(r.householdId(), s);
        newHouseholds++;
      }
      s.advance(mi);
      switch (r.type()) {
        case MEDICAL_BILL -> medicalBill(s, r);
        case DIAGNOSIS -> diagnosis(s, r);
        case DISABILITY -> disability(s, r);
        case DEATH -> {
          if (!death(s, r)) {
            return;
          }
        }
        case JOB_LOSS -> jobLoss(s, r);
        case NEW_JOB -> newJob(s, r);
        case INCOME -> s.addIncome(mi, r.amount().orElseThrow().fen(), r.incomeCategory().orElseThrow());
        case DISASTER -> disaster(s, r);
        case LEFT_ASSISTANCE -> leftAssistance(s, r);
        case VISIT -> s.lastVisit = Math.max(s.lastVisit, (int) r.date().toEpochDay());
      }
      records++;
    }

    private void reject(MonthlyRecord r, Problem p) {
      rejected++;
      sink.rejected(r, p);
    }

    private boolean monitored(HouseholdState s) {
      return s.lowIncome || leaver(s);
    }

    private boolean leaver(HouseholdState s) {
      return s.leftMonth != HouseholdState.NONE && mi - s.leftMonth < t.leaverMonths;
    }

    private void pending(HouseholdState s, WarningRule rule, MonthlyRecord r, String key, String threshold, String zh, String en) {
      s.addPending(new HouseholdState.Pending(rule, t.severity.get(rule),
          new Evidence(List.of(r.reference()), key, threshold, zh, en)));
    }

    private void medicalBill(HouseholdState s, MonthlyRecord r) {
      long amount = r.amount().orElseThrow().fen();
      long assistance = r.medicalAssistance().map(Money::fen).orElse(0L);
      long before = s.medicalYear();
      long assistedBefore = s.assistanceYear();
      s.addMedical(mi, amount, assistance);
      long after = before + amount;
      boolean monitored = monitored(s);
      if (r.inpatient()) {
        s.addEvent(new LifeEvent.Builder().date(r.date()).type(LifeEventType.HOSPITAL_STAY).memberId(r.memberId())
            .amount(Money.ofFen(amount)).build());
        long limit = t.hospitalStay(monitored);
        if (amount > limit) {
          pending(s, WarningRule.HOSPITAL_STAY, r, (monitored ? MonitoringParameters.HOSPITAL_STAY_MONITORED
                  : MonitoringParameters.HOSPITAL_STAY_OTHER).name(), cny(limit),
              "成员 " + r.memberId().orElseThrow() + " 单次住院自付 " + yuan(amount),
              "member " + r.memberId().orElseThrow() + " paid " + yuanEn(amount) + " out of pocket for one hospital stay");
        }
      }
      String zh = "近12个月医疗自付合计 " + yuan(after);
      String en = "out-of-pocket medical cost over 12 months " + yuanEn(after);
      if (monitored && before <= t.medicalLowIncome && after > t.medicalLowIncome) {
        pending(s, WarningRule.MEDICAL_COST_LOW_INCOME, r, MonitoringParameters.MEDICAL_LOW_INCOME.name(),
            cny(t.medicalLowIncome), zh + "（低收入家庭）", en + " (low-income household)");
      }
      if (!monitored && before <= t.medicalAnyone && after > t.medicalAnyone) {
        pending(s, WarningRule.MEDICAL_COST_ANYONE, r, MonitoringParameters.MEDICAL_ANYONE.name(), cny(t.medicalAnyone), zh, en);
      }
      if (before <= t.medicalShare && after > t.medicalShare) {
        pending(s, WarningRule.MEDICAL_COST_SHARE_OF_INCOME, r, MonitoringParameters.MEDICAL_SHARE.name(),
            t.shareRatio.toPlainString() + " × " + cny(t.ruralIncome) + " = " + cny(t.medicalShare), zh, en);
      }
      if (assistedBefore + assistance == 0 && before < t.noAssistance && after >= t.noAssistance) {
        pending(s, WarningRule.MEDICAL_COST_NO_ASSISTANCE, r, MonitoringParameters.NO_ASSISTANCE.name(),
            cny(t.noAssistance), zh + "，未获医疗救助", en + ", with no medical assistance");
      }
    }

    private void diagnosis(HouseholdState s, MonthlyRecord r) {
      String member = r.memberId().orElseThrow();
      var illness = r.illness().orElseThrow();
      s.illness(s.slot(member), illness);
      if (illness.major() || illness.dialysisSessionsPerWeek() > 0) {
        s.addEvent(new LifeEvent.Builder().date(r.date()).type(LifeEventType.MAJOR_ILLNESS_DIAGNOSIS).memberId(member).build());
        String zh = illness.dialysisSessionsPerWeek() > 0
            ? "成员 " + member + " 需透析，每周 " + illness.dialysisSessionsPerWeek() + " 次"
            : "成员 " + member + " 确诊重特大疾病";
        String en = illness.dialysisSessionsPerWeek() > 0
            ? "member " + member + " on dialysis " + illness.dialysisSessionsPerWeek() + " times a week"
            : "member " + member + " diagnosed with a major illness";
        pending(s, WarningRule.MAJOR_ILLNESS, r, "", "", zh, en);
      }
    }

    private void disability(HouseholdState s, MonthlyRecord r) {
      String member = r.memberId().orElseThrow();
      Disability d = r.disability().orElseThrow();
      int slot = s.slot(member);
      Disability reported = s.disability(slot);
      Optional<Disability> before = reported != null ? Optional.of(reported) : registeredDisability(s, member);
      s.disability(slot, d);
      boolean wasSevere = before.isPresent() && before.get().grade() <= t.severeGrade;
      if (d.grade() <= t.severeGrade && !wasSevere) {
        s.addEvent(new LifeEvent.Builder().date(r.date()).type(LifeEventType.NEW_SEVERE_DISABILITY).memberId(member).build());
        pending(s, WarningRule.SEVERE_DISABILITY, r, MonitoringParameters.SEVERE_DISABILITY_GRADE.name(),
            "grade ≤ " + t.severeGrade,
            "成员 " + member + " 新认定" + d.grade() + "级残疾" + before.map(b -> "（原为" + b.grade() + "级）").orElse(""),
            "member " + member + " newly certified with a grade " + d.grade() + " disability"
                + before.map(b -> " (was grade " + b.grade() + ")").orElse(""));
      }
    }

    private Optional<Disability> registeredDisability(HouseholdState s, String member) {
      if (!s.registered) {
        return Optional.empty();
      }
      return register.find(s.id).flatMap(h -> h.member(member)).flatMap(Member::disability);
    }

    private boolean death(HouseholdState s, MonthlyRecord r) {
      String member = r.memberId().orElseThrow();
      int slot = s.slot(member);
      if (s.dead(slot)) {
        reject(r, Problem.of("member", "record.death.repeated", "member " + member + " of household " + s.id
            + " was already recorded as dead; expected one death record per member"));
        return false;
      }
      s.markDead(slot);
      s.addEvent(new LifeEvent.Builder().date(r.date()).type(LifeEventType.DEATH).build());
      pending(s, WarningRule.DEATH, r, "", "", "成员 " + member + " 于 " + r.date() + " 死亡",
          "member " + member + " died on " + r.date());
      return true;
    }

    private void jobLoss(HouseholdState s, MonthlyRecord r) {
      String member = r.memberId().orElseThrow();
      s.work(s.slot(member), WorkStatus.UNEMPLOYED);
      s.addEvent(new LifeEvent.Builder().date(r.date()).type(LifeEventType.JOB_LOSS).memberId(member)
          .amount(r.amount()).build());
      if (r.amount().isEmpty()) {
        return; // the share lost is unknown: next month's income records show it
      }
      long lost = r.amount().get().fen();
      long average = s.incomeAverageBefore(mi, t.incomeMonths);
      if (average > 0 && BigDecimal.valueOf(lost).compareTo(t.lossShare.multiply(BigDecimal.valueOf(average))) >= 0
          && !s.incomeLossThisMonth && !incomeLossRecent(s)) {
        s.incomeLossThisMonth = true;
        s.lastIncomeLoss = mi;
        pending(s, WarningRule.INCOME_LOSS, r, MonitoringParameters.INCOME_LOSS_SHARE.name(), lossThreshold(average),
            "成员 " + member + " 失业，月收入减少 " + yuan(lost) + "，近" + t.incomeMonths + "个月家庭月均收入 " + yuan(average),
            "member " + member + " lost a job: " + yuanEn(lost) + " a month of an average household income of "
                + yuanEn(average) + " over the last " + t.incomeMonths + " months");
      }
    }

    private void newJob(HouseholdState s, MonthlyRecord r) {
      s.work(s.slot(r.memberId().orElseThrow()), WorkStatus.EMPLOYED);
      s.addEvent(new LifeEvent.Builder().date(r.date()).type(LifeEventType.NEW_JOB).memberId(r.memberId()).build());
      if (s.since[HouseholdState.DIBAO] != HouseholdState.NONE && t.withdrawalMonths > 0) {
        s.withdrawalStart = (int) r.date().toEpochDay();
      }
    }

    private void disaster(HouseholdState s, MonthlyRecord r) {
      s.addEvent(new LifeEvent.Builder().date(r.date()).type(LifeEventType.NATURAL_DISASTER).amount(r.amount()).build());
      if (r.amount().isPresent() && r.amount().get().fen() < t.disasterMinLoss) {
        return;
      }
      pending(s, WarningRule.DISASTER, r, MonitoringParameters.DISASTER_MIN_LOSS.name(), cny(t.disasterMinLoss),
          "遭遇灾害" + r.amount().map(a -> "，损失 " + a + " 元").orElse("，损失未报"),
          "hit by a disaster" + r.amount().map(a -> ", loss " + a + " yuan").orElse(", loss not reported"));
    }

    private void leftAssistance(HouseholdState s, MonthlyRecord r) {
      s.leftMonth = mi;
      int p = programme(r.programmeId().orElseThrow());
      if (p >= 0) {
        s.since[p] = HouseholdState.NONE;
        if (p == HouseholdState.DIBAO) {
          s.withdrawalStart = HouseholdState.NONE;
        }
      }
      s.left(r.programmeId().get());
    }

    /**
     * Finishes the month: every monitored household is graded, its alerts are screened and
     * handed on, and what comes due in the next month is listed.
     */
    public MonthSummary finish() {
      if (finished) {
        throw new IllegalStateException("month " + month + " is already finished");
      }
      finished = true;
      long alerts = 0;
      long urgent = 0;
      long notScreened = 0;
      long changes = 0;
      long dues = 0;
      long[] colours = new long[3];
      List<HouseholdState> alerted = new ArrayList<>();
      for (HouseholdState s : states.values()) {
        s.advance(mi);
        if (s.incomeThisMonth && !s.incomeLossThisMonth) {
          incomeDrop(s);
        }
        if (s.pending != null) {
          alerted.add(s);
        }
      }
      // screening is the costly part and households are independent: screen them in parallel
      Screened[] screened = new Screened[alerted.size()];
      IntStream.range(0, screened.length).parallel().forEach(i -> {
        List<ProgrammeHint> hints = new ArrayList<>();
        Optional<String> note = screen(alerted.get(i), hints);
        screened[i] = new Screened(hints, note);
      });
      int next = 0;
      for (HouseholdState s : states.values()) {
        if (s.pending != null) {
          Screened sc = screened[next++];
          List<ProgrammeHint> hints = sc.hints();
          Optional<String> note = sc.note();
          for (HouseholdState.Pending p : s.pending) {
            s.lastAlert[p.severity().ordinal()] = mi;
            s.lastRule[p.severity().ordinal()] = (byte) p.rule().ordinal();
            LocalDate visitBy = calendar.plusWorkingDays(matched, t.deadline.get(p.severity()));
            sink.alert(new Alert(s.id, p.rule(), p.severity(), matched, visitBy, p.evidence(),
                note.isPresent() ? List.of() : hints, note));
            alerts++;
            urgent += p.severity() == Severity.URGENT ? 1 : 0;
            notScreened += note.isPresent() ? 1 : 0;
          }
        }
        changes += grade(s);
        colours[s.colour.ordinal()]++;
        dues += dues(s);
        s.endMonth();
      }
      last = month;
      open = null;
      return new MonthSummary(month, matched, records, rejected, states.size(), newHouseholds, alerts, urgent,
          notScreened, changes, dues, colours[0], colours[1], colours[2]);
    }

    /** An income-loss alert within the reference months: the same loss is not reported again while it lasts. */
    private boolean incomeLossRecent(HouseholdState s) {
      return s.lastIncomeLoss != HouseholdState.NONE && mi - s.lastIncomeLoss <= t.incomeMonths;
    }

    private String lossThreshold(long average) {
      return "≥ " + t.lossShare.toPlainString() + " × " + cny(average);
    }

    private void incomeDrop(HouseholdState s) {
      long average = s.incomeAverageBefore(mi, t.incomeMonths);
      if (average <= 0 || incomeLossRecent(s)) {
        return;
      }
      long now = s.income[HouseholdState.ring(mi)];
      long lost = average - now;
      if (lost > 0 && BigDecimal.valueOf(lost).compareTo(t.lossShare.multiply(BigDecimal.valueOf(average))) >= 0) {
        s.lastIncomeLoss = mi;
        s.addPending(new HouseholdState.Pending(WarningRule.INCOME_LOSS, t.severity.get(WarningRule.INCOME_LOSS),
            new Evidence(List.of(s.id + "/income/" + month), MonitoringParameters.INCOME_LOSS_SHARE.name(),
                lossThreshold(average),
                month + " 家庭收入 " + yuan(now) + "，近" + t.incomeMonths + "个月月均 " + yuan(average),
                "household income " + yuanEn(now) + " in " + month + " against an average of " + yuanEn(average)
                    + " over the last " + t.incomeMonths + " months")));
      }
    }

    private record Screened(List<ProgrammeHint> hints, Optional<String> note) {}

    /** Screens the household as it now stands; fills {@code hints} or says why it could not. */
    private Optional<String> screen(HouseholdState s, List<ProgrammeHint> hints) {
      if (!s.registered) {
        return Optional.of("household not in the register: not screened (登记册中无此户，未筛查)");
      }
      Optional<Household> base = register.find(s.id);
      if (base.isEmpty()) {
        return Optional.of("household no longer in the register: not screened (登记册中已无此户，未筛查)");
      }
      Household now;
      try {
        Optional<String> why = AsItStands.unscreenable(base.get(), s);
        if (why.isPresent()) {
          return why;
        }
        now = AsItStands.build(base.get(), s, mi);
      } catch (ValidationException e) {
        return Optional.of("the household as it now stands is invalid: " + e.getMessage());
      }
      CatalogueScreening screening;
      try {
        screening = screener.screenFast(now, matched);
      } catch (UnknownRegionException | MissingParameterException e) {
        return Optional.of("screening failed: " + e.getMessage());
      }
      for (ProgrammeResult r : screening.results()) {
        if (r.isEligible()) {
          hints.add(new ProgrammeHint(r.programme().id(), r.programme().nameZh(), r.programme().nameEn(),
              now.receives(r.programme().id())));
        }
      }
      return Optional.empty();
    }

    /** Grades the household; emits and counts a change. Reasons are only written for a change. */
    private int grade(HouseholdState s) {
      long medical = s.medicalYear();
      Severity redAlert = recent(s, t.redMin);
      Severity orangeAlert = redAlert != null ? null : recent(s, t.orangeMin);
      int why; // 0 alert red, 1 cost red, 2 alert orange, 3 cost orange, 4 leaver, 5 green
      if (redAlert != null) {
        why = 0;
      } else if (medical >= t.redMedical) {
        why = 1;
      } else if (orangeAlert != null) {
        why = 2;
      } else if (medical >= t.orangeMedical) {
        why = 3;
      } else if (t.orangeLeaver && leaver(s)) {
        why = 4;
      } else {
        why = 5;
      }
      Colour to = why <= 1 ? Colour.RED : why <= 4 ? Colour.ORANGE : Colour.GREEN;
      if (to == s.colour) {
        return 0;
      }
      String zh;
      String en;
      switch (why) {
        case 0, 2 -> {
          Severity v = why == 0 ? redAlert : orangeAlert;
          WarningRule rule = WarningRule.values()[s.lastRule[v.ordinal()]];
          zh = "近" + t.colourMemory + "个月内有" + v.zh() + "级预警：" + rule.zh();
          en = (v == Severity.URGENT ? "an " : "a ") + v.en() + " alert (" + rule.en() + ") within the last "
              + t.colourMemory + " months";
        }
        case 1, 3 -> {
          long limit = why == 1 ? t.redMedical : t.orangeMedical;
          zh = "近12个月医疗自付 " + yuan(medical) + "，达到 " + yuan(limit);
          en = "out-of-pocket medical cost " + yuanEn(medical) + " over 12 months, at or above " + yuanEn(limit);
        }
        case 4 -> {
          zh = "退出救助未满 " + t.leaverMonths + " 个月";
          en = "left assistance less than " + t.leaverMonths + " months ago";
        }
        default -> {
          zh = "近" + t.colourMemory + "个月无" + t.orangeMin.zh() + "及以上预警，近12个月医疗自付 " + yuan(medical)
              + "，低于 " + yuan(t.orangeMedical);
          en = "no alert of severity " + t.orangeMin.en() + " or above within " + t.colourMemory
              + " months, out-of-pocket medical cost " + yuanEn(medical) + " over 12 months, below " + yuanEn(t.orangeMedical);
        }
      }
      sink.colourChange(new ColourChange(s.id, matched, s.colour, to, zh, en));
      s.colour = to;
      s.colourSince = (int) matched.toEpochDay();
      return 1;
    }

    /** The most severe alert at least {@code min} within the colour memory, or null. */
    private Severity recent(HouseholdState s, Severity min) {
      for (int v = Severity.URGENT.ordinal(); v >= min.ordinal(); v--) {
        if (s.lastAlert[v] != HouseholdState.NONE && mi - s.lastAlert[v] < t.colourMemory) {
          return Severity.values()[v];
        }
      }
      return null;
    }

    /** Emits what comes due in [matched, windowEnd); returns how many. */
    private int dues(HouseholdState s) {
      int[] n = {0};
      upcoming(s, t, matched, windowEnd, d -> {
        sink.due(d);
        n[0]++;
      });
      return n[0];
    }
  }
}
