package org.jiuzhu.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.core.region.RegionCode;
import org.jiuzhu.simulation.Aggregates;
import org.jiuzhu.simulation.Evaluator;
import org.jiuzhu.simulation.HouseholdSource;
import org.jiuzhu.simulation.Microdata;
import org.jiuzhu.simulation.PopulationGenerator;
import org.jiuzhu.simulation.Reform;
import org.jiuzhu.simulation.Simulation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SparkSimulationTest {
  private static final LocalDate DATE = LocalDate.of(2025, 10, 1);
  private static final int N = 4_000;
  private static final Path REFORM = Path.of(System.getProperty("jiuzhu.reforms", "../examples/reforms"))
      .resolve("dibao-standard-plus-10.yaml");
  private static SparkSession spark;

  @TempDir
  static Path dir;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("jiuzhu-test").config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "7").config("spark.sql.warehouse.dir", dir.resolve("warehouse").toString())
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static PopulationGenerator generator() {
    return new PopulationGenerator(Policy.installed(), 20251130L,
        List.of(RegionCode.parse("620825"), RegionCode.parse("330105"), RegionCode.parse("230300")), DATE);
  }

  /** The population written as microdata Parquet by Spark, then read back. */
  private static Dataset<Row> population(String name) {
    PopulationGenerator g = generator();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      Household h = g.household(i);
      for (Map<String, String> cells : Microdata.rows(h, 1 + i % 3)) {
        rows.add(SparkMicrodata.row(cells));
      }
    }
    String path = dir.resolve(name).toString();
    spark.createDataFrame(rows, SparkMicrodata.SCHEMA).repartition(5).write().parquet(path);
    return spark.read().parquet(path);
  }

  /** The shipped calibration (its take-up), as simulate and the Spark job apply it by default. */
  private static final Policy CALIBRATED = org.jiuzhu.simulation.Calibration.shipped(Policy.installed());

  private static Aggregates singleMachine(Policy baseline, Optional<Policy> reform) throws Exception {
    PopulationGenerator g = generator();
    HouseholdSource weighted = HouseholdSource.generated(g, N, i -> 1 + i % 3);
    return new Simulation(new Evaluator(baseline, reform, DATE), 2).run(weighted, null, null);
  }

  @Test
  void aggregatesOnLocal2EqualTheSingleMachineRunToTheFen() throws Exception {
    Dataset<Row> households = population("baseline.parquet");
    Aggregates onSpark = SparkSimulation.aggregates(households, DATE, List.of());
    Aggregates here = singleMachine(CALIBRATED, Optional.empty());
    assertThat(onSpark.households()).isEqualTo(here.households()).isEqualTo(weightSum());
    assertThat(onSpark).isEqualTo(here);
    assertThat(onSpark.total().programme("cn.dibao")[2]).isPositive();
    // the calibration's take-up applies: fewer receive 低保 than are entitled; without it, everyone entitled receives
    assertThat(onSpark.total().programme("cn.dibao")[0]).isLessThan(onSpark.total().entitled("cn.dibao")[0]);
    Aggregates uncalibrated = SparkSimulation.aggregates(households, DATE, false, List.of());
    assertThat(uncalibrated).isEqualTo(singleMachine(Policy.installed(), Optional.empty()));
    assertThat(uncalibrated.total().programme("cn.dibao")[0]).isEqualTo(uncalibrated.total().entitled("cn.dibao")[0]);
  }

  @Test
  void aReformGivesTheSameAggregatesAndResultsOnSparkAsOnOneMachine() throws Exception {
    Dataset<Row> households = population("reform.parquet");
    Aggregates onSpark = SparkSimulation.aggregates(households, DATE, List.of(REFORM.toString()));
    Aggregates here = singleMachine(CALIBRATED, Optional.of(Reform.apply(CALIBRATED, List.of(REFORM))));
    assertThat(onSpark).isEqualTo(here);
    assertThat(onSpark.total().winners()).isPositive();
    Dataset<Row> results = SparkSimulation.results(households, DATE, List.of(REFORM.toString()));
    assertThat(results.count()).isEqualTo(N);
    assertThat(results.schema()).isEqualTo(SparkSimulation.RESULT_SCHEMA);
  }

  private static SimulateJob.Options job(String input, String output, String aggregates) {
    return SimulateJob.Options.parse(output == null
        ? new String[] {"--input", input, "--aggregates", aggregates}
        : new String[] {"--input", input, "--aggregates", aggregates, "--output", output});
  }

  /** The job writes its two outputs, and nothing beside them. */
  @Test
  void theJobWritesItsOutputsAndNothingBeside() throws Exception {
    population("job.parquet");
    Path out = java.nio.file.Files.createDirectories(dir.resolve("job-out"));
    String input = dir.resolve("job.parquet").toString();
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    SimulateJob.run(spark, job(input, out.resolve("results.parquet").toString(), out.resolve("aggregates.json").toString()),
        new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(printed.toString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("evaluated 4,000 households in ");
    assertThat(spark.read().parquet(out.resolve("results.parquet").toString()).count()).isEqualTo(N);
    assertThat(java.nio.file.Files.readString(out.resolve("aggregates.json"))).contains("\"householdsEvaluated\" : 4000");
    try (var files = java.nio.file.Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("results.parquet", "aggregates.json");
    }
  }

  /** An output naming the input, holding it or inside it is refused before any work; the input stays readable. */
  @Test
  void theJobRefusesOutputsThatWouldDestroyItsInput() throws Exception {
    population("kept.parquet");
    String input = dir.resolve("kept.parquet").toString();
    String aggregates = dir.resolve("kept-aggregates.json").toString();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SimulateJob.run(spark, job(input, input, aggregates), System.out))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--output").hasMessageContaining("is the input")
        .hasMessageContaining("kept.parquet");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SimulateJob.run(spark, job(input, dir.toString(), aggregates), System.out))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlaps it");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SimulateJob.run(spark, job(input, null, input), System.out))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--aggregates").hasMessageContaining("is the input");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SimulateJob.run(spark,
            job(input, dir.resolve("same.json").toString(), dir.resolve("same.json").toString()), System.out))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name the same file");
    assertThat(spark.read().parquet(input).count()).isGreaterThanOrEqualTo(N);
    assertThat(dir.resolve("kept-aggregates.json")).doesNotExist();
  }

  /**
   * An output whose folder cannot be written is refused before any work: the aggregates are not
   * written first and left behind (they were, before the results failed).
   */
  @Test
  void aRunThatCannotWriteItsResultsLeavesNoAggregatesBehind() throws Exception {
    population("partial.parquet");
    Path notAFolder = java.nio.file.Files.writeString(dir.resolve("a-file"), "x");
    Path aggregates = dir.resolve("partial-aggregates.json");
    java.nio.file.Files.writeString(aggregates, "old");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SimulateJob.run(spark,
            job(dir.resolve("partial.parquet").toString(), notAFolder.resolve("results.parquet").toString(), aggregates.toString()),
            System.out))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a folder");
    assertThat(aggregates).hasContent("old");
    // and options are checked as given
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SimulateJob.Options.parse(
            new String[] {"--input", "p.parquet", "--aggregates", "a.json", "--date", "2025-13-01"}))
        .hasMessage("--date is '2025-13-01'; expected a date as YYYY-MM-DD, such as 2025-10-01");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SimulateJob.Options.parse(
            new String[] {"--input", "--aggregates", "a.json"}))
        .hasMessage("option --input has no value; expected --input VALUE");
  }

  /** A bad option is one error line and the usage, status 2, before Spark starts; a bad reform file is said once, before any work. */
  @Test
  void badOptionsAndReformFilesAreSaidOnceWithoutAStackTrace() throws Exception {
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int status = SimulateJob.main(new String[] {"--input", "p.parquet", "--aggregates", "a.json", "--date", "2025-13-01"},
        System.out, new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(status).isEqualTo(2);
    assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8))
        .startsWith("error: --date is '2025-13-01'; expected a date as YYYY-MM-DD, such as 2025-10-01")
        .contains("usage: SimulateJob --input PARQUET --aggregates JSON").doesNotContain("\tat ");
    population("reformless.parquet");
    Path aggregates = dir.resolve("reformless.json");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SimulateJob.run(spark, SimulateJob.Options.parse(new String[] {
            "--input", dir.resolve("reformless.parquet").toString(), "--aggregates", aggregates.toString(),
            "--reform", dir.resolve("no-such-reform.yaml").toString()}), System.out))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("--reform ").hasMessageContaining("no-such-reform.yaml");
    assertThat(aggregates).doesNotExist();
  }

  /** Households are weighted 1, 2, 3, 1, 2, 3, … */
  private static long weightSum() {
    long s = 0;
    for (int i = 0; i < N; i++) {
      s += 1 + i % 3;
    }
    return s;
  }
}
