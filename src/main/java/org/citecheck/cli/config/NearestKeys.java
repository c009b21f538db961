package org.citecheck.cli.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The keys a misspelt key was probably meant to be: those within a few typing errors of it, or of
 * their last words, so that "concurency" finds both "host-concurrency" and "max-concurrency".
 */
final class NearestKeys {

  private NearestKeys() {}

  /** The closest keys, best first, at most three; empty when none is close. */
  static List<String> to(String wrong, Collection<String> keys) {
    if (wrong.length() > 64) {
      return List.of(); // no option is named anything this long; spare the quadratic work
    }
    int allowed = Math.max(1, Math.min(3, wrong.length() / 4));
    int best = Integer.MAX_VALUE;
    List<String> nearest = new ArrayList<>();
    for (String key : keys) {
      int score = score(wrong, key, allowed);
      if (score < 0) {
        continue;
      }
      if (score < best) {
        best = score;
        nearest.clear();
      }
      if (score == best && nearest.size() < 3) {
        nearest.add(key);
      }
    }
    return nearest;
  }

  /**
   * Twice the edits to the whole key, or twice the edits to its last words plus one (so that
   * "timout" is "timeout" before "read-timeout"); -1 when neither is within the edits allowed.
   */
  private static int score(String wrong, String key, int allowed) {
    int whole = distance(wrong, key);
    int end = Integer.MAX_VALUE;
    for (int dash = key.indexOf('-'); dash >= 0; dash = key.indexOf('-', dash + 1)) {
      end = Math.min(end, distance(wrong, key.substring(dash + 1)));
    }
    if (whole <= allowed && whole <= end) {
      return 2 * whole;
    }
    return end <= allowed ? 2 * end + 1 : -1;
  }

  /** Edits (insert, delete, replace, swap two neighbours) from one text to the other. */
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
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
