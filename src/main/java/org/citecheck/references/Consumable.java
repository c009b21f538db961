package org.citecheck.references;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A source's text from which the parser takes parts one by one (URL, access date, title...). A
 * taken part is blanked, not removed, so offsets stay valid and the gap still separates fields.
 */
final class Consumable {

  static final char GAP = '\u0000';

  private static final java.util.Set<String> ABBREVIATIONS =
      java.util.Set.of(
          "ed", "eds", "vol", "no", "pp", "p", "trans", "dr", "mr", "mrs", "ms", "prof", "st", "jr",
          "sr", "al", "cf", "rev", "univ", "dept");

  private final StringBuilder text;
  private final String lower;

  Consumable(String text) {
    this.text = new StringBuilder(text);
    this.lower = text.toLowerCase(java.util.Locale.ROOT);
  }

  void take(int start, int end) {
    for (int i = Math.max(0, start); i < Math.min(end, text.length()); i++) {
      text.setCharAt(i, GAP);
    }
  }

  /**
   * Finds the first match in what is left, takes it, and returns it as it read before (or null).
   */
  MatchResult takeFirst(Pattern pattern) {
    if (!Patterns.possible(pattern, lower)) {
      return null;
    }
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      if (text.substring(matcher.start(), matcher.end()).indexOf(GAP) < 0
          && matcher.end() > matcher.start()) {
        MatchResult result = matcher.toMatchResult();
        take(matcher.start(), matcher.end());
        return result;
      }
    }
    return null;
  }

  boolean taken(int offset) {
    return offset >= 0 && offset < text.length() && text.charAt(offset) == GAP;
  }

  String remaining() {
    return text.toString();
  }

  /**
   * The fields left, split at top-level commas, at sentence ends and at taken parts, each with its
   * offset. Commas inside brackets do not split.
   */
  List<Field> fields() {
    List<Field> fields = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : GAP;
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      }
      boolean cut = c == GAP || depth == 0 && (c == ',' || c == ';' || sentenceEnd(i));
      if (cut) {
        add(fields, start, i);
        start = i + 1;
      }
    }
    return fields;
  }

  private boolean sentenceEnd(int i) {
    if (text.charAt(i) != '.' || i + 2 >= text.length() || text.charAt(i + 1) != ' ') {
      return false;
    }
    int wordStart = i;
    while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    if (i > 0 && Character.isDigit(text.charAt(i - 1))) {
      return false;
    }
    int length = i - wordStart;
    boolean initial = length == 1 && Character.isUpperCase(text.charAt(wordStart));
    String word = text.substring(wordStart, i).toLowerCase(java.util.Locale.ROOT);
    boolean abbreviation = length == 1 || ABBREVIATIONS.contains(word);
    return Character.isUpperCase(text.charAt(i + 2)) && !initial && !abbreviation;
  }

  private void add(List<Field> fields, int start, int end) {
    String raw = text.substring(start, end);
    String value = trimPunctuation(raw);
    if (!value.isEmpty()) {
      fields.add(new Field(value, start + raw.indexOf(raw.strip().isEmpty() ? raw : raw.strip())));
    }
  }

  /**
   * Strips spaces and field punctuation from both ends (a loop: a regex here dominated extraction
   * time).
   */
  private static String trimPunctuation(String raw) {
    int start = 0;
    int end = raw.length();
    while (start < end && ".:;, ".indexOf(raw.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && ".:;, ".indexOf(raw.charAt(end - 1)) >= 0) {
      end--;
    }
    return raw.substring(start, end).strip();
  }

  /** A field of the source: its text and offset. */
  record Field(String value, int start) {}
}
