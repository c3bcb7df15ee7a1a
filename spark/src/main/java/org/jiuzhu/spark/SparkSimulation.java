package org.jiuzhu.spark;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.spark.SparkFiles;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jiuzhu.core.money.Money;
import org.jiuzhu.core.policy.Policy;
import org.jiuzhu.simulation.Aggregates;
import org.jiuzhu.simulation.Evaluator;
import org.jiuzhu.simulation.HouseholdOutcome;
import org.jiuzhu.simulation.Microdata;
import org.jiuzhu.simulation.Reform;

/**
 * The simulation's unit of work over a Spark Dataset of microdata rows: the rows of each household
 * are brought together (by household, in order), each household goes through every programme —
 * baseline and reform in the same call, exactly as on one machine ({@link Evaluator}) — and the
 * partitions' {@link Aggregates} are merged. The aggregates are sums of whole numbers, so they equal
 * the single-machine run's on the same households to the fen.
 *
 * <p>Reform files are policy files; on a cluster ship them with {@code spark-submit --files} and
 * name them by file name.
 *
 * @since 0.1.0
 */
public final class SparkSimulation {
  private SparkSimulation() {}

  /** The schema of result rows: money in yuan, DECIMAL(18,2). */
  public static final StructType RESULT_SCHEMA = DataTypes.createStructType(List.of(
      DataTypes.createStructField("household", DataTypes.StringType, false),
      DataTypes.createStructField("region", DataTypes.StringType, false),
      DataTypes.createStructField("hukou", DataTypes.StringType, false),
      DataTypes.createStructField("persons", DataTypes.IntegerType, false),
      DataTypes.createStructField("weight", DataTypes.createDecimalType(18, org.jiuzhu.simulation.Microdata.WEIGHT_DECIMALS), false),
      DataTypes.createStructField("marketIncome", DataTypes.createDecimalType(18, 2), false),
      DataTypes.createStructField("povertyLine", DataTypes.createDecimalType(18, 2), false),
      DataTypes.createStructField("baselineTransfers", DataTypes.createDecimalType(18, 2), false),
      DataTypes.createStructField("reformTransfers", DataTypes.createDecimalType(18, 2), false),
      DataTypes.createStructField("change", DataTypes.createDecimalType(18, 2), false),
      DataTypes.createStructField("baselineProgrammes", DataTypes.StringType, false),
      DataTypes.createStructField("reformProgrammes", DataTypes.StringType, false),
      DataTypes.createStructField("baselineAmounts", DataTypes.StringType, false),
      DataTypes.createStructField("reformAmounts", DataTypes.StringType, false),
      DataTypes.createStructField("needsReview", DataTypes.StringType, false),
      DataTypes.createStructField("gap", DataTypes.StringType, false)));

  /** Evaluators by (date, reform files), one per executor JVM. */
  private static final Map<String, Evaluator> EVALUATORS = new ConcurrentHashMap<>();

  /**
   * The evaluator of an executor JVM for {@code date}, the shipped calibration ({@code calibrated}:
   * its take-up, as {@code simulate} applies it) and the reform files.
   */
  static Evaluator evaluator(String date, boolean calibrated, List<String> reforms) {
    return EVALUATORS.computeIfAbsent(date + "|" + calibrated + "|" + reforms, k -> {
      Policy baseline = calibrated ? org.jiuzhu.simulation.Calibration.shipped(Policy.installed()) : Policy.installed();
      Optional<Policy> reform = Optional.empty();
      if (!reforms.isEmpty()) {
        List<Path> files = new ArrayList<>();
        for (String f : reforms) {
          File local = new File(f);
          files.add(local.exists() ? local.toPath() : Path.of(SparkFiles.get(local.getName())));
        }
        reform = Optional.of(Reform.apply(baseline, files));
      }
      return new Evaluator(baseline, reform, LocalDate.parse(date));
    });
  }

  /** The rows of each household together and in order. */
  static Dataset<Row> grouped(Dataset<Row> households) {
    return households.repartition(functions.col("household")).sortWithinPartitions("household", "order");
  }

  /** Aggregates of every household of {@code households} (microdata rows) on {@code date}, with the shipped calibration's take-up. */
  public static Aggregates aggregates(Dataset<Row> households, LocalDate date, List<String> reforms) {
    return aggregates(households, date, true, reforms);
  }

  /**
   * Aggregates of every household of {@code households} (microdata rows) on {@code date}; with
   * {@code calibrated}, the shipped calibration applies (its take-up), as in {@code simulate}.
   */
  public static Aggregates aggregates(Dataset<Row> households, LocalDate date, boolean calibrated, List<String> reforms) {
    Aggregates a = grouped(households).javaRDD()
        .mapPartitions(new Aggregate(date.toString(), calibrated, new ArrayList<>(reforms)))
        .reduce(Aggregates::merge);
    return a == null ? new Aggregates() : a;
  }

  /** One result row a household, with the shipped calibration's take-up. */
  public static Dataset<Row> results(Dataset<Row> households, LocalDate date, List<String> reforms) {
    return results(households, date, true, reforms);
  }

