package org.jiuzhu.simulation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.household.IncomeCategory;
import org.jiuzhu.core.household.IncomeItem;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.rules.cn.CnRulebook;

/**
 * Varies one member's monthly wages and reports, at every step, what each programme pays, the
 * household's net income and the effective marginal rate — flagging cliffs, where earning more
 * leaves the household with less.
 *
 * <p>The member's wages in each of the {@value Microdata#MONTHS} months before the date are set
 * to the swept amount; the rest of the household is left as it is.
 *
 * @since 0.1.0
 */
public final class Sweep {
  private final Evaluator evaluator;

  /** A sweep evaluated by {@code evaluator} (baseline, and reform when it has one). */
  public Sweep(Evaluator evaluator) {
    this.evaluator = checkNotNull(evaluator, "evaluator");
  }

  /**
   * One step.
   *
   * <p>A programme paid yearly (or once) has no whole number of fen a month: 200.00 yuan a year is
   * 16.666… a month. So each programme is given twice: its <em>monthly equivalent</em> ({@code
   * baseline}: a twelfth of its amount over a year, the fen of rounding allocated by largest
   * remainder so that the monthly parts and the market income add up to {@code netBaseline} to the
   * fen), and its <em>amount over a year</em> ({@code
   * baselineYear}: twelve months, the yearly sum and the one-off sum — exact, and they add up to
   * {@code netBaselineYear}). Net income a month is computed from the exact yearly total (a twelfth,
   * rounded half up once), never by adding rounded parts; marginal rates and cliffs are computed
   * from the exact yearly totals too.
   *
   * @param wages the member's monthly wages, fen
   * @param marketIncome the household's monthly income before transfers, fen
   * @param baseline each programme's monthly equivalent under the baseline, fen, by programme id: a
   *     twelfth of its yearly amount rounded down, and one fen more for the programmes with the
   *     largest remainders (ties: by programme id) until the parts add up to {@code netBaseline -
   *     marketIncome}
   * @param reform the same under the reform (the baseline's without a reform)
   * @param netBaseline market income and baseline transfers a month, fen: a twelfth of {@code netBaselineYear}, rounded half up
   * @param netReform the same under the reform
   * @param rateBaseline the effective marginal rate from the step before (1 − Δnet/Δwages, over a
   *     year), or null at the first step
   * @param rateReform the same under the reform
   * @param baselineYear each programme's amount over a year under the baseline, fen (exact), by programme id
   * @param reformYear the same under the reform
   * @param netBaselineYear market income and baseline transfers over a year, fen (exact)
   * @param netReformYear the same under the reform
   */
  public record Point(long wages, long marketIncome, Map<String, Long> baseline, Map<String, Long> reform, long netBaseline,
      long netReform, BigDecimal rateBaseline, BigDecimal rateReform, Map<String, Long> baselineYear,
      Map<String, Long> reformYear, long netBaselineYear, long netReformYear) {
    /**
     * A step given a month at a time (the yearly figures twelve times the monthly ones).
     *
     * @deprecated a yearly programme has no exact monthly amount; use the canonical constructor
     */
    @Deprecated
    public Point(long wages, long marketIncome, Map<String, Long> baseline, Map<String, Long> reform, long netBaseline,
        long netReform, BigDecimal rateBaseline, BigDecimal rateReform) {
      this(wages, marketIncome, baseline, reform, netBaseline, netReform, rateBaseline, rateReform, times12(baseline),
          times12(reform), netBaseline * 12, netReform * 12);
    }

    private static Map<String, Long> times12(Map<String, Long> m) {
      Map<String, Long> out = new TreeMap<>();
      m.forEach((k, v) -> out.put(k, v * 12));
      return out;
    }
  }

