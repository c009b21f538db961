package org.citecheck.document;

import java.nio.file.Path;
import java.util.Locale;
import org.citecheck.CitecheckException;
import org.citecheck.document.bibtex.BibtexReader;
import org.citecheck.document.docx.DocxReader;
import org.citecheck.document.html.HtmlReader;
import org.citecheck.document.jats.JatsReader;
import org.citecheck.document.latex.LatexProject;
import org.citecheck.document.latex.LatexReader;
import org.citecheck.document.markdown.MarkdownReader;
import org.citecheck.document.markup.MarkupDocument;
import org.citecheck.document.odt.OdtReader;
import org.citecheck.document.office.OfficeZip;
import org.citecheck.document.office.OleFile;

/**
 * Tells the structured formats from plain text and reads them: by content first, then by name, as
 * the command line promises. Each format's reader lives in a package of its own; this is the one
 * place that knows them all.
 */
final class MarkupReaders {

  private MarkupReaders() {}

  /**
   * A zip-packaged document (DOCX, ODT) read from its markup, or null when the bytes are no zip and
   * no OLE2 file. By content: a DOCX renamed .zip is read, a zip renamed .docx is refused saying
   * what it is.
   */
  static MarkupDocument fromBytes(byte[] bytes, String name) {
    if (OleFile.isOle2(bytes)) {
      throw OleFile.refusal(bytes, name);
    }
    if (!OfficeZip.isZip(bytes)) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".docx") || lower.endsWith(".odt")) {
        throw CitecheckException.input(
            name
                + " is named "
                + lower.substring(lower.lastIndexOf('.'))
                + " but is not one (DOCX and ODT files are zip archives)");
      }
      return null;
    }
    OfficeZip zip = OfficeZip.read(bytes, name);
    if (zip.isDocx()) {
      return DocxReader.read(bytes, name);
    }
    if (zip.isOdt()) {
      return OdtReader.read(zip, name);
    }
    throw CitecheckException.input(
        name
            + " is "
            + zip.describe()
            + ", not a DOCX or ODT document: citecheck reads notes from PDF, Word, OpenDocument"
            + " text, HTML, JATS, Markdown, LaTeX, BibTeX and text files");
  }

  /**
   * The document read from its markup, or null when the text is plain text (or a format read from
   * the text, such as pdftotext's output) and the notes must be found in it.
   */
  static MarkupDocument fromText(String text, String name) {
    return fromText(text, name, null, null);
  }

  /**
   * @param baseUrl what relative links are resolved against ({@code --base-url}), or null
   * @param file the file the text was read from, or null for standard input: a LaTeX document's
   *     {@code \input} and {@code \bibliography} files are looked for beside it
   */
  static MarkupDocument fromText(String text, String name, String baseUrl, Path file) {
    if (JatsReader.looksJats(text)) {
      return JatsReader.read(text, name);
    }
    if (HtmlReader.looksHtml(text)) {
      return HtmlReader.read(text, baseUrl, name);
    }
    if (MarkdownReader.hasFootnotes(text)) {
      return MarkdownReader.read(TextNormalizer.lines(text));
    }
    // \documentclass is LaTeX's own; a .bib file may quote a \footnote in a field, so entries are
    // looked for before a bare \footnote is taken for a LaTeX fragment.
    if (LatexReader.looksLike(text)) {
      return latex(text, name, file);
    }
    if (BibtexReader.looksLike(text)) {
      return BibtexReader.read(TextNormalizer.lines(text), name);
    }
    if (HtmlReader.named(name)) {
      return HtmlReader.read(text, baseUrl, name);
    }
    if (JatsReader.named(name)) {
      return JatsReader.read(text, name);
    }
    // A Markdown page may show a \footnote in its code: its name settles it before a bare one does.
    if (MarkdownReader.named(name)) {
      return MarkdownReader.read(TextNormalizer.lines(text));
    }
    if (LatexReader.hasNotes(text) || LatexReader.named(name)) {
      return latex(text, name, file);
    }
    if (BibtexReader.named(name)) {
      return BibtexReader.read(TextNormalizer.lines(text), name);
    }
    return null;
  }

  private static MarkupDocument latex(String text, String name, Path file) {
    try {
      return LatexReader.read(
          TextNormalizer.lines(text), LatexProject.of(file, TextNormalizer::lines));
    } catch (CitecheckException e) {
      throw CitecheckException.input(name + ": " + e.getMessage());
    }
  }
}
