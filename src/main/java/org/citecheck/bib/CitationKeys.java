package org.citecheck.bib;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Citation keys: the first author's family name (with its particle: "dewaal"), or an issuing body's
 * first significant word, or the container's when there is no author; then the year; then the
 * title's first significant word; all folded to lower-case ASCII. Keys that collide all get a
 * letter suffix (a, b, ... in note order), so a key depends only on the input, never on a run.
 */
final class CitationKeys {

  /** Words skipped when looking for a title's or a body's first significant word. */
  private static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "the", "and", "or", "of", "on", "in", "at", "to", "for", "from", "by", "with",
          "as", "is", "are", "was", "its", "it", "this", "that", "le", "la", "les", "l", "el",
          "los", "las", "der", "die", "das", "und");

  /** A key part longer than this is cut: keys stay typeable. */
  private static final int MAX_PART = 20;

  private CitationKeys() {}

  /** The key before collisions are resolved. */
  static String base(List<Name> authors, String container, String date, String title) {
    String who = "";
    if (!authors.isEmpty()) {
      Name first = authors.get(0);
      who =
          first.organisation()
              ? firstSignificantWord(first.family())
              : AsciiFolder.fold(first.fullFamily());
    }
    if (who.isEmpty()) {
      who = firstSignificantWord(container);
    }
    if (who.isEmpty()) {
      who = "anon";
    }
    String year = date == null || date.length() < 4 ? "" : date.substring(0, 4);
    return cut(who) + year + cut(firstSignificantWord(title));
  }

  /**
   * Makes keys unique: every member of a colliding group gets a, b, c... in list order, skipping a
   * suffixed key that another source already has as its own ("smith2020b" from a title "B...").
   */
  static List<String> unique(List<String> bases) {
    Map<String, Integer> counts = new HashMap<>();
    for (String base : bases) {
      counts.merge(base, 1, Integer::sum);
    }
    Set<String> taken = new HashSet<>(bases);
    Map<String, Integer> next = new HashMap<>();
    List<String> keys = new ArrayList<>();
    for (String base : bases) {
      if (counts.get(base) == 1) {
        keys.add(base);
        continue;
      }
      String key;
      do {
        key = base + suffix(next.merge(base, 1, Integer::sum) - 1);
      } while (taken.contains(key));
      taken.add(key);
      keys.add(key);
    }
    return keys;
  }

  /** 0 gives "a", 25 "z", 26 "aa": as many letters as needed. */
  static String suffix(int index) {
    StringBuilder letters = new StringBuilder();
    int value = index;
    do {
      letters.insert(0, (char) ('a' + value % 26));
      value = value / 26 - 1;
    } while (value >= 0);
    return letters.toString();
  }

  private static String firstSignificantWord(String text) {
    if (text == null) {
      return "";
    }
    String first = "";
    for (String word : text.split("[\\s\\p{Punct}\\p{Pd}«»“”‘’]+")) {
      String folded = AsciiFolder.fold(word);
      if (folded.isEmpty()) {
        continue;
      }
      if (first.isEmpty()) {
        first = folded;
      }
      if (!STOP_WORDS.contains(folded)) {
        return folded;
      }
    }
    return first;
  }

  private static String cut(String part) {
    return part.length() > MAX_PART ? part.substring(0, MAX_PART) : part;
  }
}
