package org.jiuzhu.core.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.review.CaseRecord;
import org.jiuzhu.core.text.Lang;
import org.jiuzhu.core.text.Messages;

/**
 * One household's aid plan (一户一策): its needs and items, and what has been delivered and
 * evaluated since (可量化、可控制、可追溯、可评价). Deliveries and evaluations are appended and
 * also written to the case's hash-chained {@link CaseRecord}; {@link #status(LocalDate)} says at
 * any date what share is delivered, what is overdue and what the evaluations found.
 *
 * @since 0.1.0
 */
public final class AidPlan {
  private final String householdId;
  private final LocalDate date;
  private final ImmutableSet<Need> needs;
  private final ImmutableList<PlanItem> items;
  private final List<Delivery> deliveries = new ArrayList<>();
  private final List<Evaluation> evaluations = new ArrayList<>();
  private final Map<String, Withdrawal> withdrawals = new HashMap<>();
  private final CaseRecord record;
  private final ImmutableList<NeedMeasure> measures;

  /**
   * A plan.
   *
   * @throws IllegalArgumentException if two items share an id
   */
  public AidPlan(String householdId, LocalDate date, Set<Need> needs, List<PlanItem> items) {
    this(householdId, date, needs, items, List.of(), false);
  }

  /**
   * A plan that says, for every need, which items address it or why no measure is available.
   *
   * @throws IllegalArgumentException if two items share an id, a need has no measure entry (or
   *     two), a measure names an unknown item, or names a need the plan does not list
   */
  public AidPlan(String householdId, LocalDate date, Set<Need> needs, List<PlanItem> items, List<NeedMeasure> measures) {
    this(householdId, date, needs, items, measures, true);
  }

  private AidPlan(String householdId, LocalDate date, Set<Need> needs, List<PlanItem> items, List<NeedMeasure> measures,
      boolean checkMeasures) {
    this.householdId = checkNotNull(householdId, "householdId");
    this.date = checkNotNull(date, "date");
    this.needs = ImmutableSet.copyOf(needs);
    this.items = ImmutableList.copyOf(items);
    Set<String> ids = new HashSet<>();
    for (PlanItem i : items) {
      checkArgument(ids.add(i.id()), "plan item id %s is used twice", i.id());
    }
    this.measures = ImmutableList.copyOf(measures);
    if (checkMeasures) {
      Set<Need> seen = new HashSet<>();
      for (NeedMeasure m : measures) {
        checkArgument(this.needs.contains(m.need()), "a measure for need %s, which the plan does not list", m.need());
        checkArgument(seen.add(m.need()), "need %s has two measure entries", m.need());
        for (String id : m.itemIds()) {
          checkArgument(ids.contains(id), "need %s names item %s, which the plan does not have", m.need(), id);
        }
      }
      for (Need n : this.needs) {
        checkArgument(seen.contains(n), "need %s has neither an item nor a reason why no measure is available", n);
      }
    }
    this.record = new CaseRecord(householdId);
    record.append(date, "PLAN", items.size() + " items for needs " + this.needs);
  }

  /** The household's case id. */
  public String householdId() {
    return householdId;
  }

  /** The day the plan was made. */
  public LocalDate date() {
    return date;
  }

  /** The needs found. */
  public ImmutableSet<Need> needs() {
    return needs;
  }

  /**
   * For each need, in the order of {@link #needs()}, the items that address it or why no
   * measure is available in the region (empty for a plan made without measures).
   */
  public ImmutableList<NeedMeasure> measures() {
    return measures;
  }

  /** The items. */
  public ImmutableList<PlanItem> items() {
    return items;
  }

  /** The plan's record: the plan, every delivery and evaluation, hash-chained. */
  public CaseRecord record() {
    return record;
  }

  static final Messages TEXT = Messages.of("org.jiuzhu.core.plan.messages",
      lang -> ResourceBundle.getBundle("org.jiuzhu.core.plan.messages", lang.locale()));

