package dev.precommit.config;

import java.util.Collection;
import java.util.Optional;

/**
 * The known name a misspelling most likely meant: the one at the smallest edit distance
 * (insertions, deletions, substitutions and swaps of two neighbours, each counting 1), and only
 * when that distance is small for the word's length, so unrelated names are never suggested.
 */
public final class NearestName {
  private NearestName() {}

  /** The name in {@code known} closest to {@code typed}, if it is close enough to suggest. */
  public static Optional<String> to(String typed, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String name : known) {
      int distance = distance(typed, name);
      if (distance < bestDistance) {
        best = name;
        bestDistance = distance;
      }
    }
    if (best == null || bestDistance == 0 || bestDistance > allowed(typed, best)) {
      return Optional.empty();
    }
    return Optional.of(best);
  }

  /** One edit for short words, two from 6 characters, three from 12. */
  private static int allowed(String typed, String name) {
    int length = Math.min(typed.length(), name.length());
    return length < 6 ? 1 : length < 12 ? 2 : 3;
  }

  /** Optimal string alignment distance (Damerau-Levenshtein without repeated edits). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[a.length()][b.length()];
  }
}
