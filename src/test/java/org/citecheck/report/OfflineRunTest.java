package org.citecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citecheck.references.DocumentInfo;
import org.citecheck.references.Note;
import org.citecheck.references.ReferenceSet;
import org.citecheck.references.ReferencesJson;
import org.citecheck.references.Source;
import org.citecheck.testing.CliRun;
import org.citecheck.testing.ClosedPort;
import org.citecheck.testing.SourceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole way through the real command line, with a checker that reaches nothing (every URL and
 * the probe point at closed local ports): each report file says in its headline that nothing was
 * verified, and a bibliography made with that report claims no visit.
 */
class OfflineRunTest {

  @TempDir Path folder;

  @Test
  void anOfflineCheckWritesReportsThatSaySoAndABibliographyWithoutAccessDates() throws IOException {
    Path references =
        references(ClosedPort.url() + "a", ClosedPort.url() + "b", ClosedPort.url() + "c");
    Path reports = folder.resolve("reports");
    CliRun check =
        CliRun.of(
            "check",
            references.toString(),
            "--reports",
            reports.toString(),
            "--format",
            "all",
            "--fail-on",
            "dead",
            "--allow-private-hosts",
            "--no-cache",
            "--retries",
            "0",
            "--archive",
            "none",
            "--probe-url",
            ClosedPort.url());
    assertEquals(3, check.code(), check.err());

    assertTrue(
        read(reports.resolve("verification.md"))
            .startsWith("# Citation check: nothing verified, the checker was offline\n"));
    assertFalse(read(reports.resolve("verification.md")).contains("Nothing fails"));
    assertTrue(
        read(reports.resolve("verification.html"))
            .contains("<h1>Citation check: nothing verified, the checker was offline</h1>"));
    assertFalse(read(reports.resolve("verification.html")).contains("(0 found)"));
    assertTrue(
        read(reports.resolve("notes.annotated.md"))
            .contains("**Not checked: the checker was offline.**"));
    assertFalse(read(reports.resolve("notes.annotated.md")).contains("checked by citecheck on"));
    assertTrue(read(reports.resolve("junit.xml")).contains("<!-- The checker was offline:"));
    assertTrue(
        read(reports.resolve("junit.xml"))
            .contains("tests=\"3\" failures=\"0\" errors=\"0\" skipped=\"3\""));
    assertTrue(
        read(reports.resolve("verification.sarif")).contains("\"executionSuccessful\": false"));

    CliRun bib =
        CliRun.of(
            "bib",
            references.toString(),
            "-o",
            "-",
            "--with",
            reports.resolve("verification.json").toString());
    assertEquals(0, bib.code(), bib.err());
    assertFalse(bib.out().contains("urldate"), bib.out());
    assertTrue(bib.err().contains("comes from an offline check: no link was reached"), bib.err());
  }

  private Path references(String... urls) throws IOException {
    List<Note> notes = new ArrayList<>();
    for (String url : urls) {
      Source source =
          SourceFixture.source()
              .authors("Ann Author")
              .title("Page " + notes.size())
              .date("2020")
              .url(url)
              .text("text")
              .build();
      notes.add(
          new Note(
              notes.size() + 1,
              false,
              false,
              notes.size() + 1,
              "text " + url,
              null,
              List.of(source)));
    }
    Path file = folder.resolve("references.json");
    Files.writeString(
        file,
        ReferencesJson.write(
            new ReferenceSet(
                new DocumentInfo("Report", List.of(), null, "report.txt", null, null), notes)),
        StandardCharsets.UTF_8);
    return file;
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
