package org.jiuzhu.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.household.HukouType;
import org.jiuzhu.core.household.IncomeItem;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.policy.PerStretch;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.rules.batch.BatchResult;
import org.jiuzhu.rules.batch.HouseholdBatch;
import org.jiuzhu.rules.catalogue.Catalogue;
import org.jiuzhu.rules.catalogue.CatalogueBatchResult;
import org.jiuzhu.rules.catalogue.CatalogueProgramme;
import org.jiuzhu.rules.catalogue.CatalogueScreener;
import org.jiuzhu.rules.catalogue.CatalogueScreening;
import org.jiuzhu.rules.catalogue.ProgrammeResult;
import org.jiuzhu.rules.cn.CnParameters;
import org.jiuzhu.rules.cn.CnRulebook;
import org.jiuzhu.rules.population.PopulationParameters;
import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.eligibility.Finding;
import org.jiuzhu.core.eligibility.Outcome;
import org.jiuzhu.core.household.Member;
import org.jiuzhu.core.region.RegionCode;

/**
 * One household through every programme of the catalogue in fast mode, under the baseline and
 * (when there is one) the reform, in the same call. Thread-safe; build one and share it.
 *
 * <p><b>Take-up.</b> What a household is entitled to and what it receives differ by the take-up
 * rates {@code population.take-up.dibao} (低保 and 低保 for one member) and {@code .tekun} of the
 * applicant's hukou (urban; {@code .dibao.rural} and {@code .tekun.rural} for rural hukou), {@code
 * .marginal} (the marginal-household recognition) and {@code .other} (every other programme), read
 * from the baseline for the household's region (default 1: everyone entitled receives). Whether a household takes a programme up is a draw from its id and
 * the programme's id alone, the same under baseline and reform and on every machine. Take-up acts
 * through the catalogue's prerequisites: a household that does not take up 低保 (or 特困, …) does
 * not receive what rests on it ({@link CatalogueScreener#screenTakenUp}); what it is entitled to
 * is unchanged.
 *
 * <p><b>Gaps.</b> A household left below the 低保 line after the baseline's transfers gets the
 * code of {@link Gaps}: the first failed test of its 低保 determination (the rulebook is run again
 * in explain mode for these households only), or why it is not paid.
 *
 * @since 0.1.0
 */
public final class Evaluator {
  private final CatalogueScreener baseline;
  private final CatalogueScreener reform;
  private final LocalDate date;
  private final PerStretch<long[]> standards;
  private final PerStretch<double[]> takeUp;
  private final CnRulebook rulebook;

  /**
   * Evaluates on {@code date} under {@code baseline} and, when present, {@code reform}.
   */
  public Evaluator(Policy baseline, Optional<Policy> reform, LocalDate date) {
    checkNotNull(baseline, "baseline");
    checkNotNull(reform, "reform");
    this.date = checkNotNull(date, "date");
    this.rulebook = CnRulebook.create(baseline);
    this.baseline = new CatalogueScreener(rulebook, Catalogue.cn());
    this.takeUp = new PerStretch<>(baseline, Evaluator::takeUpRates);
    this.reform = reform.map(p -> new CatalogueScreener(CnRulebook.create(p), Catalogue.cn())).orElse(null);
    this.standards = new PerStretch<>(baseline, s -> new long[] {
        s.get(CnParameters.DIBAO_STANDARD_URBAN).fen(), s.get(CnParameters.DIBAO_STANDARD_RURAL).fen()});
  }

  /** The evaluation date. */
  public LocalDate date() {
    return date;
  }

  /** Whether a reform is evaluated beside the baseline. */
  public boolean hasReform() {
    return reform != null;
  }

  /** The take-up rates of {@link #takesUp} in a region on a date: 低保, 特困 (urban), other, 低保, 特困 (rural), marginal. */
  static double[] takeUpRates(org.jiuzhu.core.policy.PolicySnapshot s) {
    return new double[] {takeUp(s, PopulationParameters.TAKE_UP_DIBAO),
        takeUp(s, PopulationParameters.TAKE_UP_TEKUN), takeUp(s, PopulationParameters.TAKE_UP_OTHER),
        takeUp(s, PopulationParameters.TAKE_UP_DIBAO_RURAL), takeUp(s, PopulationParameters.TAKE_UP_TEKUN_RURAL),
        takeUp(s, PopulationParameters.TAKE_UP_MARGINAL)};
  }

