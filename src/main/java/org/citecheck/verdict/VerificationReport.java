package org.citecheck.verdict;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The root of reports/verification.json.
 *
 * @param schemaVersion the contract's version
 * @param generatedAt ISO 8601 instant of the run
 * @param input the input that was checked
 * @param offline true when the checker itself had no network
 * @param summary count of results per verdict id, every verdict present, in vocabulary order
 * @param results one result per (note, source) pair with a URL, in note order
 * @param archive broken links rescued by a snapshot and not; absent when archives were not asked
 */
@JsonPropertyOrder({
  "schemaVersion",
  "generatedAt",
  "input",
  "offline",
  "summary",
  "archive",
  "results"
})
public record VerificationReport(
    int schemaVersion,
    String generatedAt,
    String input,
    boolean offline,
    Map<String, Integer> summary,
    List<UrlResult> results,
    @JsonInclude(JsonInclude.Include.NON_NULL) ArchiveSummary archive) {

  public static final int SCHEMA_VERSION = 1;

  public VerificationReport {
    results = results == null ? List.of() : List.copyOf(results);
    summary = summary == null ? summarise(results) : summary;
  }

  /** The report without archive counts, as the contract first defined it. */
  public VerificationReport(
      int schemaVersion,
      String generatedAt,
      String input,
      boolean offline,
      Map<String, Integer> summary,
      List<UrlResult> results) {
    this(schemaVersion, generatedAt, input, offline, summary, results, null);
  }

  /**
   * This report with the archive stage's annotated results (same order) and their archive counts.
   */
  public VerificationReport withArchives(List<UrlResult> annotated) {
    return new VerificationReport(
        schemaVersion,
        generatedAt,
        input,
        offline,
        summary,
        annotated,
        ArchiveSummary.of(annotated));
  }

  /**
   * This report with results whose verdicts a later stage settled (the DOI stage), counted again.
   */
  public VerificationReport withResults(List<UrlResult> settled) {
    return new VerificationReport(
        schemaVersion, generatedAt, input, offline, summarise(settled), settled, archive);
  }

  /** Counts results per verdict; every verdict appears, in vocabulary order. */
  public static Map<String, Integer> summarise(List<UrlResult> results) {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    for (Verdict verdict : Verdict.values()) {
      counts.put(verdict, 0);
    }
    for (UrlResult result : results) {
      counts.merge(result.verdict(), 1, Integer::sum);
    }
    Map<String, Integer> byId = new LinkedHashMap<>();
    counts.forEach((verdict, count) -> byId.put(verdict.id(), count));
    return byId;
  }
}
