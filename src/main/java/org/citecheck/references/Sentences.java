package org.citecheck.references;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences at ". ", "? " and "! " followed by a capital, a quote or a bracket,
 * never inside quotes, brackets or URLs, and never after an abbreviation or an initial.
 */
final class Sentences {

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "e.g", "i.e", "cf", "vol", "vols", "no", "nos", "nr", "pp", "p", "ed", "eds", "trans",
          "dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp", "jan",
          "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "al",
          "approx", "ca", "c", "ch", "fig", "op", "cit", "vs", "univ", "dept", "gov", "rev", "hon",
          "gen", "col", "lt", "capt", "sgt", "amb", "repr", "art", "para", "sec", "s", "u.s", "u.k",
          "u.n", "etc", "esp", "viz", "hrsg", "bd", "ff", "f", "n", "nn", "chap", "pt", "ibid",
          "id", "loc", "supra");

  /** "U.S", "e.g": letters joined by dots. */
  private static final java.util.regex.Pattern DOTTED =
      java.util.regex.Pattern.compile("(\\p{L}\\.)+\\p{L}");

  private Sentences() {}

  /** Sentence ranges [start, end) inside [from, to), each trimmed of surrounding spaces. */
  static List<int[]> split(
      String text, int from, int to, CleanText clean, List<Quotes.Span> quotes) {
    List<int[]> sentences = new ArrayList<>();
    int start = from;
    int depth = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      }
      boolean quoted = Quotes.inside(quotes, i) && !endsQuote(quotes, i);
      if (depth > 0 || ".?!".indexOf(c) < 0 || clean.insideUrl(i) || quoted) {
        continue;
      }
      int after = i + 1;
      while (after < to && "\"”’'»)]".indexOf(text.charAt(after)) >= 0) {
        after++;
      }
      if (after >= to || text.charAt(after) != ' ' || after + 1 >= to) {
        continue;
      }
      int next = text.codePointAt(after + 1);
      boolean opensSentence =
          Character.isUpperCase(next) || Character.isDigit(next) || "\"“‘'«„".indexOf(next) >= 0;
      if (!opensSentence || (c == '.' && abbreviation(text, start, i))) {
        continue;
      }
      add(sentences, text, start, after);
      start = after + 1;
    }
    add(sentences, text, start, to);
    return sentences;
  }

  /** A quotation that ends a sentence ("...resolution." Robert...) ends at its closing quote. */
  private static boolean endsQuote(List<Quotes.Span> quotes, int i) {
    for (Quotes.Span quote : quotes) {
      if (quote.close() == i + 1) {
        return true;
      }
    }
    return false;
  }

  private static boolean abbreviation(String text, int sentenceStart, int dot) {
    int start = dot;
    while (start > sentenceStart
        && !Character.isWhitespace(text.charAt(start - 1))
        && text.charAt(start - 1) != '(') {
      start--;
    }
    while (start < dot && "\"“‘'(".indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    String word = text.substring(start, dot).toLowerCase(Locale.ROOT);
    if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
      return true;
    }
    return ABBREVIATIONS.contains(word) || DOTTED.matcher(word).matches();
  }

  private static void add(List<int[]> sentences, String text, int start, int end) {
    while (start < end && text.charAt(start) == ' ') {
      start++;
    }
    while (end > start && text.charAt(end - 1) == ' ') {
      end--;
    }
    if (end > start) {
      sentences.add(new int[] {start, end});
    }
  }
}