  private static double takeUp(org.jiuzhu.core.policy.PolicySnapshot s, org.jiuzhu.core.policy.ParameterKey<java.math.BigDecimal> key) {
    java.math.BigDecimal v = s.get(key);
    checkArgument(v.signum() >= 0 && v.compareTo(java.math.BigDecimal.ONE) <= 0,
        "parameter %s for region %s on %s is %s; expected a share from 0 to 1", key.name(), s.region(), s.date(), v);
    return v.doubleValue();
  }

  /**
   * Evaluates {@code household}, standing for {@code weight} households.
   *
   * @throws IllegalArgumentException if the weight is below 1
   */
  public HouseholdOutcome evaluate(Household household, long weight) {
    checkArgument(weight >= 1, "weight of household %s is %s; expected at least 1", household.id(), weight);
    return evaluate(household, weight == 1 ? HouseholdOutcome.ONE : java.math.BigDecimal.valueOf(weight));
  }

  /** The 低保 standards (urban, rural) and take-up rates of one region on {@link #date}, fixed for a run. */
  private static final class RegionValues {
    final RegionCode region;
    final long urban;
    final long rural;
    final double[] rates;
    final boolean everyoneTakesUp;

    RegionValues(RegionCode region, long[] standards, double[] rates) {
      this.region = region;
      this.urban = standards[0];
      this.rural = standards[1];
      this.rates = rates;
      boolean all = true;
      for (double r : rates) {
        all &= r >= 1;
      }
      this.everyoneTakesUp = all;
    }
  }

  /** The last region's values (immutable, so a plain field is safe to share between threads). */
  private RegionValues last;

  private RegionValues values(RegionCode region) {
    RegionValues v = last;
    if (v == null || !v.region.equals(region)) {
      v = new RegionValues(region, standards.get(region, date), takeUp.get(region, date));
      last = v;
    }
    return v;
  }

  /**
   * Evaluates {@code household}, standing for {@code weight} households (a survey weight: above 0,
   * at most {@value Microdata#WEIGHT_DECIMALS} decimal places).
   *
   * @throws IllegalArgumentException if the weight is not above 0 or has more decimal places
   */
  public HouseholdOutcome evaluate(Household household, java.math.BigDecimal weight) {
    int persons = household.members().size();
    CatalogueScreening bs = baseline.screenFast(household, date);
    HouseholdOutcome.Amounts entitledBase = amounts(bs, persons);
    HouseholdOutcome.Amounts entitledRef = reform == null ? entitledBase : amounts(reform.screenFast(household, date), persons);
    RegionValues values = values(household.region());
    HouseholdOutcome.Amounts receivedBase = entitledBase;
    HouseholdOutcome.Amounts receivedRef = entitledRef;
    if (!values.everyoneTakesUp) {
      // what the household receives: the catalogue decided again on the programmes it takes up
      boolean rural = household.applicant().hukouType() == HukouType.RURAL;
      boolean receivesDibao = household.receives(CnRulebook.DIBAO);
      java.util.function.Predicate<String> takes = p -> takesUp(household.id(), p, values.rates, rural, receivesDibao);
      receivedBase = amounts(baseline.screenFast(household, date, takes), persons);
      receivedRef = reform == null ? receivedBase : amounts(reform.screenFast(household, date, takes), persons);
    }
    String[] reviewProgrammes = null;
    String[] reviewCodes = null;
    int reviews = 0;
    List<ProgrammeResult> results = bs.results();
    for (int i = 0, n = results.size(); i < n; i++) {
      ProgrammeResult r = results.get(i);
      if (r.outcome() == Outcome.NEEDS_REVIEW) {
        if (reviewProgrammes == null) {
          reviewProgrammes = new String[n - i];
          reviewCodes = new String[n - i];
        }
        String id = r.programme().id();
        reviewProgrammes[reviews] = id;
        reviewCodes[reviews] = reviewCode(bs, id);
        reviews++;
      }
    }
    boolean review = bs.rulebook().get(CnRulebook.DIBAO).orElseThrow().outcome() == Outcome.NEEDS_REVIEW
        || bs.rulebook().get(CnRulebook.TEKUN).orElseThrow().outcome() == Outcome.NEEDS_REVIEW;
    List<Member> members = household.members();
    int[] ages = new int[HouseholdOutcome.AGE_BANDS];
    int disabled = 0;
    int severe = 0;
    for (int i = 0; i < persons; i++) {
      Member m = members.get(i);
      ages[Math.min(HouseholdOutcome.AGE_BANDS - 1, m.ageOn(date) / 5)]++;
      if (m.disability().isPresent()) {
        disabled++;
        if (m.disability().get().grade() <= 2) {
          severe++;
        }
      }
    }
    return outcome(household.id(), household.region(), household.applicant().hukouType(), persons, weight,
        marketIncome(household, date), ages, disabled, severe, () -> household, entitledBase, entitledRef, receivedBase, receivedRef,
        reviewProgrammes,
        reviewCodes, reviews, review);
  }

