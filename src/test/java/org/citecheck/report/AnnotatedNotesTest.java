package org.citecheck.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citecheck.testing.GoldenFile;
import org.junit.jupiter.api.Test;

class AnnotatedNotesTest {

  private final String notes = AnnotatedNotes.format(ReportFixture.context());
  private final List<String> lines = notes.lines().toList();

  @Test
  void matchesGoldenFile() {
    GoldenFile.assertMatches(ReportFixture.GOLDEN.resolve("notes.annotated.expected.md"), notes);
  }

  @Test
  void putsTheSnapshotRightAfterItsUrl() {
    assertTrue(
        line(4)
            .contains(
                "<https://mirrorspectator.com/2020/11/02/why-negotiations-failed/> \\[archived "
                    + "2 November 2020: <https://web.archive.org/web/20201102093000/"
                    + "https://mirrorspectator.com/2020/11/02/why-negotiations-failed/>\\]."),
        line(4));
  }

  @Test
  void marksDeadAndSoft404Links() {
    assertTrue(
        line(5).contains("Chained-to-the-Caucasus.pdf> \\[dead link\\] \\[archived 1 June 2016: "),
        line(5));
    assertTrue(line(6).contains("Nikol-Pashinyan-Speech/> \\[soft 404\\]."), line(6));
    assertTrue(line(11).contains("\\[dead link\\]"), line(11));
    assertFalse(line(8).contains("\\[dead link\\]"), "a redirect is not dead");
  }

  @Test
  void keepsEveryNoteAndItsTextEscaped() {
    assertTrue(
        line(1)
            .startsWith(
                "**1.** The authors wish to thank \\<script\\>alert('x')\\</script\\> \\& "
                    + "\"friends\" \\| all \\*reviewers\\*."),
        line(1));
    assertFalse(notes.contains("\u202E"));
    assertTrue(line(11).contains(ReportFixture.RTL_TITLE));
  }

  @Test
  void rendersToTheNotesTextWithOnlyWebLinks() {
    org.jsoup.nodes.Document page = RenderedMarkdown.render(notes);
    assertTrue(
        page.select("script, img, b, em, strong code, del, code").isEmpty(), page.body().html());
    assertTrue(
        page.text()
            .contains(
                "The authors wish to thank <script>alert('x')</script> & \"friends\" | all *reviewers*."));
    for (String href : page.select("a[href]").eachAttr("href")) {
      assertTrue(href.startsWith("https://"), href);
    }
    assertTrue(
        page.select("a[href]")
            .eachAttr("href")
            .contains(
                "https://web.archive.org/web/20160601000000/https://www.ipinst.org/wp-content/uploads/2016/05/1605-Chained-to-the-Caucasus.pdf"));
  }

  @Test
  void neverLinksAJavascriptUrl() {
    assertFalse(notes.contains("<javascript:"));
    assertTrue(line(10).contains("at: javascript:alert(document.cookie)."), line(10));
  }

  private String line(int note) {
    return lines.stream()
        .filter(line -> line.startsWith("**" + note + ".**"))
        .findFirst()
        .orElseThrow();
  }
}
