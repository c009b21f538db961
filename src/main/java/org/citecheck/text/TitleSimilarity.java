package org.citecheck.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Scores how alike two titles are (a cited title and a page's, a note's and a Crossref match's),
 * from 0 (nothing shared) to 1 (the same words): the Sørensen–Dice coefficient over character
 * bigrams of both titles, normalised (case, accents, punctuation). Bigrams tolerate word order,
 * small edits and scripts without spaces. Pages often append their site's name ("Title | Site"), so
 * each segment split at such a separator is scored too and the best score wins.
 */
public final class TitleSimilarity {

  private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+[|–—:·•-]\\s+|\\s+::\\s+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private TitleSimilarity() {}

  public static double score(String cited, String live) {
    String wanted = normalise(cited);
    if (wanted.isEmpty()) {
      return 0;
    }
    double best = dice(wanted, normalise(live));
    for (String segment : SITE_SEPARATOR.split(live)) {
      best = Math.max(best, dice(wanted, normalise(segment)));
    }
    return Math.round(best * 1000) / 1000.0;
  }

  public static String normalise(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    return NOT_WORD.matcher(bare).replaceAll(" ").trim();
  }

  private static double dice(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    if (a.equals(b)) {
      return 1;
    }
    Map<String, Integer> left = bigrams(a);
    Map<String, Integer> right = bigrams(b);
    int shared = 0;
    for (Map.Entry<String, Integer> entry : left.entrySet()) {
      shared += Math.min(entry.getValue(), right.getOrDefault(entry.getKey(), 0));
    }
    int total =
        left.values().stream().mapToInt(Integer::intValue).sum()
            + right.values().stream().mapToInt(Integer::intValue).sum();
    return total == 0 ? 0 : 2.0 * shared / total;
  }

  private static Map<String, Integer> bigrams(String text) {
    Map<String, Integer> counts = new HashMap<>();
    if (text.length() == 1) {
      counts.put(text, 1);
      return counts;
    }
    for (int i = 0; i + 2 <= text.length(); i++) {
      counts.merge(text.substring(i, i + 2), 1, Integer::sum);
    }
    return counts;
  }
}
