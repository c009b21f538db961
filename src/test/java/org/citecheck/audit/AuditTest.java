package org.citecheck.audit;

import static org.citecheck.audit.AuditFixture.note;
import static org.citecheck.audit.AuditFixture.references;
import static org.citecheck.audit.AuditFixture.result;
import static org.citecheck.audit.AuditFixture.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citecheck.CitecheckException;
import org.citecheck.audit.model.AuditRule;
import org.citecheck.audit.model.Finding;
import org.citecheck.audit.model.Severity;
import org.citecheck.references.Note;
import org.citecheck.references.ReferenceSet;
import org.citecheck.report.RenderedMarkdown;
import org.citecheck.testing.JsonSchemas;
import org.citecheck.verdict.Verdict;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditTest {

  private static final Instant NOW = Instant.parse("2021-03-01T10:00:00.123Z");

  @TempDir Path dir;

  @Test
  void ruleIdsAreUniqueAndDocumented() {
    Set<String> ids = new HashSet<>();
    for (AuditRule rule : Audit.rules()) {
      assertTrue(ids.add(rule.id()), "duplicate rule id " + rule.id());
      assertTrue(
          rule.id().matches("(numbering|marker|xref|duplicate|url|date|link)\\.[a-z0-9-]+"),
          rule.id());
      assertFalse(rule.description().isBlank(), rule.id());
    }
    String docs = auditPage();
    for (String id : ids) {
      assertTrue(docs.contains("`" + id + "`"), "docs/audit.md does not document " + id);
    }
  }

  @Test
  void findingsAreSortedByNoteSourceLineAndRule() {
    ReferenceSet refs =
        references(
            note(
                3,
                source()
                    .title("Later, November 12, 2020")
                    .date("2020-10-01")
                    .url("https://example.org/a?fbclid=1")
                    .build()),
            note(1, source().title("Gap and order").build()),
            note(5, source().url("https://example.org/a").build()));
    AuditReport report = Audit.audit(AuditFixture.context(refs), "in.txt", null, NOW);
    List<Finding> sorted = new ArrayList<>(report.findings());
    sorted.sort(Finding.ORDER);
    assertEquals(sorted, report.findings());
    assertEquals(null, report.findings().get(0).note(), "document-wide findings come first");
    assertEquals(
        report,
        Audit.audit(AuditFixture.context(refs), "in.txt", null, NOW),
        "the same input, the same report");
    assertEquals("2021-03-01T10:00:00Z", report.generatedAt());
  }

  @Test
  void rulesThatCannotRunAreListedWithTheirReason() {
    AuditReport report =
        Audit.audit(AuditFixture.context(references(note(1))), "references.json", null, NOW);
    List<String> skipped = report.skipped().stream().map(SkippedRule::rule).toList();
    assertTrue(
        skipped.containsAll(
            List.of(
                "marker.missing",
                "marker.orphan",
                "marker.order",
                "marker.repeated",
                "url.insecure",
                "link.dead",
                "link.changed")),
        skipped.toString());
    assertFalse(skipped.contains("date.after-document"), "the fixture's document is dated");
    AuditReport checked =
        Audit.audit(
            AuditFixture.withReport(
                references(note(1)), result(1, 0, "https://x.org", Verdict.ALIVE)),
            "references.json",
            "verification.json",
            NOW);
    assertFalse(checked.skipped().stream().anyMatch(s -> s.rule().startsWith("link.")));
  }

  @Test
  void auditJsonFollowsItsSchemaAndTheSchemaRejectsWhatItShould() {
    AuditReport report =
        Audit.audit(AuditFixture.context(references(note(1), note(3))), "in.txt", null, NOW);
    String json = AuditJson.render(report);
    JsonSchemas.assertValid("/org/citecheck/schema/audit.schema.json", json);
    assertFalse(
        JsonSchemas.validate(
                "/org/citecheck/schema/audit.schema.json",
                json.replace("\"severity\": \"error\"", "\"severity\": \"fatal\""))
            .isEmpty());
    assertFalse(
        JsonSchemas.validate(
                "/org/citecheck/schema/audit.schema.json",
                json.replace("\"rule\": \"numbering.gap\"", "\"rule\": \"Numbering gap\""))
            .isEmpty());
  }

  @Test
  void markdownShowsDocumentAndServerTextAsPlainText() {
    String hostile =
        "<script>alert(1)</script> [click](javascript:alert(1)) | @octocat *bold* \u001b[31m`code`";
    ReferenceSet refs =
        references(
            note(
                1,
                source()
                    .title(hostile)
                    .url("https://example.org/a?utm_source=" + "<img src=x>")
                    .build()),
            note(2, source().title(hostile).url("https://example.org/a").build()));
    AuditReport report =
        Audit.audit(
            AuditFixture.withReport(refs, result(2, 0, "javascript:alert(1)", Verdict.DEAD)),
            hostile,
            null,
            NOW);
    String md = AuditMarkdown.render(report);
    assertFalse(md.contains("\u001b"), "control characters are dropped");
    Document html = RenderedMarkdown.render(md);
    assertTrue(html.select("script, img, em, a").isEmpty(), html.body().html());
    for (Element code : html.select("code")) {
      assertTrue(code.text().matches("[a-z]+\\.[a-z0-9-]+"), "only rule ids are code: " + code);
    }
    for (Element row : html.select("table").last().select("tbody tr")) {
      assertEquals(6, row.select("td").size(), "a pipe in the text must not add cells: " + row);
    }
    assertTrue(html.text().contains("@\u2060octocat"), "mentions are neutralised");
    assertTrue(html.text().contains("<script>alert(1)</script>"), "the text shows as text");
  }

  @Test
  void longListsAreCutErrorsFirstWithALineSayingSo() {
    List<Note> notes = new ArrayList<>();
    for (int i = 1; i <= 60; i += 2) {
      notes.add(note(i, source().url("https://example.org/" + i + "?fbclid=x").build()));
    }
    AuditReport report =
        Audit.audit(AuditFixture.context(references(notes.toArray(Note[]::new))), "in", null, NOW);
    int errors = report.count(Severity.ERROR);
    String md = AuditMarkdown.render(report, errors, AuditMarkdown.MAX_CHARS);
    assertTrue(
        md.contains("_Showing " + errors + " of " + report.findings().size() + " findings"), md);
    String table = md.substring(md.indexOf("## Findings"));
    assertFalse(table.contains("url.tracking"), "warnings are cut before errors");
    assertTrue(
        AuditMarkdown.render(report, 1000, 3000).length() <= 3000 + 200, "the character cap holds");
  }

  @Test
  void reportsAreWrittenWholeOrNotAtAll() throws IOException {
    AuditReport report = Audit.audit(AuditFixture.context(references(note(1))), "in", null, NOW);
    List<Path> written = Audit.write(dir.resolve("reports"), report);
    assertEquals(
        List.of(dir.resolve("reports/audit.json"), dir.resolve("reports/audit.md")), written);
    Path blocked = Files.writeString(dir.resolve("file"), "not a folder");
    CitecheckException e =
        assertThrows(CitecheckException.class, () -> Audit.write(blocked, report));
    assertEquals(CitecheckException.Kind.OUTPUT, e.kind());
  }

  private static String auditPage() {
    try {
      return Files.readString(Path.of("docs/audit.md"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
