package org.citecheck.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citecheck.references.Extraction;
import org.citecheck.references.Note;
import org.citecheck.references.Source;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One report of 40 footnotes, written by pandoc from its Markdown source into every structured
 * format citecheck reads, must give the same notes and the same URLs from each: recall and
 * precision 100%. The URLs the author meant are read from the Markdown source with a pattern of
 * their own (autolinks and inline link targets per footnote definition), not with citecheck. A
 * missing pandoc fails the test with what installs it: .ci/run does.
 */
class AllFormatsTest {

  private static final Path SOURCE =
      Path.of("src/test/resources/org/citecheck/formats/report40.md");
  private static final Pattern DEFINITION = Pattern.compile("(?m)^\\[\\^(\\d+)]: (.*)$");
  private static final Pattern TARGET =
      Pattern.compile("<((?:https?|ftp)://[^>]+)>|]\\(([^)\\s]+(?:\\([^)]*\\))?)\\)");

  @TempDir Path dir;

  /** pandoc's writer for each format, and the file name it writes. */
  @ParameterizedTest
  @ValueSource(
      strings = {"markdown:md", "docx:docx", "odt:odt", "html:html", "jats:xml", "latex:tex"})
  void everyFormatGivesTheSameNotesAndUrls(String format) throws Exception {
    String writer = format.split(":")[0];
    Path file = dir.resolve("report40." + format.split(":")[1]);
    if (writer.equals("markdown")) {
      Files.copy(SOURCE, file);
    } else {
      pandoc(writer, file);
    }
    List<List<String>> expected = expectedUrls(Files.readString(SOURCE));
    List<Note> notes =
        Extraction.extract(DocumentReader.read(org.citecheck.io.Input.file(file)))
            .references()
            .notes();
    assertEquals(40, notes.size(), format + ": notes");
    List<Note> markdown =
        Extraction.extract(DocumentReader.read(org.citecheck.io.Input.file(SOURCE)))
            .references()
            .notes();
    for (int i = 0; i < 40; i++) {
      Note note = notes.get(i);
      assertEquals(i + 1, note.number(), format + ": number of note " + (i + 1));
      List<String> urls = note.sources().stream().map(Source::url).filter(u -> u != null).toList();
      assertEquals(expected.get(i), urls, format + ": URLs of note " + (i + 1));
      for (Source source : note.sources()) {
        if (source.url() != null) {
          assertEquals(
              Source.FROM_MARKUP, source.urlSource(), format + ": origin of " + source.url());
        }
      }
      assertEquals(
          folded(markdown.get(i).text()),
          folded(note.text()),
          format + ": text of note " + (i + 1));
    }
  }

  /** Each footnote's link targets in order, one list per note. */
  private static List<List<String>> expectedUrls(String markdown) {
    List<List<String>> all = new ArrayList<>();
    Matcher definition = DEFINITION.matcher(markdown);
    while (definition.find()) {
      List<String> urls = new ArrayList<>();
      Matcher target = TARGET.matcher(definition.group(2));
      while (target.find()) {
        urls.add(target.group(1) != null ? target.group(1) : target.group(2));
      }
      all.add(urls);
    }
    assertEquals(40, all.size(), "the fixture's footnotes");
    return all;
  }

  /** Typography the producers may change: curly quotes, dashes, spaces, compatibility forms. */
  private static String folded(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC)
        .replaceAll("[\u2018\u2019\u201A\u201B`]", "'")
        .replaceAll("[\u201C\u201D\u201E\u201F]|''", "\"")
        .replaceAll("[\u2013\u2014]", "-")
        .replaceAll("\\s+", " ")
        .strip();
  }

  private void pandoc(String writer, Path out) throws IOException, InterruptedException {
    List<String> command =
        List.of(
            "pandoc", "-s", SOURCE.toAbsolutePath().toString(), "-t", writer, "-o", out.toString());
    Process process;
    try {
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("pandoc.log").toFile())
              .start();
    } catch (IOException e) {
      fail("pandoc is not installed: apt-get install pandoc (.ci/run installs it)");
      return;
    }
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      fail("pandoc -t " + writer + " failed: " + Files.readString(dir.resolve("pandoc.log")));
    }
  }
}