  /**
   * A cliff: between two steps net income falls although wages rise.
   *
   * @param reform whether under the reform (else the baseline)
   * @param fromWages wages before, fen
   * @param toWages wages after, fen
   * @param netLost how much net income falls, fen
   * @param programmesLost programmes paid before and not after
   * @param nonCashLost programmes the household had before with no cash amount and has no longer
   *     after ({@link #nonCashLost}): a recognition such as 低保边缘家庭认定 that other help rests on,
   *     or help in kind or a service valued at 0.00 — lost too, though not in {@code netLost}
   * @param programmesReduced programmes paid before and after, less after: how much less a month,
   *     fen (the monthly parts of {@link Point#baseline} or {@link Point#reform}), in id order
   */
  public record Cliff(boolean reform, long fromWages, long toWages, long netLost, List<String> programmesLost,
      List<String> nonCashLost, Map<String, Long> programmesReduced) {
    /** A cliff without what is lost that has no cash amount. */
    public Cliff(boolean reform, long fromWages, long toWages, long netLost, List<String> programmesLost) {
      this(reform, fromWages, toWages, netLost, programmesLost, List.of());
    }

    /** A cliff without programmes that are only reduced. */
    public Cliff(boolean reform, long fromWages, long toWages, long netLost, List<String> programmesLost, List<String> nonCashLost) {
      this(reform, fromWages, toWages, netLost, programmesLost, nonCashLost, Map.of());
    }
  }

  /**
   * A step at which the household stops having a programme that has no cash amount (a recognition
   * such as 低保边缘家庭认定, which gates other help; help in kind or a service valued at 0.00):
   * the net income does not show it.
   *
   * @param reform whether under the reform (else the baseline)
   * @param fromWages wages before, fen
   * @param toWages wages after, fen
   * @param programmes what is lost, sorted
   * @param cliff whether net income falls at the same step (the {@link Cliff} says it too)
   * @since 0.5.0
   */
  public record NonCashLoss(boolean reform, long fromWages, long toWages, List<String> programmes, boolean cliff) {}

  /**
   * A step at which the reform moves the household between the two kinds of 低保 (minimum living
   * allowance): household 低保 ({@link CnRulebook#DIBAO}, for every member) and 低保 for one member
   * alone (单人户, {@link CnRulebook#DIBAO_SINGLE}, for one member of a household otherwise above the
   * line). The amounts alone show it only as one programme falling and the other rising; this names
   * the change of kind. A household counts as on household 低保 when it is granted {@code cn.dibao},
   * else as on 单人户 低保 when it is granted {@code cn.dibao-single-person}.
   *
   * @param wages the step's wages, fen
   * @param direction which way, from the baseline's kind to the reform's
   * @param households households that switch (the swept household, weight 1: 1)
   * @param persons the persons of those households (every member, whichever kind covers them)
   * @since 0.9.0
   */
  public record DibaoSwitch(long wages, Direction direction, long households, long persons) {
    /** Which way a household switches, baseline → reform. */
    public enum Direction {
      /** From household 低保 under the baseline to 单人户 低保 under the reform. */
      HOUSEHOLD_TO_SINGLE_PERSON("household-to-single-person"),
      /** From 单人户 低保 under the baseline to household 低保 under the reform. */
      SINGLE_PERSON_TO_HOUSEHOLD("single-person-to-household");

      private final String key;

      Direction(String key) {
        this.key = key;
      }

      /** The machine key: {@code household-to-single-person} or {@code single-person-to-household}. */
      public String key() {
        return key;
      }
    }

    public DibaoSwitch {
      checkNotNull(direction, "direction");
    }
  }

  /**
   * Consecutive steps with the same switch ({@link DibaoSwitch}): the same direction, households
   * and persons at each step.
   *
   * @param direction which way, baseline → reform
   * @param fromWages wages of the first step, fen
   * @param toWages wages of the last step, fen
   * @param points how many steps
   * @param households households that switch at each step
   * @param persons their persons at each step
   * @since 0.9.0
   */
  public record DibaoSwitchRange(DibaoSwitch.Direction direction, long fromWages, long toWages, int points, long households,
      long persons) {}

