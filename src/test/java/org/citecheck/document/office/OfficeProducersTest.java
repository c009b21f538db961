package org.citecheck.document.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.citecheck.document.DocumentReader;
import org.citecheck.document.markdown.MarkdownReader;
import org.citecheck.document.markup.MarkupDocument;
import org.citecheck.document.markup.MarkupFormat;
import org.citecheck.document.markup.MarkupNote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DOCX and ODT made by the real producers from one Markdown source with footnotes: pandoc writes
 * both, LibreOffice converts each into the other. Every file must give the notes the Markdown
 * source gives, with the same text, marks and exact link targets, and a marker per reference. A
 * missing producer fails the test with what installs it: .ci/run does.
 */
class OfficeProducersTest {

  private static final Path SOURCE = Path.of("src/test/resources/office/report.md");

  @TempDir Path dir;

  /** The notes as one comparable line each: mark, text, then each link's target and text. */
  private static List<String> notes(MarkupDocument doc) {
    List<String> notes = new ArrayList<>();
    for (MarkupNote note : doc.notes()) {
      StringBuilder line = new StringBuilder(note.mark() + " | " + note.text());
      note.links()
          .forEach(l -> line.append(" | ").append(l.href()).append(" <- ").append(l.text()));
      notes.add(line.toString());
    }
    return notes;
  }

  private static MarkupDocument markdown() throws IOException {
    return MarkdownReader.read(Files.readAllLines(SOURCE));
  }

  private MarkupDocument read(Path file) throws IOException {
    return DocumentReader.decode(Files.readAllBytes(file), file.getFileName().toString()).markup();
  }

  private void assertSameAsMarkdown(Path file, MarkupFormat format) throws IOException {
    MarkupDocument expected = markdown();
    MarkupDocument doc = read(file);
    assertEquals(format, doc.format());
    assertEquals(8, expected.notes().size());
    assertEquals(notes(expected), notes(doc), file.toString());
    assertEquals(expected.title(), doc.title(), file.toString());
    assertEquals(
        expected.markers().stream().map(m -> m.number()).toList(),
        doc.markers().stream().map(m -> m.number()).toList(),
        file.toString());
    assertEquals(expected.bodyLinks(), doc.bodyLinks(), file.toString());
  }

  @Test
  void pandocDocxAndOdtGiveTheMarkdownSourcesNotes() throws Exception {
    // markdown-smart: pandoc would otherwise turn straight quotes into curly ones in DOCX and ODT.
    run("pandoc", "-f", "markdown-smart", SOURCE.toAbsolutePath().toString(), "-o", "r.docx");
    run("pandoc", "-f", "markdown-smart", SOURCE.toAbsolutePath().toString(), "-o", "r.odt");
    assertSameAsMarkdown(dir.resolve("r.docx"), MarkupFormat.DOCX);
    assertSameAsMarkdown(dir.resolve("r.odt"), MarkupFormat.ODT);
  }

  @Test
  void libreOfficeDocxAndOdtGiveTheSameNotes() throws Exception {
    run("pandoc", "-f", "markdown-smart", SOURCE.toAbsolutePath().toString(), "-o", "p.docx");
    run("pandoc", "-f", "markdown-smart", SOURCE.toAbsolutePath().toString(), "-o", "p.odt");
    String profile = "-env:UserInstallation=file://" + dir.resolve("profile");
    run("soffice", profile, "--headless", "--convert-to", "docx", "--outdir", "lo", "p.odt");
    run("soffice", profile, "--headless", "--convert-to", "odt", "--outdir", "lo", "p.docx");
    assertSameAsMarkdown(dir.resolve("lo/p.docx"), MarkupFormat.DOCX);
    assertSameAsMarkdown(dir.resolve("lo/p.odt"), MarkupFormat.ODT);
  }

  private void run(String... command) throws IOException, InterruptedException {
    Process process;
    try {
      process =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve(command[0] + ".log").toFile())
              .start();
    } catch (IOException e) {
      fail(command[0] + " is not installed: run .ci/run, which installs pandoc and LibreOffice");
      return;
    }
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail(command[0] + " did not finish in 180 s");
    }
    assertEquals(
        0,
        process.exitValue(),
        () -> {
          try {
            return Files.readString(dir.resolve(command[0] + ".log"));
          } catch (IOException e) {
            return command[0] + " failed";
          }
        });
  }
}
