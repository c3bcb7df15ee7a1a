package org.jiuzhu.benchmarks.comparison;

import java.util.Arrays;

/**
 * The outcome and monthly amount of the three programmes for every household of a pool, by pool
 * index: what each implementation writes, and what the equality check compares. One per thread.
 */
public final class Results {
  public static final byte INELIGIBLE = 0;
  public static final byte ELIGIBLE = 1;
  public static final byte NEEDS_REVIEW = 2;

  public final byte[] dibao;
  public final long[] dibaoFen;
  public final byte[] marginal;
  public final byte[] single;
  public final long[] singleFen;

  public Results(int size) {
    dibao = new byte[size];
    dibaoFen = new long[size];
    marginal = new byte[size];
    single = new byte[size];
    singleFen = new long[size];
  }

  /** Sets households {@code from} to {@code to} (exclusive) ineligible for all three, with no amount. */
  public void clear(int from, int to) {
    Arrays.fill(dibao, from, to, INELIGIBLE);
    Arrays.fill(dibaoFen, from, to, 0L);
    Arrays.fill(marginal, from, to, INELIGIBLE);
    Arrays.fill(single, from, to, INELIGIBLE);
    Arrays.fill(singleFen, from, to, 0L);
  }

  // called from the Drools rules' consequences
  public void dibao(int i, long fen) {
    dibao[i] = ELIGIBLE;
    dibaoFen[i] = fen;
  }

  public void marginal(int i) {
    marginal[i] = ELIGIBLE;
  }

  /** Adds one member's 单人户 share. */
  public void single(int i, long shareFen) {
    single[i] = ELIGIBLE;
    singleFen[i] += shareFen;
  }

  /** A checksum of households {@code from} to {@code to}, so that no implementation's work is dead code. */
  public long sum(int from, int to) {
    long s = 0;
    for (int i = from; i < to; i++) {
      s += dibaoFen[i] + singleFen[i] + dibao[i] + 2 * marginal[i] + 4 * single[i];
    }
    return s;
  }
}
