package org.jiuzhu.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
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
 *     [--date 2025-10-01] [--reform reform.yaml] [--master local[2]] [--uncalibrated]
 * </pre>
 *
 * <p>Outputs never destroy inputs and are never left half-written: an output naming the input (or
 * a folder holding it, or inside it), or both outputs naming one file, is refused before any work,
 * as is an output whose folder does not exist; the results are written beside their final place
 * and moved there, and the aggregates file is written last the same way, only when everything else
 * succeeded. A failed run leaves an existing output as it was.
 *
 * @since 0.1.0
 */
public final class SimulateJob {
  private SimulateJob() {}

  /** The job's options. */
  record Options(String input, String output, String aggregates, String master, LocalDate date, List<String> reforms,
      boolean calibrated) {
    static Options parse(String[] args) {
      String input = null;
      String output = null;
      String aggregates = null;
      String master = null;
      LocalDate date = LocalDate.of(2025, 10, 1);
      List<String> reforms = new ArrayList<>();
      boolean calibrated = true;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (a.equals("--uncalibrated")) {
          calibrated = false;
          continue;
        }
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
          throw new IllegalArgumentException("option " + a + " has no value; expected " + a + " VALUE");
        }
        String v = args[++i];
        switch (a) {
          case "--input" -> input = v;
          case "--output" -> output = v;
          case "--aggregates" -> aggregates = v;
          case "--date" -> {
            try {
              date = LocalDate.parse(v);
            } catch (DateTimeParseException e) {
              throw new IllegalArgumentException("--date is '" + v + "'; expected a date as YYYY-MM-DD, such as 2025-10-01");
            }
          }
          case "--reform" -> reforms.add(v);
          case "--master" -> master = v;
          default -> throw new IllegalArgumentException("unknown option " + a
              + "; expected --input, --output, --aggregates, --date, --reform, --master or --uncalibrated");
        }
      }
      if (input == null || aggregates == null) {
        throw new IllegalArgumentException("--input PARQUET and --aggregates JSON are required");
      }
      return new Options(input, output, aggregates, master, date, List.copyOf(reforms), calibrated);
    }
  }

  private static final String USAGE = "usage: SimulateJob --input PARQUET --aggregates JSON [--output PARQUET] [--date YYYY-MM-DD]"
      + " [--reform FILE]... [--master URL] [--uncalibrated]";

  /**
   * Runs the job; see the class comment for the arguments. A bad option ends it with one {@code error:}
   * line and exit status 2; a file that cannot be read (the input, a reform file) or written with one
   * {@code error:} line and status 1 — no stack trace.
   */
  public static void main(String[] args) {
    int status = main(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** The job as {@link #main(String[])} runs it; returns the exit status. */
  static int main(String[] args, PrintStream out, PrintStream err) {
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    SparkSession spark = SparkSimulation.session(o.master());
    try {
      run(spark, o, out);
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 2;
    } catch (Exception e) {
      // Spark's AnalysisException (a missing or unreadable input) is thrown unchecked from Scala
      if (e instanceof org.apache.spark.sql.AnalysisException) {
        err.println("error: cannot read --input " + o.input() + ": " + e.getMessage());
      } else {
        err.println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      }
      return 1;
    } finally {
      spark.stop();
    }
  }

  /** The job on {@code spark}: checks the outputs, computes, writes both outputs or neither. */
  static void run(SparkSession spark, Options o, PrintStream out) throws IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    org.apache.hadoop.fs.Path input = qualified(o.input(), conf);
    Path aggregates = Path.of(o.aggregates()).toAbsolutePath().normalize();
    org.apache.hadoop.fs.Path output = o.output() == null ? null : qualified(o.output(), conf);
    checkOutputs(input, aggregates, output, conf);
    // the reform files are read here, on the driver, before any work: a bad one is said once, not by every task
    try {
      SparkSimulation.evaluator(o.date().toString(), o.calibrated(), o.reforms());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("--reform " + String.join(", ", o.reforms()) + ": "
          + (e.getMessage() == null ? e.toString() : e.getMessage()), e);
    }
    TaskProgress progress = new TaskProgress("simulate on Spark");
    spark.sparkContext().addSparkListener(progress);
    Path aggregatesTemp = aggregates.resolveSibling("." + aggregates.getFileName() + ".jiuzhu-" + UUID.randomUUID());
    org.apache.hadoop.fs.Path outputTemp = output == null ? null
        : new org.apache.hadoop.fs.Path(output.getParent(), "." + output.getName() + ".jiuzhu-" + UUID.randomUUID());
    try {
      long started = System.nanoTime();
      Dataset<Row> households = spark.read().parquet(o.input());
      Aggregates a = SparkSimulation.aggregates(households, o.date(), o.calibrated(), o.reforms());
      progress.close();
      double seconds = (System.nanoTime() - started) / 1e9;
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("input", o.input());
      m.put("date", o.date().toString());
      m.put("reform", o.reforms());
      m.put("calibrated", o.calibrated());
      m.put("householdsEvaluated", a.records());
      m.put("seconds", Math.round(seconds * 1000) / 1000.0);
      m.put("householdsPerSecond", Math.round(a.records() / seconds));
      m.put("master", spark.sparkContext().master());
      m.putAll(Summary.of(a, !o.reforms().isEmpty()));
      if (output != null) {
        SparkSimulation.results(households, o.date(), o.calibrated(), o.reforms()).write().parquet(outputTemp.toString());
      }
      Files.writeString(aggregatesTemp, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m),
          StandardCharsets.UTF_8);
      // everything is written: put the outputs in place, the results first
      if (output != null) {
        FileSystem fs = output.getFileSystem(conf);
        if (fs.exists(output) && !fs.delete(output, true)) {
          throw new IOException("could not replace " + output + "; the new results are in " + outputTemp);
        }
        if (!fs.rename(outputTemp, output)) {
          throw new IOException("could not move the results from " + outputTemp + " to " + output);
        }
      }
      Files.move(aggregatesTemp, aggregates, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      out.printf("evaluated %,d households in %.2f s: %,.0f households/s on %s%n", a.records(), seconds,
          a.records() / seconds, spark.sparkContext().master());
    } finally {
      progress.close();
      Files.deleteIfExists(aggregatesTemp);
      if (outputTemp != null) {
        FileSystem fs = outputTemp.getFileSystem(conf);
        if (fs.exists(outputTemp)) {
          fs.delete(outputTemp, true);
        }
      }
    }
  }

  private static org.apache.hadoop.fs.Path qualified(String path, Configuration conf) throws IOException {
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
    return p.getFileSystem(conf).makeQualified(p);
  }

  /**
   * Refuses, before any work, an output that is the input, holds it or lies inside it, two outputs
   * naming one file, and an output whose folder does not exist.
   */
  static void checkOutputs(org.apache.hadoop.fs.Path input, Path aggregates, org.apache.hadoop.fs.Path output, Configuration conf)
      throws IOException {
    java.net.URI in = input.toUri();
    if ("file".equals(in.getScheme()) && overlaps(Path.of(in).normalize(), aggregates)) {
      throw new IllegalArgumentException("--aggregates " + aggregates + " is the input " + input
          + " or overlaps it; expected another file (the input would be destroyed)");
    }
    if (!Files.isDirectory(aggregates.getParent())) {
      throw new IllegalArgumentException("--aggregates " + aggregates + ": its folder " + aggregates.getParent()
          + " does not exist; expected an existing folder");
    }
    if (output == null) {
      return;
    }
    String o = output.toString();
    String i = input.toString();
    if (o.equals(i) || i.startsWith(o + "/") || o.startsWith(i + "/")) {
      throw new IllegalArgumentException("--output " + output + " is the input " + input
          + " or overlaps it; expected another path (the input would be destroyed)");
    }
    java.net.URI ou = output.toUri();
    if ("file".equals(ou.getScheme()) && overlaps(Path.of(ou).normalize(), aggregates)) {
      throw new IllegalArgumentException("--aggregates " + aggregates + " and --output " + output
          + " name the same file or one holds the other; expected two different paths");
    }
    FileSystem fs = output.getFileSystem(conf);
    org.apache.hadoop.fs.Path parent = output.getParent();
    if (parent == null || !fs.exists(parent) || !fs.getFileStatus(parent).isDirectory()) {
      throw new IllegalArgumentException("--output " + output + ": its folder " + parent
          + " does not exist or is not a folder; expected an existing folder");
    }
  }

  private static boolean overlaps(Path a, Path b) {
    return a.equals(b) || a.startsWith(b) || b.startsWith(a);
  }
}
