package org.citecheck.audit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citecheck.audit.model.Finding;
import org.citecheck.audit.model.Severity;

/**
 * The root of reports/audit.json.
 *
 * @param schemaVersion the contract's version
 * @param generatedAt ISO 8601 instant of the run
 * @param input the input audited, as named on the command line
 * @param verification the verification report read, or null
 * @param title the document's title, or null
 * @param notes how many notes were audited
 * @param summary count of findings per severity, every severity present, most severe first
 * @param skipped the rules that could not run on this input, and why
 * @param findings every finding, in note order
 */
@JsonPropertyOrder({
  "schemaVersion",
  "generatedAt",
  "input",
  "verification",
  "title",
  "notes",
  "summary",
  "skipped",
  "findings"
})
public record AuditReport(
    int schemaVersion,
    String generatedAt,
    String input,
    String verification,
    String title,
    int notes,
    Map<String, Integer> summary,
    List<SkippedRule> skipped,
    List<Finding> findings) {

  public static final int SCHEMA_VERSION = 1;

  public AuditReport {
    skipped = skipped == null ? List.of() : List.copyOf(skipped);
    findings = findings == null ? List.of() : List.copyOf(findings);
    summary = summary == null ? summarise(findings) : summary;
  }

  /** Counts findings per severity; every severity appears, most severe first. */
  public static Map<String, Integer> summarise(List<Finding> findings) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Severity severity : Severity.values()) {
      counts.put(severity.id(), 0);
    }
    for (Finding finding : findings) {
      counts.merge(finding.severity().id(), 1, Integer::sum);
    }
    return counts;
  }

  /** How many findings have this severity. */
  public int count(Severity severity) {
    return summary.getOrDefault(severity.id(), 0);
  }

  /** The counts for people: "0 errors, 1 warning, 12 info". */
  @JsonIgnore
  public String countsText() {
    List<String> parts = new java.util.ArrayList<>();
    for (Severity severity : Severity.values()) {
      int count = count(severity);
      parts.add(
          count
              + " "
              + (severity == Severity.INFO || count == 1 ? severity.id() : severity.id() + "s"));
    }
    return String.join(", ", parts);
  }

  /** How many findings are at or above the threshold; 0 for a null threshold (fail on nothing). */
  @JsonIgnore
  public int failing(Severity threshold) {
    if (threshold == null) {
      return 0;
    }
    int failing = 0;
    for (Finding finding : findings) {
      if (finding.severity().atLeast(threshold)) {
        failing++;
      }
    }
    return failing;
  }
}
