package org.jiuzhu.benchmarks.comparison;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.policy.Policy;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs issue 13's comparison and prints its table: {@link ComparisonBenchmark} on 1 and 2
 * threads (JMH, one fork each), the ratios jiuzhu/loop and jiuzhu/Drools, the heap held by the
 * pool as {@code Household} objects and as plain objects, and the machine's load before and after.
 *
 * <pre>
 * java -Xmx8g -cp benchmarks/target/benchmarks.jar org.jiuzhu.benchmarks.comparison.Comparison
 *     [--households 1000000] [--seed 42] [--threads 1,2] [--warmup 5] [--iterations 5] [--time 2] [--no-memory] [--no-jmh]
 * </pre>
 */
public final class Comparison {
  private Comparison() {}

  private static final String[] NAMES = {"loop", "drools", "jiuzhu", "jiuzhuObjects", "catalogue"};
  private static final Map<String, String> LABELS = Map.of(
      "loop", "hand-written loop over plain objects",
      "drools", "Drools 10.2 (classic engine), stateless session per 1,000-household batch",
      "jiuzhu", "jiuzhu `CnRulebook.evaluateFast(HouseholdBatch, …)`, columnar batches of 1,000, 12-month income window (all 6 rulebook programmes)",
      "jiuzhuObjects", "jiuzhu `CnRulebook.evaluateFast(Household, …)`, per household object (all 6 rulebook programmes)",
      "catalogue", "jiuzhu `CatalogueScreener.screenFast` (36 programmes), for reference");