  private static PlanRecordException refused(String code, Object... args) {
    return new PlanRecordException(code, TEXT.zh(code, zh(args)), TEXT.en(code, en(args)));
  }

  /** A text that reads differently in each language (a date, a title, a period). */
  private record Both(String zh, String en) {}

  private static Both date(LocalDate d) {
    return new Both(Messages.date(Lang.ZH, d), Messages.date(Lang.EN, d));
  }

  /** A count with its unit ({@code count.<unit>}: "4 sessions", "4 节"); the number and the unit's id otherwise. */
  private static Both count(long n, String unit) {
    String key = "count." + unit;
    return new Both(TEXT.has(Lang.ZH, key) ? TEXT.zh(key, n) : Messages.count(n),
        TEXT.has(Lang.EN, key) ? TEXT.en(key, n) : Messages.count(n) + " " + unit);
  }

  private static Both title(PlanItem i) {
    return new Both(i.titleZh(), i.titleEn());
  }

  private static Object[] zh(Object[] args) {
    Object[] out = args.clone();
    for (int k = 0; k < out.length; k++) {
      if (out[k] instanceof Both b) {
        out[k] = b.zh();
      }
    }
    return out;
  }

  private static Object[] en(Object[] args) {
    Object[] out = args.clone();
    for (int k = 0; k < out.length; k++) {
      if (out[k] instanceof Both b) {
        out[k] = b.en();
      }
    }
    return out;
  }

  private PlanItem item(String id) {
    for (PlanItem i : items) {
      if (i.id().equals(id)) {
        return i;
      }
    }
    throw refused("item.unknown", householdId, id, org.jiuzhu.core.text.Listing.of(items.stream().map(PlanItem::id).toList()));
  }

  /**
   * Records a delivery after checking it against its item: the item covers the day (on or after
   * its start, before its end, before it was withdrawn), and with every delivery of the item so
   * far it stays within what the item provides up to the end of each period: for an item with an
   * amount, at most that amount a period (arrears of earlier periods may be paid late; nothing in
   * advance); for an item without money, no amount and at most its quantity a period.
   *
   * @throws PlanRecordException naming the item, the value and what was expected (in Chinese and
   *     English); nothing is recorded then
   */
  public synchronized void record(Delivery d) {
    PlanItem i = item(d.itemId());
    if (d.date().isBefore(i.start())) {
      throw refused("delivery.before-start", i.id(), title(i), date(d.date()), date(i.start()));
    }
    if (i.periodOf(d.date()) < 0) {
      throw refused("delivery.after-end", i.id(), title(i), date(d.date()), date(i.start()), date(i.end().get().minusDays(1)));
    }
    Withdrawal w = withdrawals.get(i.id());
    if (w != null && !d.date().isBefore(w.date())) {
      throw refused("delivery.withdrawn", i.id(), title(i), date(d.date()), date(w.date()));
    }
    boolean money = i.amount().isPositive();
    if (!money && d.amount().isPositive()) {
      throw refused("delivery.no-money", i.id(), title(i), date(d.date()), d.amount());
    }
    if (money && i.type() == ItemType.CASH && !d.amount().isPositive()) {
      // a payment says what was paid: one of 0.00 would count as a payment made while nothing was
      throw refused("delivery.no-amount", i.id(), title(i), i.amount(),
          new Both(TEXT.zh("per." + i.frequency().name()), TEXT.en("per." + i.frequency().name())), date(d.date()));
    }
    List<Delivery> all = new ArrayList<>();
    for (Delivery x : deliveries) {
      if (x.itemId().equals(i.id())) {
        all.add(x);
      }
    }
    all.add(d);
    // what is delivered up to the end of a period may not exceed what the periods so far provide
    java.util.TreeMap<Integer, long[]> byPeriod = new java.util.TreeMap<>();
    for (Delivery x : all) {
      long[] sum = byPeriod.computeIfAbsent(i.periodOf(x.date()), k -> new long[2]);
      sum[0] += x.amount().fen();
      sum[1] += x.quantity();
    }
    int own = i.periodOf(d.date());
    long fen = 0;
    long units = 0;
    for (Map.Entry<Integer, long[]> e : byPeriod.entrySet()) {
      fen += e.getValue()[0];
      units += e.getValue()[1];
      int k = e.getKey();
      if (k < own) {
        continue;
      }
      long periods = k + 1L;
      Both per = new Both(TEXT.zh("per." + i.frequency().name()), TEXT.en("per." + i.frequency().name()));
      if (money && fen > i.amount().fen() * periods) {
        throw refused("delivery.amount-over", i.id(), title(i), i.amount(), per, d.amount(), date(d.date()), Money.ofFen(fen),
            date(i.start()), date(i.periodEnd(k).minusDays(1)), i.amount().times(periods));
      }
      if (!money && units > (long) i.quantity() * periods) {
        throw refused("delivery.quantity-over", i.id(), title(i), count(i.quantity(), i.unit()), per, count(d.quantity(), i.unit()),
            date(d.date()), count(units, i.unit()), date(i.start()), date(i.periodEnd(k).minusDays(1)),
            count(i.quantity() * periods, i.unit()));
      }
    }
    deliveries.add(d);
    record.append(d.date(), "DELIVERY", d.itemId() + " quantity=" + d.quantity() + " amount=" + d.amount() + " by=" + d.by());
  }