  /**
   * Evaluates {@code households[0..n)}, each standing for its weight in {@code weights} (as {@link
   * #evaluate(Household, java.math.BigDecimal)}), into {@code out}: the same outcomes, decided on
   * the catalogue's batch path ({@link CatalogueScreener#screenFast(HouseholdBatch, LocalDate,
   * CatalogueBatchResult)}) — columns instead of one screening object per household.
   *
   * @throws IllegalArgumentException if a weight is not above 0 or has more decimal places
   */
  public void evaluate(Household[] households, java.math.BigDecimal[] weights, int n, HouseholdOutcome[] out) {
    checkArgument(n >= 0 && n <= households.length && n <= weights.length && n <= out.length,
        "n is %s; expected 0 to the arrays' length", n);
    Scratch sc = scratch();
    sc.base.clear();
    for (int i = 0; i < n; i++) {
      sc.base.add(households[i]);
    }
    if (reform != null) {
      sc.ref.clear();
      for (int i = 0; i < n; i++) {
        sc.ref.add(households[i]);
      }
    }
    rows(sc, n, weights, out, new Rows() {
      @Override
      public String id(int row) {
        return households[row].id();
      }

      @Override
      public long market(int row) {
        return marketIncome(households[row], date);
      }

      @Override
      public Household object(int row) {
        return households[row];
      }
    });
  }

  /**
   * Evaluates the generated households {@code first … first+n-1} of {@code generator}, each
   * standing for its weight in {@code weights}, into {@code out}: the same outcomes as {@code
   * evaluate(generator.household(i), weight)}, with the households appended straight to the
   * batch ({@link PopulationGenerator#household(long, HouseholdBatch, long[])}) — no household
   * object is made, except again for a household left below the 低保 line whose first failed test
   * the gap analysis reads in explain mode.
   *
   * @throws IllegalArgumentException if the generator is for another date than this evaluator's
   */
  public void evaluate(PopulationGenerator generator, long first, int n, java.math.BigDecimal[] weights, HouseholdOutcome[] out) {
    checkNotNull(generator, "generator");
    checkArgument(n >= 0 && n <= weights.length && n <= out.length, "n is %s; expected 0 to the arrays' length", n);
    checkArgument(generator.date().equals(date), "generator is for %s; expected the evaluation date %s", generator.date(), date);
    Scratch sc = scratch();
    if (sc.market.length < n) {
      sc.market = new long[Math.max(n, 2 * sc.market.length)];
    }
    long[] market = sc.market;
    sc.base.clear();
    for (int i = 0; i < n; i++) {
      generator.household(first + i, sc.base, market);
    }
    if (reform != null) {
      sc.ref.clear();
      for (int i = 0; i < n; i++) {
        generator.household(first + i, sc.ref, null);
      }
    }
    rows(sc, n, weights, out, new Rows() {
      @Override
      public String id(int row) {
        return PopulationGenerator.id(first + row);
      }

      @Override
      public long market(int row) {
        return market[row];
      }

      @Override
      public Household object(int row) {
        return generator.household(first + row);
      }
    });
  }

  /** What the batch rows do not hold: the household's id, its market income and (for the gap analysis) its object. */
  private interface Rows {
    String id(int row);

    long market(int row);

    Household object(int row);
  }

  private Scratch scratch() {
    Scratch sc = scratch.get();
    if (sc.owner != this) {
      sc.owner = this;
      sc.base = baseline.rulebook().newBatch(date, 256, true);
      sc.ref = reform == null ? null : reform.rulebook().newBatch(date, 256, true);
    }
    return sc;
  }

