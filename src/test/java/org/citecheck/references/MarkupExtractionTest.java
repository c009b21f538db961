package org.citecheck.references;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.citecheck.CitecheckException;
import org.citecheck.document.DocumentReader;
import org.junit.jupiter.api.Test;

/** A structured document's notes through the whole extraction: records as for text input. */
class MarkupExtractionTest {

  private static ReferenceSet extract(String name, String markdown) {
    return Extraction.extract(
            DocumentReader.decode(markdown.getBytes(StandardCharsets.UTF_8), name))
        .references();
  }

  @Test
  void aLinkedTitleGivesItsSourceTheUrlAndAPrintedUrlIsSettledByItsLink() {
    ReferenceSet refs =
        extract(
            "r.md",
            """
            Text.[^1] More.[^2]

            [^1]: Jane Doe, "[A Linked Title](https://news.example.org/story)," The Outlet, 3 March 2020.
            [^2]: Bank, *Report 2020* (2020), <https://docs.example.net/report.pdf>.
            """);
    Source first = refs.notes().get(0).sources().get(0);
    assertEquals("https://news.example.org/story", first.url());
    assertEquals(Source.FROM_MARKUP, first.urlSource());
    Source second = refs.notes().get(1).sources().get(0);
    assertEquals("https://docs.example.net/report.pdf", second.url());
    assertEquals(Source.FROM_MARKUP, second.urlSource());
  }

  @Test
  void everyLinkOfANoteIsChecked() {
    ReferenceSet refs =
        extract(
            "r.md",
            """
            Text.[^1]

            [^1]: Tooling includes [one](https://github.com/org/one) and [two](https://github.com/org/two).
            """);
    assertEquals(
        List.of("https://github.com/org/one", "https://github.com/org/two"),
        refs.notes().get(0).sources().stream().map(Source::url).toList());
  }

  @Test
  void aBareUrlInTheTextIsReadFromTheTextAndSaysSo() {
    ReferenceSet refs =
        extract("r.md", "Text.[^1]\n\n[^1]: Site, https://bare.example.org/page.\n");
    Source source = refs.notes().get(0).sources().get(0);
    assertEquals("https://bare.example.org/page", source.url());
    assertEquals(Source.FROM_TEXT, source.urlSource());
  }

  @Test
  void aTargetOtherThanThePrintedUrlIsKeptAsASecondReading() {
    ReferenceSet refs =
        extract(
            "r.md",
            "Text.[^1]\n\n[^1]: See [https://printed.example.org/a](https://target.example.org/b).\n");
    Source source = refs.notes().get(0).sources().get(0);
    assertEquals("https://printed.example.org/a", source.url());
    assertEquals("https://target.example.org/b", source.urlTarget());
  }

  @Test
  void inPageAnchorsAndMailAreNotSources() {
    ReferenceSet refs =
        extract(
            "r.md",
            "Text.[^1]\n\n[^1]: See [above](#intro) or [write](mailto:a@example.org), Office, 2020.\n");
    assertEquals(0, refs.notes().get(0).sources().stream().filter(s -> s.url() != null).count());
  }

  @Test
  void aMarkdownFileWithNeitherNotesNorLinksIsOneClearLine() {
    CitecheckException e =
        assertThrows(
            CitecheckException.class, () -> extract("plain.md", "# Title\n\nJust prose.\n"));
    assertEquals("plain.md: no notes and no links found in this Markdown document", e.getMessage());
  }

  @Test
  void aTextFileWithoutFootnoteDefinitionsIsStillReadAsText() {
    String text =
        "A report\n\nNotes\n\n1 Doe, Jane. Title. Outlet, 2020. https://a.example.org/x\n";
    assertNull(DocumentReader.decode(text.getBytes(StandardCharsets.UTF_8), "notes.txt").markup());
    ReferenceSet refs = extract("notes.txt", text);
    assertEquals(Source.FROM_TEXT, refs.notes().get(0).sources().get(0).urlSource());
  }
}
