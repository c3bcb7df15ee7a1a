package org.jiuzhu.benchmarks.comparison;

import java.util.concurrent.TimeUnit;
import org.jiuzhu.core.policy.Policy;
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
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Issue 13's side-by-side comparison: the same three rules (低保, 低保边缘, 单人户) on the same
 * generated households, by a hand-written loop over plain objects, by Drools (a stateless session
 * per batch) and by jiuzhu's fast path, with jiuzhu's whole-catalogue screening for reference.
 * One invocation decides one batch of {@value #BATCH} households, so the score is households per
 * second. Before anything is timed, every household of the pool is decided by the three and
 * compared ({@link Equality}); the trial fails if one differs.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ComparisonBenchmark -t 1
 * java -jar benchmarks/target/benchmarks.jar ComparisonBenchmark -t 2
 * java -cp benchmarks/target/benchmarks.jar org.jiuzhu.benchmarks.comparison.Comparison   (both, with the ratios)
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
@Threads(1)
public class ComparisonBenchmark {
  /** Households per batch (per invocation, and per Drools session). */
  public static final int BATCH = 1000;

  /** The pool, the engines and the equality check, shared by the threads of a trial. */
  @State(Scope.Benchmark)
  public static class Shared {
    /** Households in the pool (a multiple of {@value #BATCH}). */
    @Param("1000000")
    public int households;

    /** The generator's seed. */
    @Param("42")
    public long seed;

    Pool pool;
    DroolsSide drools;
    JiuzhuSide jiuzhu;

    @Setup(Level.Trial)
    public void setUp() {
      if (households % BATCH != 0) {
        throw new IllegalArgumentException("households is " + households + "; expected a multiple of " + BATCH);
      }
      Policy policy = Policy.installed();
      jiuzhu = new JiuzhuSide(policy, Pool.DATE);
      pool = Pool.generate(households, seed, Pool.TWELVE_MONTH_REGIONS, policy, jiuzhu);
      jiuzhu.prepare(pool.households);
      drools = new DroolsSide();
      Equality.Summary s = Equality.check(pool, drools, jiuzhu, BATCH);
      System.out.println("# pool: seed " + seed + ", " + pool.generated + " generated, left out " + pool.leftOut);
      System.out.println("# " + s);
    }
  }

  /** One thread's results and place in the pool: threads start half a pool apart and cycle through all batches. */
  @State(Scope.Thread)
  public static class PerThread {
    Results results;
    int batches;
    int next;

    @Setup(Level.Trial)
    public void setUp(Shared shared, ThreadParams threads) {
      results = new Results(shared.households);
      batches = shared.households / BATCH;
      next = (int) ((long) batches * threads.getThreadIndex() / threads.getThreadCount());
    }

    int nextBatch() {
      int b = next;
      next = b + 1 == batches ? 0 : b + 1;
      return b * BATCH;
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long loop(Shared s, PerThread t) {
    int from = t.nextBatch();
    HandWrittenLoop.run(s.pool.plain, from, from + BATCH, t.results);
    return t.results.sum(from, from + 1);
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long drools(Shared s, PerThread t) {
    int from = t.nextBatch();
    s.drools.run(s.pool.plain, from, from + BATCH, t.results);
    return t.results.sum(from, from + 1);
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long jiuzhu(Shared s, PerThread t) {
    int from = t.nextBatch();
    s.jiuzhu.evaluate(from, from + BATCH, t.results);
    return t.results.sum(from, from + 1);
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long jiuzhuObjects(Shared s, PerThread t) {
    int from = t.nextBatch();
    s.jiuzhu.evaluateObjects(from, from + BATCH, t.results);
    return t.results.sum(from, from + 1);
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long catalogue(Shared s, PerThread t) {
    int from = t.nextBatch();
    return s.jiuzhu.screenCatalogue(from, from + BATCH);
  }
}
