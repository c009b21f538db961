package org.citecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.citecheck.testing.GoldenFile;
import org.citecheck.testing.UrlResultFixture;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;
import org.citecheck.verdict.VerificationReport;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

  @Test
  void matchesGoldenFile() {
    GoldenFile.assertMatches(
        ReportFixture.GOLDEN.resolve("verification.expected.md"),
        MarkdownReport.format(ReportFixture.context()));
  }

  @Test
  void everyTableRowHasExactlyItsColumnsWhateverTheCellsHold() {
    String md = MarkdownReport.format(ReportFixture.context());
    for (String line : md.split("\n")) {
      if (line.startsWith("| ") && !line.startsWith("| Verdict") && !line.startsWith("| ---")) {
        int pipes = unescapedPipes(line);
        assertTrue(
            pipes == 3 || pipes == 4 || pipes == 6, "row with " + pipes + " cell borders: " + line);
      }
    }
  }

  @Test
  void hostileTextCannotBecomeMarkupOrLinks() {
    String md = MarkdownReport.format(ReportFixture.context());
    assertFalse(
        Pattern.compile("(?<!\\\\)<(/?script|img)").matcher(md).find(), "raw HTML is escaped");
    assertTrue(md.contains("\\<img src=x onerror=alert(1)\\>"), "and shows as text");
    assertFalse(
        Pattern.compile("(?<!\\\\)\\]\\(javascript:").matcher(md).find(),
        "a javascript: URL never becomes a link");
    assertTrue(
        md.contains("\\[link\\](javascript:alert(1))"), "a link written in a title shows as text");
    assertFalse(md.contains("\u202E"), "bidi overrides are dropped");
    assertFalse(md.contains("\u0000"), "control characters are dropped");
    assertFalse(md.contains("\u2028"), "line separators are dropped");
    assertTrue(md.contains("\\*addresses\\*"), "emphasis markers are escaped");
    assertTrue(md.contains("\\$x\\$"), "math markers are escaped");
    assertTrue(md.contains("@\u2060octocat"), "a quoted @name cannot notify a GitHub user");
    assertTrue(md.contains(ReportFixture.RTL_TITLE), "right-to-left text is kept");
  }

  @Test
  void rendersAsGitHubWouldWithRemoteTextShownVerbatim() {
    Document page = RenderedMarkdown.render(MarkdownReport.format(ReportFixture.context()));
    assertTrue(
        page.select("script, img, b, em, strong code, del, code").isEmpty(), page.body().html());
    Elements rows = page.select("table").get(2).select("tbody tr");
    assertEquals(10, rows.size());
    for (Element row : rows) {
      assertEquals(5, row.select("td").size(), row.outerHtml());
    }
    Element hostile = rows.get(7);
    assertEquals(
        "Dead: 404 [31mNot Found gnp.exe</script><script>alert(1)</script> ]]> next line | pipe `tick` "
            + "$x$ @\u2060octocat",
        hostile.select("td").get(3).text());
    assertEquals(ReportFixture.RTL_TITLE, hostile.select("td").get(1).text());
    assertEquals(
        ReportFixture.LONG_URL.replace("|", "%7C").replace("\"", "%22"),
        hostile.select("td").get(2).selectFirst("a").attr("href"));
    assertEquals(
        "PM *addresses* the _nation_ [link](javascript:alert(1))",
        rows.get(2).select("td").get(1).text());
    assertEquals(
        "Erdoğan: Time to resolve <img src=x onerror=alert(1)>",
        rows.get(6).select("td").get(1).text());
    for (String href : page.select("a[href]").eachAttr("href")) {
      assertTrue(href.startsWith("https://"), href);
    }
  }

  @Test
  void listsRescuedLinksWithTheirSnapshot() {
    String md = MarkdownReport.format(ReportFixture.context());
    assertTrue(md.contains("1 of 3 dead or soft-404 links have an archived snapshot"));
    assertTrue(
        md.contains(
            "| 5 | [https://www.ipinst.org/wp-content/uploads/2016/05/1605-Chained-to-the…]"
                + "(https://www.ipinst.org/wp-content/uploads/2016/05/1605-Chained-to-the-Caucasus.pdf) | "
                + "[1 June 2016](https://web.archive.org/web/20160601000000/"
                + "https://www.ipinst.org/wp-content/uploads/2016/05/1605-Chained-to-the-Caucasus.pdf) |"),
        md);
  }

  @Test
  void longRunsAreCutProblemsFirstAndSayWhatWasLeftOut() {
    List<UrlResult> results = new ArrayList<>();
    for (int i = 1; i <= 2000; i++) {
      Verdict verdict = i % 10 == 0 ? Verdict.DEAD : Verdict.ALIVE;
      results.add(
          UrlResultFixture.result(i, 0, "https://example.org/page/" + i, verdict)
              .reason(verdict.label())
              .status(verdict == Verdict.DEAD ? 404 : 200)
              .elapsedMs(10)
              .build());
    }
    ReportContext context =
        new ReportContext(
            new VerificationReport(
                1, ReportFixture.GENERATED_AT, "references.json", false, null, results),
            null,
            null,
            EnumSet.of(Verdict.DEAD),
            "test");
    String md = MarkdownReport.format(context);
    assertTrue(md.length() <= MarkdownReport.MAX_CHARS, "length " + md.length());
    long deadRows = md.lines().filter(line -> line.contains("| **Dead**: ")).count();
    long aliveRows = md.lines().filter(line -> line.contains("| **Alive**: ")).count();
    assertEquals(MarkdownReport.MAX_ROWS, deadRows + aliveRows);
    assertEquals(
        MarkdownReport.MAX_ROWS,
        deadRows,
        "all 200 dead links outrank alive ones for the 100 rows");
    assertTrue(
        md.contains(
            "_Showing 100 of 2000 rows; 100 with problems and 1800 alive or skipped left out."),
        md);
  }

  @Test
  void characterBudgetCutsRowsAndStillCountsThem() {
    String md = MarkdownReport.format(ReportFixture.context(), 100, 3000);
    assertTrue(md.length() <= 3000 + 200, "length " + md.length());
    assertTrue(md.contains("_Showing "), md);
  }

  private static int unescapedPipes(String line) {
    int count = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '|' && (i == 0 || line.charAt(i - 1) != '\\')) {
        count++;
      }
    }
    return count;
  }
}
