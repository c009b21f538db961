package org.citecheck.document.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.citecheck.CitecheckException;
import org.citecheck.document.markup.InlineText;
import org.citecheck.document.markup.MarkupDocument;
import org.citecheck.document.markup.MarkupFormat;
import org.citecheck.document.markup.MarkupLink;
import org.citecheck.document.markup.MarkupNote;
import org.citecheck.document.office.SafeXml;
import org.citecheck.document.pdf.RaisedNumber;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads a Word document (DOCX): footnotes and endnotes numbered by the order of their references in
 * the body, as Word prints them, custom marks included; link targets from hyperlink relationships
 * and from {@code HYPERLINK} field codes; every note reference in the body a marker for the audit;
 * tracked changes read as if accepted. Without notes, the body's links are the entries, as for
 * Markdown.
 *
 * <p>POI opens the package: the main part by its relationship type (not a fixed path), the notes
 * parts and hyperlink targets through their relationships, the title from the core properties. The
 * WordprocessingML itself is walked with the JDK's parser ({@link SafeXml}), because what the notes
 * need (field codes across runs, tracked changes, custom marks) lies below what POI's XWPF model
 * keeps.
 */
public final class DocxReader {

  private static final String FOOTNOTES =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes";
  private static final String ENDNOTES =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes";
  private static final String SETTINGS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings";

  private DocxReader() {}

  /**
   * @param bytes the file, already checked against the zip limits by {@code OfficeZip}
   * @param name the file's name for messages
   */
  public static MarkupDocument read(byte[] bytes, String name) {
    OPCPackage pkg = null;
    try {
      pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
      return read(pkg, name);
    } catch (IOException
        | OpenXML4JException
        | OpenXML4JRuntimeException
        | UnsupportedFileFormatException e) {
      throw CitecheckException.input(
          name + " is damaged: it is a zip but its Word package cannot be opened");
    } finally {
      if (pkg != null) {
        pkg.revert();
      }
    }
  }

