package org.citecheck.verdict;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.citecheck.CitecheckException;
import org.citecheck.io.FileProblem;
import org.citecheck.io.Json;
import org.citecheck.io.JsonProblem;

/** Reads reports/verification.json, for the commands that build on a check (audit, bib). */
public final class VerificationJson {

  private VerificationJson() {}

  /**
   * Parses verification.json content; anything else (references.json, a truncated file, a newer
   * schema) is an input error with one clear line.
   *
   * @param name the input's name, for messages
   */
  public static VerificationReport read(byte[] content, String name) {
    String start =
        new String(content, 0, Math.min(content.length, 64), StandardCharsets.UTF_8)
            .replace("\uFEFF", "")
            .strip();
    if (start.isEmpty()) {
      throw CitecheckException.input(name + " is empty");
    }
    if (!start.startsWith("{")) {
      // Not JSON at all (a document's text, a PDF): saying where its first token fails would
      // mislead.
      throw CitecheckException.input(
          name + " is not JSON, so not a verification report (citecheck check writes one)");
    }
    try {
      JsonNode root = Json.mapper().readTree(content);
      if (root == null || !root.isObject() || !root.path("results").isArray()) {
        throw CitecheckException.input(
            name + " is not a verification report (no \"results\"; citecheck check writes one)");
      }
      VerificationReport report = Json.mapper().treeToValue(root, VerificationReport.class);
      if (report.schemaVersion() > VerificationReport.SCHEMA_VERSION) {
        throw CitecheckException.input(
            name
                + " has schemaVersion "
                + report.schemaVersion()
                + "; this citecheck reads up to "
                + VerificationReport.SCHEMA_VERSION
                + ": please upgrade");
      }
      return report;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw CitecheckException.input(JsonProblem.describe(e, name, content));
    } catch (IOException e) {
      throw CitecheckException.input("cannot read " + name + ": " + FileProblem.describe(e, null));
    }
  }
}
