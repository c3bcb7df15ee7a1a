package org.jiuzhu.rules.policyfile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The known names nearest to a mistyped one, by edit distance, for "did you mean" hints: of
 * parameter keys ({@link ParameterCatalog#closest}) and of command-line options and commands.
 *
 * @since 0.4.0
 */
public final class NearestNames {
  private NearestNames() {}

  /** Up to {@code count} of {@code names} closest to {@code typed}, nearest first (ties by name). */
  public static List<String> closest(Collection<String> names, String typed, int count) {
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(Comparator.comparingInt((String n) -> distance(n, typed)).thenComparing(n -> n));
    return sorted.subList(0, Math.min(count, sorted.size()));
  }

  /**
   * The first of {@code candidates} (in their order) nearest to {@code typed}, if it is within
   * {@code limit} edits.
   */
  public static Optional<String> nearest(Iterable<String> candidates, String typed, int limit) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(typed, c);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  /** The Levenshtein distance of {@code a} and {@code b}: the fewest insertions, deletions and changes. */
  public static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