  /** One result row a household; {@code calibrated} as for {@link #aggregates(Dataset, LocalDate, boolean, List)}. */
  public static Dataset<Row> results(Dataset<Row> households, LocalDate date, boolean calibrated, List<String> reforms) {
    return grouped(households).mapPartitions(new Results(date.toString(), calibrated, new ArrayList<>(reforms)),
        org.apache.spark.sql.Encoders.row(RESULT_SCHEMA));
  }

  /** Walks a sorted partition household by household. */
  abstract static class PerHousehold implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    final String date;
    final boolean calibrated;
    final ArrayList<String> reforms;

    PerHousehold(String date, boolean calibrated, ArrayList<String> reforms) {
      this.date = date;
      this.calibrated = calibrated;
      this.reforms = reforms;
    }

    /** Households screened together on the evaluator's household batch (as the single-machine run's chunks). */
    static final int CHUNK = 256;

    /**
     * The outcomes of a sorted partition, household by household, pulled a chunk at a time: at most
     * {@link #CHUNK} households in memory, screened together on the batch path (the same outcomes
     * as one at a time).
     */
    Iterator<HouseholdOutcome> outcomes(Iterator<Row> rows) {
      Evaluator evaluator = evaluator(date, calibrated, reforms);
      LocalDate d = LocalDate.parse(date);
      return new Iterator<>() {
        private Row ahead = rows.hasNext() ? rows.next() : null;
        private final org.jiuzhu.core.household.Household[] households = new org.jiuzhu.core.household.Household[CHUNK];
        private final java.math.BigDecimal[] weights = new java.math.BigDecimal[CHUNK];
        private final HouseholdOutcome[] out = new HouseholdOutcome[CHUNK];
        private int size;
        private int next;

        @Override
        public boolean hasNext() {
          return next < size || ahead != null;
        }

        @Override
        public HouseholdOutcome next() {
          if (next == size) {
            fill();
          }
          HouseholdOutcome o = out[next];
          out[next++] = null;
          return o;
        }

        private void fill() {
          if (ahead == null) {
            throw new java.util.NoSuchElementException();
          }
          size = 0;
          next = 0;
          while (ahead != null && size < CHUNK) {
            String id = ahead.getString(ahead.fieldIndex("household"));
            List<Microdata.Row> household = new ArrayList<>();
            while (ahead != null && id.equals(ahead.getString(ahead.fieldIndex("household")))) {
              household.add(SparkMicrodata.view(ahead));
              ahead = rows.hasNext() ? rows.next() : null;
            }
            Microdata.Weighted w = Microdata.household(household, 1, d);
            households[size] = w.household();
            weights[size] = w.weight();
            size++;
          }
          evaluator.evaluate(households, weights, size, out);
          java.util.Arrays.fill(households, 0, size, null);
        }
      };
    }
  }

  static final class Aggregate extends PerHousehold implements FlatMapFunction<Iterator<Row>, Aggregates> {
    private static final long serialVersionUID = 1L;

    Aggregate(String date, boolean calibrated, ArrayList<String> reforms) {
      super(date, calibrated, reforms);
    }

    @Override
    public Iterator<Aggregates> call(Iterator<Row> rows) {
      Aggregates a = new Aggregates();
      outcomes(rows).forEachRemaining(a::add);
      return Collections.singletonList(a).iterator();
    }
  }

  static final class Results extends PerHousehold implements org.apache.spark.api.java.function.MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    Results(String date, boolean calibrated, ArrayList<String> reforms) {
      super(date, calibrated, reforms);
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      Iterator<HouseholdOutcome> outcomes = outcomes(rows);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return outcomes.hasNext();
        }

        @Override
        public Row next() {
          HouseholdOutcome o = outcomes.next();
          return RowFactory.create(o.householdId(), o.region().toString(), o.hukou().name(), o.persons(),
              o.weight().setScale(org.jiuzhu.simulation.Microdata.WEIGHT_DECIMALS),
              Money.ofFen(o.marketIncome()).toYuan(), Money.ofFen(o.povertyLine()).toYuan(),
              Money.ofFen(o.baselineTransfers()).toYuan(), Money.ofFen(o.reformTransfers()).toYuan(),
              Money.ofFen(o.change()).toYuan(),
              o.baseline().stream().map(HouseholdOutcome.ProgrammeAmount::programmeId).collect(Collectors.joining(";")),
              o.reform().stream().map(HouseholdOutcome.ProgrammeAmount::programmeId).collect(Collectors.joining(";")),
              HouseholdOutcome.amounts(o.baseline()), HouseholdOutcome.amounts(o.reform()), o.reviewText(),
              o.gap() == null ? "" : o.gap());
        }
      };
    }
  }

  /** A local or cluster session named for jiuzhu. */
  static SparkSession session(String master) {
    SparkSession.Builder b = SparkSession.builder().appName("jiuzhu-simulate");
    if (master != null) {
      b.master(master);
    }
    return b.getOrCreate();
  }
}
