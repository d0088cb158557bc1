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

  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
