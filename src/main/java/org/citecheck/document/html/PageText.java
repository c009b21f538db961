package org.citecheck.document.html;

import java.util.ArrayList;
import java.util.List;
import org.citecheck.document.markup.InlineText;
import org.citecheck.document.markup.MarkupLink;
import org.citecheck.document.pdf.RaisedNumber;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A page as text: the body as lines (one per block, as a browser lays it out) with each note marker
 * printed as its number at a known line and column, and each note as one paragraph with its links.
 * Back-links from a note to its marker (pandoc's ↩, Wikipedia's ^) are not part of it.
 */
final class PageText {

  /** Back-links of the producers {@link NoteFinder} knows, by class or role. */
  private static final String BACK_LINKS =
      String.join(
          ", ",
          "a.footnote-back",
          "[role=doc-backlink]",
          ".mw-cite-backlink",
          ".footnote-back-link-wrapper",
          "a.footnote-back-link",
          "a.easy-footnote-to-top",
          "a.reversefootnote",
          "a.footnote-backref");

  private final NoteFinder.Found found;
  private final Links links;
  private final List<String> lines = new ArrayList<>();
  private final List<RaisedNumber> markers = new ArrayList<>();
  private final List<MarkupLink> bodyLinks = new ArrayList<>();
  private final List<Integer> bodyLinkLines = new ArrayList<>();
  private final StringBuilder line = new StringBuilder();
  private boolean space;

  PageText(NoteFinder.Found found, Links links) {
    this.found = found;
    this.links = links;
  }

  /** Lays out the body, leaving out the notes; call once. */
  void body(Element body) {
    if (body != null) {
      walk(body);
    }
    newLine();
  }

  List<String> lines() {
    return lines;
  }

  List<RaisedNumber> markers() {
    return markers;
  }

  List<MarkupLink> bodyLinks() {
    return bodyLinks;
  }

  /** The 1-based line of each body link. */
  List<Integer> bodyLinkLines() {
    return bodyLinkLines;
  }

  /** Walks without recursion: a page nested thousands deep must not overflow the stack. */
  private void walk(Element body) {
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
              words(text.getWholeText());
              return FilterResult.CONTINUE;
            }
            return node instanceof Element element ? enter(element) : FilterResult.SKIP_ENTIRELY;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && element.isBlock()) {
              newLine();
            }
            return FilterResult.CONTINUE;
          }
        },
        body);
  }

  private NodeFilter.FilterResult enter(Element element) {
    if (found.excluded().contains(element)) {
      if (element.isBlock()) {
        newLine();
      }
      return NodeFilter.FilterResult.SKIP_ENTIRELY;
    }
    Integer marker = found.markers().get(element);
    if (marker != null) {
      // Printed as its number, where a PDF's text would show it raised.
      if (space && line.length() > 0) {
        line.append(' ');
      }
      markers.add(new RaisedNumber(marker, lines.size(), line.length(), 0));
      line.append(marker);
      space = false;
      return NodeFilter.FilterResult.SKIP_ENTIRELY;
    }
    if (element.tagName().equals("br")) {
      newLine();
      return NodeFilter.FilterResult.SKIP_ENTIRELY;
    }
    if (element.isBlock()) {
      newLine();
    }
    if (element.tagName().equals("a") && element.hasAttr("href")) {
      String target = links.target(element);
      if (target != null && !target.startsWith("#")) {
        bodyLinks.add(new MarkupLink(target, element.text().strip()));
        bodyLinkLines.add(lines.size() + 1);
      }
    }
    return NodeFilter.FilterResult.CONTINUE;
  }

  private void words(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = true;
      } else {
        if (space && line.length() > 0) {
          line.append(' ');
        }
        space = false;
        line.append(c);
      }
    }
  }

  private void newLine() {
    if (line.length() > 0) {
      lines.add(line.toString());
      line.setLength(0);
    }
    space = false;
  }

  /**
   * A note's text and links.
   *
   * @param strip its printed number at the start, left out of the text, or null
   */
  InlineText note(Element note, String strip) {
    InlineText text = new InlineText();
    inline(text, note);
    if (strip == null) {
      return text;
    }
    InlineText stripped = new InlineText();
    String all = text.text();
    String number = strip.strip();
    stripped.append(all.startsWith(number) ? all.substring(number.length()) : all);
    text.links().forEach(link -> stripped.link(link.href(), link.text()));
    return stripped;
  }

  private void inline(InlineText text, Node node) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode words) {
        text.append(words.getWholeText());
      } else if (child instanceof Element element) {
        if (isBackLink(element) || found.markers().containsKey(element)) {
          continue;
        }
        if (element.tagName().equals("br")) {
          text.space();
          continue;
        }
        String target =
            element.tagName().equals("a") && element.hasAttr("href") ? links.target(element) : null;
        if (target != null && !target.startsWith("#")) {
          InlineText anchor = new InlineText();
          inline(anchor, element);
          text.append(anchor.text());
          text.link(target, anchor.text());
          continue;
        }
        if (element.isBlock()) {
          text.space();
        }
        inline(text, element);
        if (element.isBlock()) {
          text.space();
        }
      }
    }
  }

  /** A link back to the marker: by its producer's class, or an in-page link with no words. */
  private boolean isBackLink(Element element) {
    if (element.is(BACK_LINKS)) {
      return true;
    }
    if (!element.tagName().equals("a") || Links.fragment(element) == null) {
      return false;
    }
    String words = element.text();
    for (int i = 0; i < words.length(); i++) {
      if (Character.isLetterOrDigit(words.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