  /**
   * The sweep's steps, the programmes that pay at any step, and the cliffs.
   *
   * @param householdId the household
   * @param memberId the member whose wages vary
   * @param programmes the programmes that pay at some step, sorted
   * @param points the steps
   * @param cliffs the cliffs, baseline first
   * @param nonCashLosses every step at which something without a cash amount is lost, baseline first
   * @param dibaoSwitches every step at which the reform moves the household between household 低保
   *     and 单人户 低保, in the order of the steps (empty without a reform)
   */
  public record Result(String householdId, String memberId, List<String> programmes, List<Point> points, List<Cliff> cliffs,
      List<NonCashLoss> nonCashLosses, List<DibaoSwitch> dibaoSwitches) {
    /** A result without the losses of what has no cash amount. */
    public Result(String householdId, String memberId, List<String> programmes, List<Point> points, List<Cliff> cliffs) {
      this(householdId, memberId, programmes, points, cliffs, List.of());
    }

    /** A result without the switches between the kinds of 低保. */
    public Result(String householdId, String memberId, List<String> programmes, List<Point> points, List<Cliff> cliffs,
        List<NonCashLoss> nonCashLosses) {
      this(householdId, memberId, programmes, points, cliffs, nonCashLosses, List.of());
    }

    /** The switches at the step of {@code wages} (none, or one for each household that switches). */
    public List<DibaoSwitch> dibaoSwitchesAt(long wages) {
      return dibaoSwitches.stream().filter(x -> x.wages() == wages).toList();
    }

    /**
     * {@link #dibaoSwitches} as ranges: steps next to each other in {@link #points} with the same
     * direction, households and persons make one range; in the order of the steps.
     */
    public List<DibaoSwitchRange> dibaoSwitchRanges() {
      List<DibaoSwitchRange> out = new ArrayList<>();
      Map<Long, Integer> index = new java.util.HashMap<>();
      for (int k = 0; k < points.size(); k++) {
        index.put(points.get(k).wages(), k);
      }
      DibaoSwitch start = null;
      DibaoSwitch last = null;
      int n = 0;
      for (DibaoSwitch x : dibaoSwitches) {
        boolean continues = last != null && x.direction() == last.direction() && x.households() == last.households()
            && x.persons() == last.persons() && index.getOrDefault(x.wages(), -1) == index.getOrDefault(last.wages(), -2) + 1;
        if (!continues && start != null) {
          out.add(new DibaoSwitchRange(start.direction(), start.wages(), last.wages(), n, start.households(), start.persons()));
        }
        if (!continues) {
          start = x;
          n = 0;
        }
        last = x;
        n++;
      }
      if (start != null) {
        out.add(new DibaoSwitchRange(start.direction(), start.wages(), last.wages(), n, start.households(), start.persons()));
      }
      return out;
    }
  }

  /**
   * Sweeps {@code memberId}'s monthly wages from {@code from} to {@code to} (inclusive) in steps
   * of {@code step}, all in fen.
   *
   * @throws IllegalArgumentException if the member is unknown or the range is empty or too long
   */
  private static org.jiuzhu.core.text.LocalizedIllegalArgumentException refused(String key, Object... args) {
    return new org.jiuzhu.core.text.LocalizedIllegalArgumentException(SimTexts.MESSAGES.text(key, args));
  }

