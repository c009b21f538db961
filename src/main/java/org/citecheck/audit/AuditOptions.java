package org.citecheck.audit;

import java.nio.file.Path;

/**
 * What to audit and where the reports go.
 *
 * @param input references.json or a document's text; "-" for standard input
 * @param verification a verification.json to read link results from, or null
 * @param reports the folder for audit.json and audit.md
 * @param password the password of an encrypted PDF input, or null
 * @param baseUrl what an HTML input's relative links are resolved against, or null
 */
public record AuditOptions(
    String input, String verification, Path reports, String password, String baseUrl) {

  public AuditOptions(String input, String verification, Path reports) {
    this(input, verification, reports, null, null);
  }
}
