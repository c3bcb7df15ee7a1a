package org.jiuzhu.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.rules.catalogue.Catalogue;
import org.jiuzhu.rules.catalogue.CatalogueBatchResult;
import org.jiuzhu.rules.catalogue.CatalogueScreener;
import org.jiuzhu.rules.catalogue.CatalogueScreening;
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

/**
 * One application screened against the whole catalogue (36 programmes, the rulebook's included)
 * in fast mode, on one thread: the typical household and the mixed pool of {@link RulebookBenchmark}.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar CatalogueBenchmark -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class CatalogueBenchmark {
  private static final LocalDate DATE = LocalDate.of(2025, 10, 1);

  /** {@code typical} or {@code mixed}, as in {@link RulebookBenchmark}. */
  @Param({"typical", "mixed"})
  String households;

  private CatalogueScreener screener;
  private Household[] list;
  private int next;

  /** Households in the batch of {@link #batch}. */
  static final int BATCH = 1024;

  private org.jiuzhu.rules.batch.HouseholdBatch batch;
  private final CatalogueBatchResult result = new CatalogueBatchResult();

  @Setup(Level.Trial)
  public void setUp() {
    CnRulebook rulebook = CnRulebook.create(Policy.installed());
    screener = new CatalogueScreener(rulebook, Catalogue.cn());
    list = Typical.pool(households, DATE);
    // the batch keeps its objects: a household with medical bills is screened through the object path
    batch = Typical.batch(households, BATCH, rulebook, DATE, true);
  }

  /** The whole catalogue on a batch of 1,024 households (columns, the rulebook's too); ops/s = households/s. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public CatalogueBatchResult batch() {
    screener.screenFast(batch, DATE, result);
    return result;
  }

  @Benchmark
  public CatalogueScreening fast() {
    Household h = list[next];
    next = (next + 1) & (list.length - 1);
    return screener.screenFast(h, DATE);
  }
}