  /**
   * Records an evaluation.
   *
   * @throws PlanRecordException for an unknown item or a day before the item starts
   */
  public synchronized void record(Evaluation e) {
    PlanItem i = item(e.itemId());
    if (e.date().isBefore(i.start())) {
      throw refused("evaluation.before-start", i.id(), title(i), date(e.date()), date(i.start()));
    }
    evaluations.add(e);
    record.append(e.date(), "EVALUATION", e.itemId() + " targetMet=" + e.targetMet() + " by=" + e.by() + " "
        + e.note().replace('\t', ' ').replace('\n', ' '));
  }

  /**
   * Withdraws an item from a day on: nothing falls due from that day and no delivery is taken for
   * it.
   *
   * @throws PlanRecordException for an unknown item, a day before the item starts or a second
   *     withdrawal
   */
  public synchronized void record(Withdrawal w) {
    PlanItem i = item(w.itemId());
    if (w.date().isBefore(i.start())) {
      throw refused("withdrawal.before-start", i.id(), title(i), date(w.date()), date(i.start()));
    }
    Withdrawal before = withdrawals.get(i.id());
    if (before != null) {
      throw refused("withdrawal.twice", i.id(), title(i), date(before.date()));
    }
    withdrawals.put(i.id(), w);
    record.append(w.date(), "WITHDRAWAL", w.itemId() + " by=" + w.by() + " " + w.reason().replace('\t', ' ').replace('\n', ' '));
  }

  /** The withdrawal of an item, if it was withdrawn. */
  public synchronized Optional<Withdrawal> withdrawal(String itemId) {
    item(itemId);
    return Optional.ofNullable(withdrawals.get(itemId));
  }

  /** The day of the latest delivery, evaluation or withdrawal, or the plan date when none was recorded. */
  public synchronized LocalDate lastRecorded() {
    LocalDate last = date;
    for (Delivery d : deliveries) {
      last = d.date().isAfter(last) ? d.date() : last;
    }
    for (Evaluation e : evaluations) {
      last = e.date().isAfter(last) ? e.date() : last;
    }
    for (Withdrawal w : withdrawals.values()) {
      last = w.date().isAfter(last) ? w.date() : last;
    }
    return last;
  }

