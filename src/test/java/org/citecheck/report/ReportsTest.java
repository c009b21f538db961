package org.citecheck.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.citecheck.CitecheckException;
import org.citecheck.testing.ArchiveResultFixture;
import org.citecheck.testing.UrlResultFixture;
import org.citecheck.verdict.ArchiveStatus;
import org.citecheck.verdict.DriftResult;
import org.citecheck.verdict.DriftVerdict;
import org.citecheck.verdict.TitleMatch;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;
import org.citecheck.verdict.VerificationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {

  @TempDir Path folder;

  @Test
  void writesEachChosenFormatInOrder() {
    Path reports = folder.resolve("reports");
    List<Path> written =
        Reports.write(reports, EnumSet.allOf(ReportFormat.class), ReportFixture.context());
    assertEquals(
        List.of(
            "verification.json",
            "verification.md",
            "verification.html",
            "junit.xml",
            "verification.sarif",
            "notes.annotated.md"),
        written.stream().map(p -> p.getFileName().toString()).toList());
    assertEquals(List.of(), leftovers(reports), "no temporary file left behind");
  }

  @Test
  void writesOnlyTheChosenFormatsAsUtf8() throws Exception {
    Reports.write(folder, ReportFormat.DEFAULTS, ReportFixture.context());
    assertTrue(Files.exists(folder.resolve("verification.json")));
    assertTrue(Files.exists(folder.resolve("verification.md")));
    assertTrue(Files.exists(folder.resolve("verification.html")));
    assertTrue(Files.notExists(folder.resolve("junit.xml")));
    String md = Files.readString(folder.resolve("verification.md"), StandardCharsets.UTF_8);
    assertEquals(MarkdownReport.format(ReportFixture.context()), md);
    assertTrue(md.contains(ReportFixture.RTL_TITLE));
  }

  @Test
  void twoRunsWriteTheSameBytes() throws Exception {
    Path first = folder.resolve("first");
    Path second = folder.resolve("second");
    Reports.write(first, EnumSet.allOf(ReportFormat.class), ReportFixture.context());
    Reports.write(second, EnumSet.allOf(ReportFormat.class), ReportFixture.context());
    for (ReportFormat format : ReportFormat.values()) {
      assertArrayEquals(
          Files.readAllBytes(first.resolve(format.fileName())),
          Files.readAllBytes(second.resolve(format.fileName())),
          format.fileName());
    }
  }

  @Test
  void aFormatterThatThrowsLeavesEveryExistingReportUntouched() throws Exception {
    Files.writeString(folder.resolve("verification.json"), "good json from the last run");
    Files.writeString(folder.resolve("verification.md"), "good markdown from the last run");
    Map<String, Function<ReportContext, String>> formatters = new LinkedHashMap<>();
    formatters.put("verification.json", JsonReport::format);
    formatters.put(
        "verification.md",
        context -> {
          throw new IllegalStateException("formatter bug");
        });
    assertThrows(
        IllegalStateException.class,
        () -> Reports.write(folder, formatters, ReportFixture.context()));
    assertEquals(
        "good json from the last run", Files.readString(folder.resolve("verification.json")));
    assertEquals(
        "good markdown from the last run", Files.readString(folder.resolve("verification.md")));
    assertEquals(List.of(), leftovers(folder));
  }

  @Test
  void sparseResultsAndUnknownNotesStillRenderEveryFormat() {
    List<UrlResult> results =
        List.of(
            UrlResultFixture.result(99, 3, null, Verdict.DEAD)
                .elapsedMs(-5)
                .archive(
                    ArchiveResultFixture.archive(ArchiveStatus.FOUND)
                        .url("ftp://example.org/x")
                        .timestamp("2020")
                        .build())
                .build(),
            UrlResultFixture.result(4, 7, "https://example.org/", Verdict.ALIVE)
                .title(new TitleMatch(null, null, null))
                .archive(ArchiveResultFixture.archive(null).build())
                .drift(new DriftResult(DriftVerdict.CHANGED, null, null))
                .build());
    VerificationReport report = new VerificationReport(1, null, null, false, null, results);
    ReportContext context = new ReportContext(report, ReportFixture.references(), null, null, null);
    List<Path> written = Reports.write(folder, EnumSet.allOf(ReportFormat.class), context);
    assertEquals(6, written.size());
    assertEquals(
        List.of(),
        SchemaCheck.errors(
            "/org/citecheck/report/sarif/sarif-schema-2.1.0.json", SarifReport.format(context)));
  }

  @Test
  void anUnwritableFolderIsAnOutputError() throws Exception {
    Path file = folder.resolve("not-a-folder");
    Files.writeString(file, "x");
    CitecheckException e =
        assertThrows(
            CitecheckException.class,
            () -> Reports.write(file, ReportFormat.DEFAULTS, ReportFixture.context()));
    assertEquals(CitecheckException.Kind.OUTPUT, e.kind());
  }

  private static List<String> leftovers(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".tmp"))
          .toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
