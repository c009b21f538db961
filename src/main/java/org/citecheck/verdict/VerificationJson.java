package org.citecheck.verdict;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.citecheck.CitecheckException;
import org.citecheck.io.Json;

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
    try {
      JsonNode root = Json.mapper().readTree(content);
      if (root == null || !root.isObject() || !root.path("results").isArray()) {
        throw CitecheckException.input(name + " is not a verification report (no \"results\"; citecheck check writes one)");
      }
      VerificationReport report = Json.mapper().treeToValue(root, VerificationReport.class);
      if (report.schemaVersion() > VerificationReport.SCHEMA_VERSION) {
        throw CitecheckException.input(name + " has schemaVersion " + report.schemaVersion()
            + "; this citecheck reads up to " + VerificationReport.SCHEMA_VERSION + ": please upgrade");
      }
      return report;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw CitecheckException.input(name + " is not a valid verification report: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw CitecheckException.input("cannot read " + name + ": " + e.getMessage());
    }
  }
}
