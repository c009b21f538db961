package org.citecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citecheck.io.Json;
import org.citecheck.testing.GoldenFile;
import org.citecheck.verdict.Verdict;
import org.citecheck.verdict.VerificationReport;
import org.junit.jupiter.api.Test;

class JsonReportTest {

  private static final String SCHEMA = "/org/citecheck/schema/verification.schema.json";

  @Test
  void matchesGoldenFile() {
    GoldenFile.assertMatches(
        ReportFixture.GOLDEN.resolve("verification.expected.json"),
        JsonReport.format(ReportFixture.context()));
  }

  @Test
  void validatesAgainstTheContractSchema() {
    String json = JsonReport.format(ReportFixture.context());
    assertEquals(List.of(), SchemaCheck.errors(SCHEMA, json));
  }

  @Test
  void schemaRejectsAnUnknownVerdictAndAMissingSummary() {
    String json = JsonReport.format(ReportFixture.context());
    String unknownVerdict = json.replace("\"verdict\": \"dead\"", "\"verdict\": \"gone\"");
    assertFalse(SchemaCheck.errors(SCHEMA, unknownVerdict).isEmpty());
    String noSummary = json.replace("\"summary\"", "\"summery\"");
    assertFalse(SchemaCheck.errors(SCHEMA, noSummary).isEmpty());
    String badTimestamp =
        json.replace("\"timestamp\": \"20160601000000\"", "\"timestamp\": \"2016-06-01\"");
    assertFalse(SchemaCheck.errors(SCHEMA, badTimestamp).isEmpty());
  }

  @Test
  void readsBackToTheSameReport() throws Exception {
    VerificationReport report = ReportFixture.context().report();
    VerificationReport read =
        Json.mapper()
            .readValue(JsonReport.format(ReportFixture.context()), VerificationReport.class);
    assertEquals(report, read);
    assertEquals(2, read.summary().get(Verdict.DEAD.id()));
  }

  @Test
  void keepsHostileTextInertAndReadable() {
    String json = JsonReport.format(ReportFixture.context());
    assertTrue(json.contains("\\u0000"), "control characters are JSON-escaped");
    assertTrue(json.contains(ReportFixture.RTL_TITLE), "right-to-left text stays readable");
  }
}
