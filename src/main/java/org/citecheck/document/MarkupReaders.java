package org.citecheck.document;

import org.citecheck.document.html.HtmlReader;
import org.citecheck.document.jats.JatsReader;
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
