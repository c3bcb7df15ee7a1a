package org.jiuzhu.rules.batch;

import java.util.Arrays;
import org.jiuzhu.core.eligibility.DecisionLevel;
import org.jiuzhu.core.eligibility.Outcome;

/**
 * The rulebook's decisions for a {@link HouseholdBatch}, in primitive columns: per household and
 * programme (in the order of {@link org.jiuzhu.rules.cn.CnRulebook#PROGRAMMES}) the outcome, the
 * monthly and one-off amounts in fen, the decision level, the review-reason code and the members
 * given a share (as a bit set of their indexes in the household, for members 0 to 63); per
 * household the parameter fingerprint. Written by
 * {@link org.jiuzhu.rules.cn.CnRulebook#evaluateFast(HouseholdBatch, java.time.LocalDate, BatchResult)}
 * without allocating; reusable across batches (it grows to the batch's size).
 *
 * <p>The same decisions as {@link org.jiuzhu.rules.cn.CnRulebook#evaluate}: outcomes and amounts
 * to the fen. The share amounts, dates and explanations are not kept here: a caseworker's view of one
 * household comes from {@code evaluate}.
 *
 * @since 0.2.0
 */
public final class BatchResult {
  /** Programmes per household. */
  public static final int PROGRAMMES = 6;

  /** No review reason. */
  public static final int REVIEW_NONE = 0;
  /** 特困: facts needed for the decision are missing (a supporter's income, the self-care assessment, the placement). */
  public static final int REVIEW_TEKUN_MISSING_FACTS = 1;
  /** 临时救助: the loss of a sudden event is not assessed. */
  public static final int REVIEW_TEMPORARY_LOSS_UNASSESSED = 2;
  /** 临时救助: the need exceeds the cap. */
  public static final int REVIEW_TEMPORARY_ABOVE_CAP = 3;
  /** 低保, 单人户低保, 低保边缘: the household's income records all end before the reference window. */
  public static final int REVIEW_INCOME_BEFORE_WINDOW = 4;

  /** The {@code situation} each review code stands for (index = code). */
  private static final String[] SITUATIONS = {"", "tekun.missing-facts", "temporary.loss-unassessed", "temporary.above-cap", "income.before-window"};

  /** 临时救助 kind: none. */
  public static final int KIND_NONE = 0;
  /** 临时救助 kind: emergency (急难型). */
  public static final int KIND_EMERGENCY = 1;
  /** 临时救助 kind: expenditure (支出型). */
  public static final int KIND_EXPENDITURE = 2;

  private static final Outcome[] OUTCOMES = Outcome.values();
  private static final DecisionLevel[] LEVELS = DecisionLevel.values();

  private int size;
  /** Per cell: the outcome's ordinal, the level's ordinal (or -1) and the review code, a byte each (one store per decision). */
  private int[] codes = new int[0];
  private long[] monthly = new long[0];
  private long[] oneOff = new long[0];
  private long[] members = new long[0];
  private int[] spec = new int[0];
  private byte[] temporaryKind = new byte[0];
  private String[] fingerprints = new String[0];

  /** An empty result. */
  public BatchResult() {}

  /** Makes room for {@code households} and sets the size (called by the rulebook); the fingerprints are copied. */
  public void reset(int households, String[] fingerprintsBySpec) {
    int cells = households * PROGRAMMES;
    if (codes.length < cells) {
      int c = Math.max(cells, codes.length * 2);
      codes = new int[c];
      monthly = new long[c];
      oneOff = new long[c];
      members = new long[c];
    }
    if (spec.length < households) {
      int c = Math.max(households, spec.length * 2);
      spec = new int[c];
      temporaryKind = new byte[c];
    }
    this.size = households;
    if (fingerprints.length < fingerprintsBySpec.length) {
      fingerprints = new String[Math.max(fingerprintsBySpec.length, 2 * fingerprints.length)];
    }
    System.arraycopy(fingerprintsBySpec, 0, fingerprints, 0, fingerprintsBySpec.length);
  }

