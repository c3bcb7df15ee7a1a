package org.jiuzhu.benchmarks.comparison;

import java.time.LocalDate;
import org.jiuzhu.core.eligibility.Determination;
import org.jiuzhu.core.eligibility.Outcome;
import org.jiuzhu.core.eligibility.Screening;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.rules.catalogue.Catalogue;
import org.jiuzhu.rules.catalogue.CatalogueScreener;
import org.jiuzhu.rules.catalogue.CatalogueScreening;
import org.jiuzhu.rules.cn.CnRulebook;

/**
 * Every call of the comparison into jiuzhu's rule engines, in one place, so that the path measured
 * can be switched (today: {@link CnRulebook#evaluateFast(Household, LocalDate)} on each
 * {@code Household}; after the columnar batch lands: the batch API) without touching the rest.
 *
 * <p>{@link #prepare} is called once per pool (untimed) and may build whatever representation
 * the fast path runs on; {@link #evaluate} is the timed call.
 */
public final class JiuzhuSide {
  private final CnRulebook rulebook;
  private final CatalogueScreener screener;
  private final LocalDate date;
  private final int dibaoAt;
  private final int singleAt;
  private final int marginalAt;
  private Household[] households;

  public JiuzhuSide(Policy policy, LocalDate date) {
    this.rulebook = CnRulebook.create(policy);
    this.screener = new CatalogueScreener(rulebook, Catalogue.cn());
    this.date = date;
    this.dibaoAt = CnRulebook.PROGRAMMES.indexOf(CnRulebook.DIBAO);
    this.singleAt = CnRulebook.PROGRAMMES.indexOf(CnRulebook.DIBAO_SINGLE);
    this.marginalAt = CnRulebook.PROGRAMMES.indexOf(CnRulebook.MARGINAL);
  }

  /** Takes the pool's households (untimed): the representation jiuzhu's fast path runs on. */
  public void prepare(Household[] pool) {
    this.households = pool;
  }

  /**
   * The rulebook's fast mode (every programme of the rulebook: 特困, 低保, 单人户, 低保边缘,
   * 刚性支出, 临时救助) for households {@code from} to {@code to} (exclusive), the three compared
   * programmes written into {@code out}.
   */
  public void evaluate(int from, int to, Results out) {
    Household[] hs = households;
    for (int i = from; i < to; i++) {
      Screening s = rulebook.evaluateFast(hs[i], date);
      var d = s.determinations();
      Determination dibao = d.get(dibaoAt);
      Determination single = d.get(singleAt);
      out.dibao[i] = code(dibao.outcome());
      out.dibaoFen[i] = dibao.monthlyAmount().fen();
      out.single[i] = code(single.outcome());
      out.singleFen[i] = single.monthlyAmount().fen();
      out.marginal[i] = code(d.get(marginalAt).outcome());
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

  private static byte code(Outcome o) {
    switch (o) {
      case ELIGIBLE:
        return Results.ELIGIBLE;
      case INELIGIBLE:
        return Results.INELIGIBLE;
      default:
        return Results.NEEDS_REVIEW;
    }
  }
}
