package org.citecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.citecheck.io.Json;
import org.citecheck.testing.GoldenFile;
import org.citecheck.verdict.Verdict;
import org.citecheck.verdict.VerificationReport;
import org.junit.jupiter.api.Test;

class SarifReportTest {

  private static final String OFFICIAL_SCHEMA =
      "/org/citecheck/report/sarif/sarif-schema-2.1.0.json";

  @Test
  void theSchemaIsTheOfficialOne() {
    JsonNode schema = SchemaCheck.load(OFFICIAL_SCHEMA);
    assertEquals(
        "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema",
        schema.get("title").asText());
    assertEquals(
        "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json",
        schema.get("$id").asText());
    assertEquals("http://json-schema.org/draft-07/schema#", schema.get("$schema").asText());
    assertEquals(52, schema.get("definitions").size());
  }

  @Test
  void matchesGoldenFilesForDocumentAndReferencesInput() {
    GoldenFile.assertMatches(
        ReportFixture.GOLDEN.resolve("verification.expected.sarif"),
        SarifReport.format(ReportFixture.context()));
    GoldenFile.assertMatches(
        ReportFixture.GOLDEN.resolve("verification-references.expected.sarif"),
        SarifReport.format(ReportFixture.referencesContext()));
  }

  @Test
  void validatesAgainstTheOfficialSchema() {
    assertEquals(
        List.of(),
        SchemaCheck.errors(OFFICIAL_SCHEMA, SarifReport.format(ReportFixture.context())));
    assertEquals(
        List.of(),
        SchemaCheck.errors(OFFICIAL_SCHEMA, SarifReport.format(ReportFixture.referencesContext())));
    VerificationReport offline =
        new VerificationReport(1, ReportFixture.GENERATED_AT, "-", true, null, List.of());
    ReportContext empty =
        new ReportContext(offline, null, null, EnumSet.noneOf(Verdict.class), "test");
    assertEquals(List.of(), SchemaCheck.errors(OFFICIAL_SCHEMA, SarifReport.format(empty)));
  }

  @Test
  void theValidatorCatchesABrokenLog() {
    String sarif = SarifReport.format(ReportFixture.context());
    assertFalse(
        SchemaCheck.errors(
                OFFICIAL_SCHEMA, sarif.replace("\"level\": \"error\"", "\"level\": \"fatal\""))
            .isEmpty());
    assertFalse(
        SchemaCheck.errors(OFFICIAL_SCHEMA, sarif.replace("\"startLine\": 184", "\"startLine\": 0"))
            .isEmpty());
  }

  @Test
  void oneResultPerFindingWithLevelsFromFailOn() throws Exception {
    JsonNode results = results(ReportFixture.context());
    List<String> found = new ArrayList<>();
    results.forEach(
        result -> found.add(result.get("ruleId").asText() + ":" + result.get("level").asText()));
    assertEquals(
        List.of(
            "dead:error",
            "soft-404:error",
            "redirected:note",
            "blocked:note",
            "unreachable:warning",
            "invalid:warning",
            "dead:error"),
        found,
        "alive, offline and skipped are not findings");
  }

  @Test
  void locatesTheNoteLineInTheDocument() throws Exception {
    JsonNode location = results(ReportFixture.context()).get(0).get("locations").get(0);
    assertEquals(
        "docs/report%202020.txt", location.at("/physicalLocation/artifactLocation/uri").asText());
    assertEquals(184, location.at("/physicalLocation/region/startLine").asInt());
    assertEquals(
        "/notes/2/sources/0", location.at("/logicalLocations/0/fullyQualifiedName").asText());
  }

  @Test
  void pointsIntoReferencesJsonWhenThereIsNoDocument() throws Exception {
    JsonNode location = results(ReportFixture.referencesContext()).get(4).get("locations").get(0);
    assertEquals("references.json", location.at("/physicalLocation/artifactLocation/uri").asText());
    assertTrue(location.at("/physicalLocation/region").isMissingNode());
    assertEquals("note 9, source 2", location.at("/logicalLocations/0/name").asText());
    assertEquals(
        "/notes/5/sources/1", location.at("/logicalLocations/0/fullyQualifiedName").asText());
  }

  @Test
  void ruleIndexesPointAtTheirRules() throws Exception {
    JsonNode log = Json.mapper().readTree(SarifReport.format(ReportFixture.context()));
    JsonNode rules = log.at("/runs/0/tool/driver/rules");
    for (JsonNode result : log.at("/runs/0/results")) {
      assertEquals(
          result.get("ruleId").asText(),
          rules.get(result.get("ruleIndex").asInt()).get("id").asText());
    }
  }

  @Test
  void turnsPathsIntoUriReferences() {
    assertEquals("docs/report%202020.txt", SarifUri.of("docs/report 2020.txt"));
    assertEquals("file:///tmp/r%C3%A9sum%C3%A9%23.txt", SarifUri.of("/tmp/résumé#.txt"));
    assertEquals("file:///C:/work/a%20b.txt", SarifUri.of("C:\\work\\a b.txt"));
    assertEquals("./a:b.txt", SarifUri.of("a:b.txt"));
  }

  private static JsonNode results(ReportContext context) throws Exception {
    return Json.mapper().readTree(SarifReport.format(context)).at("/runs/0/results");
  }
}
