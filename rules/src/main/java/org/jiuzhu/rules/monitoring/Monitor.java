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
import org.jiuzhu.rules.batch.HouseholdBatch;
import org.jiuzhu.rules.catalogue.Catalogue;
import org.jiuzhu.rules.catalogue.CatalogueBatchResult;
import org.jiuzhu.rules.catalogue.CatalogueProgramme;
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
  private final Policy policy;
  private final Map<String, HouseholdState> states = new LinkedHashMap<>();
  /** Alerted households screened on one batch. */
  static final int SCREEN_CHUNK = 256;
  /** False to screen each alerted household on its own (the object path; tests compare the two). */
  boolean batchScreening = true;
  /** The years past the holiday calendar that deadlines and dues were counted through (weekends only). */
  private final java.util.Set<Integer> provisionalYears = new java.util.concurrent.ConcurrentSkipListSet<>();
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
    this.policy = policy;
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

  /**
   * The years the holiday calendar does not cover through which this monitor counted a visit
   * deadline or moved a due so far: their working days were counted on weekends only, so those
   * dates are provisional until the year's official holiday notice is added. Empty when every date
   * was final. A caller tells its user once (the command line says it in the run's language); the
   * calendar itself only logs it at INFO.
   *
   * @since 0.5.0
   */
  public com.google.common.collect.ImmutableSortedSet<Integer> provisionalYears() {
    return com.google.common.collect.ImmutableSortedSet.copyOf(provisionalYears);
  }

  /** The calendar's years, to say with {@link #provisionalYears()}. @since 0.5.0 */
  public com.google.common.collect.ImmutableSortedSet<Integer> calendarYears() {
    return calendar.years();
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
    if (last != null && month.isAfter(last.plusMonths(1))) {
      List<YearMonth> missing = new ArrayList<>();
      for (YearMonth m = last.plusMonths(1); m.isBefore(month); m = m.plusMonths(1)) {
        missing.add(m);
      }
      YearMonth a = missing.get(0);
      YearMonth b = missing.get(missing.size() - 1);
      String zh = missing.size() == 1 ? Texts.month(a).zh() : Texts.month(a).zh() + "至" + Texts.month(b).zh();
      String en = missing.size() == 1 ? Texts.month(a).en() : Texts.month(a).en() + " to " + Texts.month(b).en();
      sink.monthsMissing(month, missing, Texts.zh("gap.months", zh), Texts.en("gap.months", en));
    }
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
    // thresholds are the household's own region's where the policy gives them all there, else the monitor's
    RegionCode own = hh.region().equals(region) || thresholdsOf(hh.region(), firstSeen) == null ? null : hh.region();
    HouseholdState s = new HouseholdState(id, true, receivesAny(hh),
        irregular(hh, firstSeen, thresholds.get(own == null ? region : own, firstSeen).snapshot), day, memberIds, benefits);
    s.region = own;
    for (CurrentBenefit b : hh.currentBenefits()) {
      int p = programme(b.programmeId());
      int since = (int) b.since().toEpochDay();
      if (p >= 0 && (s.since(p) == HouseholdState.NONE || since < s.since(p))) {
        s.since(p, since);
      }
    }
    return s;
  }

  /**
   * The thresholds of {@code code} on {@code date}, or null when the policy does not declare the
   * region or lacks one of their values there (the monitor's region's thresholds then apply).
   */
  private Thresholds thresholdsOf(RegionCode code, LocalDate date) {
    if (!policy.isKnown(code)) {
      return null;
    }
    try {
      return thresholds.get(code, date);
    } catch (MissingParameterException | UnknownRegionException e) {
      return null;
    }
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

  /** Sources of records ({@code feed-2025-08.jsonl}), by index: a bill keeps its reference in one long. */
  private final List<String> sources = new ArrayList<>();
  private final Map<String, Integer> sourceIndex = new java.util.HashMap<>();
  private static final int NO_SOURCE = 0xFFFF;
  private static final int TOO_MANY = 0xFFFE;

  /** The reference of a bill packed as month index (16 bits), source index (16) and line (32; the day without a source). */
  private long pack(MonthlyRecord r, int mi) {
    int source = NO_SOURCE;
    long line = r.date().getDayOfMonth();
    if (r.source().isPresent()) {
      String ref = r.source().get();
      int colon = ref.lastIndexOf(':');
      String name = ref;
      long n = -1;
      if (colon > 0) {
        try {
          n = Long.parseLong(ref.substring(colon + 1));
          name = ref.substring(0, colon);
        } catch (NumberFormatException e) {
          n = -1;
        }
      }
      if (n < 0 || n > 0xFFFFFFFFL) {
        name = ref;
        n = 0;
      }
      Integer known = sourceIndex.get(name);
      if (known == null && sources.size() < TOO_MANY) {
        known = sources.size();
        sources.add(name);
        sourceIndex.put(name, known);
      }
      source = known == null ? TOO_MANY : known;
      line = n;
    }
    return ((long) mi << 48) | ((long) source << 32) | line;
  }

  /** The reference a packed bill stands for: {@code feed-2025-08.jsonl:17}, or household/type/date without a source. */
  private String unpack(long bill, String householdId) {
    int mi = (int) (bill >>> 48);
    int source = (int) ((bill >>> 32) & 0xFFFF);
    long line = bill & 0xFFFFFFFFL;
    if (source == NO_SOURCE) {
      return householdId + "/medical-bill/" + LocalDate.of(Math.floorDiv(mi, 12), Math.floorMod(mi, 12) + 1, (int) line);
    }
    if (source == TOO_MANY) {
      return householdId + "/medical-bill/" + YearMonth.of(Math.floorDiv(mi, 12), Math.floorMod(mi, 12) + 1);
    }
    return line == 0 ? sources.get(source) : sources.get(source) + ":" + line;
  }

  /** Every bill of the household's 12-month window, oldest first: what a cost alert sums. */
  private List<String> billReferences(HouseholdState s) {
    if (s.bills == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(s.bills.length);
    for (long bill : s.bills) {
      out.add(unpack(bill, s.id));
    }
    return out;
  }

  private static Texts.Both money(long fen) {
    return Texts.money(fen);
  }

  /** A threshold as a caseworker reads it, and its plain-decimal machine value (empty when it has none). */
  private record Threshold(Texts.Both text, Optional<BigDecimal> value) {
    static final Threshold NONE = new Threshold(new Texts.Both("", ""), Optional.empty());

    Threshold(Texts.Both text, BigDecimal value) {
      this(text, Optional.of(value));
    }
  }

  /** An amount threshold: its words, and its value in yuan ({@code 10000.00}). */
  private static Threshold threshold(long fen) {
    return new Threshold(money(fen), yuan(fen));
  }

  /** An amount in fen as a plain decimal of yuan, e.g. {@code 7000.00}. */
  private static BigDecimal yuan(long fen) {
    return BigDecimal.valueOf(fen, 2);
  }

  /** A share as a percentage, e.g. 0.5 as {@code 50}, 0.125 as {@code 12.5}. */
  private static String percent(BigDecimal share) {
    return share.movePointRight(2).stripTrailingZeros().toPlainString();
  }

  /**
   * What comes next for a monitored household, from {@code from} on: the next periodic review of
   * each programme it receives, the end of its rigid-expenditure recognition and of a gradual
   * withdrawal, and its next visit — each on a working day (a date in a year the holiday calendar
   * does not cover is given as it falls, and says so). Empty when the household is not monitored.
   *
   * <p>Only what is still to come: a visit already missed (逾期未走访) is not listed here — its
   * colour's next visit is. Ask {@link #overdueVisit(String, LocalDate)} with the same day for the
   * visit the household owes.
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

  /**
   * The visit a monitored household owes on {@code asOf} (逾期未走访): the companion of {@link
   * #schedule}, which lists what is still to come and never a visit already missed. It is the
   * earliest of the visit an alert called for by its deadline and the visit the household's colour
   * calls for, once that day is before {@code asOf}, with no {@code visit} record since — the
   * same rule as the run's {@link MonitorSink#overdueVisit}. On the matching day of the last month
   * processed ({@code lastMonth().plusMonths(1).atDay(1)}) it is exactly the visit that month
   * reported; on a later day it also counts what fell due since, as far as the monitor knows (a
   * visit made after the last feed's month is not known until its month is processed).
   *
   * @return the visit owed, with the day it was due, {@code asOf} and what called for it; empty
   *     when none is owed or the household is not monitored
   * @throws IllegalArgumentException if {@code asOf} is before the matching day of the last month
   *     processed (the monitor keeps no earlier state)
   * @throws IllegalStateException if a month is open (its records are not all applied yet)
   * @since 0.2.0
   */
  public Optional<org.jiuzhu.core.monitoring.OverdueVisit> overdueVisit(String householdId, LocalDate asOf) {
    checkNotNull(householdId, "householdId");
    checkNotNull(asOf, "asOf");
    if (open != null) {
      throw new IllegalStateException("month " + open.month + " is still open; finish it before asking for overdue visits");
    }
    if (last != null && asOf.isBefore(last.plusMonths(1).atDay(1))) {
      throw new IllegalArgumentException("asOf " + asOf + " is before " + last.plusMonths(1).atDay(1)
          + ", the matching day of the last month processed (" + last + "); expected that day or later");
    }
    HouseholdState s = states.get(householdId);
    if (s == null) {
      return Optional.empty();
    }
    Thresholds own = s.region == null ? null : thresholdsOf(s.region, asOf);
    Thresholds t = own != null ? own : thresholds.get(region, asOf);
    int today = (int) asOf.toEpochDay();
    int due = s.overdueDue;
    int from = s.overdueFrom;
    int what = s.overdueWhat;
    if (s.alertVisitBy != HouseholdState.NONE && s.alertVisitBy < today && (due == HouseholdState.NONE || s.alertVisitBy < due)) {
      due = s.alertVisitBy;
      from = s.alertRaised;
      what = s.alertRule;
    }
    int clock = Math.max(s.colourSince, s.lastVisit);
    int visit = (int) workingDay(LocalDate.ofEpochDay(clock).plusMonths(t.visitMonths.get(s.colour))).toEpochDay();
    if (visit < today && (due == HouseholdState.NONE || visit < due)) {
      due = visit;
      from = clock;
      what = -1 - s.colour.ordinal();
    }
    return due == HouseholdState.NONE ? Optional.empty()
        : Optional.of(overdueVisit(s, t, due, from, what, asOf, calendar.isProvisional(LocalDate.ofEpochDay(due))));
  }

  /**
   * An overdue visit: due on epoch day {@code due}, called for by the alert of rule ordinal
   * {@code what} raised on {@code from}, or ({@code what < 0}) by the colour {@code -1 - what}
   * whose visit clock started on {@code from}.
   */
  private static org.jiuzhu.core.monitoring.OverdueVisit overdueVisit(HouseholdState s, Thresholds t, int dueDay, int fromDay,
      int what, LocalDate asOf, boolean provisional) {
    Texts.Both due = Texts.date(LocalDate.ofEpochDay(dueDay));
    Texts.Both from = Texts.date(LocalDate.ofEpochDay(fromDay));
    String zh;
    String en;
    if (what >= 0) {
      WarningRule rule = WarningRule.values()[what];
      zh = Texts.zh("overdue.alert", rule.zh(), from.zh(), due.zh());
      en = Texts.en("overdue.alert", rule.en(), from.en(), due.en());
    } else {
      Colour c = Colour.values()[-1 - what];
      int every = t.visitMonths.get(c);
      zh = Texts.zh("overdue.colour", c.zh(), every, from.zh(), due.zh());
      en = Texts.en("overdue.colour", c.en(), every, from.en(), due.en());
    }
    if (provisional) {
      // due in a year the holiday calendar does not cover: said as a due's date is
      String year = String.valueOf(LocalDate.ofEpochDay(dueDay).getYear());
      zh = Texts.zh("due.uncovered", zh, year);
      en = Texts.en("due.uncovered", en, year);
    }
    return new org.jiuzhu.core.monitoring.OverdueVisit(s.id, LocalDate.ofEpochDay(dueDay), asOf, zh, en, provisional);
  }

  /** Hands on what falls due in [from, until) (no upper bound when {@code until} is null). */
  private void upcoming(HouseholdState s, Thresholds t, LocalDate from, LocalDate until, java.util.function.Consumer<Due> out) {
    for (int p = 0; p < 4; p++) {
      if (s.since(p) == HouseholdState.NONE) {
        continue;
      }
      LocalDate since = LocalDate.ofEpochDay(s.since(p));
      if (p == HouseholdState.RIGID) {
        LocalDate end = since.plusMonths(t.rigidValidity);
        if (within(end, from, until)) {
          out.accept(due(s, DueKind.RIGID_RECOGNITION_END, PROGRAMME_IDS[p], end,
              Texts.zh("due.rigid", Texts.zh("programme." + p), Texts.date(since).zh(), t.rigidValidity),
              Texts.en("due.rigid", Texts.en("programme." + p), Texts.date(since).en(), t.rigidValidity)));
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
            Texts.zh("due.review", Texts.zh("programme." + p), Texts.date(since).zh(), interval),
            Texts.en("due.review", Texts.en("programme." + p), Texts.date(since).en(), interval)));
      }
    }
    if (s.withdrawalStart != HouseholdState.NONE) {
      LocalDate start = LocalDate.ofEpochDay(s.withdrawalStart);
      LocalDate end = start.plusMonths(t.withdrawalMonths);
      if (within(end, from, until)) {
        Texts.Both why = new Texts.Both(Texts.zh("due.withdrawal", Texts.date(start).zh(), t.withdrawalMonths),
            Texts.en("due.withdrawal", Texts.date(start).en(), t.withdrawalMonths));
        out.accept(due(s, DueKind.WITHDRAWAL_END, CnRulebook.DIBAO, end, why.zh(), why.en()));
      }
    }
    int every = t.visitMonths.get(s.colour);
    LocalDate clock = LocalDate.ofEpochDay(Math.max(s.colourSince, s.lastVisit));
    LocalDate visit = next(clock, every, from);
    if (within(visit, from, until)) {
      out.accept(due(s, DueKind.VISIT, "", visit,
          Texts.zh("due.visit", s.colour.zh(), every, Texts.date(clock).zh()),
          Texts.en("due.visit", s.colour.en(), every, Texts.date(clock).en())));
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

  /**
   * A due on the first working day on or after {@code date}. Past the holiday calendar's years the
   * calendar counts weekends only, and the due says that it is provisional.
   */
  private Due due(HouseholdState s, DueKind kind, String programme, LocalDate date, String zh, String en) {
    LocalDate working = workingDay(date);
    if (calendar.isProvisional(working)) {
      String year = String.valueOf(working.getYear());
      String z = working.equals(date) ? zh : Texts.zh("due.moved", zh, Texts.date(date).zh());
      String e = working.equals(date) ? en : Texts.en("due.moved", en, Texts.date(date).en());
      return new Due(s.id, kind, programme, working, Texts.zh("due.uncovered", z, year), Texts.en("due.uncovered", e, year), true);
    }
    if (working.equals(date)) {
      return new Due(s.id, kind, programme, working, zh, en);
    }
    return new Due(s.id, kind, programme, working, Texts.zh("due.moved", zh, Texts.date(date).zh()),
        Texts.en("due.moved", en, Texts.date(date).en()));
  }

  /** Notes {@code date}'s year when the calendar does not cover it. */
  private void provisional(LocalDate date) {
    if (!calendar.covers(date)) {
      provisionalYears.add(date.getYear());
    }
  }

  /** The first working day on or after {@code date}. */
  private LocalDate workingDay(LocalDate date) {
    LocalDate working = date;
    while (!calendar.isWorkingDay(working)) {
      provisional(working);
      working = working.plusDays(1);
    }
    provisional(working);
    return working;
  }

  /** One open month: records go in with {@link #accept}, results come out of {@link #finish}. */
  public final class MonthRun {
    private final YearMonth month;
    private final int mi;
    private final LocalDate matched;
    private final LocalDate windowEnd;
    /** The thresholds of the monitor's region on the matching day; {@link #t(HouseholdState)} gives a household's. */
    private final Thresholds base;
    /** The thresholds of households' own regions on the matching day, as first needed. */
    private final Map<RegionCode, Thresholds> byRegion = new java.util.concurrent.ConcurrentHashMap<>();
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
      this.base = t;
      this.sink = sink;
    }

    /** The thresholds for household {@code s}: its own region's on the matching day, else the monitor's. */
    private Thresholds t(HouseholdState s) {
      RegionCode r = s.region;
      if (r == null) {
        return base;
      }
      return byRegion.computeIfAbsent(r, x -> {
        Thresholds own = thresholdsOf(x, matched);
        return own == null ? base : own;
      });
    }

    /** The month being processed. */
    public YearMonth month() {
      return month;
    }

    /**
     * Applies one record. A record outside the month, one that contradicts what is known (a
     * second death of the same member), one naming a household the register does not have (and that
     * was not tracked) or one naming a member the registered household does not have goes to {@link
     * MonitorSink#rejected} and changes nothing. (With a register that is not {@link
     * HouseholdRegister#complete() complete}, such as {@link HouseholdRegister#empty()}, a household
     * it does not know is monitored unscreened, its member ids unchecked.)
     */
    public void accept(MonthlyRecord r) {
      checkNotNull(r, "record");
      if (finished) {
        throw new IllegalStateException("month " + month + " is finished");
      }
      if (!r.month().equals(month)) {
        // the dates as the feed gives them, in both languages: the reject quotes the record
        reject(r, Problem.of("date", "record.month", Texts.MESSAGES.text("reject.month", r.date().toString(), month.toString())));
        return;
      }
      HouseholdState s = states.get(r.householdId());
      boolean seen = s != null;
      if (!seen) {
        s = newState(r.householdId(), matched);
        if (!s.registered && register.complete()) {
          // a household the register (the households monitored) does not have, nor tracked: a mistake of the feed
          reject(r, Problem.of("household", "record.household.unknown",
              Texts.MESSAGES.text("reject.household.unknown", Texts.id(r.householdId()))));
          return;
        }
      }
      if (s.registered && r.memberId().isPresent() && s.find(r.memberId().get()) < 0) {
        // a member the registered household does not have: nothing of the record is kept, not
        // even the household's first sight; the members listed in each language (m1、m2 / m1, m2),
        // never a Java list's [m1, m2]
        List<String> members = new ArrayList<>(new java.util.TreeSet<>(java.util.Arrays.asList(s.memberIds)));
        members.replaceAll(Texts::id);
        reject(r, Problem.of("member", "record.member.unknown", Texts.MESSAGES.text("reject.member.unknown",
            Texts.id(r.memberId().get()), org.jiuzhu.core.text.Listing.of(members))));
        return;
      }
      if (!seen) {
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
      Thresholds t = t(s);
      return s.leftMonth != HouseholdState.NONE && mi - s.leftMonth < t.leaverMonths;
    }

    private void pending(HouseholdState s, WarningRule rule, MonthlyRecord r, String key, Threshold threshold, Texts.Both actual) {
      pending(s, rule, List.of(r.reference()), key, threshold, actual);
    }

    private void pending(HouseholdState s, WarningRule rule, List<String> records, String key, Threshold threshold,
        Texts.Both actual) {
      s.addPending(new HouseholdState.Pending(rule, t(s).severity.get(rule),
          new Evidence(records, key, threshold.text().en(), actual.zh(), actual.en(), threshold.text().zh(), threshold.value())));
    }

    private void medicalBill(HouseholdState s, MonthlyRecord r) {
      Thresholds t = t(s);
      long amount = r.amount().orElseThrow().fen();
      long assistance = r.medicalAssistance().map(Money::fen).orElse(0L);
      long before = s.medicalYear();
      long assistedBefore = s.assistanceYear();
      String member = r.memberId().orElseThrow();
      s.addMedical(mi, amount, assistance, s.slot(member), pack(r, mi));
      long after = before + amount;
      boolean monitored = monitored(s);
      if (r.inpatient()) {
        s.addEvent(new LifeEvent.Builder().date(r.date()).type(LifeEventType.HOSPITAL_STAY).memberId(r.memberId())
            .amount(Money.ofFen(amount)).build());
        long limit = t.hospitalStay(monitored);
        if (amount > limit) {
          Texts.Both paid = money(amount);
          pending(s, WarningRule.HOSPITAL_STAY, r, (monitored ? MonitoringParameters.HOSPITAL_STAY_MONITORED
                  : MonitoringParameters.HOSPITAL_STAY_OTHER).name(), threshold(limit),
              new Texts.Both(Texts.zh("hospital.actual", member, paid.zh()), Texts.en("hospital.actual", member, paid.en())));
        }
      }
      // a cost alert sums every bill of the 12 months: it cites them all
      List<String> summed = null;
      Texts.Both total = money(after);
      Texts.Both actual = new Texts.Both(Texts.zh("cost.actual", total.zh()), Texts.en("cost.actual", total.en()));
      if (monitored && before <= t.medicalLowIncome && after > t.medicalLowIncome) {
        summed = billReferences(s);
        pending(s, WarningRule.MEDICAL_COST_LOW_INCOME, summed, MonitoringParameters.MEDICAL_LOW_INCOME.name(),
            threshold(t.medicalLowIncome), new Texts.Both(Texts.zh("cost.actual.low-income", actual.zh()),
                Texts.en("cost.actual.low-income", actual.en())));
      }
      if (!monitored && before <= t.medicalAnyone && after > t.medicalAnyone) {
        summed = summed != null ? summed : billReferences(s);
        pending(s, WarningRule.MEDICAL_COST_ANYONE, summed, MonitoringParameters.MEDICAL_ANYONE.name(), threshold(t.medicalAnyone),
            actual);
      }
      if (before <= t.medicalShare && after > t.medicalShare) {
        summed = summed != null ? summed : billReferences(s);
        Texts.Both income = money(t.ruralIncome);
        Texts.Both share = money(t.medicalShare);
        pending(s, WarningRule.MEDICAL_COST_SHARE_OF_INCOME, summed, MonitoringParameters.MEDICAL_SHARE.name(),
            new Threshold(new Texts.Both(Texts.zh("share.threshold", percent(t.shareRatio), income.zh(), share.zh()),
                Texts.en("share.threshold", percent(t.shareRatio), income.en(), share.en())), yuan(t.medicalShare)), actual);
      }
      if (assistedBefore + assistance == 0 && before < t.noAssistance && after >= t.noAssistance) {
        summed = summed != null ? summed : billReferences(s);
        pending(s, WarningRule.MEDICAL_COST_NO_ASSISTANCE, summed, MonitoringParameters.NO_ASSISTANCE.name(),
            threshold(t.noAssistance), new Texts.Both(Texts.zh("cost.actual.no-assistance", actual.zh()),
                Texts.en("cost.actual.no-assistance", actual.en())));
      }
    }

    private void diagnosis(HouseholdState s, MonthlyRecord r) {
      String member = r.memberId().orElseThrow();
      var illness = r.illness().orElseThrow();
      s.illness(s.slot(member), illness);
      if (illness.major() || illness.dialysisSessionsPerWeek() > 0) {
        s.addEvent(new LifeEvent.Builder().date(r.date()).type(LifeEventType.MAJOR_ILLNESS_DIAGNOSIS).memberId(member).build());
        Texts.Both actual = illness.dialysisSessionsPerWeek() > 0
            ? Texts.both("dialysis.actual", member, String.valueOf(illness.dialysisSessionsPerWeek()))
            : Texts.both("major.actual", member);
        pending(s, WarningRule.MAJOR_ILLNESS, r, "", Threshold.NONE, actual);
      }
    }

    private void disability(HouseholdState s, MonthlyRecord r) {
      Thresholds t = t(s);
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
            new Threshold(Texts.both("severe.threshold", String.valueOf(t.severeGrade)), BigDecimal.valueOf(t.severeGrade)),
            before.isPresent()
                ? Texts.both("severe.actual.was", member, String.valueOf(d.grade()), String.valueOf(before.get().grade()))
                : Texts.both("severe.actual", member, String.valueOf(d.grade())));
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
        reject(r, Problem.of("member", "record.death.repeated", Texts.MESSAGES.text("reject.death.repeated", Texts.id(member), Texts.id(s.id))));
        return false;
      }
      s.markDead(slot);
      s.addEvent(new LifeEvent.Builder().date(r.date()).type(LifeEventType.DEATH).build());
      pending(s, WarningRule.DEATH, r, "", Threshold.NONE, new Texts.Both(
          Texts.zh("death.actual", member, Texts.date(r.date()).zh()), Texts.en("death.actual", member, Texts.date(r.date()).en())));
      return true;
    }

    private void jobLoss(HouseholdState s, MonthlyRecord r) {
      Thresholds t = t(s);
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
        Texts.Both l = money(lost);
        Texts.Both a = money(average);
        pending(s, WarningRule.INCOME_LOSS, r, MonitoringParameters.INCOME_LOSS_SHARE.name(), lossThreshold(t, average),
            new Texts.Both(Texts.zh("jobloss.actual", member, l.zh(), a.zh(), t.incomeMonths),
                Texts.en("jobloss.actual", member, l.en(), a.en(), t.incomeMonths)));
      }
    }

    private void newJob(HouseholdState s, MonthlyRecord r) {
      Thresholds t = t(s);
      s.work(s.slot(r.memberId().orElseThrow()), WorkStatus.EMPLOYED);
      s.addEvent(new LifeEvent.Builder().date(r.date()).type(LifeEventType.NEW_JOB).memberId(r.memberId()).build());
      if (s.since(HouseholdState.DIBAO) != HouseholdState.NONE && t.withdrawalMonths > 0) {
        s.withdrawalStart = (int) r.date().toEpochDay();
      }
    }

    private void disaster(HouseholdState s, MonthlyRecord r) {
      Thresholds t = t(s);
      s.addEvent(new LifeEvent.Builder().date(r.date()).type(LifeEventType.NATURAL_DISASTER).amount(r.amount()).build());
      if (r.amount().isPresent() && r.amount().get().fen() < t.disasterMinLoss) {
        return;
      }
      Texts.Both actual = r.amount().isEmpty() ? Texts.both("disaster.actual.unreported")
          : new Texts.Both(Texts.zh("disaster.actual.loss", money(r.amount().get().fen()).zh()),
              Texts.en("disaster.actual.loss", money(r.amount().get().fen()).en()));
      pending(s, WarningRule.DISASTER, r, MonitoringParameters.DISASTER_MIN_LOSS.name(), threshold(t.disasterMinLoss), actual);
    }

    private void leftAssistance(HouseholdState s, MonthlyRecord r) {
      s.leftMonth = mi;
      int p = programme(r.programmeId().orElseThrow());
      if (p >= 0) {
        s.since(p, HouseholdState.NONE);
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
      long overdue = 0;
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
      // screening is the costly part and households are independent: screen them on the batch path,
      // in chunks of SCREEN_CHUNK, the chunks in parallel
      Screened[] screened = new Screened[alerted.size()];
      int chunks = (screened.length + SCREEN_CHUNK - 1) / SCREEN_CHUNK;
      IntStream.range(0, chunks).parallel().forEach(c -> screenChunk(alerted, c * SCREEN_CHUNK,
          Math.min(screened.length, (c + 1) * SCREEN_CHUNK), screened));
      int next = 0;
      for (HouseholdState s : states.values()) {
        overdue += overdue(s); // before this month's alerts call for visits of their own
        if (s.pending != null) {
          Screened sc = screened[next++];
          List<ProgrammeHint> hints = sc.hints();
          Optional<Texts.Both> note = sc.note();
          for (HouseholdState.Pending p : s.pending) {
            s.alerted(p.severity().ordinal(), mi, p.rule().ordinal());
            HolidayCalendar.Deadline deadline = calendar.deadline(matched, t(s).deadline.get(p.severity()));
            provisionalYears.addAll(deadline.uncoveredYears());
            LocalDate visitBy = deadline.date();
            int by = (int) visitBy.toEpochDay();
            if (s.alertVisitBy == HouseholdState.NONE || by < s.alertVisitBy) {
              s.alertVisitBy = by;
              s.alertRaised = (int) matched.toEpochDay();
              s.alertRule = p.rule().ordinal();
            }
            sink.alert(new Alert(s.id, p.rule(), p.severity(), matched, visitBy, p.evidence(),
                note.isPresent() ? List.of() : hints, note.map(Texts.Both::en), note.map(Texts.Both::zh), deadline.provisional()));
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
          notScreened, changes, dues, overdue, colours[0], colours[1], colours[2]);
    }

    /**
     * The visit the household owes, reported while no visit is recorded: the earliest of the visit
     * an alert called for by its deadline and the visit its colour called for, once that day has
     * passed by the matching day. A visit in the feed's month settles everything owed (all of it
     * arose by the month's first day). Returns 1 when a visit is overdue.
     */
    private int overdue(HouseholdState s) {
      Thresholds t = t(s);
      int today = (int) matched.toEpochDay();
      if (s.lastVisit != HouseholdState.NONE && s.lastVisit >= (int) month.atDay(1).toEpochDay()) {
        s.alertVisitBy = HouseholdState.NONE;
        s.overdueDue = HouseholdState.NONE;
        return 0;
      }
      if (s.alertVisitBy != HouseholdState.NONE && s.alertVisitBy < today) {
        if (s.overdueDue == HouseholdState.NONE || s.alertVisitBy < s.overdueDue) {
          s.overdueDue = s.alertVisitBy;
          s.overdueFrom = s.alertRaised;
          s.overdueWhat = s.alertRule;
        }
        s.alertVisitBy = HouseholdState.NONE;
      }
      int clock = s.lastVisit == HouseholdState.NONE ? s.colourSince : Math.max(s.colourSince, s.lastVisit);
      int visit = (int) workingDay(LocalDate.ofEpochDay(clock).plusMonths(t.visitMonths.get(s.colour))).toEpochDay();
      if (visit < today && (s.overdueDue == HouseholdState.NONE || visit < s.overdueDue)) {
        s.overdueDue = visit;
        s.overdueFrom = clock;
        s.overdueWhat = -1 - s.colour.ordinal();
      }
      if (s.overdueDue == HouseholdState.NONE) {
        return 0;
      }
      sink.overdueVisit(overdueVisit(s, t, s.overdueDue, s.overdueFrom, s.overdueWhat, matched,
          calendar.isProvisional(LocalDate.ofEpochDay(s.overdueDue))));
      return 1;
    }

    /** An income-loss alert within the reference months: the same loss is not reported again while it lasts. */
    private boolean incomeLossRecent(HouseholdState s) {
      Thresholds t = t(s);
      return s.lastIncomeLoss != HouseholdState.NONE && mi - s.lastIncomeLoss <= t.incomeMonths;
    }

    /**
     * The income-loss threshold in words: the share as a percentage of the average, and the
     * smallest whole-fen drop that meets it (the test is {@code lost >= share × average}).
     */
    private Threshold lossThreshold(Thresholds t, long average) {
      Texts.Both a = money(average);
      long least = t.lossShare.multiply(BigDecimal.valueOf(average)).setScale(0, java.math.RoundingMode.CEILING).longValueExact();
      Texts.Both m = money(least);
      return new Threshold(new Texts.Both(Texts.zh("loss.threshold", percent(t.lossShare), a.zh(), m.zh()),
          Texts.en("loss.threshold", percent(t.lossShare), a.en(), m.en())), yuan(least));
    }

    private void incomeDrop(HouseholdState s) {
      Thresholds t = t(s);
      long average = s.incomeAverageBefore(mi, t.incomeMonths);
      if (average <= 0 || incomeLossRecent(s)) {
        return;
      }
      long now = s.income(HouseholdState.ring(mi));
      long lost = average - now;
      if (lost > 0 && BigDecimal.valueOf(lost).compareTo(t.lossShare.multiply(BigDecimal.valueOf(average))) >= 0) {
        s.lastIncomeLoss = mi;
        Texts.Both n = money(now);
        Texts.Both a = money(average);
        Threshold threshold = lossThreshold(t, average);
        s.addPending(new HouseholdState.Pending(WarningRule.INCOME_LOSS, t.severity.get(WarningRule.INCOME_LOSS),
            new Evidence(List.of(s.id + "/income/" + month), MonitoringParameters.INCOME_LOSS_SHARE.name(), threshold.text().en(),
                Texts.zh("incomedrop.actual", n.zh(), Texts.month(month).zh(), a.zh(), t.incomeMonths),
                Texts.en("incomedrop.actual", n.en(), Texts.month(month).en(), a.en(), t.incomeMonths),
                threshold.text().zh(), threshold.value())));
      }
    }

    private record Screened(List<ProgrammeHint> hints, Optional<Texts.Both> note) {
      static Screened note(Texts.Both note) {
        return new Screened(List.of(), Optional.of(note));
      }
    }

    /**
     * Screens alerted households {@code from} to {@code to} (exclusive) as they now stand, into
     * {@code out}: on a {@link HouseholdBatch} ({@link CatalogueScreener#screenFast(HouseholdBatch,
     * LocalDate, CatalogueBatchResult)}, the same decisions as one household at a time). A household
     * that cannot be rebuilt or added gets its note; when the batch cannot be screened (a region or a
     * value in force missing for one of its households), each of its households is screened on its
     * own, so that only the households concerned get the note.
     */
    private void screenChunk(List<HouseholdState> alerted, int from, int to, Screened[] out) {
      HouseholdBatch batch = screener.rulebook().newBatch(matched, to - from, true);
      CatalogueBatchResult result = new CatalogueBatchResult();
      Household[] nows = new Household[to - from];
      int[] rows = new int[to - from];
      for (int i = from; i < to; i++) {
        Object now = asItStands(alerted.get(i));
        if (now instanceof Texts.Both note) {
          out[i] = Screened.note(note);
          rows[i - from] = -1;
          continue;
        }
        Household h = (Household) now;
        try {
          rows[i - from] = batch.add(h);
          nows[i - from] = h;
        } catch (ValidationException e) {
          out[i] = Screened.note(invalid(e));
          rows[i - from] = -1;
        } catch (UnknownRegionException | MissingParameterException e) {
          out[i] = Screened.note(failed(e));
          rows[i - from] = -1;
        }
      }
      boolean screenedAll = false;
      if (batchScreening) {
        try {
          screener.screenFast(batch, matched, result);
          screenedAll = true;
        } catch (UnknownRegionException | MissingParameterException e) {
          // one household's region or value in force is missing: below, each is screened on its own
        }
      }
      if (!screenedAll) {
        for (int i = from; i < to; i++) {
          if (rows[i - from] >= 0) {
            out[i] = screenOne(nows[i - from]);
          }
        }
        return;
      }
      for (int i = from; i < to; i++) {
        int row = rows[i - from];
        if (row >= 0) {
          out[i] = new Screened(hints(nows[i - from], results(nows[i - from], result, row)), Optional.empty());
        }
      }
    }

    /** The household {@code s} as it now stands, or the note saying why it cannot be screened. */
    private Object asItStands(HouseholdState s) {
      if (!s.registered) {
        return Texts.both("note.not-registered");
      }
      Optional<Household> base = register.find(s.id);
      if (base.isEmpty()) {
        return Texts.both("note.gone");
      }
      try {
        Optional<Texts.Both> why = AsItStands.unscreenable(base.get(), s);
        if (why.isPresent()) {
          return why.get();
        }
        return AsItStands.build(base.get(), s, mi);
      } catch (ValidationException e) {
        return invalid(e);
      }
    }

    /** One household on its own (the object path), with the note of its failure. */
    private Screened screenOne(Household now) {
      try {
        return new Screened(hints(now, results(screener.screenFast(now, matched))), Optional.empty());
      } catch (UnknownRegionException | MissingParameterException e) {
        return Screened.note(failed(e));
      }
    }

    private static Texts.Both invalid(ValidationException e) {
      String count = String.valueOf(e.problems().size());
      return new Texts.Both(Texts.zh("note.invalid", e.getMessage(), count), Texts.en("note.invalid", e.getMessage(), count));
    }

    /** The reason, in each language: the unknown region, or the parameter missing (by its label) and where it was looked for. */
    private static Texts.Both failed(RuntimeException e) {
      if (e instanceof MissingParameterException m) {
        return new Texts.Both(Texts.zh("note.failed", org.jiuzhu.rules.cn.ParameterLabels.missing(org.jiuzhu.core.text.Lang.ZH, m)),
            Texts.en("note.failed", org.jiuzhu.rules.cn.ParameterLabels.missing(org.jiuzhu.core.text.Lang.EN, m)));
      }
      UnknownRegionException u = (UnknownRegionException) e;
      return new Texts.Both(Texts.zh("note.failed", u.getMessage(org.jiuzhu.core.text.Lang.ZH)),
          Texts.en("note.failed", u.getMessage(org.jiuzhu.core.text.Lang.EN)));
    }

    /**
     * What an alert suggests for a household as it now stands: the catalogue programmes it
     * qualifies for, without those the programme it receives excludes (the exclusion matrix of
     * docs/rulebook.md: 特困 of every member excludes 低保, 单人户, 低保边缘 and 刚性支出; a member on
     * 特困 is not put on 低保 alone; 低保 excludes 单人户, 低保边缘 and 刚性支出; 低保边缘 excludes
     * 刚性支出), and first the review of each assistance programme it receives (a 特困 recipient →
     * 特困 review, even when the screening as it stands cannot confirm it), marked as received.
     */
    /** One programme's result as the hints read it: granted or not, and to which members. */
    record Result(CatalogueProgramme programme, boolean eligible, List<String> members) {}

    /** The results of a screening of one household, in the catalogue's order. */
    static List<Result> results(CatalogueScreening screening) {
      List<Result> out = new ArrayList<>(screening.results().size());
      for (ProgrammeResult r : screening.results()) {
        out.add(new Result(r.programme(), r.isEligible(), r.members()));
      }
      return out;
    }

    /** The results of household {@code row} of a batch screening, in the catalogue's order ({@code now}: its members' ids). */
    static List<Result> results(Household now, CatalogueBatchResult r, int row) {
      List<CatalogueProgramme> ps = r.programmes(row);
      int n = r.count(row);
      List<Result> out = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        boolean eligible = r.isEligible(row, k);
        List<String> members = List.of();
        long bits = eligible ? r.memberBits(row, k) : 0;
        if (bits != 0) {
          List<String> ids = new ArrayList<>(Long.bitCount(bits));
          for (int i = 0; i < now.members().size() && i < 64; i++) {
            if ((bits & 1L << i) != 0) {
              ids.add(now.members().get(i).id());
            }
          }
          members = ids;
        }
        out.add(new Result(ps.get(k), eligible, members));
      }
      return out;
    }

    static List<ProgrammeHint> hints(Household now, CatalogueScreening screening) {
      return hints(now, results(screening));
    }

    static List<ProgrammeHint> hints(Household now, List<Result> screening) {
      java.util.Set<String> tekunMembers = new java.util.HashSet<>();
      boolean tekunAll = false;
      java.util.Set<String> received = new java.util.LinkedHashSet<>();
      for (org.jiuzhu.core.household.CurrentBenefit b : now.currentBenefits()) {
        received.add(b.programmeId());
        if (b.programmeId().equals(CnRulebook.TEKUN)) {
          if (b.memberId().isEmpty()) {
            tekunAll = true;
          } else {
            tekunMembers.add(b.memberId().get());
          }
        }
      }
      if (!tekunAll && !tekunMembers.isEmpty()
          && now.members().stream().allMatch(m -> m.id() != null && tekunMembers.contains(m.id()))) {
        tekunAll = true;
      }
      java.util.Set<String> excluded = new java.util.HashSet<>();
      if (tekunAll) {
        excluded.addAll(List.of(CnRulebook.DIBAO, CnRulebook.DIBAO_SINGLE, CnRulebook.MARGINAL, CnRulebook.RIGID));
      }
      if (now.receives(CnRulebook.DIBAO)) {
        excluded.addAll(List.of(CnRulebook.DIBAO_SINGLE, CnRulebook.MARGINAL, CnRulebook.RIGID));
      }
      if (now.receives(CnRulebook.MARGINAL)) {
        excluded.add(CnRulebook.RIGID);
      }
      List<ProgrammeHint> out = new ArrayList<>();
      // the review of what the household receives comes first
      for (String pid : List.of(CnRulebook.TEKUN, CnRulebook.DIBAO, CnRulebook.DIBAO_SINGLE, CnRulebook.MARGINAL, CnRulebook.RIGID)) {
        if (received.contains(pid) && !excluded.contains(pid)) {
          for (Result r : screening) {
            if (r.programme().id().equals(pid)) {
              CatalogueProgramme p = r.programme();
              out.add(new ProgrammeHint(p.id(), p.nameZh(), p.nameEn(), true));
              break;
            }
          }
        }
      }
      for (Result r : screening) {
        String pid = r.programme().id();
        if (!r.eligible() || excluded.contains(pid) || out.stream().anyMatch(h -> h.programmeId().equals(pid))) {
          continue;
        }
        if (pid.equals(CnRulebook.DIBAO_SINGLE) && !r.members().isEmpty() && tekunMembers.containsAll(r.members())) {
          continue; // a member on 特困 is never put on 低保 alone
        }
        out.add(new ProgrammeHint(pid, r.programme().nameZh(), r.programme().nameEn(), now.receives(pid)));
      }
      return out;
    }

    /** Grades the household; emits and counts a change. Reasons are only written for a change. */
    private int grade(HouseholdState s) {
      Thresholds t = t(s);
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
      // a colour falls back only on a recorded reason: a visit after the household was raised to its colour
      boolean fallsBack = to.ordinal() < s.colour.ordinal();
      if (fallsBack && (s.lastVisit == HouseholdState.NONE || s.lastVisit < s.colourSince)) {
        return 0;
      }
      Texts.Both reason;
      switch (why) {
        case 0, 2 -> {
          Severity v = why == 0 ? redAlert : orangeAlert;
          WarningRule rule = WarningRule.values()[s.lastRule(v.ordinal())];
          reason = new Texts.Both(Texts.zh("colour.alert", v.ordinal(), rule.zh(), t.colourMemory),
              Texts.en("colour.alert", v.ordinal(), rule.en(), t.colourMemory));
        }
        case 1, 3 -> {
          Texts.Both cost = money(medical);
          Texts.Both limit = money(why == 1 ? t.redMedical : t.orangeMedical);
          reason = new Texts.Both(Texts.zh("colour.cost", cost.zh(), limit.zh()), Texts.en("colour.cost", cost.en(), limit.en()));
        }
        case 4 -> reason = Texts.both("colour.leaver", t.leaverMonths);
        default -> {
          Texts.Both cost = money(medical);
          Texts.Both limit = money(t.orangeMedical);
          reason = new Texts.Both(
              Texts.zh("colour.green", t.orangeMin.ordinal(), t.colourMemory, cost.zh(), limit.zh()),
              Texts.en("colour.green", t.orangeMin.ordinal(), t.colourMemory, cost.en(), limit.en()));
        }
      }
      if (fallsBack) {
        Texts.Both visited = Texts.date(LocalDate.ofEpochDay(s.lastVisit));
        reason = new Texts.Both(Texts.zh("colour.visit", reason.zh(), visited.zh()), Texts.en("colour.visit", reason.en(), visited.en()));
      }
      sink.colourChange(new ColourChange(s.id, matched, s.colour, to, reason.zh(), reason.en()));
      s.colour = to;
      s.colourSince = (int) matched.toEpochDay();
      return 1;
    }

    /** The most severe alert at least {@code min} within the colour memory, or null. */
    private Severity recent(HouseholdState s, Severity min) {
      Thresholds t = t(s);
      for (int v = Severity.URGENT.ordinal(); v >= min.ordinal(); v--) {
        if (s.lastAlert(v) != HouseholdState.NONE && mi - s.lastAlert(v) < t.colourMemory) {
          return Severity.values()[v];
        }
      }
      return null;
    }

    /** Emits what comes due in [matched, windowEnd); returns how many. */
    private int dues(HouseholdState s) {
      Thresholds t = t(s);
      int[] n = {0};
      upcoming(s, t, matched, windowEnd, d -> {
        sink.due(d);
        n[0]++;
      });
      return n[0];
    }
  }
}
