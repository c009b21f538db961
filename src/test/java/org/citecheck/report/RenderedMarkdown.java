package org.citecheck.report;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Renders Markdown the way GitHub reads it (CommonMark with GFM tables and strikethrough), raw HTML
 * passed through as GitHub's renderer would before sanitising, so that tests see exactly what a
 * reader would: any markup that escaped the escaping shows up as an element.
 */
public final class RenderedMarkdown {

  private static final List<Extension> GFM =
      List.of(TablesExtension.create(), StrikethroughExtension.create());

  private RenderedMarkdown() {}

  public static Document render(String markdown) {
    Parser parser = Parser.builder().extensions(GFM).build();
    String html = HtmlRenderer.builder().extensions(GFM).build().render(parser.parse(markdown));
    return Jsoup.parseBodyFragment(html);
  }
}
