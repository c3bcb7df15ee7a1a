package org.jiuzhu.benchmarks.comparison;

/**
 * Runs the three implementations over a whole pool and checks, household by household, that they
 * agree on the outcome and monthly amount of each programme; throws naming the first household
 * and field that differ. Called before anything is timed.
 */
public final class Equality {
  private Equality() {}

  /** What the check found: the households checked and how many were eligible for each programme. */
  public record Summary(int households, int dibao, int marginal, int single, long dibaoFen, long singleFen) {
    @Override
    public String toString() {
      return households + " households identical in the three implementations: 低保 " + dibao + " (monthly total "
          + org.jiuzhu.core.money.Money.ofFen(dibaoFen) + " yuan), 低保边缘 " + marginal + ", 单人户 " + single
          + " (monthly total " + org.jiuzhu.core.money.Money.ofFen(singleFen) + " yuan)";
    }
  }

  /**
   * Decides every household of {@code pool} with the loop, Drools (batches of {@code batch}) and
   * jiuzhu (already {@link JiuzhuSide#prepare prepared} with the pool), and compares.
   *
   * @throws IllegalStateException naming the household, the programme's field and the three values at the first difference
   */
  public static Summary check(Pool pool, DroolsSide drools, JiuzhuSide jiuzhu, int batch) {
    int size = pool.plain.length;
    Results loop = new Results(size);
    Results rules = new Results(size);
    Results jz = new Results(size);
    Results objects = new Results(size);
    HandWrittenLoop.run(pool.plain, 0, size, loop);
    for (int from = 0; from < size; from += batch) {
      int to = Math.min(size, from + batch);
      drools.run(pool.plain, from, to, rules);
      jiuzhu.evaluate(from, to, jz);
      jiuzhu.evaluateObjects(from, to, objects);
    }
    int dibao = 0;
    int marginal = 0;
    int single = 0;
    long dibaoFen = 0;
    long singleFen = 0;
    for (int i = 0; i < size; i++) {
      String id = pool.plain[i].id;
      same(id, "低保 (cn.dibao) outcome", loop.dibao[i], rules.dibao[i], jz.dibao[i]);
      same(id, "低保 (cn.dibao) outcome, per-household path", loop.dibao[i], loop.dibao[i], objects.dibao[i]);
      same(id, "低保 (cn.dibao) monthly amount in fen, per-household path", loop.dibaoFen[i], loop.dibaoFen[i], objects.dibaoFen[i]);
      same(id, "低保边缘 (cn.dibao-marginal) outcome, per-household path", loop.marginal[i], loop.marginal[i], objects.marginal[i]);
      same(id, "单人户 (cn.dibao-single-person) outcome, per-household path", loop.single[i], loop.single[i], objects.single[i]);
      same(id, "单人户 (cn.dibao-single-person) monthly amount in fen, per-household path", loop.singleFen[i], loop.singleFen[i], objects.singleFen[i]);
      same(id, "低保 (cn.dibao) monthly amount in fen", loop.dibaoFen[i], rules.dibaoFen[i], jz.dibaoFen[i]);
      same(id, "低保边缘 (cn.dibao-marginal) outcome", loop.marginal[i], rules.marginal[i], jz.marginal[i]);
      same(id, "单人户 (cn.dibao-single-person) outcome", loop.single[i], rules.single[i], jz.single[i]);
      same(id, "单人户 (cn.dibao-single-person) monthly amount in fen", loop.singleFen[i], rules.singleFen[i], jz.singleFen[i]);
      dibao += loop.dibao[i] == Results.ELIGIBLE ? 1 : 0;
      marginal += loop.marginal[i] == Results.ELIGIBLE ? 1 : 0;
      single += loop.single[i] == Results.ELIGIBLE ? 1 : 0;
      dibaoFen += loop.dibaoFen[i];
      singleFen += loop.singleFen[i];
    }
    return new Summary(size, dibao, marginal, single, dibaoFen, singleFen);
  }

  private static void same(String household, String field, long loop, long drools, long jiuzhu) {
    if (loop != drools || loop != jiuzhu) {
      throw new IllegalStateException("household " + household + ": " + field + " differs: hand-written loop " + loop
          + ", Drools " + drools + ", jiuzhu " + jiuzhu + " (outcomes: 0 ineligible, 1 eligible, 2 needs review)");
    }
  }
}
