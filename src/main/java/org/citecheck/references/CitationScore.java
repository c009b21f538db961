package org.citecheck.references;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much a stretch of note text reads as a citation rather than commentary. Citations are short
 * runs of fields with a URL, a quoted title, a date, a publisher; commentary is prose. Three points
 * make a citation.
 */
final class CitationScore {

  static final int THRESHOLD = 3;

  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the", "a", "an", "of", "to", "that", "was", "were", "is", "are", "be", "been", "for",
          "by", "with", "which", "would", "have", "has", "had", "not", "but", "it", "its", "their",
          "they", "this", "these", "those", "as", "from", "on", "in", "and", "or", "who", "we",
          "our", "he", "she", "his", "her", "if", "than", "then", "when", "will", "can", "could",
          "should", "may");

  /** A title in quotes followed by a field: "Title", Site / "Title" (TR) / "Title." Site. */
  private static final Pattern QUOTED_TITLE =
      Pattern.compile(
          "[\"“«„][^\"”»“]{2,400}?(?:[.,]?[\"”»“][,:]|[\"”»“]\\s*[(\\[](?:TR|trans)|[.,][\"”»“]\\s+\\p{Lu})");

  private static final Pattern AUTHOR_START =
      Pattern.compile(
          "^(?:\\p{Lu}[\\p{L}'’\\-]+(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’\\-]+|de|van|von|al|bin|der|la|le|du)){1,4}|\\p{Lu}[\\p{L}'’\\-]+,\\s+\\p{Lu}[\\p{L}.]*)[,.(/]");

  private static final Pattern PLACE_PUBLISHER =
      Pattern.compile("\\p{Lu}[\\p{L} .]+:\\s*\\p{Lu}[^,]*");

  private CitationScore() {}

  static int score(String text, boolean hasUrl) {
    int score = 0;
    if (hasUrl) {
      score += 5;
    }
    if (Patterns.found(Patterns.CITED_ABOVE, text)
        || Patterns.found(Patterns.IBID, text)
        || Patterns.found(Patterns.OP_CIT, text)) {
      score += 5;
    }
    if (QUOTED_TITLE.matcher(text).find()) {
      score += 3;
    }
    if (Patterns.found(Patterns.TRANSLATED, text)) {
      score += 2;
    }
    if (Patterns.hasPublisher(text)
        || text.indexOf(':') > 0
            && text.contains(",")
            && PLACE_PUBLISHER.matcher(text).find()
            && Dates.first(text) != null) {
      score += 2;
    }
    if (Patterns.found(Patterns.RESOLUTION, text) || Patterns.found(Patterns.LETTER, text)) {
      score += 2;
    }
    boolean dated = !Dates.find(text).isEmpty();
    if (dated) {
      score += 1;
    }
    if (Patterns.found(Patterns.PAGES, text)) {
      score += 1;
    }
    Matcher author = AUTHOR_START.matcher(text);
    if (author.find() && text.indexOf(',') > 0) {
      score += 2;
    }
    if (socialMarker(text)) {
      score += 2;
    }
    return score - proseness(text);
  }

  /** Long runs of ordinary words are prose. */
  static int proseness(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    int count = 0;
    int function = 0;
    int i = 0;
    while (i < lower.length()) {
      while (i < lower.length() && !isWordChar(lower.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < lower.length() && isWordChar(lower.charAt(i))) {
        i++;
      }
      if (i > start) {
        count++;
        if (FUNCTION_WORDS.contains(lower.substring(start, i))) {
          function++;
        }
      }
    }
    int penalty = 0;
    if (count > 35) {
      penalty += 2;
    }
    if (count > 12 && function * 4 > count) {
      penalty += 2;
    }
    return penalty;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || c == '\'';
  }

  private static boolean socialMarker(String text) {
    for (String field : text.split(",")) {
      if (Patterns.SOCIAL.matcher(field.strip()).matches()) {
        return true;
      }
    }
    return false;
  }
}
