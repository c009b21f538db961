package org.citecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.citecheck.testing.CliRun;
import org.citecheck.testing.JsonSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** extract, audit and bib on HTML and JATS inputs, and their bad cases: one line, exit 2. */
class HtmlJatsCommandsTest {

  private static final String HTML =
      """
      <!DOCTYPE html><html><head><title>Report</title></head><body>
      <p>Claim.<a href="#fn1" class="footnote-ref" id="fnref1"><sup>1</sup></a>
      Other.<a href="#fn2" class="footnote-ref" id="fnref2"><sup>2</sup></a></p>
      <section class="footnotes"><ol>
      <li id="fn1"><p>Jane Doe, <a href="https://news.example.org/story">A Linked Title</a>, 2020.<a href="#fnref1" class="footnote-back">↩︎</a></p></li>
      <li id="fn2"><p>Office, <a href="/files/report.pdf">Annual Report</a>, 2019.<a href="#fnref2" class="footnote-back">↩︎</a></p></li>
      </ol></section></body></html>
      """;

  private static final String JATS =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.2 20190208//EN" "JATS-archivearticle1.dtd">
      <article xmlns:xlink="http://www.w3.org/1999/xlink" dtd-version="1.2">
      <front><article-meta><title-group><article-title>Paper</article-title></title-group></article-meta></front>
      <body><p>As shown<xref ref-type="bibr" rid="r1">1</xref>.</p></body>
      <back><ref-list><ref id="r1"><label>1</label><element-citation publication-type="journal">
      <person-group person-group-type="author"><name><surname>Doe</surname><given-names>Jane</given-names></name></person-group>
      <article-title>A study</article-title><source>Journal of Tests</source><year>2020</year>
      <volume>12</volume><fpage>45</fpage><lpage>67</lpage><pub-id pub-id-type="doi">10.1000/xyz.123</pub-id>
      </element-citation></ref></ref-list></back></article>
      """;

  @TempDir Path dir;

  @Test
  void extractReadsHtmlAndResolvesRelativeLinksAgainstTheBaseUrl() throws IOException {
    Path page = Files.writeString(dir.resolve("report.html"), HTML);
    Path output = dir.resolve("references.json");
    CliRun run =
        CliRun.of(
            "extract",
            page.toString(),
            "-o",
            output.toString(),
            "--base-url",
            "https://site.example.org/2020/report.html");
    assertEquals(0, run.code(), run.err());
    String json = Files.readString(output);
    JsonSchemas.assertValid("/org/citecheck/schema/references.schema.json", json);
    assertTrue(json.contains("\"url\": \"https://news.example.org/story\""), json);
    assertTrue(json.contains("\"url\": \"https://site.example.org/files/report.pdf\""), json);
    assertTrue(json.contains("\"urlSource\": \"markup\""), json);
    assertTrue(run.err().startsWith("2 notes"), run.err());
  }

  @Test
  void htmlOnStandardInputIsRecognisedByItsContent() throws IOException {
    Path output = dir.resolve("references.json");
    CliRun run = CliRun.withInput(HTML, "extract", "-", "-o", output.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(Files.readString(output).contains("https://news.example.org/story"));
  }

  @Test
  void withoutABaseARelativeLinkIsLeftOutAndTheUserIsTold() throws IOException {
    Path page = Files.writeString(dir.resolve("report.html"), HTML);
    Path output = dir.resolve("references.json");
    CliRun run = CliRun.of("extract", page.toString(), "-o", output.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(
        run.err()
            .contains(
                page
                    + ": 1 relative link was left unresolved: the page has no <base href>; give"
                    + " --base-url to resolve them"),
        run.err());
    assertFalse(Files.readString(output).contains("/files/report.pdf\""));
  }

  @Test
  void aBaseUrlThatIsNotAnHttpUrlIsAUsageError() throws IOException {
    Path page = Files.writeString(dir.resolve("report.html"), HTML);
    CliRun run =
        CliRun.of(
            "extract", page.toString(), "-o", dir.resolve("r.json").toString(), "--base-url", "/x");
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code());
    assertEquals(
        "citecheck: --base-url must be an absolute http or https URL (such as"
            + " https://example.org/report/), not '/x'\n",
        run.err());
  }

  @Test
  void auditReadsTheHtmlMarkers() throws IOException {
    Path page = Files.writeString(dir.resolve("report.htm"), HTML);
    Path reports = dir.resolve("reports");
    CliRun run = CliRun.of("audit", page.toString(), "--reports", reports.toString());
    assertEquals(0, run.code(), run.out() + run.err());
    String audit = Files.readString(reports.resolve("audit.json"));
    assertFalse(audit.contains("marker-missing"), audit);
    assertFalse(audit.contains("marker-orphan"), audit);
  }

  @Test
  void bibWritesAJatsReferenceFromItsTaggedFields() throws IOException {
    Path article = Files.writeString(dir.resolve("paper.xml"), JATS);
    Path bib = dir.resolve("r.bib");
    CliRun run = CliRun.of("bib", article.toString(), "-o", bib.toString());
    assertEquals(0, run.code(), run.err());
    String entries = Files.readString(bib);
    assertTrue(entries.contains("10.1000/xyz.123"), entries);
    assertTrue(entries.contains("Journal of Tests"), entries);
    assertTrue(entries.contains("Doe, Jane"), entries);
  }

  @Test
  void anExternalEntityInJatsIsOneLineAndExitTwo() throws IOException {
    Path article =
        Files.writeString(
            dir.resolve("evil.xml"),
            "<?xml version=\"1.0\"?>\n<!DOCTYPE article [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<article dtd-version=\"1.2\"><body><p>&x;</p></body></article>\n");
    Path output = dir.resolve("references.json");
    CliRun run = CliRun.of("extract", article.toString(), "-o", output.toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code());
    assertEquals(
        "citecheck: "
            + article
            + ": refused: the XML declares its own entity 'x', which could expand without bound or"
            + " read a local file; it was not expanded\n",
        run.err());
    assertFalse(Files.exists(output));
  }

  @Test
  void xmlThatIsNotJatsAndHtmlWithNothingAreOneLine() throws IOException {
    Path feed = Files.writeString(dir.resolve("feed.xml"), "<?xml version=\"1.0\"?><feed/>\n");
    CliRun run = CliRun.of("extract", feed.toString(), "-o", dir.resolve("a.json").toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code());
    assertEquals(
        "citecheck: "
            + feed
            + " is XML but not a JATS article: its root element is <feed>, not <article>\n",
        run.err());
    Path empty =
        Files.writeString(dir.resolve("empty.html"), "<html><body><p>Prose.</p></body></html>");
    CliRun nothing = CliRun.of("extract", empty.toString(), "-o", dir.resolve("b.json").toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, nothing.code());
    assertEquals(
        "citecheck: " + empty + ": no notes and no links found in this HTML document\n",
        nothing.err());
  }

  /**
   * A 50 MB page (pandoc's markup, 500 notes among 120,000 paragraphs) is read whole; how long it
   * takes and how much memory is bench/html-bench.sh's to say, not a test's.
   */
  @Test
  void aFiftyMegabytePageIsRead() throws IOException {
    Path page = dir.resolve("big.html");
    BigPage.write(page, 50L * 1024 * 1024, 500);
    Path output = dir.resolve("references.json");
    CliRun run = CliRun.of("extract", page.toString(), "-o", output.toString());
    assertEquals(0, run.code(), run.err());
    // The body's 120,000 links are counted in a notice first; then the summary.
    assertTrue(
        run.err().contains("\n500 notes (0 numbers inferred), 500 sources, 500 URLs"), run.err());
  }

  /** Writes a large page in pandoc's markup. */
  static final class BigPage {
    private BigPage() {}

    static void write(Path file, long bytes, int notes) throws IOException {
      String words =
          "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor"
              + " incididunt ut labore et dolore magna aliqua. ";
      long paragraphs = bytes / 420;
      long every = Math.max(1, paragraphs / notes);
      int note = 0;
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        out.write("<!DOCTYPE html><html><head><title>Big</title></head><body>\n");
        for (long i = 1; i <= paragraphs; i++) {
          out.write("<p>");
          out.write(words.repeat(3));
          if (i % every == 0 && note < notes) {
            note++;
            out.write(
                "<a href=\"#fn%d\" class=\"footnote-ref\" id=\"fnref%d\"><sup>%d</sup></a>"
                    .formatted(note, note, note));
          } else {
            out.write("<a href=\"https://body.example.org/%d\">x</a>".formatted(i));
          }
          out.write("</p>\n");
        }
        out.write("<section class=\"footnotes\"><hr /><ol>\n");
        for (int k = 1; k <= note; k++) {
          out.write(
              ("<li id=\"fn%d\"><p>Author %d, <a href=\"https://ex%d.example.org/r\">Title %d</a>,"
                      + " 2020.<a href=\"#fnref%d\" class=\"footnote-back\">↩︎</a></p></li>\n")
                  .formatted(k, k, k, k, k));
        }
        out.write("</ol></section></body></html>\n");
      }
    }
  }
}
