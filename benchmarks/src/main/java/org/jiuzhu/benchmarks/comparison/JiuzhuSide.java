package org.jiuzhu.benchmarks.comparison;

import java.time.LocalDate;
import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.eligibility.Outcome;
import org.jiuzhu.core.eligibility.Screening;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.rules.batch.BatchResult;
import org.jiuzhu.rules.batch.HouseholdBatch;
import org.jiuzhu.rules.catalogue.Catalogue;
import org.jiuzhu.rules.catalogue.CatalogueScreener;
import org.jiuzhu.rules.catalogue.CatalogueScreening;
import org.jiuzhu.rules.cn.CnRulebook;

/**
 * Every call of the comparison into jiuzhu's rule engines, in one place. {@link #evaluate} is the
 * rulebook's population path: {@link CnRulebook#evaluateFast(HouseholdBatch, LocalDate, BatchResult)}
 * over columnar batches of {@value ComparisonBenchmark#BATCH} households built once in {@link
 * #prepare} (untimed, like the plain objects of the loop and of Drools); {@link #evaluateObjects}
 * is the per-household path {@link CnRulebook#evaluateFast(Household, LocalDate)} on the {@code
 * Household} objects, kept beside it.
 */
public final class JiuzhuSide {
  private static final int OUTCOME_ELIGIBLE = Outcome.ELIGIBLE.ordinal();
  private static final int OUTCOME_INELIGIBLE = Outcome.INELIGIBLE.ordinal();

  private final CnRulebook rulebook;
  private final CatalogueScreener screener;
  private final LocalDate date;
  private final int dibaoAt;
  private final int singleAt;
  private final int marginalAt;
  private final ThreadLocal<BatchResult> results = ThreadLocal.withInitial(BatchResult::new);
  private Household[] households;
  private HouseholdBatch[] batches;

  public JiuzhuSide(Policy policy, LocalDate date) {
    this.rulebook = CnRulebook.create(policy);
    this.screener = new CatalogueScreener(rulebook, Catalogue.cn());
    this.date = date;
    this.dibaoAt = CnRulebook.PROGRAMMES.indexOf(CnRulebook.DIBAO);
    this.singleAt = CnRulebook.PROGRAMMES.indexOf(CnRulebook.DIBAO_SINGLE);
    this.marginalAt = CnRulebook.PROGRAMMES.indexOf(CnRulebook.MARGINAL);
  }

  /**
   * Takes the pool's households (untimed) and reduces them into columnar batches of {@value
   * ComparisonBenchmark#BATCH}, the representation the population path runs on.
   */
  public void prepare(Household[] pool) {
    this.households = pool;
    int size = ComparisonBenchmark.BATCH;
    int n = (pool.length + size - 1) / size;
    batches = new HouseholdBatch[n];
    for (int b = 0; b < n; b++) {
      int end = Math.min(pool.length, (b + 1) * size);
      HouseholdBatch batch = rulebook.newBatch(date, end - b * size);
      for (int i = b * size; i < end; i++) {
        batch.add(pool[i]);
      }
      batches[b] = batch;
    }
  }

  /**
   * The rulebook's fast mode on the batches (every programme of the rulebook: 特困, 低保, 单人户,
   * 低保边缘, 刚性支出, 临时救助) for households {@code from} to {@code to} (exclusive; {@code from} a
   * multiple of the batch size), the three compared programmes written into {@code out}.
   */
  public void evaluate(int from, int to, Results out) {
    int size = ComparisonBenchmark.BATCH;
    if (from % size != 0) {
      throw new IllegalArgumentException("from is " + from + "; expected a multiple of " + size);
    }
    BatchResult r = results.get();
    for (int b = from / size, start = from; start < to; b++, start += size) {
      rulebook.evaluateFast(batches[b], date, r);
      int n = Math.min(r.size(), to - start);
      for (int k = 0; k < n; k++) {
        int i = start + k;
        out.dibao[i] = code(r.outcomeOrdinal(k, dibaoAt));
        out.dibaoFen[i] = r.monthlyFen(k, dibaoAt);
        out.single[i] = code(r.outcomeOrdinal(k, singleAt));
        out.singleFen[i] = r.monthlyFen(k, singleAt);
        out.marginal[i] = code(r.outcomeOrdinal(k, marginalAt));
      }
    }
  }

  /** The same as {@link #evaluate}, per household on the {@code Household} objects ({@code evaluateFast(Household, date)}). */
  public void evaluateObjects(int from, int to, Results out) {
    Household[] hs = households;
    for (int i = from; i < to; i++) {
      Screening s = rulebook.evaluateFast(hs[i], date);
      var d = s.determinations();
      Determination dibao = d.get(dibaoAt);
      Determination single = d.get(singleAt);
      out.dibao[i] = code(dibao.outcome().ordinal());
      out.dibaoFen[i] = dibao.monthlyAmount().fen();
      out.single[i] = code(single.outcome().ordinal());
      out.singleFen[i] = single.monthlyAmount().fen();
      out.marginal[i] = code(d.get(marginalAt).outcome().ordinal());
    }
  }

  /** The whole catalogue (36 programmes) in fast mode for households {@code from} to {@code to}: the results counted (so the work is not dead code). */
  public long screenCatalogue(int from, int to) {
    long eligible = 0;
    Household[] hs = households;
    for (int i = from; i < to; i++) {
      CatalogueScreening s = screener.screenFast(hs[i], date);
      eligible += s.results().size();
    }
    return eligible;
  }

  /** Whether jiuzhu finds {@code h} ineligible for 特困 (the pool keeps only such households). */
  public boolean tekunIneligible(Household h) {
    return rulebook.evaluateFast(h, date).get(CnRulebook.TEKUN).orElseThrow().outcome() == Outcome.INELIGIBLE;
  }

  private static byte code(int outcome) {
    return outcome == OUTCOME_ELIGIBLE ? Results.ELIGIBLE : outcome == OUTCOME_INELIGIBLE ? Results.INELIGIBLE : Results.NEEDS_REVIEW;
  }
}