  public Result run(Household h, String memberId, long from, long to, long step) {
    checkNotNull(h, "household");
    if (h.member(memberId).isEmpty()) {
      throw refused("sweep.error.member", memberId, h.id(), org.jiuzhu.core.text.Listing.of(h.members().stream().map(m -> m.id()).toList()));
    }
    if (from < 0) {
      throw refused("sweep.error.from", Money.ofFen(from).toString());
    }
    if (step <= 0) {
      throw refused("sweep.error.step", Money.ofFen(step).toString());
    }
    if (to < from) {
      throw refused("sweep.error.to", Money.ofFen(to).toString(), Money.ofFen(from).toString());
    }
    long steps = (to - from) / step + 1;
    if (steps > 100_000) {
      throw refused("sweep.error.steps", Long.toString(steps), Money.ofFen(from).toString(), Money.ofFen(to).toString(),
          Money.ofFen(step).toString());
    }
    List<Point> points = new ArrayList<>();
    TreeSet<String> programmes = new TreeSet<>();
    List<Cliff> cliffs = new ArrayList<>();
    List<Cliff> reformCliffs = new ArrayList<>();
    List<NonCashLoss> losses = new ArrayList<>();
    List<NonCashLoss> reformLosses = new ArrayList<>();
    List<DibaoSwitch> switches = new ArrayList<>();
    Point before = null;
    for (long w = from; w <= to; w += step) {
      HouseholdOutcome o = evaluator.evaluate(withWages(h, memberId, w), 1);
      Map<String, Long> baseYear = yearly(o.baseline());
      Map<String, Long> refYear = yearly(o.reform());
      Map<String, Long> base = monthly(baseYear);
      Map<String, Long> ref = monthly(refYear);
      programmes.addAll(base.keySet());
      programmes.addAll(ref.keySet());
      long netBaseYear = o.marketIncome() * 12 + sum(baseYear);
      long netRefYear = o.marketIncome() * 12 + sum(refYear);
      long netBase = twelfth(netBaseYear);
      long netRef = twelfth(netRefYear);
      BigDecimal rateBase = before == null ? null : rate(before.wages(), w, before.netBaselineYear(), netBaseYear);
      BigDecimal rateRef = before == null ? null : rate(before.wages(), w, before.netReformYear(), netRefYear);
      Point p = new Point(w, o.marketIncome(), base, ref, netBase, netRef, rateBase, rateRef, baseYear, refYear, netBaseYear,
          netRefYear);
      if (before != null) {
        List<String> nonCash = nonCashLost(before.baselineYear(), baseYear);
        boolean cliff = netBaseYear < before.netBaselineYear();
        if (cliff) {
          cliffs.add(new Cliff(false, before.wages(), w, before.netBaseline() - netBase, lost(before.baselineYear(), baseYear), nonCash,
              reduced(before.baselineYear(), baseYear, before.baseline(), base)));
        }
        if (!nonCash.isEmpty()) {
          losses.add(new NonCashLoss(false, before.wages(), w, nonCash, cliff));
        }
      }
      if (before != null && evaluator.hasReform()) {
        List<String> nonCash = nonCashLost(before.reformYear(), refYear);
        boolean cliff = netRefYear < before.netReformYear();
        if (cliff) {
          reformCliffs.add(new Cliff(true, before.wages(), w, before.netReform() - netRef, lost(before.reformYear(), refYear), nonCash,
              reduced(before.reformYear(), refYear, before.reform(), ref)));
        }
        if (!nonCash.isEmpty()) {
          reformLosses.add(new NonCashLoss(true, before.wages(), w, nonCash, cliff));
        }
      }
      if (evaluator.hasReform()) {
        DibaoSwitch.Direction d = switched(baseYear, refYear);
        if (d != null) {
          switches.add(new DibaoSwitch(w, d, 1, o.persons()));
        }
      }
      points.add(p);
      before = p;
    }
    cliffs.addAll(reformCliffs);
    losses.addAll(reformLosses);
    return new Result(h.id(), memberId, ImmutableList.copyOf(programmes), points, cliffs, losses, List.copyOf(switches));
  }

  /**
   * Which way the household moves between household 低保 and 单人户 低保 from {@code baseline} to
   * {@code reform} (programme ids granted), or null when it does not (the same kind, or 低保 of
   * neither kind under one of them).
   */
  static DibaoSwitch.Direction switched(Map<String, Long> baseline, Map<String, Long> reform) {
    Boolean before = household(baseline);
    Boolean after = household(reform);
    if (before == null || after == null || before.equals(after)) {
      return null;
    }
    return before ? DibaoSwitch.Direction.HOUSEHOLD_TO_SINGLE_PERSON : DibaoSwitch.Direction.SINGLE_PERSON_TO_HOUSEHOLD;
  }

  /** True on household 低保, false on 单人户 低保 only, null on neither. */
  private static Boolean household(Map<String, Long> granted) {
    return granted.containsKey(CnRulebook.DIBAO) ? Boolean.TRUE : granted.containsKey(CnRulebook.DIBAO_SINGLE) ? Boolean.FALSE : null;
  }

  /**
   * What the household had before with no cash amount over the year (a recognition such as
   * 低保边缘家庭认定, help in kind valued at 0.00) and has no longer after.
   */
  private static List<String> nonCashLost(Map<String, Long> before, Map<String, Long> after) {
    List<String> out = new ArrayList<>();
    before.forEach((id, v) -> {
      if (v == 0 && !after.containsKey(id)) {
        out.add(id);
      }
    });
    return out;
  }

  /**
   * Programmes paid over the year before and after, less after ({@code beforeYear}, {@code
   * afterYear}): how much less a month ({@code beforeMonth}, {@code afterMonth}), sorted by id.
   */
  private static Map<String, Long> reduced(Map<String, Long> beforeYear, Map<String, Long> afterYear, Map<String, Long> beforeMonth,
      Map<String, Long> afterMonth) {
    java.util.TreeMap<String, Long> out = new java.util.TreeMap<>();
    beforeYear.forEach((id, v) -> {
      long a = afterYear.getOrDefault(id, 0L);
      if (v > 0 && a > 0 && a < v) {
        out.put(id, beforeMonth.getOrDefault(id, 0L) - afterMonth.getOrDefault(id, 0L));
      }
    });
    return java.util.Collections.unmodifiableMap(out);
  }

