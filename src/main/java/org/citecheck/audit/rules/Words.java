package org.citecheck.audit.rules;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.citecheck.references.Dates;
import org.citecheck.references.Source;

/**
 * The words that identify a source (authors, title, outlet), to tell whether two citations name the
 * same work. Accents are folded and case ignored; dates count as one word in ISO form, so "12
 * November 2020" meets "November 12, 2020"; short and common words do not count.
 */
final class Words {

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private static final Set<String> COMMON =
      Set.of(
          "the", "and", "for", "with", "from", "that", "this", "its", "are", "was", "were", "has",
          "have", "not", "but", "all", "any", "can", "will", "into", "over", "under", "about",
          "after", "before", "between", "cited", "above", "note", "notes", "supra", "infra", "ibid",
          "ibidem", "see", "also", "cit", "loc", "idem", "der", "die", "das", "und", "les", "des",
          "del", "los", "las", "est", "une");

  private Words() {}

  /** The identifying words of a text. */
  static Set<String> of(String text) {
    Set<String> words = new HashSet<>();
    if (text == null || text.isBlank()) {
      return words;
    }
    for (Dates.Found date : Dates.find(text)) {
      if (date.iso().length() >= 7) {
        words.add(date.iso());
      }
    }
    for (String word : NON_WORD.split(fold(text))) {
      if (word.length() >= 3
          && !COMMON.contains(word)
          && !word.chars().allMatch(Character::isDigit)) {
        words.add(word);
      }
    }
    return words;
  }

  /** The words a short form or cross-reference names: its authors and title, else its text. */
  static Set<String> named(Source source) {
    Set<String> words = of(String.join(" ", source.authors()) + " " + nullToEmpty(source.title()));
    return words.isEmpty() ? of(source.text()) : words;
  }

  /** The words a full citation is known by: authors, title, outlet and date. */
  static Set<String> known(Source source) {
    Set<String> words =
        of(
            String.join(" ", source.authors())
                + " "
                + nullToEmpty(source.title())
                + " "
                + nullToEmpty(source.container()));
    if (source.date() != null && source.date().length() >= 7) {
      words.add(source.date());
    }
    return words;
  }

  /**
   * The words of a title alone, numbers included: "Resolution 822" and "Resolution 853" are two
   * works, so title identity counts what {@link #of} leaves out. In printed order.
   */
  static List<String> title(Source source) {
    List<String> words = new ArrayList<>();
    if (source.title() == null) {
      return words;
    }
    for (String word : NON_WORD.split(fold(source.title()))) {
      if (!word.isEmpty()
          && !COMMON.contains(word)
          && (word.length() >= 3 || Character.isDigit(word.charAt(0)))) {
        words.add(word);
      }
    }
    return words;
  }

  /** Accents removed, lower case. */
  private static String fold(String text) {
    return MARKS
        .matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
        .replaceAll("")
        .toLowerCase(Locale.ROOT);
  }

  static int overlap(Collection<String> a, Collection<String> b) {
    int shared = 0;
    for (String word : a) {
      if (b.contains(word)) {
        shared++;
      }
    }
    return shared;
  }

  /** The authors as one comparable key: folded words, in order. */
  static String authorsKey(List<String> authors) {
    StringBuilder key = new StringBuilder();
    for (String author : authors) {
      key.append(String.join(" ", of(author).stream().sorted().toList())).append(';');
    }
    return key.toString();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
