package org.jiuzhu.simulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jiuzhu.core.household.Household;
import org.jiuzhu.core.validation.Problem;
import org.jiuzhu.core.validation.ValidationException;

/**
 * Gathers microdata rows, read in order, into households — a new household begins where the
 * household id changes — and hands them out as a {@link HouseholdSource.Batch} whose households
 * are parsed ({@link Microdata#parse}) when first asked for, in the worker that evaluates
 * them. Used by the CSV and Parquet readers; not thread-safe (one reader thread).
 *
 * <p><b>Split households.</b> The rows of a household must be together. A reader that has
 * scanned the file's household ids first ({@link #splitIds}) passes the ids whose rows are split
 * apart: each such household is rejected whole — one defect, at its first row, naming where its
 * rows are — and none of its rows is counted. Without that scan, a household id met again after
 * another household is still refused (one defect at the later part), but its first part has
 * already been read as a household.
 *
 * @since 0.1.0
 */
public final class RowGrouper {
  private final String name;
  private final LocalDate date;
  private final Map<String, List<long[]>> split;
  private final Microdata.KnownRegions regions;
  private final Set<String> seen = new HashSet<>();
  private final Set<String> reported = new HashSet<>();
  private List<List<Microdata.Row>> groups = new ArrayList<>();
  private List<Long> firstRows = new ArrayList<>();
  private List<List<Microdata.Defect>> rowDefects = new ArrayList<>();
  private List<Microdata.Row> pending = new ArrayList<>();
  private List<Microdata.Defect> pendingDefects;
  private String pendingId;
  private long pendingRow;
  private long lastRow;

  /** A grouper of the rows of file {@code name}, for a simulation on {@code date}. */
  public RowGrouper(String name, LocalDate date) {
    this(name, date, Map.of());
  }

  /**
   * A grouper that rejects whole the households of {@code split} (ids → the row ranges of
   * their parts, {first, last}, as {@link #splitIds} finds them).
   */
  public RowGrouper(String name, LocalDate date, Map<String, List<long[]>> split) {
    this(name, date, split, null);
  }

  /**
   * A grouper that also refuses, as a defect of the household's first row (column {@code region}),
   * a household whose region {@code regions} does not know (null: every region read is taken).
   */
  public RowGrouper(String name, LocalDate date, Map<String, List<long[]>> split, Microdata.KnownRegions regions) {
    this.name = name;
    this.date = date;
    this.split = split;
    this.regions = regions;
  }

  /**
   * The household ids of a file whose rows are not together, each with the row ranges of its
   * parts ({first row, last row}), from the file's household column in order.
   */
  public static Map<String, List<long[]>> splitIds(Iterable<Map.Entry<Long, String>> idsByRow) {
    Map<String, List<long[]>> parts = new HashMap<>();
    Map<String, List<long[]>> out = new java.util.LinkedHashMap<>();
    String current = null;
    long[] range = null;
    for (Map.Entry<Long, String> e : idsByRow) {
      String id = e.getValue() == null ? "" : e.getValue();
      if (!id.equals(current)) {
        current = id;
        range = new long[] {e.getKey(), e.getKey()};
        List<long[]> p = parts.computeIfAbsent(id, k -> new ArrayList<>(1));
        p.add(range);
        if (p.size() == 2) {
          out.put(id, p);
        }
      } else {
        range[1] = e.getKey();
      }
    }
    return out;
  }

  /** Adds row number {@code row} of household {@code householdId}. */
  public void add(String householdId, long row, Microdata.Row r) {
    add(householdId, row, r, null);
  }

  /** Adds row number {@code row} of household {@code householdId}, with defects the reader found in the row itself (or null). */
  public void add(String householdId, long row, Microdata.Row r, List<Microdata.Defect> defects) {
    lastRow = row;
    if (pendingId != null && !pendingId.equals(householdId)) {
      finishHousehold();
    }
    if (pending.isEmpty()) {
      pendingId = householdId;
      pendingRow = row;
    }
    pending.add(r);
    if (defects != null && !defects.isEmpty()) {
      if (pendingDefects == null) {
        pendingDefects = new ArrayList<>();
      }
      pendingDefects.addAll(defects);
    }
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
    String id = pendingId == null ? "" : pendingId;
    List<long[]> parts = split.get(id);
    boolean again = !seen.add(id) && !id.isEmpty();
    if (parts != null || again) {
      // a household whose rows are split apart: rejected whole, once, at its first part
      if (reported.add(id)) {
        org.jiuzhu.core.text.Text where = parts == null
            ? Microdata.t("microdata.what.split.after", id, Long.toString(pendingRow), Long.toString(lastRowOfPending()))
            : Microdata.t("microdata.what.split", id, ranges(parts));
        Microdata.Defect d = Microdata.Defect.of(pendingRow, "household", id, Microdata.t("microdata.expected.together"), where)
            .in(id, "");
        groups.add(List.of());
        firstRows.add(pendingRow);
        rowDefects.add(List.of(d));
      }
    } else {
      groups.add(pending);
      firstRows.add(pendingRow);
      rowDefects.add(pendingDefects);
    }
    pending = new ArrayList<>();
    pendingDefects = null;
    pendingId = null;
  }

