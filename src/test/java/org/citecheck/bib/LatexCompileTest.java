package org.citecheck.bib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consumer that matters most: a LaTeX document with biblatex and biber citing every entry
 * ({@code \nocite{*}}). It fails on any error, on any biber warning, on any LaTeX warning, and on
 * any data-model warning from {@code biber --validate-datamodel} other than a missing date on an
 * entry whose source gives none.
 */
class LatexCompileTest {

  private static final Pattern MISSING_DATE =
      Pattern.compile(
          "WARN - Datamodel: Entry '([^']+)' \\([^)]*\\): Missing mandatory field - one of 'date, year' must be defined");

  @TempDir Path folder;

  /** The seed's bibliography, with pdflatex: the common case. */
  @Test
  void seedBibliographyCompilesWithPdflatexWithoutWarnings() throws Exception {
    compile(Fixtures.entries("seed"), "pdflatex", "\\usepackage[T1]{fontenc}\n");
  }

  /** The committed references.bib, as the extractor reads the seed today. */
  @Test
  void committedReferencesBibCompilesWithPdflatexWithoutWarnings() throws Exception {
    Path source =
        Files.exists(Path.of("references.json"))
            ? Path.of("references.json")
            : Fixtures.FOLDER.resolve("seed.references.json");
    compile(
        Bibliography.entries(
            Bibliography.loadReferences(org.citecheck.io.Input.file(source)), null),
        "pdflatex",
        "\\usepackage[T1]{fontenc}\n");
  }

  /**
   * The edge cases (Cyrillic names, every escaped special, URLs with % and # in \\url), with
   * lualatex and a Unicode font, since pdflatex's default fonts have no Cyrillic.
   */
  @Test
  void edgeBibliographyCompilesWithLualatexWithoutWarnings() throws Exception {
    compile(
        Fixtures.entries("edge"),
        "lualatex",
        "\\usepackage{fontspec}\n\\setmainfont{DejaVu Serif}\n");
  }

  private void compile(List<BibEntry> entries, String engine, String fonts) throws Exception {
    Files.writeString(
        folder.resolve("refs.bib"), BibStyle.BIBLATEX.render(entries), StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("doc.tex"),
        "\\documentclass{article}\n"
            + fonts
            + "\\usepackage[backend=biber]{biblatex}\n\\usepackage{hyperref}\n\\addbibresource{refs.bib}\n"
            + "\\begin{document}\n\\nocite{*}\n\\printbibliography\n\\end{document}\n",
        StandardCharsets.UTF_8);
    latex(engine);
    ExternalTool.Run biber = ExternalTool.run(folder, "biber", "doc");
    assertEquals(0, biber.exitCode(), biber.stdout() + biber.stderr());
    assertEquals(List.of(), problems(biber.stdout() + biber.stderr()), "biber");
    latex(engine);
    String log = latex(engine);
    assertEquals(List.of(), latexWarnings(log), "LaTeX warnings");
    String bbl = Files.readString(folder.resolve("doc.bbl"), StandardCharsets.UTF_8);
    for (BibEntry entry : entries) {
      assertTrue(
          bbl.contains("\\entry{" + entry.key() + "}"),
          entry.key() + " is not in the bibliography");
    }
    ExternalTool.Run strict = ExternalTool.run(folder, "biber", "--validate-datamodel", "doc");
    assertEquals(0, strict.exitCode(), strict.stdout());
    Set<String> undated = new java.util.HashSet<>();
    entries.stream().filter(e -> e.date() == null).forEach(e -> undated.add(e.key()));
    List<String> modelProblems = new ArrayList<>();
    for (String line : problems(strict.stdout())) {
      Matcher missingDate = MISSING_DATE.matcher(line);
      if (!(missingDate.find() && undated.contains(missingDate.group(1)))) {
        modelProblems.add(line);
      }
    }
    assertEquals(List.of(), modelProblems, "biber --validate-datamodel");
  }

  private String latex(String engine) throws Exception {
    ExternalTool.Run run =
        ExternalTool.run(folder, engine, "-interaction=nonstopmode", "-halt-on-error", "doc.tex");
    String log = Files.readString(folder.resolve("doc.log"), StandardCharsets.ISO_8859_1);
    assertEquals(0, run.exitCode(), () -> engine + " failed:\n" + tail(log));
    return log;
  }

  /** biber's WARN and ERROR lines, less its closing count. */
  private static List<String> problems(String output) {
    List<String> lines = new ArrayList<>();
    for (String line : output.split("\n")) {
      if (line.contains("WARN - ") || line.contains("ERROR - ")) {
        lines.add(line.strip());
      }
    }
    return lines;
  }

  /** Every "Warning" in the final run's log: undefined citations, bad boxes aside. */
  private static List<String> latexWarnings(String log) {
    List<String> warnings = new ArrayList<>();
    for (String line : log.split("\n")) {
      if (line.contains("Warning") || line.startsWith("Missing character")) {
        warnings.add(line.strip());
      }
    }
    return warnings;
  }

  private static String tail(String log) {
    return log.length() > 3000 ? log.substring(log.length() - 3000) : log;
  }
}
