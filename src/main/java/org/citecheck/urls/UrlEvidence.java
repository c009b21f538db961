package org.citecheck.urls;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the whole document says about a hyphen at a line break inside a URL: the words it prints
 * (a typesetter's hyphen splits one of them, "compromis-" + "es"), and the document's text, where
 * the same URL may be printed again on one line, with or without that hyphen.
 */
public final class UrlEvidence {

  /** No document around the note (tests, one-line notes): no evidence either way. */
  public static final UrlEvidence NONE = new UrlEvidence(Map.of(), "");

  private final Map<String, Integer> words;
  private final String text;

  private UrlEvidence(Map<String, Integer> words, String text) {
    this.words = words;
    this.text = text;
  }

  public static UrlEvidence of(List<String> lines) {
    Map<String, Integer> words = new HashMap<>();
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      String lower = line.toLowerCase(Locale.ROOT);
      text.append(lower).append('\n');
      int i = 0;
      while (i < lower.length()) {
        if (!Character.isLetter(lower.charAt(i))) {
          i++;
          continue;
        }
        int start = i;
        while (i < lower.length() && Character.isLetter(lower.charAt(i))) {
          i++;
        }
        // A word that ends a line with a hyphen may be a fragment: it is no evidence of a word.
        boolean broken = i < lower.length() && lower.charAt(i) == '-' && i + 1 == lower.length();
        if (!broken) {
          words.merge(lower.substring(start, i), 1, Integer::sum);
        }
      }
    }
    return new UrlEvidence(words, text.toString());
  }

  /**
   * Whether the hyphen between {@code left} (the URL up to the hyphen, hyphen excluded) and
   * {@code right} (what follows the break) was put there by the typesetter. True when the same
   * URL is printed elsewhere without it, or when the pieces join into a word the document uses
   * while one of them is no word of its own; false when the URL is printed elsewhere with the
   * hyphen, or when both pieces are words and their join is not.
   */
  Boolean typesetHyphen(String left, String right) {
    if (this == NONE) {
      return null;
    }
    String before = tail(left).toLowerCase(Locale.ROOT);
    String after = head(right).toLowerCase(Locale.ROOT);
    if (before.isEmpty() || after.isEmpty()) {
      return null;
    }
    String context = contextTail(left).toLowerCase(Locale.ROOT);
    String next = contextHead(right).toLowerCase(Locale.ROOT);
    if (context.length() + next.length() >= 8) {
      boolean joined = text.contains(context + next);
      boolean hyphenated = text.contains(context + "-" + next);
      if (joined != hyphenated) {
        return joined;
      }
    }
    boolean word = words.containsKey(before + after);
    boolean pieces = words.containsKey(before) && words.containsKey(after);
    if (word && !pieces) {
      return true;
    }
    if (pieces && !word) {
      return false;
    }
    boolean breakable = Hyphenation.english().allows(before + after, before.length());
    if (breakable && !pieces) {
      // where a typesetter may hyphenate the joined word, and the pieces are not both words
      return true;
    }
    if (!breakable && (before.length() < 2 || after.length() < 3 || pieces)) {
      // no typesetter breaks a word there ("what-is-a-" + "gpu")
      return false;
    }
    return null;
  }

  /** The letters that end {@code s}. */
  private static String tail(String s) {
    int start = s.length();
    while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
      start--;
    }
    return s.substring(start);
  }

  /** The letters that start {@code s}. */
  private static String head(String s) {
    int end = 0;
    while (end < s.length() && Character.isLetter(s.charAt(end))) {
      end++;
    }
    return s.substring(0, end);
  }

  /** The end of the URL since its last slash or dot, as it would be printed on one line. */
  private static String contextTail(String s) {
    int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('.'));
    return s.substring(cut + 1);
  }

  private static String contextHead(String s) {
    int end = 0;
    while (end < s.length() && "/?#&=".indexOf(s.charAt(end)) < 0 && !Character.isWhitespace(s.charAt(end))
        && (s.charAt(end) != '.' || end + 1 < s.length() && Character.isLetterOrDigit(s.charAt(end + 1)))) {
      end++;
    }
    return s.substring(0, end);
  }
}