  private long lastRowOfPending() {
    return lastRow;
  }

  /** The row ranges of a household's parts, as a list argument of a text ({@code [4, 7-9]} / {@code 4、7-9}). */
  private static List<String> ranges(List<long[]> parts) {
    List<String> s = new ArrayList<>();
    for (long[] p : parts) {
      s.add(p[0] == p[1] ? Long.toString(p[0]) : p[0] + "-" + p[1]);
    }
    return s;
  }

  /** The complete households gathered so far, as a batch; the grouper starts a new one. */
  public HouseholdSource.Batch batch() {
    List<List<Microdata.Row>> g = groups;
    List<Long> rows = firstRows;
    List<List<Microdata.Defect>> extra = rowDefects;
    groups = new ArrayList<>();
    firstRows = new ArrayList<>();
    rowDefects = new ArrayList<>();
    Microdata.Parsed[] parsed = new Microdata.Parsed[g.size()];
    return new HouseholdSource.Batch() {
      @Override
      public int size() {
        return g.size();
      }

      private Microdata.Parsed parsed(int i) {
        if (parsed[i] == null) {
          List<Microdata.Defect> all = extra.get(i) == null ? new ArrayList<>() : new ArrayList<>(extra.get(i));
          Microdata.Parsed p = g.get(i).isEmpty() ? new Microdata.Parsed(null, null) : Microdata.parse(g.get(i), rows.get(i), date);
          if (p.household() != null && regions != null && !regions.known().test(p.household().household().region())) {
            // a region the policy does not know: a problem of the row like any other, not the end of the run
            p = new Microdata.Parsed(null, List.of(Microdata.Defect.of(rows.get(i), "region", p.household().household().region().toString(),
                Microdata.t("microdata.expected.region.known", regions.codes()))));
          }
          if (p.defects() != null) {
            // a row the reader could not split into the header's fields is reported once, not cell by cell
            Set<Long> broken = new HashSet<>();
            all.forEach(d -> broken.add(d.row()));
            p.defects().stream().filter(d -> !broken.contains(d.row())).forEach(all::add);
          }
          if (all.isEmpty()) {
            parsed[i] = p;
          } else {
            all.sort(java.util.Comparator.comparingLong(Microdata.Defect::row));
            // each defect names its household and member; the household's other rows are left out with it, each named
            List<Microdata.Row> members = g.get(i);
            long first = rows.get(i);
            List<Microdata.Defect> placed = new ArrayList<>();
            Set<Long> bad = new HashSet<>();
            for (Microdata.Defect d : all) {
              int k = (int) (d.row() - first);
              Microdata.Row r = k >= 0 && k < members.size() ? members.get(k) : null;
              placed.add(d.household().isEmpty() && r != null ? d.in(r.get("household"), r.get("member")) : d);
              bad.add(d.row());
            }
            for (int k = 0; k < members.size(); k++) {
              if (!bad.contains(first + k)) {
                Microdata.Row r = members.get(k);
                String id = r.get("household");
                String member = r.get("member");
                placed.add(Microdata.Defect.leftOut(first + k, id == null ? "" : id, member == null ? "" : member));
              }
            }
            // in the order of the file: a row's problems, then the rows left out, by row (stable)
            placed.sort(java.util.Comparator.comparingLong(Microdata.Defect::row));
            parsed[i] = new Microdata.Parsed(null, placed);
          }
        }
        return parsed[i];
      }

      @Override
      public List<Microdata.Defect> defects(int i) {
        return parsed(i).defects();
      }

      private Microdata.Weighted ok(int i) {
        Microdata.Parsed p = parsed(i);
        if (p.defects() != null) {
          List<Problem> ps = new ArrayList<>();
          for (Microdata.Defect d : p.defects()) {
            if (!d.leftOut()) {
              ps.add(d.problem());
            }
          }
          throw new ValidationException(Microdata.t("microdata.subject", name), ps);
        }
        return p.household();
      }

      @Override
      public Household get(int i) {
        return ok(i).household();
      }

      @Override
      public long weight(int i) {
        BigDecimal w = ok(i).weight();
        return w.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
      }

      @Override
      public BigDecimal decimalWeight(int i) {
        return ok(i).weight();
      }
    };
  }

  /** The file's name, for messages. */
  public String name() {
    return name;
  }
}
