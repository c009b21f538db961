package org.citecheck.audit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Comparator;

/**
 * One problem in a document's notes, with what to do about it.
 *
 * @param rule the rule's id ("numbering.gap", "url.tracking", ...)
 * @param severity how much it matters
 * @param note the number of the note concerned, or null when the finding is about the document
 * @param source the source's index in the note (0-based, as in verification.json), or null
 * @param line the 1-based line of the input document, when known
 * @param message what is wrong
 * @param fix what to change, or null when there is nothing specific to suggest
 */
@JsonPropertyOrder({"rule", "severity", "note", "source", "line", "message", "fix"})
public record Finding(
    String rule,
    Severity severity,
    Integer note,
    Integer source,
    Integer line,
    String message,
    String fix) {

  /** Note order (document-wide findings first), then source, line, rule and message. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::note, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
          .thenComparing(Finding::source, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
          .thenComparing(Finding::line, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
          .thenComparing(Finding::rule)
          .thenComparing(Finding::message);
}
