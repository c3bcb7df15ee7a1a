package org.jiuzhu.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jiuzhu.core.validation.Problem;
import org.jiuzhu.core.validation.ValidationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Streams households through every programme, baseline and reform in the same pass, in parallel,
 * into {@link Aggregates}. Households come in batches; each batch is cut into chunks evaluated on
 * the worker threads, each chunk into its own aggregates, merged in order — so memory does not
 * depend on the size of the population, and the result does not depend on the number of threads. The next batch is read on its own thread while one is evaluated, so memory holds two
 * batches. Per-household outcomes, when asked for, are handed on in the order of the source.
 *
 * @since 0.1.0
 */
public final class Simulation {
  /** Households per batch. */
  public static final int BATCH = 16_384;
  private static final int CHUNK = 256;

  private final Evaluator evaluator;
  private final int threads;

  /**
   * The most worker threads a simulation takes: far more than any machine's cores, and well within
   * what a fork-join pool can run (32,767).
   */
  public static final int MAX_THREADS = 1024;

  /** A simulation with {@code evaluator} on {@code threads} worker threads. */
  public Simulation(Evaluator evaluator, int threads) {
    this.evaluator = checkNotNull(evaluator, "evaluator");
    checkArgument(threads >= 1 && threads <= MAX_THREADS, "threads is %s; expected 1 to %s", threads, MAX_THREADS);
    this.threads = threads;
  }

  /** What a run reports as it goes. */
  @FunctionalInterface
  public interface Progress {
    /** {@code done} households of {@code total} (-1 when unknown) are evaluated. */
    void update(long done, long total);
  }

  /**
   * Runs every household of {@code source}.
   *
   * @param outcomes receives each household's outcome in source order, or null
   * @throws IOException if the source cannot be read
   */
  public Aggregates run(HouseholdSource source, Progress progress, Consumer<HouseholdOutcome> outcomes) throws IOException {
    return run(source, progress, outcomes, null);
  }

  /** The most problems a run without a reject sink lists in its exception (all are counted). */
  public static final int MAX_LISTED_PROBLEMS = 1_000;

