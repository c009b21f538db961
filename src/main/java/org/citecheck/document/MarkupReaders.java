package org.citecheck.document;

import java.util.Locale;
import org.citecheck.CitecheckException;
import org.citecheck.document.docx.DocxReader;
import org.citecheck.document.html.HtmlReader;
import org.citecheck.document.jats.JatsReader;
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
            + ", not a DOCX or ODT document: citecheck reads notes from Word, OpenDocument text,"
            + " PDF and text files");
  }

  /**
   * The document read from its markup, or null when the text is plain text (or a format read from
   * the text, such as pdftotext's output) and the notes must be found in it.
   */
  static MarkupDocument fromText(String text, String name) {
    return fromText(text, name, null);
  }

  /**
   * @param baseUrl what relative links are resolved against ({@code --base-url}), or null
   */
  static MarkupDocument fromText(String text, String name, String baseUrl) {
    if (JatsReader.looksJats(text)) {
      return JatsReader.read(text, name);
    }
    if (HtmlReader.looksHtml(text)) {
      return HtmlReader.read(text, baseUrl, name);
    }
    if (MarkdownReader.hasFootnotes(text)) {
      return MarkdownReader.read(TextNormalizer.lines(text));
    }
    if (HtmlReader.named(name)) {
      return HtmlReader.read(text, baseUrl, name);
    }
    if (JatsReader.named(name)) {
      return JatsReader.read(text, name);
    }
    if (MarkdownReader.named(name)) {
      return MarkdownReader.read(TextNormalizer.lines(text));
    }
    return null;
  }
}