  /**
   * The state of one item at a date.
   *
   * @param item the item
   * @param expected units due by the end of the date (periods whose last day has come)
   * @param delivered units delivered by the date
   * @param overdue true when fewer were delivered than were due before the date (a period's
   *     last day has passed without its units)
   * @param evaluations the evaluations made by the date
   * @param deliveries the deliveries made by the date
   * @param withdrawal the item's withdrawal, if it was withdrawn (nothing falls due from its day)
   * @param payments for an item with an amount, the money of each period whose last day has come
   *     by the date, oldest first (empty for an item without money)
   * @param overpaid for an item with an amount, what was paid beyond what the periods up to the
   *     date (the current one too) provide; zero otherwise
   */
  public record ItemStatus(PlanItem item, int expected, int delivered, boolean overdue, ImmutableList<Evaluation> evaluations,
      ImmutableList<Delivery> deliveries, Optional<Withdrawal> withdrawal, ImmutableList<PeriodPayment> payments,
      Money overpaid) {
    /** Checks the fields. */
    public ItemStatus {
      checkNotNull(payments, "payments");
      checkNotNull(overpaid, "overpaid");
    }

    /** An item's state without its money per period (kept for compatibility: no periods, nothing overpaid). */
    public ItemStatus(PlanItem item, int expected, int delivered, boolean overdue, ImmutableList<Evaluation> evaluations,
        ImmutableList<Delivery> deliveries, Optional<Withdrawal> withdrawal) {
      this(item, expected, delivered, overdue, evaluations, deliveries, withdrawal, ImmutableList.of(), Money.ZERO);
    }

    /**
     * For an item with an amount: its amount for each period whose last day has come by the date
     * ({@link #expected()} units of {@link PlanItem#quantity()} a period); zero for an item without
     * money.
     *
     * @since 0.4.0
     */
    public Money amountDue() {
      // a decision not yet taken (PENDING) promises no money: nothing of it is due
      return item.amount().isPositive() && item.type() != ItemType.PENDING
          ? item.amount().times(expected / item.quantity()) : Money.ZERO;
    }

    /**
     * The money delivered by the date (every delivery's amount).
     *
     * @since 0.4.0
     */
    public Money amountPaid() {
      long fen = 0;
      for (Delivery d : deliveries) {
        fen += d.amount().fen();
      }
      return Money.ofFen(fen);
    }

    /**
     * How much less was paid than was due by the date ({@link #amountDue()} minus {@link
     * #amountPaid()}), zero when nothing is short: a payment of less than the item's amount leaves
     * the rest owed, even when the number of payments is right.
     *
     * @since 0.4.0
     */
    public Money shortfall() {
      long fen = amountDue().fen() - amountPaid().fen();
      return fen > 0 ? Money.ofFen(fen) : Money.ZERO;
    }

    /**
     * What the payments made fall short of: {@link #shortfall()} less the amounts of the periods
     * due for which no payment was made at all (those are units not delivered, said by the count
     * and overdue once late). 724.00 paid for November and 700.00 for December of a 724.00 monthly
     * item: 24.00; 700.00 for November and nothing for December: 24.00 too (the shortfall is 748.00).
     *
     * @since 0.4.0
     */
    public Money shortPaid() {
      long missing = Math.max(0, expected - delivered) / item.quantity();
      return Money.ofFen(Math.max(0, shortfall().fen() - item.amount().fen() * missing));
    }

    /**
     * True unless a payment made fell short ({@link #shortPaid()}) or more was paid than the
     * periods so far provide ({@link #overpaid()}); always true for an item without money.
     *
     * @since 0.4.0
     */
    public boolean paidInFull() {
      return shortPaid().isZero() && overpaid.isZero();
    }

    /**
     * For an item waiting on a decision ({@link ItemType#PENDING}): the last day the decision is
     * due by ({@link PlanItem#firstDue()}), decided by {@link PlanItem#level()}; empty for any
     * other item.
     *
     * @since 0.4.0
     */
    public Optional<LocalDate> decisionDeadline() {
      return item.type() == ItemType.PENDING ? Optional.of(item.firstDue()) : Optional.empty();
    }

    /**
     * True for an item waiting on a decision whose deadline ({@link #decisionDeadline()}) has
     * passed by {@code at} without the decision being recorded (a delivery of the item), unless
     * the item was withdrawn by then (the decision is no longer owed). Such an item is never
     * {@link #overdue()}: it promises no payment yet, but the decision is late (逾期未决定).
     *
     * @param at the status date this state is of
     * @since 0.4.0
     */
    public boolean decisionOverdue(LocalDate at) {
      return item.type() == ItemType.PENDING && withdrawal.isEmpty() && delivered < item.expectedBy(at.minusDays(1));
    }

    /**
     * True for an item waiting on a decision ({@link ItemType#PENDING}) whose decision is recorded
     * (a delivery of the item) by the status date; false for any other item.
     *
     * @since 0.13.0
     */
    public boolean decided() {
      return item.type() == ItemType.PENDING && delivered > 0;
    }

    /**
     * True for an item waiting on a decision ({@link ItemType#PENDING}) that still awaits it on the
     * status date: not {@link #decided()} and not withdrawn, whether or not its deadline has
     * passed ({@link #decisionOverdue(LocalDate)}). It awaits a decision, not a delivery: it is not
     * counted among the units due ({@link Status#byUnit()}, {@link Status#deliveredShare()}).
     *
     * @since 0.13.0
     */
    public boolean awaitingDecision() {
      return item.type() == ItemType.PENDING && delivered == 0 && withdrawal.isEmpty();
    }
  }