  /** Screens the scratch batches (filled with the same {@code n} households) and writes each row's outcome. */
  private void rows(Scratch sc, int n, java.math.BigDecimal[] weights, HouseholdOutcome[] out, Rows rows) {
    HouseholdBatch batch = sc.base;
    try {
      baseline.screenFast(batch, date, sc.baseResult);
      if (reform != null) {
        reform.screenFast(sc.ref, date, sc.refResult);
      }
      CatalogueBatchResult b = sc.baseResult;
      BatchResult rb = b.rulebook();
      // take-up below one in a region of the batch: the catalogue decided again on what each household takes up
      boolean partial = false;
      for (int i = 0; i < batch.specCount(); i++) {
        partial |= !values(batch.specRegion(i)).everyoneTakesUp;
      }
      if (partial) {
        String[] ids = new String[n];
        CatalogueScreener.TakeUp takeUp = (row, programme) -> {
          String id = ids[row] == null ? ids[row] = rows.id(row) : ids[row];
          int flags = batch.flags(row);
          return takesUp(id, programme, values(batch.specRegion(batch.specIndex(row))).rates,
              (flags & HouseholdBatch.H_URBAN) == 0, (flags & HouseholdBatch.H_RECEIVES_DIBAO) != 0);
        };
        baseline.screenTakenUp(batch, date, sc.baseResult, takeUp, sc.baseTaken);
        if (reform != null) {
          reform.screenTakenUp(sc.ref, date, sc.refResult, takeUp, sc.refTaken);
        }
      }
      for (int row = 0; row < n; row++) {
        int firstMember = batch.memberStart(row);
        int persons = batch.memberEnd(row) - firstMember;
        HouseholdOutcome.Amounts entitledBase = amounts(b, row, persons);
        HouseholdOutcome.Amounts entitledRef = reform == null ? entitledBase : amounts(sc.refResult, row, persons);
        HouseholdOutcome.Amounts receivedBase = entitledBase;
        HouseholdOutcome.Amounts receivedRef = entitledRef;
        if (partial && !values(batch.specRegion(batch.specIndex(row))).everyoneTakesUp) {
          receivedBase = amounts(sc.baseTaken, row, persons);
          receivedRef = reform == null ? receivedBase : amounts(sc.refTaken, row, persons);
        }
        String[] reviewProgrammes = null;
        String[] reviewCodes = null;
        int reviews = 0;
        List<CatalogueProgramme> ps = b.programmes(row);
        for (int i = 0, c = ps.size(); i < c; i++) {
          if (b.outcome(row, i) == Outcome.NEEDS_REVIEW) {
            if (reviewProgrammes == null) {
              reviewProgrammes = new String[c - i];
              reviewCodes = new String[c - i];
            }
            String id = ps.get(i).id();
            String situation = b.reviewSituation(row, i);
            reviewProgrammes[reviews] = id;
            reviewCodes[reviews] = situation.isEmpty() ? "unspecified" : situation;
            reviews++;
          }
        }
        boolean review = rb.outcome(row, P_DIBAO) == Outcome.NEEDS_REVIEW || rb.outcome(row, P_TEKUN) == Outcome.NEEDS_REVIEW;
        int[] ages = new int[HouseholdOutcome.AGE_BANDS];
        int disabled = 0;
        int severe = 0;
        for (int m = firstMember; m < firstMember + persons; m++) {
          ages[Math.min(HouseholdOutcome.AGE_BANDS - 1, batch.age(m) / 5)]++;
          if ((batch.memberFlags(m) & HouseholdBatch.M_DISABILITY) != 0) {
            disabled++;
            if (batch.disabilityGrade(m) <= 2) {
              severe++;
            }
          }
        }
        HukouType hukou = (batch.flags(row) & HouseholdBatch.H_URBAN) != 0 ? HukouType.URBAN : HukouType.RURAL;
        RegionCode region = batch.specRegion(batch.specIndex(row));
        int r = row;
        out[row] = outcome(rows.id(row), region, hukou, persons, weights[row], rows.market(row), ages, disabled, severe,
            () -> rows.object(r), entitledBase, entitledRef, receivedBase, receivedRef, reviewProgrammes, reviewCodes, reviews, review);
      }
    } finally {
      // no household is kept beyond the call
      batch.clear();
      if (sc.ref != null) {
        sc.ref.clear();
      }
    }
  }

  private static final int P_TEKUN = CnRulebook.PROGRAMMES.indexOf(CnRulebook.TEKUN);
  private static final int P_DIBAO = CnRulebook.PROGRAMMES.indexOf(CnRulebook.DIBAO);

