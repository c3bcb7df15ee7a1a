package org.jiuzhu.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.jiuzhu.simulation.Aggregates;
import org.jiuzhu.simulation.Summary;

/**
 * The Spark job: microdata Parquet in, aggregates (JSON) and, if asked, one result a household
 * (Parquet) out.
 *
 * <pre>
 * spark-submit --class org.jiuzhu.spark.SimulateJob [--files reform.yaml] spark/target/jiuzhu-spark-job.jar \
 *     --input population.parquet --aggregates aggregates.json [--output results.parquet] \
 *     [--date 2025-10-01] [--reform reform.yaml] [--master local[2]]
 * </pre>
 *
 * @since 0.1.0
 */
public final class SimulateJob {
  private SimulateJob() {}

  /** Runs the job; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    String input = null;
    String output = null;
    String aggregates = null;
    String master = null;
    LocalDate date = LocalDate.of(2025, 10, 1);
    List<String> reforms = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + a + " needs a value");
      }
      String v = args[++i];
      switch (a) {
        case "--input" -> input = v;
        case "--output" -> output = v;
        case "--aggregates" -> aggregates = v;
        case "--date" -> date = LocalDate.parse(v);
        case "--reform" -> reforms.add(v);
        case "--master" -> master = v;
        default -> throw new IllegalArgumentException("unknown option " + a
            + "; expected --input, --output, --aggregates, --date, --reform or --master");
      }
    }
    if (input == null || aggregates == null) {
      throw new IllegalArgumentException("--input PARQUET and --aggregates JSON are required");
    }
    SparkSession spark = SparkSimulation.session(master);
    TaskProgress progress = new TaskProgress("simulate on Spark");
    spark.sparkContext().addSparkListener(progress);
    try {
      long started = System.nanoTime();
      Dataset<Row> households = spark.read().parquet(input);
      Aggregates a = SparkSimulation.aggregates(households, date, reforms);
      progress.close();
      double seconds = (System.nanoTime() - started) / 1e9;
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("input", input);
      m.put("date", date.toString());
      m.put("reform", reforms);
      m.put("householdsEvaluated", a.records());
      m.put("seconds", Math.round(seconds * 1000) / 1000.0);
      m.put("householdsPerSecond", Math.round(a.records() / seconds));
      m.put("master", spark.sparkContext().master());
      m.putAll(Summary.of(a, !reforms.isEmpty()));
      Files.writeString(Path.of(aggregates), new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m),
          StandardCharsets.UTF_8);
      System.out.printf("evaluated %,d households in %.2f s: %,.0f households/s on %s%n", a.records(), seconds,
          a.records() / seconds, spark.sparkContext().master());
      if (output != null) {
        SparkSimulation.results(households, date, reforms).write().mode(SaveMode.Overwrite).parquet(output);
      }
    } finally {
      progress.close();
      spark.stop();
    }
  }
}
