package org.jiuzhu.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.validation.Problem;
import org.jiuzhu.core.validation.ValidationException;

/**
 * Gathers microdata rows, read in order, into households — a new household begins where the
 * household id changes — and hands them out as a {@link HouseholdSource.Batch} whose households
 * are parsed ({@link Microdata#household}) when first asked for, in the worker that evaluates
 * them. Used by the CSV and Parquet readers; not thread-safe (one reader thread).
 *
 * @since 0.1.0
 */
public final class RowGrouper {
  private final String name;
  private final LocalDate date;
  private List<List<Microdata.Row>> groups = new ArrayList<>();
  private List<Long> firstRows = new ArrayList<>();
  private List<Microdata.Row> pending = new ArrayList<>();
  private String pendingId;
  private long pendingRow;

  /** A grouper of the rows of file {@code name}, for a simulation on {@code date}. */
  public RowGrouper(String name, LocalDate date) {
    this.name = name;
    this.date = date;
  }

  /** Adds row number {@code row} of household {@code householdId}. */
  public void add(String householdId, long row, Microdata.Row r) {
    if (pendingId != null && !pendingId.equals(householdId)) {
      finishHousehold();
    }
    if (pending.isEmpty()) {
      // a household split by another shows as a group that does not start at order 1
      pendingId = householdId;
      pendingRow = row;
    }
    pending.add(r);
  }

  /** The households gathered so far (complete ones). */
  public int households() {
    return groups.size();
  }

  /** Ends the household being gathered (at the end of the input). */
  public void finishHousehold() {
    if (pending.isEmpty()) {
      return;
    }
    groups.add(pending);
    firstRows.add(pendingRow);
    pending = new ArrayList<>();
    pendingId = null;
  }

  /** The complete households gathered so far, as a batch; the grouper starts a new one. */
  public HouseholdSource.Batch batch() {
    List<List<Microdata.Row>> g = groups;
    List<Long> rows = firstRows;
    groups = new ArrayList<>();
    firstRows = new ArrayList<>();
    Microdata.Weighted[] parsed = new Microdata.Weighted[g.size()];
    return new HouseholdSource.Batch() {
      @Override
      public int size() {
        return g.size();
      }

      private Microdata.Weighted parsed(int i) {
        if (parsed[i] == null) {
          try {
            parsed[i] = Microdata.household(g.get(i), rows.get(i), date);
          } catch (ValidationException e) {
            List<Problem> ps = new ArrayList<>();
            for (Problem p : e.problems()) {
              ps.add(Problem.of(p.path(), p.code(), name + ": " + p.message()));
            }
            throw new ValidationException("microdata " + name, ps);
          }
        }
        return parsed[i];
      }

      @Override
      public Household get(int i) {
        return parsed(i).household();
      }

      @Override
      public long weight(int i) {
        return parsed(i).weight();
      }
    };
  }
}