  /** Per-thread scratch of the batch path: a batch per rulebook (keeping its household objects) and the results. */
  private static final class Scratch {
    Evaluator owner;
    HouseholdBatch base;
    HouseholdBatch ref;
    final CatalogueBatchResult baseResult = new CatalogueBatchResult();
    final CatalogueBatchResult refResult = new CatalogueBatchResult();
    /** What is received (take-up below one), when a region of the batch has such take-up. */
    final CatalogueBatchResult baseTaken = new CatalogueBatchResult();
    final CatalogueBatchResult refTaken = new CatalogueBatchResult();
    long[] market = new long[256];
  }

  private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

  /** What the household gets, counted as {@link #amounts(CatalogueScreening, int)} does, from a row of the batch result. */
  private static HouseholdOutcome.Amounts amounts(CatalogueBatchResult r, int row, int persons) {
    int n = r.count(row);
    int counted = 0;
    for (int i = 0; i < n; i++) {
      if (r.counted(row, i)) {
        counted++;
      }
    }
    if (counted == 0) {
      return HouseholdOutcome.Amounts.EMPTY;
    }
    List<CatalogueProgramme> ps = r.programmes(row);
    HouseholdOutcome.Amounts out = new HouseholdOutcome.Amounts(counted);
    for (int i = 0; i < n; i++) {
      if (r.counted(row, i)) {
        long bits = r.memberBits(row, i);
        int whom = bits == 0 ? persons : Long.bitCount(bits);
        out.add(ps.get(i).id(), whom, r.monthlyFen(row, i), r.yearlyFen(row, i), r.oneOffFen(row, i));
      }
    }
    return out.seal();
  }

  /** The outcome of one household from its entitlements under baseline and reform and its reviews. */
  private HouseholdOutcome outcome(String id, RegionCode region, HukouType hukou, int persons, java.math.BigDecimal weight,
      long market, int[] ages, int disabled, int severe, java.util.function.Supplier<Household> object,
      HouseholdOutcome.Amounts entitledBase, HouseholdOutcome.Amounts entitledRef, HouseholdOutcome.Amounts base,
      HouseholdOutcome.Amounts ref, String[] reviewProgrammes, String[] reviewCodes, int reviews, boolean dibaoOrTekunReview) {
    RegionValues values = values(region);
    long standard = hukou == HukouType.URBAN ? values.urban : values.rural;
    long line = standard * persons;
    String gap = null;
    if (market + base.total < line) {
      gap = gap(object, base, entitledBase, dibaoOrTekunReview);
    }
    String loss = reform == null ? null : loss(base, ref);
    return new HouseholdOutcome(id, region, hukou, persons, weight, market, line, base,
        reform == null ? null : ref, entitledBase, reform == null ? null : entitledRef, ages, disabled, severe,
        reviewProgrammes, reviewCodes, reviews, gap, loss);
  }

  /**
   * Whether the household takes the programme up: a draw in [0, 1) from the two ids alone, below the
   * rate of the programme and (for 低保 and 特困) the applicant's hukou. {@code rates}: take-up of 低保
   * (urban), 特困 (urban), other programmes, 低保 (rural), 特困 (rural), the marginal recognition. A
   * household that receives 低保 now ({@code receivesDibao}: it applied already) takes 低保 up.
   */
  static boolean takesUp(String householdId, String programmeId, double[] rates, boolean rural, boolean receivesDibao) {
    String id = programmeId;
    double rate;
    switch (programmeId) {
      case CnRulebook.DIBAO, CnRulebook.DIBAO_SINGLE -> {
        if (receivesDibao) {
          return true;
        }
        id = CnRulebook.DIBAO; // one decision for 低保 and 低保 for one member
        rate = rates[rural ? 3 : 0];
      }
      case CnRulebook.TEKUN -> rate = rates[rural ? 4 : 1];
      case CnRulebook.MARGINAL -> rate = rates[5];
      default -> rate = rates[2];
    }
    if (rate >= 1) {
      return true;
    }
    long z = PopulationGenerator.mix(householdId.hashCode() * 0x100000001B3L + 0x51ED27L, id.hashCode());
    return (z >>> 11) * 0x1.0p-53 < rate;
  }

  private static boolean hasDibaoOrTekun(HouseholdOutcome.Amounts amounts) {
    return amounts.has(CnRulebook.DIBAO) || amounts.has(CnRulebook.DIBAO_SINGLE) || amounts.has(CnRulebook.TEKUN);
  }

