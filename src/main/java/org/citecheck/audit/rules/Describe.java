package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.List;
import org.citecheck.references.Note;
import org.citecheck.references.Source;

/** Names sources and URLs in findings' messages, shortly and always the same way. */
final class Describe {

  private static final int TITLE_CHARS = 90;

  private Describe() {}

  /**
   * The source's title in quotes, else its authors, outlet and date, else the start of its text.
   */
  static String source(Source source) {
    if (source.title() != null && !source.title().isBlank()) {
      return "\"" + clip(source.title()) + "\"";
    }
    List<String> parts = new ArrayList<>(source.authors());
    if (source.container() != null) {
      parts.add(source.container());
    }
    DateSpan date = DateSpan.parse(source.date());
    if (date != null) {
      parts.add(date.display());
    }
    return parts.isEmpty() ? "\"" + clip(source.text()) + "\"" : clip(String.join(", ", parts));
  }

  /** Every source of a note, described, separated by "; ". */
  static String sources(Note note) {
    List<String> described = new ArrayList<>();
    for (Source source : note.sources()) {
      described.add(source(source));
    }
    return String.join("; ", described);
  }

  /** A URL in quotes, its line breaks shown as ⏎ so that a broken URL reads on one line. */
  static String printed(String url) {
    return "\"" + url.replace("\r\n", "⏎").replace('\n', '⏎').replace('\r', '⏎') + "\"";
  }

  private static String clip(String text) {
    String line = text == null ? "" : text.strip();
    return line.length() <= TITLE_CHARS ? line : line.substring(0, TITLE_CHARS - 1).strip() + "…";
  }
}
