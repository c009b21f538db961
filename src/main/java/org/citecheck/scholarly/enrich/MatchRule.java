package org.citecheck.scholarly.enrich;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.citecheck.references.Source;
import org.citecheck.text.TitleSimilarity;

/**
 * When a Crossref candidate is the reference: its relevance score is not a probability, so a match
 * is accepted only when the title nearly equals the printed one, the year agrees and the first
 * author's surname agrees, the usual practice. Anything less keeps the reference as printed, with
 * the reason.
 */
final class MatchRule {

  /** Title similarity (Sørensen–Dice over bigrams) at or above which titles "nearly match". */
  static final double TITLE = 0.9;

  private MatchRule() {}

  /** The verdict on the candidates, best first: the accepted work, or why none was. */
  static Lookup choose(Source source, List<Work> candidates) {
    if (candidates.isEmpty()) {
      return Lookup.none("Crossref found nothing for it");
    }
    String reason = null;
    for (Work candidate : candidates) {
      Optional<String> refused = refusal(source, candidate);
      if (refused.isEmpty()) {
        return Lookup.found(candidate);
      }
      reason = reason == null ? refused.get() : reason;
    }
    return Lookup.none("Crossref's best match was refused: " + reason);
  }

  static Optional<String> refusal(Source source, Work work) {
    if (source.title() == null || work.title() == null) {
      return Optional.of("no title to compare");
    }
    double similarity = TitleSimilarity.score(source.title(), work.title());
    if (similarity < TITLE) {
      return Optional.of(
          "its title differs (similarity " + Math.round(similarity * 100) / 100.0 + ")");
    }
    String year = year(source.date());
    if (year == null) {
      return Optional.of("the note gives no year to confirm it");
    }
    if (!year.equals(work.year())) {
      return Optional.of(
          "another year ("
              + (work.year() == null ? "none" : work.year())
              + ", the note says "
              + year
              + ")");
    }
    String surname = surname(source.authors().isEmpty() ? null : source.authors().get(0));
    if (surname == null) {
      return Optional.of("the note names no author to confirm it");
    }
    if (work.firstSurname() == null || !fold(work.firstSurname()).equals(surname)) {
      return Optional.of(
          "another first author ("
              + (work.firstSurname() == null ? "none" : work.firstSurname())
              + ")");
    }
    return Optional.empty();
  }

  private static String year(String date) {
    return date == null || !date.matches("\\d{4}.*") ? null : date.substring(0, 4);
  }

  /** "Remler, Philip" and "Philip Remler" give "remler"; a body's name is taken whole. */
  static String surname(String author) {
    if (author == null || author.isBlank()) {
      return null;
    }
    String name = author.strip();
    int comma = name.indexOf(',');
    if (comma > 0) {
      return fold(name.substring(0, comma));
    }
    String[] words = name.split("\\s+");
    return words.length <= 3 ? fold(words[words.length - 1]) : fold(name);
  }

  private static String fold(String text) {
    String bare =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    return bare.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
