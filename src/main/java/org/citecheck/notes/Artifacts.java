package org.citecheck.notes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Page furniture an extractor leaves in the text: running headers and footers (short lines that
 * repeat on many pages) and page numbers. They are dropped from notes so that they neither split a
 * note nor end up inside a URL.
 */
public final class Artifacts {

  private static final int MIN_REPEATS = 3;
  private static final int MAX_LENGTH = 80;

  /** A page number: "12", "Page 3", "3 of 12", "- 3 -". */
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("(?i)^(page\\s+)?\\d{1,4}(\\s+of\\s+\\d{1,4})?$|^[-–]\\s*\\d{1,4}\\s*[-–]$");

  /** Sentence punctuation or a URL: a line with these is text, however often it repeats. */
  private static final Pattern TEXTUAL = Pattern.compile("[.;:!?\"“”]\\s*$|https?:|www\\.");

  /** A page number at either end of a line of furniture, with its separator. */
  private static final Pattern PAGE_NUMBER_AROUND =
      Pattern.compile("^\\d{1,4}\\s*[|·•–-]?\\s+|\\s+[|·•–-]?\\s*\\d{1,4}$");

  /** Marks the counts of lines whose page number was taken off. */
  private static final String PAGED = "\u0000";

  private static final Pattern LIST_ITEM = Pattern.compile("^[-–•]\\s");

  private final Map<String, Integer> counts;

  private Artifacts(Map<String, Integer> counts) {
    this.counts = counts;
  }

  public static Artifacts of(List<String> lines) {
    Map<String, Integer> counts = new HashMap<>();
    for (String line : lines) {
      String key = line.strip();
      if (!key.isEmpty() && key.length() <= MAX_LENGTH) {
        counts.merge(key, 1, Integer::sum);
        String furniture = withoutPageNumber(key);
        if (!furniture.equals(key)) {
          counts.merge(PAGED + furniture, 1, Integer::sum);
        }
      }
    }
    return new Artifacts(counts);
  }

  /**
   * A running footer or header with the page number in it ("2017 Annual Index 99", "12 | Review"):
   * the line without the number, so that its repeats on every page are counted together.
   */
  private static String withoutPageNumber(String key) {
    return PAGE_NUMBER_AROUND.matcher(key).replaceAll("").strip();
  }

  public static boolean isPageNumber(String line) {
    return PAGE_NUMBER.matcher(line.strip()).matches();
  }

  public boolean isFurniture(String line) {
    String key = line.strip();
    if (isPageNumber(key)) {
      // A bare number may be a note's number printed on its own line: the assembler decides.
      return !key.chars().allMatch(Character::isDigit);
    }
    if (key.length() > MAX_LENGTH || TEXTUAL.matcher(key).find()) {
      return false;
    }
    String paged = withoutPageNumber(key);
    if (!paged.equals(key)
        && counts.getOrDefault(PAGED + paged, 0) >= MIN_REPEATS
        && paged.codePoints().filter(Character::isLetter).count() >= 3
        && !LIST_ITEM.matcher(key).find()) {
      // "2017 Annual Index 99" on every page is furniture, although it starts with a number.
      return true;
    }
    if (counts.getOrDefault(key, 0) < MIN_REPEATS
        || LineParser.parse(key, 0).number() != null
        || LIST_ITEM.matcher(key).find()) {
      return false;
    }
    return key.codePoints().anyMatch(Character::isLetter);
  }
}