  private static List<String> lost(Map<String, Long> before, Map<String, Long> after) {
    List<String> out = new ArrayList<>();
    before.forEach((id, v) -> {
      if (v > 0 && after.getOrDefault(id, 0L) == 0) {
        out.add(id);
      }
    });
    return out;
  }

  /** 1 − Δnet/Δwages, with net income over a year and wages a month (so Δwages × 12). */
  private static BigDecimal rate(long w0, long w1, long netYear0, long netYear1) {
    return BigDecimal.ONE.subtract(BigDecimal.valueOf(netYear1 - netYear0)
        .divide(BigDecimal.valueOf((w1 - w0) * 12), 4, RoundingMode.HALF_EVEN));
  }

  /** A twelfth of {@code fen}, rounded half up to the fen. */
  static long twelfth(long fen) {
    return BigDecimal.valueOf(fen).divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP).longValueExact();
  }

  private static long sum(Map<String, Long> m) {
    long s = 0;
    for (long v : m.values()) {
      s += v;
    }
    return s;
  }

  /**
   * Each programme's monthly equivalent, adding up to the twelfth of their yearly total (rounded
   * half up, as the monthly net): a twelfth of each yearly amount rounded down, then one fen more
   * for the programmes with the largest remainders (largest-remainder apportionment; ties by
   * programme id) until the parts add up. So a table of the parts sums to the net it shows.
   */
  static Map<String, Long> monthly(Map<String, Long> year) {
    Map<String, Long> m = new TreeMap<>();
    long total = 0;
    long floors = 0;
    List<Map.Entry<String, Long>> remainders = new ArrayList<>();
    for (Map.Entry<String, Long> e : year.entrySet()) {
      long v = e.getValue();
      m.put(e.getKey(), Math.floorDiv(v, 12L));
      floors += Math.floorDiv(v, 12L);
      total += v;
      remainders.add(Map.entry(e.getKey(), Math.floorMod(v, 12L)));
    }
    long extra = twelfth(total) - floors; // at most the number of parts with a remainder
    remainders.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    for (int k = 0; k < remainders.size() && extra > 0 && remainders.get(k).getValue() > 0; k++, extra--) {
      m.merge(remainders.get(k).getKey(), 1L, Long::sum);
    }
    return m;
  }

  /** Each programme's amount over a year, exact: twelve months, the yearly sum and the one-off sum. */
  private static Map<String, Long> yearly(List<HouseholdOutcome.ProgrammeAmount> list) {
    Map<String, Long> m = new TreeMap<>();
    for (HouseholdOutcome.ProgrammeAmount a : list) {
      m.merge(a.programmeId(), a.annualCost(), Long::sum);
    }
    return m;
  }

  /** {@code h} with the member's wages set to {@code fen} in each of the 12 months before the date. */
  Household withWages(Household h, String memberId, long fen) {
    YearMonth last = YearMonth.from(evaluator.date()).minusMonths(1);
    YearMonth first = last.minusMonths(Microdata.MONTHS - 1);
    Household.Builder b = new Household.Builder().id(h.id()).region(h.region()).applicantId(h.applicantId())
        .addAllMembers(h.members()).addAllFinancialAssets(h.financialAssets()).addAllVehicles(h.vehicles())
        .addAllHomes(h.homes()).addAllNonResidentialProperties(h.nonResidentialProperties())
        .addAllBusinesses(h.businesses()).addAllExpenditures(h.expenditures()).addAllEvents(h.events())
        .addAllCurrentBenefits(h.currentBenefits());
    for (IncomeItem i : h.incomes()) {
      boolean swept = i.memberId().equals(memberId) && i.category() == IncomeCategory.WAGES && !i.month().isBefore(first)
          && !i.month().isAfter(last);
      if (!swept) {
        b.addIncomes(i);
      }
    }
    if (fen > 0) {
      for (int k = 0; k < Microdata.MONTHS; k++) {
        b.addIncomes(new IncomeItem.Builder().memberId(memberId).category(IncomeCategory.WAGES).month(last.minusMonths(k))
            .gross(Money.ofFen(fen)).build());
      }
    }
    return b.build();
  }
}
