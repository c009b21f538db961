package org.citecheck.audit;

import org.citecheck.io.Json;

/**
 * Writes reports/audit.json with the project's one JSON configuration. Its schema is {@code
 * org/citecheck/schema/audit.schema.json}; fields are only ever added, never renamed.
 */
public final class AuditJson {

  private AuditJson() {}

  public static String render(AuditReport report) {
    return Json.write(report);
  }
}
