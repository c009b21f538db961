package org.citecheck.audit.rules;

import org.citecheck.audit.markers.MarkerCandidate;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.AuditRule;

/**
 * A rule on the body's note markers: it runs only when the input held the body's text and the notes
 * are numbered. A marker read from plain text is a guess, so each finding weighs its evidence
 * ({@link MarkerCandidate.Form}, and the sequence of markers around it): a warning when the
 * evidence is strong, info with the reason when it is not.
 */
abstract class MarkerRule implements AuditRule {

  @Override
  public final String unavailable(AuditContext context) {
    if (context.noBody() != null) {
      return context.noBody();
    }
    return context.numbered()
        ? null
        : "the notes are an unnumbered reference list: author-date citations have no note markers";
  }

  /** "marker 5 at line 53 (…the leaders.5 Indeed…)". */
  static String describe(MarkerCandidate marker) {
    return "marker "
        + marker.number()
        + " at line "
        + marker.line()
        + " (\""
        + marker.context()
        + "\")";
  }

  /**
   * Why a weakly printed number may not be a marker: " It may be prose: it is glued to a word, …".
   */
  static String doubt(MarkerCandidate marker) {
    return " It may be prose, not a marker: it is " + marker.form().printed() + ".";
  }
}
