package org.citecheck.document.docx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.citecheck.document.markup.InlineText;
import org.citecheck.document.markup.MarkupLink;
import org.w3c.dom.Element;

/**
 * The document's body: one text line per paragraph (table cells' paragraphs included), the note
 * references in it with their line and column, and its links.
 */
final class Body extends Runs {

  /**
   * A note reference in the body.
   *
   * @param id the note's {@code w:id}
   * @param endnote an endnote's reference rather than a footnote's
   * @param line 0-based line
   * @param column where in the line
   * @param customMark the mark typed after it when {@code w:customMarkFollows} is set, or null
   */
  record Reference(String id, boolean endnote, int line, int column, String customMark) {}

  /** A link of the body with its 0-based line. */
  record LineLink(int line, MarkupLink link) {}

  private final List<String> lines = new ArrayList<>();
  private final List<Reference> references = new ArrayList<>();
  private final List<LineLink> links = new ArrayList<>();
  private int depth;
  private String styledTitle;

  /** The index of a reference whose custom mark is the next text shown, or -1. */
  private int markPending = -1;

  Body(PackagePart part, TrackedChanges changes) {
    super(part, changes, new InlineText());
  }

  @Override
  protected void paragraph(Element p) {
    if (depth > 0) {
      // A text box's paragraph inside a paragraph: part of that line.
      depth++;
      super.paragraph(p);
      depth--;
      return;
    }
    out = new InlineText();
    depth++;
    walk(p);
    depth--;
    String line = out.text();
    for (MarkupLink link : out.links()) {
      links.add(new LineLink(lines.size(), link));
    }
    lines.add(line);
    if (styledTitle == null && !line.isEmpty() && isTitle(p)) {
      styledTitle = line;
    }
  }

  private static boolean isTitle(Element p) {
    Element properties = Dom.child(p, Dom.W, "pPr");
    String style =
        properties == null ? "" : Dom.attr(Dom.child(properties, Dom.W, "pStyle"), "val");
    return style.equals("Title");
  }

  @Override
  protected void reference(Element ref, boolean endnote) {
    // The column the next text starts at: the reference sits right after what came before it.
    references.add(
        new Reference(Dom.attr(ref, "id"), endnote, lines.size(), out.text().length(), null));
    if (DocxReader.on(Dom.attr(ref, "customMarkFollows"))) {
      markPending = references.size() - 1;
    }
  }

  @Override
  protected void text(String words) {
    if (markPending >= 0 && !hidden() && !words.isBlank()) {
      Reference ref = references.get(markPending);
      references.set(
          markPending,
          new Reference(ref.id(), ref.endnote(), ref.line(), ref.column(), words.strip()));
      markPending = -1;
    }
    super.text(words);
  }

  List<String> lines() {
    return lines;
  }

  List<Reference> references() {
    return references;
  }

  List<LineLink> links() {
    return links;
  }

  /** The first paragraph in Word's Title style, as pandoc writes the title. */
  String styledTitle() {
    return styledTitle;
  }
}
