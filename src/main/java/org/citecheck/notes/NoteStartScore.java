package org.citecheck.notes;

import java.util.regex.Pattern;

/**
 * How likely an unnumbered line is to start a new note rather than continue the previous one. The
 * score only ranks lines: how many become notes is decided by the gaps in the printed numbering.
 */
final class NoteStartScore {

  /** Ends a sentence: ". ", "?" or "!", possibly followed by closing quotes or brackets. */
  private static final Pattern TERMINAL_END = Pattern.compile("[.!?][\"”’')\\]]*$");

  /** The last word of a line that cannot end a sentence. */
  private static final Pattern OPEN_END =
      Pattern.compile("(?i)(?:^|\\s)(and|or|of|the|a|an|in|on|at|to|for|by|with|from|see|cf\\.?)$");

  private NoteStartScore() {}

  static int score(String previous, NoteLine line, boolean bulletsInUse) {
    int score = 0;
    String body = line.body();
    if (body.isEmpty()) {
      return -10;
    }
    int first = body.codePointAt(0);
    if (Character.isLowerCase(first)) {
      score -= 4;
    } else if (Character.isUpperCase(first) || "\"“‘'«„([".indexOf(first) >= 0) {
      score += 1;
    }
    String prev = previous == null ? "" : previous.strip();
    if (!prev.isEmpty()) {
      char last = prev.charAt(prev.length() - 1);
      if (TERMINAL_END.matcher(prev).find()) {
        score += 2;
      } else if (last == '-' || last == '‐') {
        score -= 4;
      } else if (",;:(/&=_".indexOf(last) >= 0) {
        score -= 3;
      } else {
        score -= 2;
      }
      if (OPEN_END.matcher(prev).find()) {
        score -= 2;
      }
    }
    if (line.bullet() && bulletsInUse) {
      score += 1;
    }
    return score;
  }
}
