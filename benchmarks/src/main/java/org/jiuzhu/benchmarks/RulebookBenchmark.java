package org.jiuzhu.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.jiuzhu.core.eligibility.Screening;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.rules.batch.BatchResult;
import org.jiuzhu.rules.batch.HouseholdBatch;
import org.jiuzhu.rules.cn.CnRulebook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Every programme of the rulebook, on one thread unless {@code -t 2}: per household in fast mode
 * ({@code fast}, {@code evaluateFast(Household)}) and explain mode ({@code explain}), and on a
 * {@link HouseholdBatch} ({@code batch}: {@code evaluateFast(batch, date, result)}, the
 * population path; ops/s = households/s), for one typical household or a mix of generated ones
 * (seed 42) across the nine regions of the shipped packs. {@code build} measures filling the batch
 * from {@code Household} objects (the reduction, once per household).
 *
 * <pre>
 * mvn -B package -pl benchmarks -am -DskipTests
 * java -jar benchmarks/target/benchmarks.jar RulebookBenchmark -prof gc
 * java -jar benchmarks/target/benchmarks.jar 'RulebookBenchmark.batch' -prof gc -t 2
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class RulebookBenchmark {
  private static final LocalDate DATE = LocalDate.of(2025, 10, 1);

  /**
   * {@code typical}: one typical applying household, over and over — three people in rural
   * Zhuanglang, twelve months of wages and farm business income, a deposit, a home (the issue's
   * measure). {@code mixed}: generated households of every kind, cycled, so that caches and branch
   * prediction see variety.
   */
  @Param({"typical", "mixed"})
  String households;

  /** Households in the batch of {@code batch}. */
  static final int BATCH = 1024;
  /** Households in the batch of {@code batchMillion} (the workload). */
  static final int MILLION = 1_000_000;

  private CnRulebook rulebook;
  private Household[] list;
  private int next;
  private HouseholdBatch batch;
  private HouseholdBatch scratch;
  private BatchResult result;

  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    rulebook = CnRulebook.create(Policy.installed());
    list = Typical.pool(households, DATE);
    if (params.getBenchmark().endsWith(".batch") || params.getBenchmark().endsWith(".batchMillion")) {
      batch = Typical.batch(households, params.getBenchmark().endsWith(".batch") ? BATCH : MILLION, rulebook, DATE);
      result = new BatchResult();
      rulebook.evaluateFast(batch, DATE, result);
    }
    scratch = rulebook.newBatch(DATE, list.length);
  }

  private Household nextHousehold() {
    Household h = list[next];
    next = (next + 1) & (list.length - 1);
    return h;
  }

  @Benchmark
  public Screening fast() {
    return rulebook.evaluateFast(nextHousehold(), DATE);
  }

  @Benchmark
  public Screening explain() {
    return rulebook.evaluate(nextHousehold(), DATE);
  }

  /**
   * Explain mode as a caseworker's screen reads it: every explanation and finding sentence written
   * in Chinese (texts are written only when read, so {@code explain} alone writes none).
   */
  @Benchmark
  public int explainZh() {
    int n = 0;
    for (org.jiuzhu.core.eligibility.Determination d : rulebook.evaluate(nextHousehold(), DATE).determinations()) {
      n += d.explanationZh().length();
      for (org.jiuzhu.core.eligibility.Finding f : d.findings()) {
        n += f.zh().length() + f.actual().length() + f.threshold().length();
      }
    }
    return n;
  }

  /** A batch of 1,024 households (cache-resident); ops/s = households/s. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public BatchResult batch() {
    rulebook.evaluateFast(batch, DATE, result);
    return result;
  }

  /** A batch of 1,000,000 households (the workload, from memory); ops/s = households/s. */
  @Benchmark
  @OperationsPerInvocation(MILLION)
  public BatchResult batchMillion() {
    rulebook.evaluateFast(batch, DATE, result);
    return result;
  }

  /** One op = one household reduced into a batch (cleared when full). */
  @Benchmark
  public int build() {
    if (scratch.size() == list.length) {
      scratch.clear();
    }
    return scratch.add(nextHousehold());
  }
}
