package org.jiuzhu.rules.catalogue;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import org.jiuzhu.core.eligibility.Outcome;
import org.jiuzhu.rules.batch.BatchResult;

/**
 * The whole catalogue's decisions (一件事一次办) for a {@link org.jiuzhu.rules.batch.HouseholdBatch},
 * in primitive columns: per household and programme of its region's catalogue (in catalogue order,
 * {@link #programmes}) the outcome, the members it goes to as a bit set of their indexes in the
 * household, the monthly, yearly and one-off amounts in fen, and whether it counts in the totals
 * ({@link CatalogueScreening#counted}); and the rulebook's own decisions ({@link #rulebook()}).
 * Written by {@link CatalogueScreener#screenFast(org.jiuzhu.rules.batch.HouseholdBatch,
 * java.time.LocalDate, CatalogueBatchResult)}; reusable across batches (it grows to the batch's size).
 *
 * <p>The same decisions and amounts as {@link CatalogueScreener#screenFast(org.jiuzhu.core.household.Household,
 * java.time.LocalDate)}, to the fen; reasons, near misses, details and notes are not kept (a
 * caseworker's view of one household comes from {@code screen}).
 *
 * @since 0.2.0
 */
public final class CatalogueBatchResult {
  private static final Outcome[] OUTCOMES = Outcome.values();
  private static final int COUNTED = 1 << 8;

  private final BatchResult rulebook = new BatchResult();
  private int size;
  private int width;
  private int[] offset = new int[0];
  private int[] spec = new int[0];
  private int[] count = new int[0];
  private boolean[] objectPath = new boolean[0];
  private int[] codes = new int[0];
  private long[] members = new long[0];
  private long[] monthly = new long[0];
  private long[] yearly = new long[0];
  private long[] oneOff = new long[0];
  private ImmutableList<CatalogueProgramme>[] programmes = newLists(4);

  /** An empty result. */
  public CatalogueBatchResult() {}

  @SuppressWarnings("unchecked")
  private static ImmutableList<CatalogueProgramme>[] newLists(int n) {
    return new ImmutableList[n];
  }

  /** Makes room for {@code households} of at most {@code programmesPerHousehold} programmes each. */
  void reset(int households, int programmesPerHousehold) {
    int cells = households * programmesPerHousehold;
    if (codes.length < cells) {
      int c = Math.max(cells, codes.length * 2);
      codes = new int[c];
      members = new long[c];
      monthly = new long[c];
      yearly = new long[c];
      oneOff = new long[c];
    }
    if (offset.length < households) {
      int c = Math.max(households, offset.length * 2);
      offset = new int[c];
      spec = new int[c];
      count = new int[c];
      objectPath = new boolean[c];
    }
    size = households;
    width = programmesPerHousehold;
  }

  /** The most programmes a household of the result has room for (set by {@link #reset}). */
  int width() {
    return width;
  }

  /** Sets the programme lists by spec index (called by the screener). */
  void programmes(int specIndex, ImmutableList<CatalogueProgramme> list) {
    if (programmes.length <= specIndex) {
      programmes = Arrays.copyOf(programmes, Math.max(specIndex + 1, programmes.length * 2));
    }
    programmes[specIndex] = list;
  }

  /** Row {@code row} of {@code from}, a result of the same batch and width, as it is. */
  void copyRow(CatalogueBatchResult from, int row) {
    if (from.width != width) {
      throw new IllegalStateException("result of width " + from.width + "; expected " + width);
    }
    offset[row] = from.offset[row];
    spec[row] = from.spec[row];
    count[row] = from.count[row];
    objectPath[row] = from.objectPath[row];
    int at = offset[row];
    int n = count[row];
    System.arraycopy(from.codes, at, codes, at, n);
    System.arraycopy(from.members, at, members, at, n);
    System.arraycopy(from.monthly, at, monthly, at, n);
    System.arraycopy(from.yearly, at, yearly, at, n);
    System.arraycopy(from.oneOff, at, oneOff, at, n);
  }

  void household(int row, int specIndex, boolean viaObject) {
    offset[row] = row * width;
    spec[row] = specIndex;
    count[row] = programmes[specIndex].size();
    objectPath[row] = viaObject;
  }

  void set(int row, int programme, Outcome outcome, long memberBits, long monthlyFen, long yearlyFen, long oneOffFen) {
    int c = offset[row] + programme;
    codes[c] = outcome.ordinal();
    members[c] = memberBits;
    monthly[c] = monthlyFen;
    yearly[c] = yearlyFen;
    oneOff[c] = oneOffFen;
  }

  void setCounted(int row, int programme) {
    codes[offset[row] + programme] |= COUNTED;
  }

  void setReview(int row, int programme, int reviewCode) {
    codes[offset[row] + programme] |= (reviewCode & 0xFF) << 16;
  }

  /** The rulebook's decisions for the same households (outcomes, amounts, levels, reviews, shares). */
  public BatchResult rulebook() {
    return rulebook;
  }

  /** Households in the result. */
  public int size() {
    return size;
  }

  /** The catalogue programmes of household {@code row}'s region, in the order of its cells. */
  public ImmutableList<CatalogueProgramme> programmes(int row) {
    check(row);
    return programmes[spec[row]];
  }

  /** Programmes of household {@code row}. */
  public int count(int row) {
    check(row);
    return count[row];
  }

  /**
   * Whether household {@code row} was screened through the object path (a member's medical bills,
   * which the reimbursement and then 支出型临时救助 read bill by bill, or more than 64 members): the
   * same decisions, taken from {@link CatalogueScreener#screenFast(org.jiuzhu.core.household.Household,
   * java.time.LocalDate)} on the household object the batch kept.
   */
  public boolean viaObject(int row) {
    check(row);
    return objectPath[row];
  }

  public Outcome outcome(int row, int programme) {
    return OUTCOMES[codes[cell(row, programme)] & 0xFF];
  }

  public boolean isEligible(int row, int programme) {
    return (codes[cell(row, programme)] & 0xFF) == Outcome.ELIGIBLE.ordinal();
  }

  /** Granted and counted in the totals: not the alternative of a programme granted too ({@link CatalogueScreening#counted}). */
  public boolean counted(int row, int programme) {
    return (codes[cell(row, programme)] & COUNTED) != 0;
  }

  /**
   * The situation of a rulebook programme's review ({@code "tekun.missing-facts"} ...,
   * {@link BatchResult#situation}), empty when it needs none or is a catalogue programme.
   */
  public String reviewSituation(int row, int programme) {
    return BatchResult.situation(codes[cell(row, programme)] >>> 16 & 0xFF);
  }

  /**
   * The members the programme goes to, as a bit set of their indexes in the household; 0 when it
   * goes to the household as a whole (or is not granted).
   */
  public long memberBits(int row, int programme) {
    return members[cell(row, programme)];
  }

  public long monthlyFen(int row, int programme) {
    return monthly[cell(row, programme)];
  }

  public long yearlyFen(int row, int programme) {
    return yearly[cell(row, programme)];
  }

  public long oneOffFen(int row, int programme) {
    return oneOff[cell(row, programme)];
  }

  private void check(int row) {
    if (row < 0 || row >= size) {
      throw new IndexOutOfBoundsException("household " + row + " of " + size);
    }
  }

  private int cell(int row, int programme) {
    check(row);
    if (programme < 0 || programme >= count[row]) {
      throw new IndexOutOfBoundsException("programme " + programme + " of " + count[row]);
    }
    return offset[row] + programme;
  }

  @Override
  public String toString() {
    return "CatalogueBatchResult[" + size + " households]";
  }
}