  /**
   * The money of one period of an item with an amount, on a status date (可量化、可控制): what was
   * due, what was paid by the deliveries dated in the period, and what is still short once every
   * payment made by the status date is counted towards the earliest periods first (arrears paid
   * late fill the period they are for). {@code due - shortfall} is what the period received: more
   * than {@code paid} when a later payment made up for it, less when part of its own payment went
   * to an earlier period.
   *
   * @param period the period, from 0
   * @param from its first day
   * @param lastDay its last day (inclusive: the period is {@code from} to {@code lastDay}, both
   *     days in it; named so, as a half-open end is named for the first day after it, e.g. {@code
   *     PlanItem.end})
   * @param due the item's amount for the period
   * @param paid paid by the deliveries dated in the period
   * @param shortfall still unpaid of {@code due}
   * @since 0.4.0
   */
  public record PeriodPayment(int period, LocalDate from, LocalDate lastDay, Money due, Money paid, Money shortfall) {
    /** Checks the fields. */
    public PeriodPayment {
      checkNotNull(from, "from");
      checkNotNull(lastDay, "lastDay");
      checkArgument(!lastDay.isBefore(from), "period %s: last day %s before its first day %s", period, lastDay, from);
      checkArgument(shortfall.compareTo(due) <= 0, "period %s: shortfall %s above due %s", period, shortfall, due);
    }

    /**
     * The period's last day, as {@link #lastDay()}.
     *
     * @deprecated the name did not say whether the day is in the period; use {@link #lastDay()}
     */
    @Deprecated
    public LocalDate to() {
      return lastDay;
    }

    /** What the period received of the payments made, counted earliest first: {@code due - shortfall}. */
    public Money received() {
      return Money.ofFen(due.fen() - shortfall.fen());
    }
  }

