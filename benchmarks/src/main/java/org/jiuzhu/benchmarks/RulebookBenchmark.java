package org.jiuzhu.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.jiuzhu.core.eligibility.Screening;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.rules.cn.CnRulebook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every programme of the rulebook for one household, in fast mode (population runs) and explain
 * mode (caseworkers), on one thread, for one typical household and for a mix of 1,024 generated
 * ones (seed 42) across the nine regions of the shipped packs.
 *
 * <pre>
 * mvn -B package -pl benchmarks -am -DskipTests
 * java -jar benchmarks/target/benchmarks.jar RulebookBenchmark -prof gc
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
   * measure). {@code mixed}: 1,024 generated households of every kind, cycled, so that caches
   * and branch prediction see variety.
   */
  @Param({"typical", "mixed"})
  String households;

  private CnRulebook rulebook;
  private Household[] list;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    rulebook = CnRulebook.create(Policy.installed());
    list = Typical.pool(households, DATE);
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
}
