package org.citecheck.document.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citecheck.document.DocumentReader;
import org.citecheck.references.Extraction;
import org.citecheck.references.Note;
import org.citecheck.references.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFs made by real producers from the fixtures in src/test/resources/pdf: pdflatex with hyperref
 * (footnotes in one column, footnotes in two columns, endnotes in two columns) and LibreOffice
 * (footnotes). The URLs the author meant are read from the fixture's source (\\url{...},
 * xlink:href), and every one must come out exactly, with nothing else. A missing producer fails the
 * test with what installs it: .ci/run does.
 */
class RealProducersTest {

  private static final Path FIXTURES = Path.of("src/test/resources/pdf");
  private static final Pattern TEX_URL = Pattern.compile("\\\\url\\{([^}]*)}");
  private static final Pattern ODT_URL = Pattern.compile("xlink:href=\"([^\"]*)\"");

  @TempDir Path dir;

  @Test
  void pdflatexWithHyperref() throws Exception {
    String footnotes = Files.readString(FIXTURES.resolve("footnotes.tex"));
    Files.writeString(dir.resolve("one.tex"), footnotes);
    Files.writeString(
        dir.resolve("two.tex"),
        footnotes.replace(
            "\\documentclass[11pt]{article}", "\\documentclass[10pt,twocolumn]{article}"));
    Files.copy(FIXTURES.resolve("endnotes-two-columns.tex"), dir.resolve("endnotes.tex"));
    for (String name : List.of("one", "two", "endnotes")) {
      run("pdflatex", "-interaction=nonstopmode", "-halt-on-error", name + ".tex");
      String source = Files.readString(dir.resolve(name + ".tex"));
      assertAllUrls(name, expected(TEX_URL, source), dir.resolve(name + ".pdf"));
    }
  }

  @Test
  void libreOffice() throws Exception {
    Files.copy(FIXTURES.resolve("footnotes.fodt"), dir.resolve("footnotes.fodt"));
    run(
        "soffice",
        "-env:UserInstallation=file://" + dir.resolve("profile"),
        "--headless",
        "--convert-to",
        "pdf",
        "footnotes.fodt");
    String source = Files.readString(dir.resolve("footnotes.fodt"));
    assertAllUrls("footnotes.fodt", expected(ODT_URL, source), dir.resolve("footnotes.pdf"));
  }

  private static Set<String> expected(Pattern pattern, String source) {
    Set<String> urls = new LinkedHashSet<>();
    Matcher m = pattern.matcher(source);
    while (m.find()) {
      urls.add(m.group(1).replace("&amp;", "&"));
    }
    return urls;
  }

  /** Recall and precision of the exact URLs, and each from its link annotation, with its page. */
  private static void assertAllUrls(String name, Set<String> expected, Path pdf)
      throws IOException {
    List<Note> notes =
        Extraction.extract(DocumentReader.decode(Files.readAllBytes(pdf), name))
            .references()
            .notes();
    Set<String> found = new LinkedHashSet<>();
    for (Note note : notes) {
      assertTrue(
          note.page() != null && note.page() >= 1,
          name + ": note " + note.number() + " has no page");
      for (Source source : note.sources()) {
        if (source.url() != null) {
          found.add(source.url());
          assertEquals(
              null, source.urlTarget(), name + ": " + source.url() + " disagrees with its link");
        }
      }
    }
    long right = found.stream().filter(expected::contains).count();
    double recall = (double) right / expected.size();
    double precision = found.isEmpty() ? 0 : (double) right / found.size();
    assertTrue(
        recall >= 0.99 && precision >= 0.99,
        name
            + ": recall "
            + recall
            + ", precision "
            + precision
            + "; expected "
            + expected
            + ", found "
            + found);
    assertEquals(expected.size(), notes.size(), name + ": one note per URL in the fixture");
  }

  private void run(String... command) throws IOException, InterruptedException {
    boolean installed = false;
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      installed |= Files.isExecutable(Path.of(folder, command[0]));
    }
    if (!installed) {
      fail(
          command[0]
              + " is not installed; .ci/run installs it (apt-get install texlive-latex-recommended"
              + " libreoffice-writer-nogui)");
    }
    Path log = dir.resolve(command[0] + ".log");
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail(String.join(" ", command) + " did not finish in 180 s");
    }
    assertEquals(
        0,
        process.exitValue(),
        String.join(" ", command) + ": " + Files.readString(log, StandardCharsets.UTF_8));
  }
}
