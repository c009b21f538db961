package org.citecheck.references;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted spans: “...”, "...", «...», „...“, and ‘...’ or '...' when they are not apostrophes.
 * Titles in notes are usually quoted, and nothing inside quotes splits a note.
 */
final class Quotes {

  /** A quoted span; {@code open} and {@code close} are the offsets of the quote marks. */
  record Span(int open, int close) {
    int end() {
      return close + 1;
    }

    String inside(String text) {
      return text.substring(open + 1, close);
    }

    boolean contains(int offset) {
      return offset > open && offset < close;
    }
  }

  private Quotes() {}

  static List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int close = -1;
      if (c == '“' || c == '„') {
        close = indexOfAny(text, i + 1, "”“");
      } else if (c == '«') {
        close = text.indexOf('»', i + 1);
      } else if (c == '"') {
        close = text.indexOf('"', i + 1);
      } else if ((c == '‘' || c == '\'') && opensQuote(text, i)) {
        close = closingSingle(text, i + 1, c == '‘' ? '’' : '\'');
      }
      if (close > i) {
        spans.add(new Span(i, close));
        i = close + 1;
      } else {
        i++;
      }
    }
    return spans;
  }

  static boolean inside(List<Span> spans, int offset) {
    for (Span span : spans) {
      if (span.contains(offset)) {
        return true;
      }
    }
    return false;
  }

  private static boolean opensQuote(String text, int i) {
    boolean boundaryBefore = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    boolean letterAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    return boundaryBefore && letterAfter;
  }

  /** A closing single quote is one not followed by a letter (so "Lavrov's" is not a close). */
  private static int closingSingle(String text, int from, char close) {
    for (int j = from; j < text.length(); j++) {
      char c = text.charAt(j);
      if ((c == close || c == '’' || c == '\'')
          && (j + 1 >= text.length() || !Character.isLetter(text.charAt(j + 1)))) {
        return c == close || close == '’' ? j : -1;
      }
    }
    return -1;
  }

  private static int indexOfAny(String text, int from, String chars) {
    for (int j = from; j < text.length(); j++) {
      if (chars.indexOf(text.charAt(j)) >= 0) {
        return j;
      }
    }
    return -1;
  }
}