  /**
   * Runs every household of {@code source}; a household whose input is invalid is left out whole
   * and its defects (each with its row, column, value and what was expected) go to {@code
   * rejects}, in the order of the input.
   * Without {@code rejects}, the run reads the whole input and then fails with every problem of
   * it at once ({@link #MAX_LISTED_PROBLEMS} listed, all counted).
   *
   * @param rejects receives each problem of each bad household, or null
   * @throws IOException if the source cannot be read
   * @throws ValidationException if a household is invalid and there is no reject sink
   */
  public Aggregates run(HouseholdSource source, Progress progress, Consumer<HouseholdOutcome> outcomes,
      Consumer<Microdata.Defect> rejects) throws IOException {
    checkNotNull(source, "source");
    List<Problem> listed = new ArrayList<>();
    long[] counted = {0, 0}; // problems, bad households
    Aggregates total = new Aggregates();
    ForkJoinPool pool = new ForkJoinPool(threads);
    // the next batch is read while this one is evaluated; one thread reads, in order
    ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "jiuzhu-simulation-reader");
      t.setDaemon(true);
      return t;
    });
    try {
      long done = 0;
      Future<HouseholdSource.Batch> ahead = reader.submit(() -> source.next(BATCH));
      while (true) {
        HouseholdSource.Batch batch = await(ahead);
        int n = batch.size();
        if (n == 0) {
          break;
        }
        ahead = reader.submit(() -> source.next(BATCH));
        int chunks = (n + CHUNK - 1) / CHUNK;
        Aggregates[] parts = new Aggregates[chunks];
        @SuppressWarnings("unchecked")
        List<List<Microdata.Defect>>[] bad = new List[chunks];
        HouseholdOutcome[] out = outcomes == null ? null : new HouseholdOutcome[n];
        try {
          pool.submit(() -> IntStream.range(0, chunks).parallel().forEach(c -> {
            Aggregates a = new Aggregates();
            int end = Math.min(n, (c + 1) * CHUNK);
            if (batch instanceof HouseholdSource.Generated g) {
              // generated households go straight into the evaluator's household batches, no objects
              int count = end - c * CHUNK;
              java.math.BigDecimal[] ws = new java.math.BigDecimal[count];
              for (int k = 0; k < count; k++) {
                ws[k] = g.decimalWeight(c * CHUNK + k);
                if (ws[k].signum() <= 0) {
                  throw new IllegalArgumentException("weight of household " + PopulationGenerator.id(g.first() + c * CHUNK + k) + " is "
                      + ws[k] + "; expected above 0");
                }
              }
              HouseholdOutcome[] os = new HouseholdOutcome[count];
              evaluator.evaluate(g.generator(), g.first() + c * CHUNK, count, ws, os);
              for (int k = 0; k < count; k++) {
                a.add(os[k]);
                if (out != null) {
                  out[c * CHUNK + k] = os[k];
                }
              }
              parts[c] = a;
              return;
            }
            // the chunk's valid households, evaluated together on the batch path
            org.jiuzhu.core.household.Household[] hs = new org.jiuzhu.core.household.Household[end - c * CHUNK];
            java.math.BigDecimal[] ws = new java.math.BigDecimal[hs.length];
            int[] at = new int[hs.length];
            int valid = 0;
            for (int i = c * CHUNK; i < end; i++) {
              org.jiuzhu.core.household.Household h;
              java.math.BigDecimal weight;
              List<Microdata.Defect> defects = batch.defects(i);
              if (defects == null) {
                try {
                  h = batch.get(i);
                  weight = batch.decimalWeight(i);
                  if (weight.signum() <= 0) {
                    throw new IllegalArgumentException("weight of household " + h.id() + " is " + weight + "; expected above 0");
                  }
                } catch (ValidationException e) {
                  defects = e.problems().stream().map(Microdata.Defect::of).toList();
                  h = null;
                  weight = null;
                }
              } else {
                h = null;
                weight = null;
              }
              if (defects != null) {
                if (bad[c] == null) {
                  bad[c] = new ArrayList<>();
                }
                bad[c].add(defects);
                continue;
              }
              hs[valid] = h;
              ws[valid] = weight;
              at[valid] = i;
              valid++;
            }
            HouseholdOutcome[] os = new HouseholdOutcome[valid];
            evaluator.evaluate(hs, ws, valid, os);
            for (int k = 0; k < valid; k++) {
              a.add(os[k]);
              if (out != null) {
                out[at[k]] = os[k];
              }
            }
            parts[c] = a;
          })).get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
          throw unwrap(e);
        }
        for (Aggregates a : parts) {
          total.merge(a);
        }
        for (List<List<Microdata.Defect>> b : bad) {
          for (List<Microdata.Defect> e : b == null ? List.<List<Microdata.Defect>>of() : b) {
            counted[1]++;
            for (Microdata.Defect p : e) {
              if (!p.leftOut()) {
                counted[0]++;
              }
              if (rejects != null) {
                rejects.accept(p); // the problems, and the household's other rows left out with it
              } else if (!p.leftOut() && listed.size() < MAX_LISTED_PROBLEMS) {
                listed.add(p.problem());
              }
            }
          }
        }
        if (out != null) {
          for (HouseholdOutcome o : out) {
            if (o != null) {
              outcomes.accept(o);
            }
          }
        }
        done += n;
        if (progress != null) {
          progress.update(done, source.size());
        }
      }
    } finally {
      pool.shutdown();
      reader.shutdownNow();
    }
    if (rejects == null && counted[1] > 0) {
      // "invalid microdata pop.csv (3 households): 3 problems" / 微观数据 pop.csv（3 户）有误：3 个问题
      org.jiuzhu.core.text.Text subject = source.name().isEmpty() ? Microdata.t("microdata.subject.unnamed")
          : Microdata.t("microdata.subject", source.name());
      throw new ValidationException(counted[0] > listed.size()
          ? Microdata.t("microdata.summary.more", subject, counted[0], counted[1], (long) listed.size())
          : Microdata.t("microdata.summary", subject, counted[1]), listed);
    }
    return total;
  }

  private static HouseholdSource.Batch await(Future<HouseholdSource.Batch> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw unwrap(e);
    }
  }

  /** What a worker threw: a runtime exception (such as invalid input) as it was, anything else wrapped. */
  private static RuntimeException unwrap(ExecutionException e) {
    return e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
  }
}
