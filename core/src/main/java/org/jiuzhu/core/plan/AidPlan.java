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
import java.util.Set;
import org.jiuzhu.core.review.CaseRecord;

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
  private final CaseRecord record;

  /**
   * A plan.
   *
   * @throws IllegalArgumentException if two items share an id
   */
  public AidPlan(String householdId, LocalDate date, Set<Need> needs, List<PlanItem> items) {
    this.householdId = checkNotNull(householdId, "householdId");
    this.date = checkNotNull(date, "date");
    this.needs = ImmutableSet.copyOf(needs);
    this.items = ImmutableList.copyOf(items);
    Set<String> ids = new HashSet<>();
    for (PlanItem i : items) {
      checkArgument(ids.add(i.id()), "plan item id %s is used twice", i.id());
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

  /** The items. */
  public ImmutableList<PlanItem> items() {
    return items;
  }

  /** The plan's record: the plan, every delivery and evaluation, hash-chained. */
  public CaseRecord record() {
    return record;
  }

  private PlanItem item(String id) {
    for (PlanItem i : items) {
      if (i.id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException("the plan of " + householdId + " has no item " + id);
  }

  /**
   * Records a delivery.
   *
   * @throws IllegalArgumentException for an unknown item or a day before the item starts
   */
  public synchronized void record(Delivery d) {
    PlanItem i = item(d.itemId());
    checkArgument(!d.date().isBefore(i.start()), "delivery of %s on %s is before the item starts on %s", i.id(), d.date(), i.start());
    deliveries.add(d);
    record.append(d.date(), "DELIVERY", d.itemId() + " quantity=" + d.quantity() + " amount=" + d.amount() + " by=" + d.by());
  }

  /**
   * Records an evaluation.
   *
   * @throws IllegalArgumentException for an unknown item
   */
  public synchronized void record(Evaluation e) {
    item(e.itemId());
    evaluations.add(e);
    record.append(e.date(), "EVALUATION", e.itemId() + " targetMet=" + e.targetMet() + " by=" + e.by() + " "
        + e.note().replace('\t', ' ').replace('\n', ' '));
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
   */
  public record ItemStatus(PlanItem item, int expected, int delivered, boolean overdue, ImmutableList<Evaluation> evaluations,
      ImmutableList<Delivery> deliveries) {}

  /**
   * The state of the plan at a date.
   *
   * @param date the date
   * @param items each item's state
   * @param deliveredShare units delivered (up to what was due) over units due, 0 to 1, four decimals
   * @param overdue the items behind schedule
   * @param targetsMet evaluations that found the target met
   * @param targetsMissed evaluations that found it missed
   */
  public record Status(LocalDate date, ImmutableList<ItemStatus> items, BigDecimal deliveredShare,
      ImmutableList<PlanItem> overdue, int targetsMet, int targetsMissed) {}

  /** The plan's state on {@code at}. */
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
      int expected = i.expectedBy(at);
      int got = delivered.getOrDefault(i.id(), 0);
      due += expected;
      done += Math.min(got, expected);
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
      boolean late = got < i.expectedBy(at.minusDays(1));
      if (late) {
        overdue.add(i);
      }
      List<Delivery> ds = new ArrayList<>();
      for (Delivery d : deliveries) {
        if (d.itemId().equals(i.id()) && !d.date().isAfter(at)) {
          ds.add(d);
        }
      }
      out.add(new ItemStatus(i, expected, got, late, ImmutableList.copyOf(evs), ImmutableList.copyOf(ds)));
    }
    BigDecimal share = due == 0 ? BigDecimal.ONE.setScale(4)
        : BigDecimal.valueOf(done).divide(BigDecimal.valueOf(due), 4, RoundingMode.DOWN);
    return new Status(at, out.build(), share, overdue.build(), met, missed);
  }
}