  private String gap(java.util.function.Supplier<Household> household, HouseholdOutcome.Amounts base, HouseholdOutcome.Amounts entitled,
      boolean review) {
    if (hasDibaoOrTekun(base)) {
      return Gaps.RECEIVING;
    }
    if (hasDibaoOrTekun(entitled)) {
      return Gaps.NOT_TAKEN_UP;
    }
    if (review) {
      return Gaps.AWAITING_REVIEW;
    }
    // only these households are run again with findings recorded
    Determination explained = rulebook.evaluate(household.get(), date).get(CnRulebook.DIBAO).orElseThrow();
    for (Finding f : explained.findings()) {
      if (!f.passed() && f.status() != Finding.Status.NOT_ASSESSED) {
        return Gaps.BY_CRITERION.getOrDefault(f.criterionId(), Gaps.OTHER);
      }
    }
    return Gaps.OTHER;
  }

  /** The situation code of a programme's review: the rulebook's situation detail, or else its review reason's code (before any colon). */
  private static String reviewCode(CatalogueScreening bs, String programmeId) {
    java.util.Optional<Determination> d = bs.rulebook().get(programmeId);
    if (d.isPresent()) {
      String situation = d.get().details().get("situation");
      if (situation != null) {
        return situation;
      }
      // a review reason is a code (temporary.above-cap), or a code and a text after a colon
      String reason = d.get().reviewReason().orElse("");
      int colon = reason.indexOf(':');
      int end = colon < 0 ? reason.length() : colon;
      if (end > 0 && isCode(reason, end)) {
        return reason.substring(0, end);
      }
    }
    return "unspecified";
  }

  /** Whether the first {@code end} characters of {@code s} are all of {@code [a-z0-9.-]}. */
  private static boolean isCode(String s, int end) {
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The programme whose monthly equivalent fell most from baseline to reform (the first by id of
   * those that fell most), or null when the household does not lose.
   */
  static String loss(HouseholdOutcome.Amounts base, HouseholdOutcome.Amounts ref) {
    if (ref.total >= base.total) {
      return null;
    }
    String worst = null;
    long most = 0;
    for (int pass = 0; pass < 2; pass++) {
      HouseholdOutcome.Amounts side = pass == 0 ? base : ref;
      for (int i = 0; i < side.count; i++) {
        String id = side.ids[i];
        if (pass == 1 && base.has(id)) {
          continue; // counted with the baseline's entries
        }
        long change = change(id, ref) - change(id, base);
        if (change < most || change == most && worst != null && change < 0 && id.compareTo(worst) < 0) {
          most = change;
          worst = id;
        }
      }
    }
    return worst;
  }

  /** The sum of {@code id}'s monthly equivalents in {@code a}. */
  private static long change(String id, HouseholdOutcome.Amounts a) {
    long sum = 0;
    for (int i = 0; i < a.count; i++) {
      if (a.ids[i].equals(id)) {
        sum += a.monthlyEquivalent(i);
      }
    }
    return sum;
  }

  private static HouseholdOutcome.Amounts amounts(CatalogueScreening s, int persons) {
    List<ProgrammeResult> results = s.results();
    int n = results.size();
    int eligible = 0;
    // what the household gets: of two granted alternatives (a public rental flat or the rent subsidy
    // instead) only the one the screening counts, as its totals do
    for (int i = 0; i < n; i++) {
      if (s.counted(results.get(i))) {
        eligible++;
      }
    }
    if (eligible == 0) {
      return HouseholdOutcome.Amounts.EMPTY;
    }
    HouseholdOutcome.Amounts out = new HouseholdOutcome.Amounts(eligible);
    for (int i = 0; i < n; i++) {
      ProgrammeResult r = results.get(i);
      if (s.counted(r)) {
        int whom = r.members().isEmpty() ? persons : r.members().size();
        out.add(r.programme().id(), whom, fen(r.monthly()), fen(r.yearly()), fen(r.oneOff()));
      }
    }
    return out.seal();
  }

  private static long fen(Money m) {
    return m == null ? 0 : m.fen();
  }

  /**
   * Net income of the household per month: the net of its income items in the {@value
   * Microdata#MONTHS} months before {@code date}, divided by {@value Microdata#MONTHS} (rounded
   * down to the fen). A fixed window, so that adding a month of income never lowers the figure.
   */
  static long marketIncome(Household h, LocalDate date) {
    int last = date.getYear() * 12 + date.getMonthValue() - 2;
    int first = last - Microdata.MONTHS + 1;
    long sum = 0;
    for (IncomeItem i : h.incomes()) {
      int m = i.monthIndex();
      if (m >= first && m <= last) {
        sum += i.netFen();
      }
    }
    return Math.floorDiv(sum, Microdata.MONTHS);
  }
}
