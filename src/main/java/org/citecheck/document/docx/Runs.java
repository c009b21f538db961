package org.citecheck.document.docx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.citecheck.document.markup.InlineText;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Walks WordprocessingML content into an {@link InlineText}: the text Word shows with tracked
 * changes accepted (insertions walked, deletions skipped), and the links set on it, from {@code
 * w:hyperlink} relationships and from {@code HYPERLINK} fields, simple or spread over runs ({@code
 * w:fldChar} begin, instruction, separate, result, end). Subclasses decide what a paragraph and a
 * note reference are.
 */
abstract class Runs {

  /** HYPERLINK's arguments: quoted strings or bare words. */
  private static final Pattern ARGUMENT = Pattern.compile("\"([^\"]*)\"|(\\S+)");

  private final PackagePart part;
  private final TrackedChanges changes;

  /** Where text goes now. */
  protected InlineText out;

  /** The links open now, each gathering the text it is set on. */
  private final List<StringBuilder> open = new ArrayList<>();

  /** The complex fields open now, innermost first. */
  private final Deque<Field> fields = new ArrayDeque<>();

  private static final class Field {
    final StringBuilder instruction = new StringBuilder();
    boolean inResult;
    String href;
    StringBuilder anchor;
  }

  Runs(PackagePart part, TrackedChanges changes, InlineText out) {
    this.part = part;
    this.changes = changes;
    this.out = out;
  }

  void walk(Element parent) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        element(e);
      }
    }
  }

  private void element(Element e) {
    if (Dom.MC.equals(e.getNamespaceURI())) {
      if ("AlternateContent".equals(e.getLocalName())) {
        alternate(e);
      }
      return;
    }
    if (!Dom.W.equals(e.getNamespaceURI())) {
      // Drawings and VML: their text boxes hold w:txbxContent paragraphs further down.
      walk(e);
      return;
    }
    switch (e.getLocalName()) {
      case "pPr", "rPr", "sectPr", "tblPr", "tblGrid", "trPr", "tcPr", "sdtPr", "sdtEndPr" -> {
        // properties, not content (their w:ins and w:del mark formatting changes)
      }
      case "footnoteRef", "endnoteRef", "commentReference", "annotationRef", "fldData" -> {
        // a note's own number is its mark, not its text; comments are not the document
      }
      case "del", "moveFrom" -> changes.deleted();
      case "ins", "moveTo" -> {
        changes.inserted();
        walk(e);
      }
      case "delText", "delInstrText" -> {}
      case "t" -> text(e.getTextContent());
      case "tab", "ptab" -> text(" ");
      case "br", "cr" -> {
        if (!hidden()) {
          out.space();
        }
      }
      case "noBreakHyphen" -> text("-");
      case "sym" -> {}
      case "instrText" -> instruction(e.getTextContent());
      case "fldChar" -> fieldChar(Dom.attr(e, "fldCharType"));
      case "fldSimple" -> simpleField(e);
      case "hyperlink" -> hyperlink(e);
      case "footnoteReference", "endnoteReference" -> {
        if (!hidden()) {
          reference(e, e.getLocalName().equals("endnoteReference"));
        }
      }
      case "p" -> paragraph(e);
      default -> walk(e);
    }
  }

  /** A paragraph inside the walk: a word boundary either side. */
  protected void paragraph(Element p) {
    out.space();
    walk(p);
    out.space();
  }

  /** A note reference; only the body's count. */
  protected void reference(Element ref, boolean endnote) {}

  /** Shown text: to the output and to every link open. */
  protected void text(String words) {
    if (hidden()) {
      return;
    }
    out.append(words);
    for (StringBuilder anchor : open) {
      anchor.append(words);
    }
  }

  /** True between a field's begin and its separator: the instruction, which Word does not show. */
  protected boolean hidden() {
    for (Field field : fields) {
      if (!field.inResult) {
        return true;
      }
    }
    return false;
  }

  /** Word's choice for newer readers, or else its fallback: one of them, never both. */
  private void alternate(Element e) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element branch && Dom.MC.equals(branch.getNamespaceURI())) {
        walk(branch);
        return;
      }
    }
  }

  private void hyperlink(Element e) {
    String id = e.getAttributeNS(Dom.R, "id");
    String href = null;
    if (!id.isEmpty()) {
      PackageRelationship rel = part.getRelationship(id);
      if (rel != null && rel.getTargetURI() != null) {
        href = rel.getTargetURI().toString();
        String anchor = Dom.attr(e, "anchor");
        if (!anchor.isEmpty() && !href.contains("#")) {
          href = href + "#" + anchor;
        }
      }
    }
    // w:anchor alone is a bookmark in the document itself (a table of contents): text only.
    linked(href, e);
  }

  private void simpleField(Element e) {
    linked(hyperlinkTarget(Dom.attr(e, "instr")), e);
  }

  /** Walks {@code e}, recording a link to {@code href} on its text when there is a target. */
  private void linked(String href, Element e) {
    if (href == null || hidden()) {
      walk(e);
      return;
    }
    StringBuilder anchor = new StringBuilder();
    open.add(anchor);
    walk(e);
    open.remove(anchor);
    out.link(href, anchor.toString());
  }

  private void instruction(String words) {
    Field field = fields.peek();
    if (field != null && !field.inResult) {
      field.instruction.append(words);
    }
  }

  private void fieldChar(String type) {
    switch (type) {
      case "begin" -> fields.push(new Field());
      case "separate" -> {
        Field field = fields.peek();
        if (field != null && !field.inResult) {
          field.inResult = true;
          field.href = hyperlinkTarget(field.instruction.toString());
          if (field.href != null && !hidden()) {
            field.anchor = new StringBuilder();
            open.add(field.anchor);
          }
        }
      }
      case "end" -> {
        Field field = fields.poll();
        if (field != null && field.anchor != null) {
          open.remove(field.anchor);
          out.link(field.href, field.anchor.toString());
        }
      }
      default -> {}
    }
  }

  /**
   * The target of a {@code HYPERLINK "url" \l "place" \o "tip"} instruction, or null for another
   * field or a link to a place in the document only.
   */
  static String hyperlinkTarget(String instruction) {
    Matcher m = ARGUMENT.matcher(instruction.strip());
    if (!m.find() || m.group(2) == null || !m.group(2).equalsIgnoreCase("HYPERLINK")) {
      return null;
    }
    String url = null;
    String place = null;
    while (m.find()) {
      String word = m.group(1) != null ? m.group(1) : m.group(2);
      if (m.group(2) != null && word.startsWith("\\") && word.length() == 2) {
        char option = Character.toLowerCase(word.charAt(1));
        if (option == 'l' || option == 'o' || option == 't') {
          String argument = m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : "";
          if (option == 'l') {
            place = argument;
          }
        }
      } else if (url == null) {
        // Word doubles a backslash inside a field's quoted argument.
        url = word.replace("\\\\", "\\");
      }
    }
    if (url == null || url.isBlank()) {
      return null;
    }
    return place == null || place.isEmpty() ? url : url + "#" + place;
  }
}
