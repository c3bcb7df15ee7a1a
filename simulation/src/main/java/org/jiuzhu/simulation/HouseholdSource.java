package org.jiuzhu.simulation;

import java.io.IOException;
import org.jiuzhu.core.household.Household;

/**
 * Where a run's households come from, batch by batch: a generated population (made in the
 * workers, in parallel) or microdata read from a file (read in order).
 *
 * @since 0.1.0
 */
public interface HouseholdSource {
  /**
   * The next batch of at most {@code max} households, or an empty batch at the end.
   *
   * @throws IOException if reading fails
   * @throws org.jiuzhu.core.validation.ValidationException if the input is invalid (naming the row)
   */
  Batch next(int max) throws IOException;

  /** How many households there are in all, or -1 when unknown. */
  long size();

  /** The name of the file read, for messages ({@code ""} for a generated population or a source without one). @since 0.6.0 */
  default String name() {
    return "";
  }

  /** Households {@code 0 … size()-1} of one batch; {@link #get} may be called from any thread. */
  interface Batch {
    /** How many. */
    int size();

    /** Household {@code i} of the batch. */
    Household get(int i);

    /** How many households household {@code i} stands for, rounded to a whole number (see {@link #decimalWeight}). */
    long weight(int i);

    /** How many households household {@code i} stands for, exactly (a survey weight may have decimals). */
    default java.math.BigDecimal decimalWeight(int i) {
      return java.math.BigDecimal.valueOf(weight(i));
    }

    /**
     * The defects of household {@code i}'s input, or null when it reads: a household with defects
     * is left out of a run whole (and {@link #get} throws for it). Besides the problems, the list
     * may name the household's other rows, left out with it ({@link Microdata.Defect#leftOut()}).
     */
    default java.util.List<Microdata.Defect> defects(int i) {
      return null;
    }
  }

  /**
   * A batch of generated households: household {@code i} is {@code generator().household(first() + i)}, so a run can
   * append them straight to its household batches ({@link Evaluator#evaluate(PopulationGenerator, long, int,
   * java.math.BigDecimal[], HouseholdOutcome[])}) without making the objects.
   */
  interface Generated extends Batch {
    PopulationGenerator generator();

    long first();
  }

  /** A generated population of {@code households} households, each standing for one. */
  static HouseholdSource generated(PopulationGenerator generator, long households) {
    return generated(generator, households, i -> 1);
  }

  /** A generated population of {@code households} households; household {@code i} stands for {@code weight(i)}. */
  static HouseholdSource generated(PopulationGenerator generator, long households, java.util.function.LongUnaryOperator weight) {
    if (households < 0) {
      throw new IllegalArgumentException("households is " + households + "; expected >= 0");
    }
    return new HouseholdSource() {
      private long next;

      @Override
      public Batch next(int max) {
        long start = next;
        int n = (int) Math.min(max, households - next);
        next += n;
        return new Generated() {
          @Override
          public PopulationGenerator generator() {
            return generator;
          }

          @Override
          public long first() {
            return start;
          }

          @Override
          public int size() {
            return n;
          }

          @Override
          public Household get(int i) {
            return generator.household(start + i);
          }

          @Override
          public long weight(int i) {
            return weight.applyAsLong(start + i);
          }
        };
      }

      @Override
      public long size() {
        return households;
      }
    };
  }
}
