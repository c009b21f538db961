package org.citecheck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.citecheck.io.Json;
import org.citecheck.text.ArchiveDate;
import org.citecheck.text.SafeText;
import org.citecheck.verdict.ArchiveResult;
import org.citecheck.verdict.Verdict;

/**
 * verification.sarif: a SARIF 2.1.0 log with one result per finding, so code-scanning views
 * annotate the footnote that cites a broken link. The rule id is the verdict id. Levels: a verdict
 * in fail-on is an {@code error}; otherwise dead, soft-404, unreachable and invalid are {@code
 * warning}s, redirected and blocked are {@code note}s; alive, skipped and offline give no result
 * (an offline run says so in the invocation's notifications instead). A result's location is the
 * note's line in the input document when the run started from a document, else the references file
 * with a logical location naming the note and source as a JSON pointer.
 */
final class SarifReport {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private SarifReport() {}

  static String format(ReportContext context) {
    List<Verdict> rules = rules(context);
    ObjectNode log = Json.mapper().createObjectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "citecheck");
    driver.put("version", context.toolVersion());
    ArrayNode ruleArray = driver.putArray("rules");
    for (Verdict verdict : rules) {
      rule(ruleArray.addObject(), verdict, level(context, verdict));
    }
    invocation(run.putArray("invocations").addObject(), context);
    ArrayNode results = run.putArray("results");
    for (ReportRow row : ReportRow.of(context)) {
      String level = level(context, row.verdict());
      if (level != null) {
        result(results.addObject(), context, row, level, rules.indexOf(row.verdict()));
      }
    }
    return Json.write(log);
  }

  /** The verdicts that can give results in this run, in vocabulary order: the rules array. */
  private static List<Verdict> rules(ReportContext context) {
    List<Verdict> rules = new ArrayList<>();
    for (Verdict verdict : Verdict.values()) {
      if (level(context, verdict) != null) {
        rules.add(verdict);
      }
    }
    return rules;
  }

  /** The SARIF level of a verdict, or null when the verdict is not a finding. */
  static String level(ReportContext context, Verdict verdict) {
    if (context.fails(verdict)) {
      return "error";
    }
    return switch (verdict) {
      case DEAD, SOFT_404, UNREACHABLE, INVALID -> "warning";
      case REDIRECTED, BLOCKED -> "note";
      case ALIVE, OFFLINE, SKIPPED -> null;
    };
  }

  private static void rule(ObjectNode rule, Verdict verdict, String level) {
    rule.put("id", verdict.id());
    rule.put("name", SarifRules.name(verdict));
    rule.putObject("shortDescription").put("text", verdict.label() + " link");
    rule.putObject("fullDescription").put("text", SarifRules.description(verdict));
    rule.putObject("help").put("text", SarifRules.help(verdict));
    rule.putObject("defaultConfiguration").put("level", level);
    rule.putObject("properties").putArray("tags").add("citation").add("link");
  }

  /**
   * The run's headline for code-scanning views: an offline run did not execute successfully and
   * says so as an error; links left unverified in a run that had a network are a warning.
   */
  private static void invocation(ObjectNode invocation, ReportContext context) {
    Unverified unverified = Unverified.of(context.report());
    invocation.put("executionSuccessful", !unverified.offlineRun());
    if (unverified.any()) {
      ObjectNode notification = invocation.putArray("toolExecutionNotifications").addObject();
      notification.put("level", unverified.offlineRun() ? "error" : "warning");
      notification.putObject("message").put("text", unverified.explanation());
    }
  }

  private static void result(
      ObjectNode result, ReportContext context, ReportRow row, String level, int ruleIndex) {
    result.put("ruleId", row.verdict().id());
    result.put("ruleIndex", ruleIndex);
    result.put("level", level);
    result.putObject("message").put("text", message(row));
    ObjectNode location = result.putArray("locations").addObject();
    ObjectNode physical = location.putObject("physicalLocation");
    if (context.document() != null) {
      physical.putObject("artifactLocation").put("uri", SarifUri.of(context.document().toString()));
      if (row.note() != null && row.note().line() > 0) {
        physical.putObject("region").put("startLine", row.note().line());
      }
    } else {
      String input = context.report().input();
      boolean named = input != null && !input.isBlank() && !input.equals("-");
      physical
          .putObject("artifactLocation")
          .put("uri", SarifUri.of(named ? input : "references.json"));
    }
    if (row.noteIndex() >= 0) {
      ObjectNode logical = location.putArray("logicalLocations").addObject();
      logical.put("name", "note " + row.noteNumber() + ", source " + row.sourceNumber());
      logical.put(
          "fullyQualifiedName", "/notes/" + row.noteIndex() + "/sources/" + row.result().source());
      logical.put("kind", "object");
    }
    result
        .putObject("partialFingerprints")
        .put(
            "citecheckSource/v1",
            fingerprint(row.noteNumber() + "\n" + row.result().source() + "\n" + row.url()));
    ObjectNode properties = result.putObject("properties");
    properties.put("url", SafeText.line(row.url()));
    properties.put("verdict", row.verdict().id());
    properties.put("note", row.noteNumber());
    properties.put("source", row.result().source());
    if (row.result().httpStatus() != null) {
      properties.put("httpStatus", row.result().httpStatus());
    }
    if (row.snapshot() != null) {
      properties.put("snapshot", row.snapshot().url());
    }
  }

  private static String message(ReportRow row) {
    StringBuilder text = new StringBuilder("Note ").append(row.noteNumber());
    if (row.result().source() > 0) {
      text.append(" (source ").append(row.sourceNumber()).append(')');
    }
    text.append(": ")
        .append(row.verdict().label().toLowerCase(java.util.Locale.ROOT))
        .append(" link ")
        .append(SafeText.clip(row.url(), 500));
    String reason = SafeText.clip(row.result().reason(), 300);
    if (!reason.isEmpty()) {
      text.append(" (").append(reason).append(')');
    }
    text.append('.');
    String finalUrl = row.result().finalUrl();
    if (row.verdict() == Verdict.REDIRECTED && finalUrl != null && !finalUrl.equals(row.url())) {
      text.append(" It now lives at ").append(SafeText.clip(finalUrl, 500)).append('.');
    }
    ArchiveResult snapshot = row.snapshot();
    if (snapshot != null) {
      String date = ArchiveDate.display(snapshot.timestamp());
      text.append(" Archived snapshot")
          .append(date == null ? "" : " of " + date)
          .append(": ")
          .append(snapshot.url())
          .append('.');
    } else if (row.broken() && row.archiveStatusText() != null) {
      String status = row.archiveStatusText();
      text.append(' ')
          .append(Character.toUpperCase(status.charAt(0)))
          .append(status.substring(1))
          .append('.');
    }
    return text.toString();
  }

  private static String fingerprint(String identity) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(identity.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
