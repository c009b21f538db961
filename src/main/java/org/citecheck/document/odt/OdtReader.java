package org.citecheck.document.odt;

import java.util.ArrayList;
import java.util.List;
import org.citecheck.CitecheckException;
import org.citecheck.document.markup.InlineText;
import org.citecheck.document.markup.MarkupDocument;
import org.citecheck.document.markup.MarkupFormat;
import org.citecheck.document.markup.MarkupLink;
import org.citecheck.document.markup.MarkupNote;
import org.citecheck.document.office.OfficeZip;
import org.citecheck.document.pdf.RaisedNumber;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Reads an OpenDocument text (ODT, as LibreOffice and pandoc write it) from its {@code content.xml}
 * with the JDK's parser: each {@code text:note} is a note, footnotes in the order they appear and
 * then endnotes, marked as its {@code text:note-citation} prints it (a custom mark included); links
 * are {@code text:a} with their exact {@code xlink:href}; each note's place in the body is a marker
 * for the audit. Tracked changes are read as accepted: ODF keeps deleted text apart, in {@code
 * text:tracked-changes}, which is left out. The title is {@code dc:title} from {@code meta.xml}.
 */
public final class OdtReader {

  static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  static final String XLINK = "http://www.w3.org/1999/xlink";
  static final String DC = "http://purl.org/dc/elements/1.1/";

  private OdtReader() {}

  public static MarkupDocument read(OfficeZip zip, String name) {
    Document content = zip.xml("content.xml");
    Element body = child(content.getDocumentElement(), OFFICE, "body");
    Element text = body == null ? null : child(body, OFFICE, "text");
    if (text == null) {
      throw CitecheckException.input(
          name + " is damaged: its content.xml holds no text body (office:text)");
    }
    Walk walk = new Walk();
    walk.blocks(text);
    String title = null;
    Document meta = zip.has("meta.xml") ? zip.xml("meta.xml") : null;
    if (meta != null) {
      Element info = child(meta.getDocumentElement(), OFFICE, "meta");
      Element dcTitle = info == null ? null : child(info, DC, "title");
      title = dcTitle == null ? null : dcTitle.getTextContent().strip();
    }
    if (title == null || title.isEmpty()) {
      title = walk.styledTitle;
    }
    return walk.result(title);
  }

  /** A note as found in the body, before footnotes and endnotes are put in order. */
  private record Found(String mark, boolean endnote, int line, int column, InlineText text) {}

  private static final class Walk {
    private final List<String> lines = new ArrayList<>();
    private final List<Found> found = new ArrayList<>();
    private final List<MarkupLink> bodyLinks = new ArrayList<>();
    private final List<Integer> bodyLinkLines = new ArrayList<>();
    private String styledTitle;
    private int insertions;
    private int deletions;

    /** The line being built and the links open on it (their text so far). */
    private InlineText out;

    private final List<StringBuilder> open = new ArrayList<>();