  /**
   * The state of the plan at a date.
   *
   * @param date the date
   * @param items each item's state
   * @param deliveredShare units delivered (up to what was due) over units due, 0 to 1, four
   *     decimals rounded half up; it adds units of every kind (payments, visits, kWh), so it says
   *     little when the plan has items of several units: use {@link #byUnit()}. Items waiting on a
   *     decision ({@link ItemType#PENDING}) are not counted: they await a decision, not a delivery
   *     ({@link #awaitingDecision()}, {@link #decisionsOverdue()})
   * @param overdue the items behind schedule
   * @param targetsMet evaluations that found the target met
   * @param targetsMissed evaluations that found it missed
   */
  public record Status(LocalDate date, ImmutableList<ItemStatus> items, BigDecimal deliveredShare,
      ImmutableList<PlanItem> overdue, int targetsMet, int targetsMissed) {
    /**
     * The items with an amount whose payments made fell short or exceeded what was due ({@link
     * ItemStatus#paidInFull()} false), in plan order. A payment not made at all is not here: the
     * count says it, and {@link #overdue()} once its period has ended.
     *
     * @since 0.4.0
     */
    public ImmutableList<ItemStatus> notPaidInFull() {
      return items.stream().filter(i -> !i.paidInFull()).collect(ImmutableList.toImmutableList());
    }

    /**
     * The items waiting on a decision whose decision deadline has passed by {@link #date()} with no
     * decision recorded ({@link ItemStatus#decisionOverdue(LocalDate)}: 逾期未决定), in plan order.
     * They are not in {@link #overdue()}, which says payments and deliveries behind schedule.
     *
     * @since 0.4.0
     */
    public ImmutableList<ItemStatus> decisionsOverdue() {
      return items.stream().filter(i -> i.decisionOverdue(date)).collect(ImmutableList.toImmutableList());
    }

    /**
     * The items waiting on a decision that still await it on {@link #date()} ({@link
     * ItemStatus#awaitingDecision()}: 待决定), in plan order, those past their deadline ({@link
     * #decisionsOverdue()}) among them.
     *
     * @since 0.13.0
     */
    public ImmutableList<ItemStatus> awaitingDecision() {
      return items.stream().filter(ItemStatus::awaitingDecision).collect(ImmutableList.toImmutableList());
    }

    /**
     * The items waiting on a decision whose decision is recorded by {@link #date()} ({@link
     * ItemStatus#decided()}), in plan order.
     *
     * @since 0.13.0
     */
    public ImmutableList<ItemStatus> decided() {
      return items.stream().filter(ItemStatus::decided).collect(ImmutableList.toImmutableList());
    }

    /**
     * The share delivered among the items of each unit ({@code payment}, {@code visit}, {@code
     * kWh}, …), in the order the units first occur among the items: units of different kinds are
     * never added together. Units only of items with nothing due yet are listed with nothing due.
     * Items waiting on a decision ({@link ItemType#PENDING}) are not counted: a decision is not a
     * delivery ({@link #awaitingDecision()}, {@link #decided()}).
     *
     * @since 0.3.0
     */
    public ImmutableList<UnitShare> byUnit() {
      Map<String, long[]> sums = new java.util.LinkedHashMap<>();
      for (ItemStatus i : items) {
        if (i.item().type() == ItemType.PENDING) {
          continue;
        }
        long[] sum = sums.computeIfAbsent(i.item().unit(), k -> new long[2]);
        sum[0] += i.expected();
        sum[1] += Math.min(i.delivered(), i.expected());
      }
      ImmutableList.Builder<UnitShare> out = ImmutableList.builder();
      sums.forEach((unit, sum) -> out.add(new UnitShare(unit, sum[0], sum[1], share(sum[1], sum[0]))));
      return out.build();
    }
  }

  /**
   * What was delivered of the items of one unit.
   *
   * @param unit the items' unit, e.g. {@code payment} (see {@link PlanItem#unit()})
   * @param due units due by the status date
   * @param delivered units delivered of those due (a delivery beyond what is due is not counted)
   * @param share delivered over due, 0 to 1, four decimals rounded half up; 1 when nothing is due
   * @since 0.3.0
   */
  public record UnitShare(String unit, long due, long delivered, BigDecimal share) {}

  private static BigDecimal share(long done, long due) {
    return due == 0 ? BigDecimal.ONE.setScale(4) : BigDecimal.valueOf(done).divide(BigDecimal.valueOf(due), 4, RoundingMode.HALF_UP);
  }

  /** The money delivered for item {@code itemId} on or before {@code at}, in fen. */
  private long paidFen(String itemId, LocalDate at) {
    long fen = 0;
    for (Delivery d : deliveries) {
      if (d.itemId().equals(itemId) && !d.date().isAfter(at)) {
        fen += d.amount().fen();
      }
    }
    return fen;
  }

