package org.citecheck.audit;

import java.nio.file.Path;

/**
 * What to audit and where the reports go.
 *
 * @param input references.json or a document's text; "-" for standard input
 * @param verification a verification.json to read link results from, or null
 * @param reports the folder for audit.json and audit.md
 */
public record AuditOptions(String input, String verification, Path reports) {}