  private static MarkupDocument read(OPCPackage pkg, String name)
      throws IOException, OpenXML4JException {
    PackageRelationshipCollection mains =
        pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
    PackagePart main = mains.size() == 0 ? null : pkg.getPart(mains.getRelationship(0));
    if (main == null) {
      throw CitecheckException.input(name + " is damaged: its package names no main document part");
    }
    Element mainRoot = parse(main, name);
    PackagePart footnotes = related(main, FOOTNOTES);
    PackagePart endnotes = related(main, ENDNOTES);
    PackagePart settings = related(main, SETTINGS);

    TrackedChanges changes = new TrackedChanges();
    Body body = new Body(main, changes);
    Element bodyElement = Dom.child(mainRoot, Dom.W, "body");
    if (bodyElement != null) {
      body.walk(bodyElement);
    }
    Numbering numbering =
        Numbering.of(
            settings == null ? null : parse(settings, name),
            bodyElement == null ? null : Dom.lastChild(bodyElement, Dom.W, "sectPr"));

    Map<String, Element> footnoteElements = notes(footnotes, name, "footnote");
    Map<String, Element> endnoteElements = notes(endnotes, name, "endnote");

    List<String> text = new ArrayList<>(body.lines());
    List<String> notices = new ArrayList<>();
    List<MarkupNote> notes = new ArrayList<>();
    List<RaisedNumber> markers = new ArrayList<>();
    // Footnotes first, then endnotes, each in the order of their first reference.
    Map<String, Integer> numbers = new LinkedHashMap<>();
    int footnoteCount = 0;
    int endnoteCount = 0;
    for (boolean endnote : new boolean[] {false, true}) {
      Map<String, Element> elements = endnote ? endnoteElements : footnoteElements;
      PackagePart part = endnote ? endnotes : footnotes;
      int auto = 0;
      for (Body.Reference ref : body.references()) {
        String key = (ref.endnote() ? "e" : "f") + ref.id();
        if (ref.endnote() != endnote || numbers.containsKey(key)) {
          continue;
        }
        Element element = elements.get(ref.id());
        if (element == null) {
          notices.add(
              (endnote ? "endnote " : "footnote ")
                  + ref.id()
                  + " is referenced in the body but missing from the document");
          continue;
        }
        String mark;
        if (ref.customMark() != null) {
          // Word does not number a note with a mark of its own: the count goes on after it.
          mark = ref.customMark();
        } else {
          auto++;
          mark = numbering.mark(endnote, auto);
        }
        InlineText inline = new InlineText();
        new NoteText(part, changes, inline).walk(element);
        String noteText = inline.text();
        if (ref.customMark() != null && noteText.startsWith(ref.customMark())) {
          noteText = noteText.substring(ref.customMark().length()).strip();
        }
        text.add(noteText);
        notes.add(new MarkupNote(mark, text.size(), noteText, inline.links()));
        numbers.put(key, notes.size());
        if (endnote) {
          endnoteCount++;
        } else {
          footnoteCount++;
        }
      }
      long unreferenced = elements.size() - (endnote ? endnoteCount : footnoteCount);
      if (unreferenced > 0) {
        notices.add(
            unreferenced
                + (endnote ? " endnote" : " footnote")
                + (unreferenced == 1 ? "" : "s")
                + " that nothing in the body refers to (Word does not print"
                + (unreferenced == 1 ? " it" : " them")
                + ") left out");
      }
    }
    for (Body.Reference ref : body.references()) {
      Integer position = numbers.get((ref.endnote() ? "e" : "f") + ref.id());
      if (position != null) {
        MarkupNote note = notes.get(position - 1);
        int number = numeric(note.mark()) ? Integer.parseInt(note.mark()) : position;
        markers.add(new RaisedNumber(number, ref.line(), ref.column(), 0));
      }
    }

    List<String> bodyText = new ArrayList<>(text);
    for (int i = body.lines().size(); i < bodyText.size(); i++) {
      bodyText.set(i, "");
    }
    List<MarkupLink> bodyLinks = body.links().stream().map(Body.LineLink::link).toList();
    if (notes.isEmpty()) {
      // No notes: each link of the body is an entry, so that the document is link-checked.
      for (Body.LineLink link : body.links()) {
        notes.add(new MarkupNote(null, link.line() + 1, link.link().text(), List.of(link.link())));
      }
    } else if (!bodyLinks.isEmpty()) {
      notices.add(
          bodyLinks.size()
              + (bodyLinks.size() == 1 ? " link" : " links")
              + " in the body outside the notes "
              + (bodyLinks.size() == 1 ? "is" : "are")
              + " not read as citations");
    }
    if (changes.any()) {
      notices.add(changes.notice());
    }
    String title = pkg.getPackageProperties().getTitleProperty().orElse(null);
    if (title == null || title.isBlank()) {
      title = body.styledTitle();
    }
    return new MarkupDocument(
        MarkupFormat.DOCX,
        text,
        bodyText,
        notes,
        bodyLinks,
        markers,
        title == null ? null : title.strip(),
        notices);
  }

  /** The notes of a footnotes or endnotes part by id, leaving out separators. */
  private static Map<String, Element> notes(PackagePart part, String name, String element)
      throws IOException, OpenXML4JException {
    Map<String, Element> notes = new LinkedHashMap<>();
    if (part == null) {
      return notes;
    }
    Element root = parse(part, name);
    for (Element note : Dom.children(root, Dom.W, element)) {
      String type = note.getAttributeNS(Dom.W, "type");
      // separator, continuationSeparator, continuationNotice: the rule above the notes
      if (type.isEmpty() || type.equals("normal")) {
        notes.putIfAbsent(note.getAttributeNS(Dom.W, "id"), note);
      }
    }
    return notes;
  }

  private static PackagePart related(PackagePart part, String type) throws OpenXML4JException {
    PackageRelationshipCollection rels = part.getRelationshipsByType(type);
    if (rels.size() == 0) {
      return null;
    }
    PackageRelationship rel = rels.getRelationship(0);
    return part.getRelatedPart(rel);
  }

  private static Element parse(PackagePart part, String name) throws IOException {
    String partName = part.getPartName().getName();
    try (InputStream in = part.getInputStream()) {
      Document doc = SafeXml.parse(in.readAllBytes(), name, partName.substring(1));
      return doc.getDocumentElement();
    }
  }

  private static boolean numeric(String mark) {
    return mark != null
        && !mark.isEmpty()
        && mark.length() <= 6
        && mark.chars().allMatch(Character::isDigit);
  }

  /** Lower-case names are how Word writes booleans too ("1", "true", "on"). */
  static boolean on(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    return v.equals("1") || v.equals("true") || v.equals("on");
  }
}
