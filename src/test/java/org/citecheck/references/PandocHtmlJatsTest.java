package org.citecheck.references;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.citecheck.document.DocumentReader;
import org.citecheck.document.DocumentText;
import org.citecheck.document.markup.MarkupFormat;
import org.citecheck.document.pdf.RaisedNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One Markdown source with footnotes, written by pandoc (the real producer) as HTML and as JATS:
 * each gives the same notes, texts, URLs and markers as the Markdown itself.
 */
class PandocHtmlJatsTest {

  /**
   * Straight quotes, no dashes: pandoc's smart typography is turned off (-f markdown-smart), since
   * the Markdown reader keeps the characters as typed. No note is referenced twice: pandoc 2 writes
   * a second copy of such a note.
   */
  private static final String SOURCE =
      """
      ---
      title: A Test Report
      ---

      # Intro

      Claim one.[^1] Claim two with [a body link](https://body.example.org/).[^2]

      Claim three.[^3] And four.[^4] Five.[^5]

      [^1]: Jane Doe, [A Linked Title](https://news.example.org/story), The Outlet, 3 March 2020.
      [^2]: Bank, *Report 2020* (2020), <https://docs.example.net/report.pdf?a=1&b=2>.
      [^3]: First paragraph.

          Second paragraph with `code` and <https://x.example.com/y_z>.
      [^4]: Tooling includes [one](https://github.com/org/one) and [two](https://github.com/org/two).
      [^5]: Office, Annual Review, 2019, https://bare.example.org/page.
      """;

  @TempDir Path dir;

  @Test
  void pandocsHtmlAndJatsGiveTheMarkdownsNotesAndUrls() throws Exception {
    Path markdown = Files.writeString(dir.resolve("report.md"), SOURCE);
    DocumentText fromMarkdown = read(markdown);
    ReferenceSet expected = Extraction.extract(fromMarkdown).references();
    assertEquals(5, expected.notes().size());
    for (String format : List.of("html", "jats")) {
      Path out = dir.resolve("report." + (format.equals("jats") ? "xml" : "html"));
      pandoc("-f", "markdown-smart", "-s", "-t", format, "-o", out.toString(), markdown.toString());
      DocumentText document = read(out);
      assertEquals(
          format.equals("jats") ? MarkupFormat.JATS : MarkupFormat.HTML,
          document.markup().format());
      ReferenceSet actual = Extraction.extract(document).references();
      assertEquals(texts(expected), texts(actual), format);
      assertEquals(urls(expected), urls(actual), format);
      assertEquals(expected.document().title(), actual.document().title(), format);
      assertEquals(
          List.of(1, 2, 3, 4, 5),
          document.markers().stream().map(RaisedNumber::number).toList(),
          format);
    }
  }

  /**
   * The same source as pandoc 2.17 wrote it (committed, so this runs where pandoc is missing): the
   * notes as read by hand from the files.
   */
  @Test
  void committedPandocFilesGiveTheHandCheckedNotes() throws IOException {
    for (String name : List.of("pandoc-notes.html", "pandoc-notes.xml")) {
      ReferenceSet set =
          Extraction.extract(read(Path.of("src/test/resources/org/citecheck/formats", name)))
              .references();
      assertEquals(
          List.of(
              "Jane Doe, A Linked Title, The Outlet, 3 March 2020.",
              "Bank, Report 2020 (2020), https://docs.example.net/report.pdf?a=1&b=2.",
              "First paragraph. Second paragraph with code and https://x.example.com/y_z.",
              "Tooling includes one and two.",
              "Office, Annual Review, 2019, https://bare.example.org/page."),
          texts(set),
          name);
      assertEquals(
          List.of(
              "1 https://news.example.org/story markup",
              "2 https://docs.example.net/report.pdf?a=1&b=2 markup",
              "3 https://x.example.com/y_z markup",
              "4 https://github.com/org/one markup",
              "4 https://github.com/org/two markup",
              "5 https://bare.example.org/page text"),
          urls(set),
          name);
      assertEquals("A Test Report", set.document().title(), name);
    }
  }

  private static DocumentText read(Path file) throws IOException {
    return DocumentReader.decode(Files.readAllBytes(file), file.getFileName().toString());
  }

  private static List<String> texts(ReferenceSet set) {
    return set.notes().stream().map(Note::text).toList();
  }

  /** Each source's URL and where it came from, note by note. */
  private static List<String> urls(ReferenceSet set) {
    List<String> urls = new ArrayList<>();
    for (Note note : set.notes()) {
      for (Source source : note.sources()) {
        if (source.url() != null) {
          urls.add(note.number() + " " + source.url() + " " + source.urlSource());
        }
      }
    }
    return urls;
  }

  private void pandoc(String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("pandoc"));
    command.addAll(List.of(arguments));
    Process process;
    try {
      process =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      fail("pandoc is not installed; .ci/run installs it (apt-get install pandoc)");
      return;
    }
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("pandoc did not finish in 120 s");
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), "pandoc: " + output);
  }
}
