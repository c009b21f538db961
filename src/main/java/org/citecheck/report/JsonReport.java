package org.citecheck.report;

import org.citecheck.io.Json;

/**
 * verification.json: the verification contract itself (schema in {@code
 * org/citecheck/schema/verification.schema.json}), in the project's one JSON style. JSON escaping
 * keeps any remote text inert; non-ASCII stays readable.
 */
final class JsonReport {

  private JsonReport() {}

  static String format(ReportContext context) {
    return Json.write(context.report());
  }
}
