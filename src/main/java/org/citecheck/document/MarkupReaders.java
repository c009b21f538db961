package org.citecheck.document;

import org.citecheck.document.markdown.MarkdownReader;
import org.citecheck.document.markup.MarkupDocument;

/**
 * Tells the structured formats from plain text and reads them: by content first, then by name, as
 * the command line promises. Each format's reader lives in a package of its own; this is the one
 * place that knows them all.
 */
final class MarkupReaders {

  private MarkupReaders() {}

  /**
   * The document read from its markup, or null when the text is plain text (or a format read from
   * the text, such as pdftotext's output) and the notes must be found in it.
   */
  static MarkupDocument fromText(String text, String name) {
    if (MarkdownReader.hasFootnotes(text) || MarkdownReader.named(name)) {
      return MarkdownReader.read(TextNormalizer.lines(text));
    }
    return null;
  }
}
