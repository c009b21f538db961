package org.citecheck.document.markup;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a note's text as a reader walks the markup: words joined with single spaces, and the links
 * set on them. Every reader of a structured format uses it, so that a note's text and links come
 * out the same whatever the format.
 */
public final class InlineText {

  private final StringBuilder text = new StringBuilder();
  private final List<MarkupLink> links = new ArrayList<>();

  /** Appends text; runs of white space (line breaks included) become one space. */
  public InlineText append(String words) {
    for (int i = 0; i < words.length(); i++) {
      char c = words.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space();
      } else {
        text.append(c);
      }
    }
    return this;
  }

  /** A word boundary: a space unless the text is empty or already ends with one. */
  public InlineText space() {
    if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
      text.append(' ');
    }
    return this;
  }

  /** Records a link set on {@code anchor}, which the caller appends as text too. */
  public InlineText link(String href, String anchor) {
    if (href != null && !href.isBlank()) {
      links.add(new MarkupLink(href.strip(), anchor.strip().replaceAll("\\s+", " ")));
    }
    return this;
  }

  public String text() {
    return text.toString().strip();
  }

  public List<MarkupLink> links() {
    return List.copyOf(links);
  }

  public boolean isEmpty() {
    return text().isEmpty() && links.isEmpty();
  }
}