    /**
     * Walks block content: paragraphs and headings become lines; lists, tables, sections hold them.
     */
    void blocks(Element parent) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (!(n instanceof Element e)) {
          continue;
        }
        if (is(e, TEXT, "p") || is(e, TEXT, "h")) {
          out = new InlineText();
          inline(e);
          for (MarkupLink link : out.links()) {
            bodyLinks.add(link);
            bodyLinkLines.add(lines.size());
          }
          String line = out.text();
          if (styledTitle == null && !line.isEmpty() && "Title".equals(style(e))) {
            styledTitle = line;
          }
          lines.add(line);
        } else if (is(e, TEXT, "tracked-changes")) {
          changes(e);
        } else if (skipped(e)) {
          continue;
        } else {
          blocks(e);
        }
      }
    }

    /** Walks a paragraph's content into {@link #out}. */
    private void inline(Element parent) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Text words) {
          text(words.getData());
        } else if (n instanceof Element e) {
          element(e);
        }
      }
    }

    private void element(Element e) {
      if (TEXT.equals(e.getNamespaceURI())) {
        switch (e.getLocalName()) {
          case "s" -> text(" ");
          case "tab", "line-break" -> out.space();
          case "a" -> link(e);
          case "note" -> note(e);
          case "p", "h" -> {
            // a text box's paragraph inside this one
            out.space();
            inline(e);
            out.space();
          }
          case "tracked-changes" -> changes(e);
          default -> {
            if (!skipped(e)) {
              inline(e);
            }
          }
        }
      } else if (!skipped(e)) {
        // draw:frame, draw:text-box and the like: their paragraphs are text of this line
        inline(e);
      }
    }

    private void text(String words) {
      out.append(words);
      for (StringBuilder anchor : open) {
        anchor.append(words);
      }
    }

    private void link(Element a) {
      String href = a.getAttributeNS(XLINK, "href");
      if (href.isBlank() || href.startsWith("#")) {
        // a place in the document itself (a table of contents): text only, as for DOCX
        inline(a);
        return;
      }
      StringBuilder anchor = new StringBuilder();
      open.add(anchor);
      inline(a);
      open.remove(anchor);
      out.link(href, anchor.toString());
    }

    private void note(Element note) {
      boolean endnote = "endnote".equals(note.getAttributeNS(TEXT, "note-class"));
      Element citation = child(note, TEXT, "note-citation");
      String mark = null;
      if (citation != null) {
        String label = citation.getAttributeNS(TEXT, "label");
        mark = label.isEmpty() ? citation.getTextContent().strip() : label.strip();
      }
      int column = out.text().length();
      InlineText bodyOut = out;
      List<StringBuilder> bodyOpen = List.copyOf(open);
      open.clear();
      out = new InlineText();
      Element noteBody = child(note, TEXT, "note-body");
      if (noteBody != null) {
        inline(noteBody);
      }
      found.add(
          new Found(
              mark == null || mark.isEmpty() ? null : mark, endnote, lines.size(), column, out));
      out = bodyOut;
      open.addAll(bodyOpen);
    }

    /** Counts the changes ODF keeps apart; their deleted text is not the document's. */
    private void changes(Element tracked) {
      for (Element region : children(tracked, TEXT, "changed-region")) {
        if (child(region, TEXT, "insertion") != null) {
          insertions++;
        }
        if (child(region, TEXT, "deletion") != null) {
          deletions++;
        }
      }
    }

    MarkupDocument result(String title) {
      List<String> text = new ArrayList<>(lines);
      List<String> body = new ArrayList<>(lines);
      List<MarkupNote> notes = new ArrayList<>();
      List<RaisedNumber> markers = new ArrayList<>();
      List<String> notices = new ArrayList<>();
      for (boolean endnotes : new boolean[] {false, true}) {
        for (Found note : found) {
          if (note.endnote() != endnotes) {
            continue;
          }
          String words = note.text().text();
          text.add(words);
          body.add("");
          notes.add(new MarkupNote(note.mark(), text.size(), words, note.text().links()));
          int position = notes.size();
          int number = numeric(note.mark()) ? Integer.parseInt(note.mark()) : position;
          markers.add(new RaisedNumber(number, note.line(), note.column(), 0));
        }
      }
      // Markers in text order, as every reader gives them.
      markers.sort(
          java.util.Comparator.comparingInt(RaisedNumber::line)
              .thenComparingInt(RaisedNumber::column));
      if (notes.isEmpty()) {
        for (int k = 0; k < bodyLinks.size(); k++) {
          MarkupLink link = bodyLinks.get(k);
          notes.add(new MarkupNote(null, bodyLinkLines.get(k) + 1, link.text(), List.of(link)));
        }
      } else if (!bodyLinks.isEmpty()) {
        notices.add(
            bodyLinks.size()
                + (bodyLinks.size() == 1 ? " link" : " links")
                + " in the body outside the notes "
                + (bodyLinks.size() == 1 ? "is" : "are")
                + " not read as citations");
      }
      if (insertions + deletions > 0) {
        notices.add(
            "tracked changes read as if accepted: "
                + insertions
                + (insertions == 1 ? " insertion" : " insertions")
                + " kept, "
                + deletions
                + (deletions == 1 ? " deletion" : " deletions")
                + " left out; accept or reject them in the word processor to read another"
                + " version");
      }
      return new MarkupDocument(
          MarkupFormat.ODT, text, body, notes, bodyLinks, markers, title, notices);
    }
  }

  /** Elements that hold no text of the document: comments, declarations, change marks. */
  private static boolean skipped(Element e) {
    if (OFFICE.equals(e.getNamespaceURI())) {
      return e.getLocalName().equals("annotation")
          || e.getLocalName().equals("annotation-end")
          || e.getLocalName().equals("forms");
    }
    if (!TEXT.equals(e.getNamespaceURI())) {
      return false;
    }
    return switch (e.getLocalName()) {
      case "sequence-decls",
          "variable-decls",
          "user-field-decls",
          "dde-connection-decls",
          "note-citation",
          "change",
          "change-start",
          "change-end",
          "bookmark",
          "bookmark-start",
          "bookmark-end",
          "soft-page-break" ->
          true;
      default -> false;
    };
  }

  private static String style(Element e) {
    return e.getAttributeNS(TEXT, "style-name");
  }

  private static boolean numeric(String mark) {
    return mark != null
        && !mark.isEmpty()
        && mark.length() <= 6
        && mark.chars().allMatch(Character::isDigit);
  }

  private static boolean is(Element e, String ns, String local) {
    return ns.equals(e.getNamespaceURI()) && local.equals(e.getLocalName());
  }

  private static Element child(Element parent, String ns, String local) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && is(e, ns, local)) {
        return e;
      }
    }
    return null;
  }

  private static List<Element> children(Element parent, String ns, String local) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && is(e, ns, local)) {
        found.add(e);
      }
    }
    return found;
  }
}
