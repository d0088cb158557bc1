package dev.quire.dsl.internal;

import java.util.Collection;
import java.util.Optional;

/** Not API. "Did you mean …?": the closest known name within an edit distance of 2 (case-insensitive). */
public final class Suggestions {
  private Suggestions() {}

  /** The closest of {@code known} to {@code word}, if one is near enough. */
  public static Optional<String> closest(String word, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = distance(word.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return bestDistance <= 2 ? Optional.ofNullable(best) : Optional.empty();
  }

  /** " did you mean 'x'?" or "", to append to a message. */
  public static String didYouMean(String word, Collection<String> known) {
    return closest(word, known).map(name -> "; did you mean '" + name + "'?").orElse("");
  }

  /**
   * Edits (insert, delete, replace, swap two neighbours) that turn {@code a} into {@code b}: exact up
   * to 2, the distance suggestions use; past that, a number above 2 (the length difference when it
   * is more than 2, so a long misspelling is not compared with every known name at length).
   */
  public static int distance(String a, String b) {
    int lengths = Math.abs(a.length() - b.length());
    if (lengths > 2) {
      return lengths;
    }
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
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
