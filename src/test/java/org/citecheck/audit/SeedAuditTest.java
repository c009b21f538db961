package org.citecheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.Finding;
import org.citecheck.audit.model.Severity;
import org.citecheck.io.Input;
import org.citecheck.references.ExtractedDocument;
import org.citecheck.references.Extraction;
import org.citecheck.testing.Documents;
import org.citecheck.testing.GoldenFile;
import org.citecheck.testing.JsonSchemas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit of the seed report (a 2020 OSCE Insights report, as pdftotext gives it) surfaces its
 * real problems, and only those: the Lavrov interview of note 12 whose title says 12 November 2020
 * but is dated 14 October 2020, the fbclid of note 16, note 13's Facebook post cited in full again
 * in note 24, the thirteen URLs the PDF broke, the five note numbers the extraction inferred, and
 * marker 14, garbled in the body ("10 October. Haussia" was "10 October.14 Russia").
 */
class SeedAuditTest {

  private static final Path GOLDEN = Path.of("src/test/resources/org/citecheck/audit");

  private static AuditReport report;

  @BeforeAll
  static void audit() {
    ExtractedDocument document = Extraction.extract(Input.file(Path.of(Documents.SEED)));
    AuditContext context = AuditContext.of(document, null);
    report =
        Audit.audit(
            context,
            "osce-insights-2020-minsk-group.txt",
            null,
            Instant.parse("2021-03-01T10:00:00Z"));
  }

  private static Finding only(String rule) {
    List<Finding> found = report.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    assertEquals(1, found.size(), rule + ": " + found);
    return found.get(0);
  }

  @Test
  void exactlyTheSeedsProblems() {
    List<String> found =
        report.findings().stream()
            .map(
                f ->
                    f.severity()
                        + " "
                        + f.rule()
                        + " "
                        + f.note()
                        + (f.source() == null ? "" : "." + f.source()))
            .toList();
    assertEquals(
        List.of(
            "info date.no-access-date null",
            "info numbering.displaced 2",
            "info url.repaired 5.0",
            "info url.repaired 6.0",
            "info url.repaired 8.0",
            "info url.repaired 9.0",
            "info numbering.inferred 10",
            "info url.repaired 10.0",
            "info url.repaired 10.1",
            "info url.repaired 11.0",
            "info numbering.inferred 12",
            "warning date.title-mismatch 12.1",
            "info url.repaired 13.0",
            "warning marker.missing 14",
            "info numbering.inferred 14",
            "info url.repaired 14.0",
            "info numbering.inferred 15",
            "info numbering.inferred 16",
            "info url.repaired 16.0",
            "warning url.tracking 16.0",
            "info url.repaired 17.0",
            "info url.repaired 22.0",
            "warning duplicate.full-citation 24.0",
            "info url.repaired 24.0"),
        found);
    assertEquals(0, report.count(Severity.ERROR));
  }

  @Test
  void theLavrovInterviewsTitleAndDateDisagree() {
    Finding finding = only("date.title-mismatch");
    assertEquals(
        "The title names 12 November 2020, but the source is dated 14 October 2020, 29 days before.",
        finding.message());
    assertEquals(194, finding.line());
  }

  @Test
  void theFbclidOfNote16() {
    assertEquals(
        "Cite the clean URL: https://www.aravot-en.am/2020/09/01/263436/",
        only("url.tracking").fix());
  }

  @Test
  void note24CitesNote13sPostInFullAgain() {
    Finding finding = only("duplicate.full-citation");
    assertTrue(
        finding
            .message()
            .startsWith("Cites in full again the source that note 13 cites in full (the same URL)"),
        finding.message());
    assertEquals(
        "Use the short form: Aliyev, Facebook, 31 October 2020, cited above (note 13).",
        finding.fix());
  }

  @Test
  void marker14IsMissingBetweenThoseOf13And15() {
    Finding finding = only("marker.missing");
    assertTrue(
        finding.message().contains("between marker 13 at line 95")
            && finding
                .message()
                .contains(
                    "and marker 15 at line 101 (\"…than a geopolitical orientation\". 15 Although"),
        finding.message());
  }

  @Test
  void theCrossReferencesToNote12MatchTheLavrovInterview() {
    assertTrue(report.findings().stream().noneMatch(f -> f.rule().startsWith("xref.")));
  }

  @Test
  void goldenReports() {
    String json = AuditJson.render(report);
    JsonSchemas.assertValid("/org/citecheck/schema/audit.schema.json", json);
    GoldenFile.assertMatches(GOLDEN.resolve("seed.expected.json"), json);
    GoldenFile.assertMatches(GOLDEN.resolve("seed.expected.md"), AuditMarkdown.render(report));
  }
}
