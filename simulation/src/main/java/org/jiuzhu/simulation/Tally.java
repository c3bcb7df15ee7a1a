package org.jiuzhu.simulation;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rows of {@code width} longs keyed by a string or a pair of strings (a programme id, or a
 * programme id and a reason code), for {@link Aggregates}: an open-addressing table of the keys
 * and one flat {@code long[]} of the rows, so adding to a row costs a probe of the key's cached
 * hash and an identity (or equals) check — no map entry, no boxed value, no key made per
 * household. Rows are kept in the order their keys first came; the views sort them.
 */
final class Tally implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int width;
  /** Keys of each row, in order of first use. */
  private String[] first = new String[8];
  private String[] second = new String[8];
  private int rows;
  /** The rows, {@link #width} longs each. */
  long[] values;
  /** Open-addressing table: row index + 1, 0 for empty. */
  private int[] slots = new int[16];

  Tally(int width) {
    this.width = width;
    this.values = new long[8 * width];
  }

  /** Rows in the tally. */
  int size() {
    return rows;
  }

  /** The first key of row {@code r}. */
  String first(int r) {
    return first[r];
  }

  /** The second key of row {@code r} (null for single keys). */
  String second(int r) {
    return second[r];
  }

  private static int hash(String a, String b) {
    int h = a.hashCode() * 31 + (b == null ? 0 : b.hashCode());
    return h ^ (h >>> 16);
  }

  private static boolean same(String x, String y) {
    return x == y || x != null && x.equals(y);
  }

  /** The offset in {@link #values} of the row of {@code (a, b)}, or -1 when there is none. */
  int find(String a, String b) {
    int mask = slots.length - 1;
    for (int i = hash(a, b) & mask; ; i = (i + 1) & mask) {
      int s = slots[i];
      if (s == 0) {
        return -1;
      }
      if (same(first[s - 1], a) && same(second[s - 1], b)) {
        return (s - 1) * width;
      }
    }
  }

  /** The offset in {@link #values} of the row of {@code (a, b)} ({@code b} may be null), added as zeros when new. */
  int row(String a, String b) {
    int mask = slots.length - 1;
    int i = hash(a, b) & mask;
    for (; ; i = (i + 1) & mask) {
      int s = slots[i];
      if (s == 0) {
        break;
      }
      if (same(first[s - 1], a) && same(second[s - 1], b)) {
        return (s - 1) * width;
      }
    }
    if (rows == first.length) {
      first = Arrays.copyOf(first, rows * 2);
      second = Arrays.copyOf(second, rows * 2);
      values = Arrays.copyOf(values, rows * 2 * width);
    }
    first[rows] = a;
    second[rows] = b;
    rows++;
    slots[i] = rows;
    if (rows * 2 > slots.length) {
      rehash();
    }
    return (rows - 1) * width;
  }

  private void rehash() {
    slots = new int[slots.length * 2];
    int mask = slots.length - 1;
    for (int r = 0; r < rows; r++) {
      int i = hash(first[r], second[r]) & mask;
      while (slots[i] != 0) {
        i = (i + 1) & mask;
      }
      slots[i] = r + 1;
    }
  }

  /** Adds every row of {@code other} (of the same width) into this. */
  void merge(Tally other) {
    for (int r = 0; r < other.rows; r++) {
      int to = row(other.first[r], other.second[r]);
      int from = r * width;
      for (int k = 0; k < width; k++) {
        values[to + k] += other.values[from + k];
      }
    }
  }

  /** The same keys with the same rows, in any order. */
  boolean sameAs(Tally other) {
    if (rows != other.rows || width != other.width) {
      return false;
    }
    for (int r = 0; r < rows; r++) {
      int o = other.find(first[r], second[r]);
      if (o < 0 || !Arrays.equals(values, r * width, (r + 1) * width, other.values, o, o + width)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The rows as a sorted map, keyed by the first key or {@code first|second}; each row's figures
   * {@code from} (inclusive) to {@code to} passed through {@code unit}.
   */
  Map<String, long[]> view(int from, int to, java.util.function.LongUnaryOperator unit) {
    TreeMap<String, long[]> out = new TreeMap<>();
    for (int r = 0; r < rows; r++) {
      long[] v = Arrays.copyOfRange(values, r * width + from, r * width + to);
      for (int k = 0; k < v.length; k++) {
        v[k] = unit.applyAsLong(v[k]);
      }
      out.put(second[r] == null ? first[r] : first[r] + "|" + second[r], v);
    }
    return Collections.unmodifiableMap(out);
  }
}
