package org.citecheck.audit;

import java.nio.file.Path;
import java.util.List;

/**
 * What a run of the audit produced.
 *
 * @param report the findings
 * @param written the report files, in the order written
 * @param notices what the user should know about how the document was read (a PDF's pages without
 *     text, its unreadable glyphs), one line each
 */
public record AuditOutcome(AuditReport report, List<Path> written, List<String> notices) {

  public AuditOutcome {
    notices = List.copyOf(notices);
  }
}
