package org.citecheck.document.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.citecheck.document.DocumentReader;
import org.citecheck.document.markup.MarkupDocument;
import org.citecheck.document.markup.MarkupLink;
import org.citecheck.document.markup.MarkupNote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The LaTeX pandoc writes from a Markdown file gives the Markdown's notes: the same texts (up to
 * the typography pandoc adds: curly quotes for straight ones, an en dash for "--", which the
 * Markdown reader leaves as typed) and the same link targets, exactly. Once with the committed
 * fixture (pandoc 2.17), once with the pandoc installed here.
 */
class PandocLatexTest {

  @TempDir Path dir;

  @Test
  void theCommittedPandocFixtureGivesTheMarkdownNotes() throws IOException {
    Path tex = copy("pandoc-notes.tex");
    assertSameNotes(read(copy("notes.md")), read(tex));
  }

  @Test
  void theInstalledPandocGivesTheMarkdownNotes() throws IOException, InterruptedException {
    Path md = copy("notes.md");
    requireInstalled("pandoc");
    Process pandoc =
        new ProcessBuilder("pandoc", "notes.md", "-s", "-o", "out.tex")
            .directory(dir.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("pandoc.log").toFile())
            .start();
    if (!pandoc.waitFor(120, TimeUnit.SECONDS)) {
      pandoc.destroyForcibly();
      fail("pandoc did not finish in 120 s");
    }
    assertEquals(0, pandoc.exitValue(), Files.readString(dir.resolve("pandoc.log")));
    assertSameNotes(read(md), read(dir.resolve("out.tex")));
  }

  private void assertSameNotes(MarkupDocument markdown, MarkupDocument latex) {
    assertEquals(6, markdown.notes().size());
    assertEquals(texts(markdown), texts(latex));
    assertEquals(links(markdown), links(latex));
    assertEquals(
        markdown.notes().stream().map(MarkupNote::mark).toList(),
        latex.notes().stream().map(MarkupNote::mark).toList());
    assertEquals(markdown.title(), latex.title());
    assertEquals(6, latex.markers().size());
  }

  private static List<String> texts(MarkupDocument doc) {
    return doc.notes().stream()
        .map(n -> n.text().replaceAll("[“”]", "\"").replace("–", "--"))
        .toList();
  }

  private static List<List<String>> links(MarkupDocument doc) {
    return doc.notes().stream()
        .map(n -> n.links().stream().map(MarkupLink::href).toList())
        .toList();
  }

  private static MarkupDocument read(Path file) throws IOException {
    return DocumentReader.decode(Files.readAllBytes(file), file.toString(), null, null, file)
        .markup();
  }

  private Path copy(String name) throws IOException {
    try (InputStream in = PandocLatexTest.class.getResourceAsStream("/latex/" + name)) {
      Path to = dir.resolve(name);
      Files.copy(in, to);
      return to;
    }
  }

  private static void requireInstalled(String tool) {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(folder, tool))) {
        return;
      }
    }
    fail(tool + " is not installed; .ci/run installs it (apt-get install pandoc)");
  }
}
