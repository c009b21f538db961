package org.citecheck.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citecheck.audit.AuditReport;
import org.citecheck.audit.SkippedRule;
import org.citecheck.io.Json;
import org.citecheck.testing.CliRun;
import org.citecheck.testing.ClosedPort;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;
import org.citecheck.verdict.VerificationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** extract, check, audit and bib on LaTeX and BibTeX files, and their bad input, end to end. */
class LatexBibtexCommandsTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path dir;

  private String url(String path) {
    return "http://127.0.0.1:" + server.getPort() + path;
  }

  @Test
  void checkLinkChecksEveryEntryOfABibliography() throws IOException {
    server.stubFor(
        any(urlEqualTo("/paper"))
            .willReturn(aResponse().withStatus(200).withBody("<title>Paper</title>")));
    server.stubFor(any(urlEqualTo("/gone")).willReturn(aResponse().withStatus(404)));
    server.stubFor(
        any(urlEqualTo("/data_set%20v2"))
            .willReturn(aResponse().withStatus(200).withBody("<title>Data</title>")));
    Path bib =
        Files.writeString(
            dir.resolve("refs.bib"),
            "@article{a, title = {Paper}, url = {"
                + url("/paper")
                + "}, urldate = {2024-01-02}}\n"
                + "@online{b, title = {Gone}, url = {"
                + url("/gone")
                + "}}\n"
                + "@misc{c, title = {Data}, howpublished = {\\url{"
                + url("/data\\_set%20v2")
                + "}}}\n"
                + "@book{d, title = {No URL}, publisher = {P}, year = 2001}\n");
    Path reports = dir.resolve("reports");
    CliRun check =
        CliRun.of(
            "check",
            bib.toString(),
            "--reports",
            reports.toString(),
            "--allow-private-hosts",
            "--no-cache",
            "--archive",
            "none",
            "--probe-url",
            ClosedPort.url(),
            "--retries",
            "0",
            "--quiet");
    assertEquals(ExitCodes.FINDINGS, check.code(), check.err());
    VerificationReport report =
        Json.mapper()
            .readValue(reports.resolve("verification.json").toFile(), VerificationReport.class);
    assertEquals(
        List.of(url("/paper") + " alive", url("/gone") + " dead", url("/data_set%20v2") + " alive"),
        report.results().stream().map(r -> r.url() + " " + r.verdict()).toList());
    assertEquals(List.of(1, 2, 3), report.results().stream().map(UrlResult::note).toList());
    assertEquals(Verdict.DEAD, report.results().get(1).verdict());
  }

  @Test
  void auditOnABibliographySkipsTheRulesThatNeedNoteNumbers() throws IOException {
    Path bib =
        Files.writeString(
            dir.resolve("refs.bib"),
            "@online{a, title = {Page}, url = {https://example.org/p?utm_source=mail},"
                + " urldate = {2024-01-02}}\n"
                + "@online{b, title = {Page}, url = {https://example.org/p?utm_source=mail},"
                + " urldate = {2024-01-02}}\n");
    Path reports = dir.resolve("reports");
    CliRun audit = CliRun.of("audit", bib.toString(), "--reports", reports.toString());
    assertEquals(ExitCodes.OK, audit.code(), audit.err());
    AuditReport report =
        Json.mapper().readValue(reports.resolve("audit.json").toFile(), AuditReport.class);
    List<String> skipped = report.skipped().stream().map(SkippedRule::rule).toList();
    for (String rule :
        List.of("numbering.gap", "numbering.inferred", "marker.missing", "marker.orphan")) {
      assertTrue(skipped.contains(rule), rule + " should not run on a .bib: " + skipped);
    }
    List<String> found =
        report.findings().stream().map(f -> f.rule() + " " + f.note()).distinct().toList();
    assertEquals(
        List.of("duplicate.full-citation 2", "url.tracking 1", "url.tracking 2"),
        found.stream().sorted().toList());
  }

  @Test
  void aLatexProjectIsExtractedAuditedAndMadeABibliography() throws IOException {
    Files.createDirectories(dir.resolve("chapters"));
    Files.writeString(
        dir.resolve("chapters/intro.tex"),
        "Intro.\\footnote{Doe, ``A Title,'' \\emph{Outlet}, 2020,"
            + " \\url{https://example.org/a_b%20c}.}\n");
    Path tex =
        Files.writeString(
            dir.resolve("report.tex"),
            """
            \\documentclass{article}
            \\title{The Report}
            \\begin{document}
            \\input{chapters/intro}
            Main.\\footnote{Roe, \\href{https://example.com/r?x=1\\&y=2}{Report}, 2021.}
            \\end{document}
            """);
    Path out = dir.resolve("references.json");
    CliRun extract = CliRun.of("extract", tex.toString(), "-o", out.toString());
    assertEquals(ExitCodes.OK, extract.code(), extract.err());
    String json = Files.readString(out);
    assertTrue(json.contains("\"https://example.org/a_b%20c\""), json);
    assertTrue(json.contains("\"https://example.com/r?x=1&y=2\""), json);
    assertTrue(json.contains("\"The Report\""), json);
    assertTrue(extract.err().contains("the included chapters/intro.tex"), extract.err());

    Path reports = dir.resolve("reports");
    CliRun audit = CliRun.of("audit", tex.toString(), "--reports", reports.toString());
    assertEquals(ExitCodes.OK, audit.code(), audit.out() + audit.err());
    AuditReport report =
        Json.mapper().readValue(reports.resolve("audit.json").toFile(), AuditReport.class);
    assertFalse(
        report.findings().stream().anyMatch(f -> f.rule().startsWith("marker.")),
        "every marker is where LaTeX puts it: " + report.findings());
    assertTrue(report.skipped().stream().noneMatch(s -> s.rule().startsWith("marker.")));

    Path bib = dir.resolve("references.bib");
    CliRun bibRun = CliRun.of("bib", tex.toString(), "-o", bib.toString());
    assertEquals(ExitCodes.OK, bibRun.code(), bibRun.err());
    assertTrue(Files.readString(bib).contains("https://example.com/r?x=1&y=2"));
  }

  @Test
  void fromStandardInputInputIsNotFollowedAndTheUserIsTold() {
    CliRun run =
        CliRun.withInput(
            "\\documentclass{article}\n\\begin{document}\nA.\\footnote{Note, https://a.example.org/.}"
                + "\n\\input{chapter}\n\\end{document}\n",
            "extract",
            "-",
            "-o",
            dir.resolve("refs.json").toString());
    assertEquals(ExitCodes.OK, run.code(), run.err());
    assertTrue(run.err().contains("\\input{chapter} and the like are not followed"), run.err());
  }

  @Test
  void aBibSyntaxErrorIsOneLineWithLineAndColumn() throws IOException {
    Path bib =
        Files.writeString(
            dir.resolve("broken.bib"), "@misc{a, title = {One}}\n@misc{b title = {Two}}\n");
    CliRun run = CliRun.of("extract", bib.toString(), "-o", dir.resolve("r.json").toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code());
    assertEquals(
        "citecheck: " + bib + ": BibTeX syntax error at line 2, column 9: unexpected \"title\"\n",
        run.err());
    assertFalse(Files.exists(dir.resolve("r.json")));
  }

  @Test
  void latexWithNeitherNotesNorLinksIsOneLine() throws IOException {
    Path tex =
        Files.writeString(
            dir.resolve("empty.tex"),
            "\\documentclass{article}\n\\begin{document}\nProse only.\n\\end{document}\n");
    CliRun run = CliRun.of("check", tex.toString(), "--reports", dir.resolve("rep").toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code());
    assertEquals(
        "citecheck: " + tex + ": no notes and no links found in this LaTeX document\n", run.err());
  }

  @Test
  void aBibWithOnlyStringsAndCommentsIsOneLine() throws IOException {
    Path bib = Files.writeString(dir.resolve("strings.bib"), "@string{a = {b}}\n@comment{x}\n");
    CliRun run = CliRun.of("extract", bib.toString(), "-o", dir.resolve("r.json").toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code());
    assertEquals(
        "citecheck: " + bib + ": no notes and no links found in this BibTeX document\n", run.err());
  }

  @Test
  void deeplyNestedCommandsAreOneLineNotACrash() throws IOException {
    int depth = 20_000;
    Path tex =
        Files.writeString(
            dir.resolve("deep.tex"),
            "Text.\\footnote{" + "\\enquote{".repeat(depth) + "x" + "}".repeat(depth) + "}\n");
    CliRun run = CliRun.of("extract", tex.toString(), "-o", dir.resolve("r.json").toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code(), run.err());
    assertEquals("citecheck: " + tex + ": TeX commands nested more than 100 deep\n", run.err());
  }

  @Test
  void deeplyNestedBracesInABibAreReadWithoutACrash() throws IOException {
    int depth = 100_000;
    Path bib =
        Files.writeString(
            dir.resolve("deep.bib"),
            "@misc{a, title = {" + "{".repeat(depth) + "x" + "}".repeat(depth) + "}}\n");
    CliRun run = CliRun.of("extract", bib.toString(), "-o", dir.resolve("r.json").toString());
    assertEquals(ExitCodes.OK, run.code(), run.err());
    assertTrue(Files.readString(dir.resolve("r.json")).contains("\"x\""));
  }

  @Test
  void deeplyNestedCommandsInABibFieldAreOneLine() throws IOException {
    Path bib =
        Files.writeString(
            dir.resolve("deep.bib"),
            "@misc{a, title = {" + "\\enquote{".repeat(500) + "x" + "}".repeat(500) + "}}\n");
    CliRun run = CliRun.of("extract", bib.toString(), "-o", dir.resolve("r.json").toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code(), run.err());
    assertEquals(
        "citecheck: " + bib + ": entry a: TeX commands nested more than 100 deep\n", run.err());
  }
}
