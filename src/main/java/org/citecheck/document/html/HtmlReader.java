package org.citecheck.document.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.citecheck.CitecheckException;
import org.citecheck.document.markup.MarkupDocument;
import org.citecheck.document.markup.MarkupFormat;
import org.citecheck.document.markup.MarkupLink;
import org.citecheck.document.markup.MarkupNote;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML document's notes with Jsoup, the way the common producers mark them up ({@link
 * NoteFinder}): the notes' text and exact link targets, the body's note references as markers for
 * the audit, and the title. Relative links are resolved against the page's {@code <base href>} or
 * else the base URL the user gave ({@code --base-url}).
 */
public final class HtmlReader {

  /** What an HTML file opens with once comments and an XML declaration are passed. */
  private static final Pattern OPENING =
      Pattern.compile(
          "(?is)\\A\\s*(?:<\\?xml[^>]*>\\s*|<!--.*?-->\\s*)*<(?:!doctype\\s+html|html[\\s>])");

  private static final Pattern HEAD_OR_BODY = Pattern.compile("(?i)<(?:head|body)[\\s>]");

  /** Only the start is looked at: a page's opening tells it, and a 50 MB page is not searched. */
  private static final int SNIFF = 4096;

  /**
   * Larger pages are refused: the page's tree takes about ten times its size in memory, and no
   * report's page comes near it once images and scripts are left out of it.
   */
  public static final int MAX_CHARS = 64 * 1024 * 1024;

  private HtmlReader() {}

  /**
   * True when the text opens as HTML does: a doctype or {@code <html>}, or a fragment that starts
   * with a tag and holds {@code <head>} or {@code <body>}.
   */
  public static boolean looksHtml(String text) {
    String head = text.substring(0, Math.min(text.length(), SNIFF));
    if (head.startsWith("\uFEFF")) {
      head = head.substring(1);
    }
    if (OPENING.matcher(head).find()) {
      return true;
    }
    return head.stripLeading().startsWith("<") && HEAD_OR_BODY.matcher(head).find();
  }

  /** True for the names HTML files go by. */
  public static boolean named(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml");
  }

  /**
   * @param html the page's text
   * @param baseUrl the absolute URL relative links are resolved against when the page has no {@code
   *     <base href>} of its own, or null
   */
  public static MarkupDocument read(String html, String baseUrl) {
    return read(html, baseUrl, "the page");
  }

  /**
   * @param name the input's name, for messages
   */
  public static MarkupDocument read(String html, String baseUrl, String name) {
    if (html.length() > MAX_CHARS) {
      throw CitecheckException.input(
          ("-".equals(name) ? "standard input" : name)
              + " is an HTML page of "
              + html.length() / (1024 * 1024)
              + " MB; pages up to "
              + MAX_CHARS / (1024 * 1024)
              + " MB are read: save the page without its images and scripts");
    }
    Document page = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
    // Scripts and styles are not text; a template is not shown.
    page.select("script, style, template").remove();
    Links links = new Links();
    NoteFinder.Found found = NoteFinder.find(page);
    PageText text = new PageText(found, links);
    text.body(page.body());
    List<MarkupNote> notes = new ArrayList<>();
    List<String> body = new ArrayList<>(text.lines());
    List<String> lines = new ArrayList<>(text.lines());
    if (!found.notes().isEmpty()) {
      lines.add("");
      body.add("");
      for (NoteFinder.FoundNote note : found.notes()) {
        var inline = text.note(note.element(), note.strip());
        lines.add(inline.text());
        body.add("");
        notes.add(new MarkupNote(note.mark(), lines.size(), inline.text(), inline.links()));
      }
    } else {
      for (int i = 0; i < text.bodyLinks().size(); i++) {
        MarkupLink link = text.bodyLinks().get(i);
        notes.add(new MarkupNote(null, text.bodyLinkLines().get(i), link.text(), List.of(link)));
      }
    }
    List<String> notices = new ArrayList<>();
    if (!found.notes().isEmpty() && !text.bodyLinks().isEmpty()) {
      int n = text.bodyLinks().size();
      notices.add(
          n
              + (n == 1 ? " link" : " links")
              + " in the body outside the notes "
              + (n == 1 ? "is" : "are")
              + " not read as citations");
    }
    if (links.unresolved() > 0) {
      notices.add(
          links.unresolved()
              + (links.unresolved() == 1 ? " relative link was" : " relative links were")
              + " left unresolved: the page has no <base href>; give --base-url to resolve them");
    }
    return new MarkupDocument(
        MarkupFormat.HTML,
        lines,
        body,
        notes,
        text.bodyLinks(),
        text.markers(),
        title(page),
        notices);
  }

  /** The title as scholarly metadata, then the page's {@code <title>}, then its first heading. */
  private static String title(Document page) {
    Element meta = page.selectFirst("meta[name=citation_title], meta[name=dc.title]");
    if (meta != null && !meta.attr("content").isBlank()) {
      return meta.attr("content").strip();
    }
    if (!page.title().isBlank()) {
      return page.title().strip();
    }
    Element heading = page.selectFirst("h1");
    return heading == null || heading.text().isBlank() ? null : heading.text().strip();
  }
}