  /**
   * The plan as it stood on {@code at}: deliveries, evaluations and withdrawals dated after {@code
   * at} are not counted (a status on an earlier day is that day's view, not an error).
   */
  public synchronized Status status(LocalDate at) {
    Map<String, Integer> delivered = new HashMap<>();
    for (Delivery d : deliveries) {
      if (!d.date().isAfter(at)) {
        delivered.merge(d.itemId(), d.quantity(), Integer::sum);
      }
    }
    ImmutableList.Builder<ItemStatus> out = ImmutableList.builder();
    ImmutableList.Builder<PlanItem> overdue = ImmutableList.builder();
    long due = 0;
    long done = 0;
    int met = 0;
    int missed = 0;
    for (PlanItem i : items) {
      Withdrawal w = withdrawals.get(i.id());
      LocalDate upTo = w != null && !at.isBefore(w.date()) ? w.date().minusDays(1) : at;
      int expected = i.expectedBy(upTo);
      int got = delivered.getOrDefault(i.id(), 0);
      if (i.type() != ItemType.PENDING) {
        // a decision awaited is not a delivery due: it is counted apart (Status.awaitingDecision)
        due += expected;
        done += Math.min(got, expected);
      }
      List<Evaluation> evs = new ArrayList<>();
      for (Evaluation e : evaluations) {
        if (e.itemId().equals(i.id()) && !e.date().isAfter(at)) {
          evs.add(e);
          if (e.targetMet()) {
            met++;
          } else {
            missed++;
          }
        }
      }
      int dueBefore = i.expectedBy(upTo.isBefore(at) ? upTo : at.minusDays(1));
      // behind schedule: fewer deliveries than periods ended; a payment made short is not late but
      // short (shortPaid(), Status.notPaidInFull(): the 未足额发放 line), so it is said once, as what it is
      // an item waiting on a decision (PENDING) promises nothing yet: it is never late, and owes no money;
      // a decision past its deadline is said apart (ItemStatus.decisionOverdue, Status.decisionsOverdue)
      boolean late = i.type() != ItemType.PENDING && got < dueBefore;
      if (late) {
        overdue.add(i);
      }
      List<Delivery> ds = new ArrayList<>();
      for (Delivery d : deliveries) {
        if (d.itemId().equals(i.id()) && !d.date().isAfter(at)) {
          ds.add(d);
        }
      }
      ImmutableList<PeriodPayment> payments = ImmutableList.of();
      Money overpaid = Money.ZERO;
      if (i.amount().isPositive() && i.type() != ItemType.PENDING) {
        payments = payments(i, ds, expected / i.quantity());
        long paid = 0;
        for (Delivery d : ds) {
          paid += d.amount().fen();
        }
        // what the periods up to the status date provide, the current one too (it may be paid before its end)
        int own = i.periodOf(upTo);
        long provided = i.amount().fen() * (own < 0 ? payments.size() : Math.max(own + 1, payments.size()));
        overpaid = Money.ofFen(Math.max(0, paid - provided));
      }
      out.add(new ItemStatus(i, expected, got, late, ImmutableList.copyOf(evs), ImmutableList.copyOf(ds),
          Optional.ofNullable(w != null && !w.date().isAfter(at) ? w : null), payments, overpaid));
    }
    return new Status(at, out.build(), share(done, due), overdue.build(), met, missed);
  }

  /** The money of the first {@code periods} periods of an item with an amount, the payments filling the earliest first. */
  private static ImmutableList<PeriodPayment> payments(PlanItem i, List<Delivery> ds, int periods) {
    long total = 0;
    for (Delivery d : ds) {
      total += d.amount().fen();
    }
    long amount = i.amount().fen();
    ImmutableList.Builder<PeriodPayment> out = ImmutableList.builder();
    for (int k = 0; k < periods && i.hasPeriod(k); k++) {
      long paid = 0;
      for (Delivery d : ds) {
        if (i.periodOf(d.date()) == k) {
          paid += d.amount().fen();
        }
      }
      long received = Math.min(total, amount * (k + 1)) - Math.min(total, amount * k);
      out.add(new PeriodPayment(k, i.periodStart(k), i.periodEnd(k).minusDays(1), i.amount(), Money.ofFen(paid),
          Money.ofFen(amount - received)));
    }
    return out.build();
  }
}