  public static void main(String[] args) throws RunnerException, IOException {
    int households = 1_000_000;
    long seed = 42;
    List<Integer> threads = List.of(1, 2);
    int warmup = 5;
    int iterations = 5;
    int time = 2;
    boolean memory = true;
    boolean jmh = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--households" -> households = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--threads" -> threads = java.util.Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--iterations" -> iterations = Integer.parseInt(args[++i]);
        case "--time" -> time = Integer.parseInt(args[++i]);
        case "--no-memory" -> memory = false;
        case "--no-jmh" -> jmh = false;
        default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'; expected --households N, --seed S,"
            + " --threads 1,2, --warmup N, --iterations N, --time SECONDS, --no-memory or --no-jmh");
      }
    }
    System.out.println("# comparison start " + Instant.now() + ", load " + load() + ", " + Runtime.getRuntime().availableProcessors()
        + " cores, Java " + System.getProperty("java.version"));
    if (memory) {
      memory(households, seed);
      System.gc(); // gives the heap back before the forks start
    }
    if (!jmh) {
      return;
    }
    Map<String, Map<Integer, double[]>> scores = new LinkedHashMap<>();
    List<String> loads = new ArrayList<>();
    for (int t : threads) {
      String before = load();
      ChainedOptionsBuilder o = new OptionsBuilder()
          // the catalogue, for reference, on one thread only
          .include(ComparisonBenchmark.class.getName() + "\\.(" + (t == 1 ? String.join("|", NAMES) : "loop|drools|jiuzhu|jiuzhuObjects") + ")$")
          .threads(t)
          .forks(1)
          .warmupIterations(warmup)
          .warmupTime(TimeValue.seconds(time))
          .measurementIterations(iterations)
          .measurementTime(TimeValue.seconds(time))
          .param("households", Integer.toString(households))
          .param("seed", Long.toString(seed));
      for (RunResult r : new Runner(o.build()).run()) {
        String bench = r.getParams().getBenchmark();
        String name = bench.substring(bench.lastIndexOf('.') + 1);
        scores.computeIfAbsent(name, k -> new TreeMap<>()).put(t,
            new double[] {r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()});
      }
      loads.add(t + " thread(s): load before " + before + ", after " + load());
    }
    System.out.println();
    System.out.println("# households/s (JMH throughput, ± 99.9% interval), " + households + " households, seed " + seed);
    StringBuilder head = new StringBuilder("| implementation |");
    StringBuilder rule = new StringBuilder("|---|");
    for (int t : threads) {
      head.append(' ').append(t).append(t == 1 ? " thread |" : " threads |");
      rule.append("---:|");
    }
    if (threads.size() > 1) {
      head.append(" ").append(threads.get(threads.size() - 1)).append(" / ").append(threads.get(0)).append(" |");
      rule.append("---:|");
    }
    System.out.println(head);
    System.out.println(rule);
    for (String name : NAMES) {
      Map<Integer, double[]> s = scores.get(name);
      if (s == null) {
        continue;
      }
      StringBuilder row = new StringBuilder("| " + LABELS.get(name) + " |");
      for (int t : threads) {
        double[] v = s.get(t);
        row.append(' ').append(v == null ? "—" : Double.isNaN(v[1]) ? rate(v[0]) : rate(v[0]) + " ± " + rate(v[1])).append(" |");
      }
      if (threads.size() > 1) {
        double[] a = s.get(threads.get(0));
        double[] b = s.get(threads.get(threads.size() - 1));
        row.append(' ').append(a == null || b == null ? "—" : String.format(Locale.ROOT, "%.2f×", b[0] / a[0])).append(" |");
      }
      System.out.println(row);
    }
    System.out.println();
    for (int t : threads) {
      double jz = score(scores, "jiuzhu", t);
      double loop = score(scores, "loop", t);
      double drools = score(scores, "drools", t);
      String faster = jz >= loop ? String.format(Locale.ROOT, "jiuzhu %.1f× faster", jz / loop)
          : String.format(Locale.ROOT, "loop %.1f× faster", loop / jz);
      System.out.printf(Locale.ROOT, "ratios, %d thread(s): jiuzhu/loop = %.4f (%s), jiuzhu/Drools = %.3f%n", t,
          jz / loop, faster, jz / drools);
    }
    loads.forEach(l -> System.out.println("# " + l));
    System.out.println("# comparison end " + Instant.now());
  }

  private static double score(Map<String, Map<Integer, double[]>> scores, String name, int t) {
    Map<Integer, double[]> s = scores.get(name);
    return s == null || s.get(t) == null ? Double.NaN : s.get(t)[0];
  }

  private static String rate(double perSecond) {
    return perSecond >= 1e6 ? String.format(Locale.ROOT, "%.2f M/s", perSecond / 1e6)
        : String.format(Locale.ROOT, "%.0f k/s", perSecond / 1e3);
  }

  /**
   * The heap held by {@code households} generated households as jiuzhu's {@code Household}
   * objects, in addition as the comparison's plain objects, and what {@link JiuzhuSide#prepare}
   * adds (nothing while jiuzhu runs on the {@code Household}s themselves): the used heap after
   * full collections ({@code System.gc()} until the figure settles) before and after each is
   * built, with the others kept reachable.
   */
  static void memory(int households, long seed) {
    Policy policy = Policy.installed();
    JiuzhuSide jiuzhu = new JiuzhuSide(policy, Pool.DATE);
    Pool.generate(1_000, seed, Pool.TWELVE_MONTH_REGIONS, policy, jiuzhu); // loads classes and fills jiuzhu's parameter caches
    long base = usedAfterGc();
    Map<String, Integer> leftOut = new TreeMap<>();
    int[] generated = new int[1];
    Household[] hs = Pool.households(households, seed, Pool.TWELVE_MONTH_REGIONS, policy, jiuzhu, leftOut, generated);
    long withHouseholds = usedAfterGc();
    PlainHousehold[] plain = Pool.plain(hs, policy);
    long withPlain = usedAfterGc();
    jiuzhu.prepare(hs);
    long withPrepared = usedAfterGc();
    long members = 0;
    long incomeItems = 0;
    for (Household h : hs) {
      members += h.members().size();
      incomeItems += h.incomes().size();
    }
    System.out.printf(Locale.ROOT, "# pool: %d households (%d generated, left out %s), %.2f members and %.1f income items a household%n",
        households, generated[0], leftOut, members / (double) households, incomeItems / (double) households);
    System.out.printf(Locale.ROOT, "# heap held by the Household objects: %,d bytes (%,d B a household)%n", withHouseholds - base,
        (withHouseholds - base) / households);
    System.out.printf(Locale.ROOT, "# heap held by the plain objects:     %,d bytes (%,d B a household; ids shared with the Households)%n",
        withPlain - withHouseholds, (withPlain - withHouseholds) / households);
    System.out.printf(Locale.ROOT, "# heap added by JiuzhuSide.prepare (what jiuzhu's fast path runs on, beyond the Households): %,d bytes (%,d B a household)%n",
        withPrepared - withPlain, (withPrepared - withPlain) / households);
    Reference.reachabilityFence(hs);
    Reference.reachabilityFence(jiuzhu);
    Reference.reachabilityFence(plain);
  }

  private static long usedAfterGc() {
    var bean = ManagementFactory.getMemoryMXBean();
    long last = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long used = bean.getHeapMemoryUsage().getUsed();
      if (Math.abs(last - used) < 64 * 1024) {
        return used;
      }
      last = used;
    }
    return last;
  }

  /** The load averages of /proc/loadavg (what {@code uptime} prints), or "unknown". */
  static String load() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return f[0] + ", " + f[1] + ", " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
