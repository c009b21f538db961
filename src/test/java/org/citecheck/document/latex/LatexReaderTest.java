package org.citecheck.document.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.citecheck.document.markup.MarkupDocument;
import org.citecheck.document.markup.MarkupLink;
import org.citecheck.document.markup.MarkupNote;
import org.citecheck.document.pdf.RaisedNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatexReaderTest {

  @TempDir Path dir;

  private static List<String> lines(String source) {
    return Arrays.asList(source.split("\n", -1));
  }

  private static MarkupDocument fromStdin(String source) {
    return LatexReader.read(lines(source), LatexProject.of(null, LatexReaderTest::lines));
  }

  private MarkupDocument fromFile(String name, String source) throws IOException {
    Path file = Files.writeString(dir.resolve(name), source);
    return LatexReader.read(lines(source), LatexProject.of(file, LatexReaderTest::lines));
  }

  private static List<String> texts(MarkupDocument doc) {
    return doc.notes().stream().map(MarkupNote::text).toList();
  }

  @Test
  void footnotesAreNumberedAsLatexNumbersThem() {
    MarkupDocument doc =
        fromStdin(
            """
            \\documentclass{article}
            \\title{A \\emph{Short} Report}
            \\begin{document}
            One.\\footnote{First.} Two.\\footnote[9]{Own number.} Three.\\footnote{Second.}
            Mark\\footnotemark{} and later text.
            \\footnotetext{Third, by footnotetext.}
            End.\\endnote{An endnote.}
            \\end{document}
            \\footnote{After the end: not read.}
            """);
    assertEquals(
        List.of("First.", "Own number.", "Second.", "Third, by footnotetext.", "An endnote."),
        texts(doc));
    assertEquals(
        List.of("1", "9", "2", "3", "4"), doc.notes().stream().map(MarkupNote::mark).toList());
    assertEquals("A Short Report", doc.title());
    assertEquals(4, doc.notes().get(0).line());
    // The body shows each mark where the command was, and the markers point at it.
    assertEquals("One.1 Two.9 Three.2", doc.body().get(3));
    assertEquals(
        List.of(
            new RaisedNumber(1, 3, 4, 0),
            new RaisedNumber(9, 3, 10, 0),
            new RaisedNumber(2, 3, 18, 0),
            new RaisedNumber(3, 4, 4, 0),
            new RaisedNumber(4, 6, 4, 0)),
        doc.markers());
    assertTrue(doc.notices().contains("footnotes and endnotes are numbered in one sequence"));
  }

  @Test
  void commentsVerbatimAndEscapesAreLeftAlone() {
    MarkupDocument doc =
        fromStdin(
            """
            \\begin{document}
            Text.\\footnote{Costs rose 50\\% in 2020 % a comment \\footnote{not a note}
              \\{braced\\} and {nested {groups}} stay.}
            \\begin{verbatim}
            \\footnote{in verbatim}
            \\end{verbatim}
            \\begin{lstlisting}[language=TeX]
            \\footnote{in a listing}
            \\end{lstlisting}
            \\begin{minted}{latex}
            \\footnote{in minted}
            \\end{minted}
            Inline \\verb|\\footnote{x}| and \\verb+\\footnote{y}+.
            \\end{document}
            """);
    assertEquals(List.of("Costs rose 50% in 2020 {braced} and nested groups stay."), texts(doc));
  }

  @Test
  void urlAndHrefGiveExactTargets() {
    MarkupDocument doc =
        fromStdin(
            """
            Text.\\footnote{Data at \\url{https://example.org/a_b%20c#frag} and
              \\url{https://example.org/x\\_y\\%20\\#top}, see \\href{https://example.com/r?x=1\\&y=2}{the
              report}.}
            """);
    assertEquals(
        List.of(
            new MarkupLink("https://example.org/a_b%20c#frag", "https://example.org/a_b%20c#frag"),
            new MarkupLink("https://example.org/x_y%20#top", "https://example.org/x_y%20#top"),
            new MarkupLink("https://example.com/r?x=1&y=2", "the report")),
        doc.notes().get(0).links());
    assertEquals(
        "Data at https://example.org/a_b%20c#frag and https://example.org/x_y%20#top, see the"
            + " report.",
        doc.notes().get(0).text());
  }

  @Test
  void commonTexBecomesText() {
    MarkupDocument doc =
        fromStdin(
            "A.\\footnote{Jos\\'e M\\\"uller and G\\\"{o}del, ``Quoted'' --- pp.~1--5,"
                + " \\textit{Italic} \\textbf{bold} \\enquote{inner}, Fran\\c{c}ois, \\ss, Ha\\v{s}ek,"
                + " \\oe{}uvre\\ldots{} and \\S~3.}");
    assertEquals(
        "José Müller and Gödel, “Quoted” — pp. 1–5, Italic bold “inner”, François, ß, Hašek,"
            + " œuvre… and § 3.",
        doc.notes().get(0).text());
  }

  @Test
  void inputIsFollowedInsideTheProjectFolderOnly() throws IOException {
    Files.createDirectories(dir.resolve("chapters"));
    Files.writeString(
        dir.resolve("chapters/one.tex"),
        "Chapter.\\footnote{From chapter one, \\url{https://one.example.org/}.}\n"
            + "\\input{chapters/one}\n");
    Files.writeString(dir.getParent().resolve("outside-15c.tex"), "X.\\footnote{Outside.}\n");
    Path secret = Files.writeString(dir.getParent().resolve("secret-15c.tex"), "\\footnote{No.}");
    Files.createSymbolicLink(dir.resolve("link.tex"), secret);
    MarkupDocument doc =
        fromFile(
            "main.tex",
            """
            \\documentclass{article}
            \\begin{document}
            Main.\\footnote{Main note.}
            \\input{chapters/one}
            \\include{../outside-15c}
            \\input{/etc/hostname}
            \\input{link}
            \\input{missing}
            After.\\footnote{Last note.}
            \\end{document}
            """);
    assertEquals(
        List.of("Main note.", "From chapter one, https://one.example.org/.", "Last note."),
        texts(doc));
    assertEquals(List.of("1", "2", "3"), doc.notes().stream().map(MarkupNote::mark).toList());
    // The included file's lines go in after the line that inputs it, as LaTeX reads them.
    assertEquals(List.of(3, 5, 12), doc.notes().stream().map(MarkupNote::line).toList());
    assertEquals("Chapter.2", doc.body().get(4));
    assertEquals(List.of(3, 5, 12), doc.markers().stream().map(m -> m.line() + 1).toList());
    assertEquals(
        List.of(
            "chapters/one includes itself: not read again",
            "lines 5–7 are the included chapters/one.tex, read where it is input (the lines after"
                + " it are numbered on from there)",
            "\\input ../outside-15c leads out of the project folder: not read",
            "\\input /etc/hostname is not a path inside the project folder: not read",
            "\\input link is a link leading out of the project folder: not read",
            "\\input missing is not in the project folder: not read"),
        doc.notices());
  }

  @Test
  void fromStandardInputNothingIsFollowedAndANoticeSaysSo() {
    MarkupDocument doc = fromStdin("A.\\footnote{Note.}\n\\input{chapter}\n\\input{other}\n");
    assertEquals(List.of("Note."), texts(doc));
    assertEquals(
        List.of(
            "read from standard input, so \\input{chapter} and the like are not followed: give"
                + " the file's path to read them"),
        doc.notices());
  }

  @Test
  void citationsAreResolvedThroughTheBibliography() throws IOException {
    Files.writeString(
        dir.resolve("refs.bib"),
        """
        @report{oecd,
          author = {{OECD}}, title = {Economic Outlook}, date = {2020-06},
          url = {https://www.oecd.org/outlook/}}
        @article{doe, author = {Doe, Jane}, title = {A Paper}, journal = {Journal}, year = 2019}
        """);
    MarkupDocument doc =
        fromFile(
            "paper.tex",
            """
            \\documentclass{article}
            \\usepackage[style=verbose]{biblatex}
            \\addbibresource{refs.bib}
            \\begin{document}
            A claim.\\footcite[see][12]{oecd} Another.\\footnote{As \\cite{doe} argues, and
            \\cite{oecd} agrees.} Third.\\footnote{\\cite[p.~4]{doe}.} Fourth.\\footnote{\\cite{nokey}.}
            \\end{document}
            """);
    MarkupNote first = doc.notes().get(0);
    assertEquals(
        "see OECD, Economic Outlook, 2020-06, https://www.oecd.org/outlook/, 12", first.text());
    assertEquals("oecd", first.key());
    assertEquals("Economic Outlook", first.fields().title());
    assertEquals("https://www.oecd.org/outlook/", first.fields().url());
    // A note that says more than its citation keeps its text for the source reader.
    assertNull(doc.notes().get(1).fields());
    assertEquals(
        List.of(new MarkupLink("https://www.oecd.org/outlook/", "https://www.oecd.org/outlook/")),
        doc.notes().get(1).links());
    assertEquals("doe", doc.notes().get(2).key());
    assertEquals("Doe, Jane, A Paper, Journal, 2019, p. 4.", doc.notes().get(2).text());
    assertEquals("nokey.", doc.notes().get(3).text());
    assertEquals(List.of("cite key nokey not found in the bibliography"), doc.notices());
    assertEquals(List.of(1, 2, 3, 4), doc.markers().stream().map(RaisedNumber::number).toList());
  }

  @Test
  void withoutFootnotesTheNotesAreTheCitedEntries() throws IOException {
    Files.writeString(
        dir.resolve("refs.bib"),
        "@misc{a, title = {First}, url = {https://a.example.org/}}\n"
            + "@misc{b, title = {Second}, url = {https://b.example.org/}}\n"
            + "@misc{c, title = {Never cited}}\n");
    MarkupDocument doc =
        fromFile(
            "paper.tex",
            "\\documentclass{article}\n\\begin{document}\nAs shown \\citep{b}, and \\cite{a,b}.\n"
                + "\\bibliography{refs}\n\\end{document}\n");
    assertEquals(List.of("b", "a"), doc.notes().stream().map(MarkupNote::key).toList());
    assertNull(doc.notes().get(0).mark());
    assertEquals(3, doc.notes().get(0).line());
  }

  @Test
  void aBadBibliographyIsANoticeAndTheNotesAreStillRead() throws IOException {
    Files.writeString(dir.resolve("refs.bib"), "@misc{a, title = {Unclosed}\n@misc{b,\n");
    MarkupDocument doc =
        fromFile("p.tex", "\\bibliography{refs}\nText.\\footnote{Note \\cite{a}.}\n");
    assertEquals(List.of("Note a."), texts(doc));
    assertTrue(
        doc.notices().get(0).startsWith("refs.bib: BibTeX syntax error at line "),
        doc.notices().toString());
  }

  @Test
  void aDocumentWithoutNotesGivesItsLinks() {
    MarkupDocument doc =
        fromStdin("\\documentclass{article}\nSee \\href{https://x.example.org/}{the site}.\n");
    assertEquals(
        List.of(new MarkupLink("https://x.example.org/", "the site")), doc.notes().get(0).links());
  }

  @Test
  void recognisedByContentThenName() {
    assertTrue(LatexReader.looksLike("% comment\n\\documentclass[a4paper]{article}\n"));
    assertTrue(LatexReader.hasNotes("Text.\\footnote{x}"));
    assertTrue(LatexReader.named("Thesis.TEX"));
    assertEquals(false, LatexReader.looksLike("Text with \\documentclass mentioned inline."));
  }
}