  /** Writes one programme's decision (called by the rulebook). */
  public void set(int household, int programme, int outcomeOrdinal, long monthlyFen, long oneOffFen, int levelOrdinal,
      int reviewCode) {
    int c = household * PROGRAMMES + programme;
    codes[c] = (outcomeOrdinal & 0xFF) | (levelOrdinal & 0xFF) << 8 | (reviewCode & 0xFF) << 16;
    monthly[c] = monthlyFen;
    oneOff[c] = oneOffFen;
  }

  /**
   * Writes the members given a share of one programme's decision, as a bit set of member indexes
   * (called by the rulebook after {@link #set}; members from 64 on are not recorded).
   */
  public void setMembers(int household, int programme, long memberBits) {
    members[household * PROGRAMMES + programme] = memberBits;
  }

  /**
   * The members given a share of {@code programme} (低保's members, 单人户's member, 特困's members),
   * as a bit set of their indexes in the household; 0 for a programme decided for the household as a
   * whole or not granted. Only members 0 to 63 are recorded.
   */
  public long memberBits(int household, int programme) {
    return members[cell(household, programme)];
  }

  /** Writes the household's spec index and 临时救助 kind (called by the rulebook). */
  public void setHousehold(int household, int specIndex, int kind) {
    spec[household] = specIndex;
    temporaryKind[household] = (byte) kind;
  }

  /** Households in the result. */
  public int size() {
    return size;
  }

  /** The outcome of {@code programme} (its index in {@code CnRulebook.PROGRAMMES}) for {@code household}. */
  public Outcome outcome(int household, int programme) {
    return OUTCOMES[(byte) codes[cell(household, programme)]];
  }

  /** The outcome's ordinal (no object), for aggregation. */
  public int outcomeOrdinal(int household, int programme) {
    return (byte) codes[cell(household, programme)];
  }

  /** The monthly amount in fen (0 unless eligible). */
  public long monthlyFen(int household, int programme) {
    return monthly[cell(household, programme)];
  }

  /** The one-off amount in fen (0 unless eligible). */
  public long oneOffFen(int household, int programme) {
    return oneOff[cell(household, programme)];
  }

  /** The decision level, or -1 when none is set. */
  public int levelOrdinal(int household, int programme) {
    return (byte) (codes[cell(household, programme)] >> 8);
  }

  /** The decision level, or null when none is set. */
  public DecisionLevel level(int household, int programme) {
    int l = (byte) (codes[cell(household, programme)] >> 8);
    return l < 0 ? null : LEVELS[l];
  }

  /** The review-reason code ({@code REVIEW_*}). */
  public int reviewCode(int household, int programme) {
    return (byte) (codes[cell(household, programme)] >> 16);
  }

  /** The situation id of a review code ({@code "tekun.missing-facts"} ...), empty for none. */
  public static String situation(int reviewCode) {
    return SITUATIONS[reviewCode];
  }

  /** The review code of a situation id ({@code REVIEW_NONE} for an empty or unknown one): the inverse of {@link #situation}. */
  public static int reviewCodeOf(String situation) {
    for (int k = 1; k < SITUATIONS.length; k++) {
      if (SITUATIONS[k].equals(situation)) {
        return k;
      }
    }
    return REVIEW_NONE;
  }

  /** The 临时救助 kind ({@code KIND_*}). */
  public int temporaryKind(int household) {
    check(household);
    return temporaryKind[household];
  }

  /** The parameter fingerprint the household was decided on (no allocation: one string per region). */
  public String fingerprint(int household) {
    check(household);
    return fingerprints[spec[household]];
  }

  private void check(int household) {
    if (household < 0 || household >= size) {
      throw new IndexOutOfBoundsException("household " + household + " of " + size);
    }
  }

  private int cell(int household, int programme) {
    check(household);
    if (programme < 0 || programme >= PROGRAMMES) {
      throw new IndexOutOfBoundsException("programme " + programme + " of " + PROGRAMMES);
    }
    return household * PROGRAMMES + programme;
  }

  @Override
  public String toString() {
    return "BatchResult[" + size + " households]" + (size == 0 ? "" : Arrays.toString(Arrays.stream(Arrays.copyOf(codes, PROGRAMMES)).map(c -> (byte) c).toArray()));
  }
}
