package org.citecheck.document.jats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citecheck.CitecheckException;
import org.citecheck.document.markup.CitedFields;
import org.citecheck.document.markup.InlineText;
import org.citecheck.document.markup.MarkupDocument;
import org.citecheck.document.markup.MarkupFormat;
import org.citecheck.document.markup.MarkupLink;
import org.citecheck.document.markup.MarkupNote;
import org.citecheck.document.pdf.RaisedNumber;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a JATS article (the journal standard, NLM's Journal Archiving and Publishing tag sets): the
 * footnotes ({@code fn}, in an {@code fn-group} or in the text) and the reference list ({@code
 * ref-list/ref}) are the notes, a reference's tagged fields taken as stated ({@link JatsCitation}),
 * {@code ext-link} and {@code uri} give exact URLs, the body's {@code xref} to a footnote or a
 * reference are the markers, and the front matter's {@code article-title} is the title.
 */
public final class JatsReader {

  private static final String XLINK = "http://www.w3.org/1999/xlink";

  /** The root element, once the prolog (declaration, comments, doctype) is passed. */
  private static final Pattern ROOT =
      Pattern.compile(
          "(?s)\\A\\s*(?:<\\?.*?\\?>\\s*|<!--.*?-->\\s*|<!DOCTYPE[^>\\[]*(?:\\[.*?\\])?\\s*>\\s*)*<([A-Za-z][\\w.:-]*)([^>]*)>");

  private static final Pattern JATS_SIGN = Pattern.compile("(?i)jats|-//NLM//DTD|dtd-version\\s*=");

  private static final int SNIFF = 8192;

  /** Elements laid out as lines of their own in the text. */
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "title",
          "sec",
          "list-item",
          "disp-quote",
          "caption",
          "label",
          "td",
          "th",
          "tr",
          "def",
          "term",
          "statement",
          "abstract",
          "ack",
          "boxed-text",
          "fig",
          "table-wrap",
          "verse-line",
          "ref",
          "fn",
          "body",
          "back");

  private JatsReader() {}

  /**
   * True when the text is a JATS article: root {@code <article>} with a JATS DTD, namespace or
   * version.
   */
  public static boolean looksJats(String text) {
    String head = text.substring(0, Math.min(text.length(), SNIFF));
    if (head.startsWith("\uFEFF")) {
      head = head.substring(1);
    }
    Matcher root = ROOT.matcher(head);
    return root.find()
        && root.group(1).equals("article")
        && JATS_SIGN.matcher(head.substring(0, root.end())).find();
  }

  /** True for the names XML articles go by ({@code .nxml} is PubMed Central's). */
  public static boolean named(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".xml") || lower.endsWith(".nxml");
  }

  /**
   * @param name the input's name, for messages
   */
  public static MarkupDocument read(String xml, String input) {
    String name = "-".equals(input) ? "standard input" : input;
    Document document = SafeXml.parse(xml, name);
    Element article = document.getDocumentElement();
    if (!article.getLocalName().equals("article")) {
      throw CitecheckException.input(
          name
              + " is XML but not a JATS article: its root element is <"
              + article.getTagName()
              + ">, not <article>");
    }
    return new Walk(article).result();
  }

  /** One pass over the article: notes first (numbers), then the body with its markers. */
  private static final class Walk {
    private final Element article;
    private final List<Element> notes = new ArrayList<>();
    private final List<String> marks = new ArrayList<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<Element, Integer> inlineNotes = new java.util.IdentityHashMap<>();
    private final List<String> lines = new ArrayList<>();
    private final List<RaisedNumber> markers = new ArrayList<>();
    private final List<MarkupLink> bodyLinks = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private boolean space;

    Walk(Element article) {
      this.article = article;
      List<Element> footnotes = new ArrayList<>();
      List<Element> references = new ArrayList<>();
      for (Element element : descendants(article)) {
        String local = element.getLocalName();
        if (local.equals("fn") && !inFront(element)) {
          footnotes.add(element);
        } else if (local.equals("ref") && parentNamed(element, "ref-list")) {
          references.add(element);
        }
      }
      for (Element fn : footnotes) {
        add(fn, label(fn));
      }
      for (Element ref : references) {
        // Beside footnotes, a reference's label would repeat their numbers: it counts on.
        add(ref, footnotes.isEmpty() ? label(ref) : null);
      }
    }

    private void add(Element note, String mark) {
      notes.add(note);
      marks.add(mark);
      int number = mark != null && mark.matches("\\d{1,6}") ? Integer.parseInt(mark) : notes.size();
      String id = JatsCitation.attr(note, "id");
      if (id != null) {
        numbers.putIfAbsent(id, number);
      }
      inlineNotes.put(note, number);
    }

    MarkupDocument result() {
      Element body = child(article, "body");
      if (body != null) {
        walk(body);
      }
      newLine();
      List<String> text = new ArrayList<>(lines);
      List<String> bodyLines = new ArrayList<>(lines);
      List<MarkupNote> result = new ArrayList<>();
      if (!notes.isEmpty()) {
        text.add("");
        bodyLines.add("");
      }
      for (int i = 0; i < notes.size(); i++) {
        Element note = notes.get(i);
        Element citation = citation(note);
        InlineText inline = new InlineText();
        inline(
            inline,
            citation != null ? citation : note,
            citation != null && citation.getLocalName().equals("element-citation"));
        CitedFields fields = citation == null ? null : JatsCitation.fields(citation);
        text.add(inline.text());
        bodyLines.add("");
        result.add(
            new MarkupNote(
                marks.get(i),
                text.size(),
                inline.text(),
                inline.links(),
                fields,
                JatsCitation.attr(note, "id")));
      }
      if (result.isEmpty()) {
        for (MarkupLink link : bodyLinks) {
          result.add(new MarkupNote(null, 0, link.text(), List.of(link)));
        }
      }
      List<String> notices = new ArrayList<>();
      if (!notes.isEmpty() && !bodyLinks.isEmpty()) {
        int n = bodyLinks.size();
        notices.add(
            n
                + (n == 1 ? " link" : " links")
                + " in the body outside the notes "
                + (n == 1 ? "is" : "are")
                + " not read as citations");
      }
      return new MarkupDocument(
          MarkupFormat.JATS, text, bodyLines, result, bodyLinks, markers, title(), notices);
    }

    private String title() {
      Element front = child(article, "front");
      if (front == null) {
        return null;
      }
      for (Element element : descendants(front)) {
        if (element.getLocalName().equals("article-title") && parentNamed(element, "title-group")) {
          String words = JatsReader.words(element);
          return words.isEmpty() ? null : words;
        }
      }
      return null;
    }

    /** Lays out the body as lines; footnotes inside it become markers where they stand. */
    private void walk(Element element) {
      for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
          append(node.getNodeValue());
          continue;
        }
        if (!(node instanceof Element child)) {
          continue;
        }
        String local = child.getLocalName();
        if (local.equals("fn") && inlineNotes.containsKey(child)) {
          marker(inlineNotes.get(child));
          continue;
        }
        if (local.equals("xref")) {
          Integer number = xrefNumber(child);
          if (number != null) {
            marker(number);
            continue;
          }
        }
        String href = href(child);
        if (href != null) {
          bodyLinks.add(new MarkupLink(href, JatsReader.words(child)));
        }
        boolean block = BLOCKS.contains(local);
        if (block) {
          newLine();
        }
        walk(child);
        if (block) {
          newLine();
        }
      }
    }

    /** The note an xref to a footnote or a reference points to (the first of several ids). */
    private Integer xrefNumber(Element xref) {
      String type = JatsCitation.attr(xref, "ref-type");
      String rid = JatsCitation.attr(xref, "rid");
      if (rid == null || !("fn".equals(type) || "bibr".equals(type))) {
        return null;
      }
      return numbers.get(rid.split("\\s+")[0]);
    }

    private void marker(int number) {
      if (space && line.length() > 0) {
        line.append(' ');
      }
      markers.add(new RaisedNumber(number, lines.size(), line.length(), 0));
      line.append(number);
      space = false;
    }

    private void append(String text) {
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
  }

  /**
   * A note's text and links; an element-citation's fields are separate elements with no punctuation
   * between them, so each is set apart by a space.
   */
  private static void inline(InlineText text, Element element, boolean spaced) {
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(node.getNodeValue());
        continue;
      }
      if (!(node instanceof Element child)) {
        continue;
      }
      String local = child.getLocalName();
      if (local.equals("label")
          || local.equals("xref") && "fn".equals(child.getAttribute("ref-type"))) {
        continue;
      }
      String href = href(child);
      if (href != null) {
        String anchor = words(child);
        text.append(anchor);
        text.link(href, anchor.isEmpty() ? href : anchor);
        if (spaced) {
          text.space();
        }
        continue;
      }
      boolean apart = spaced || BLOCKS.contains(local);
      if (apart) {
        text.space();
      }
      inline(text, child, spaced);
      if (apart) {
        text.space();
      }
    }
  }

  /** The target of a link element: ext-link, uri or self-uri with xlink:href, or a uri's text. */
  static String href(Element element) {
    String local = element.getLocalName();
    if (!local.equals("ext-link") && !local.equals("uri") && !local.equals("self-uri")) {
      return null;
    }
    String href = element.getAttributeNS(XLINK, "href");
    if (href != null && !href.isBlank()) {
      return href.strip();
    }
    if (local.equals("uri")) {
      String words = words(element);
      return words.isEmpty() ? null : words;
    }
    return null;
  }

  /** A reference's citation element, or null for a footnote. */
  private static Element citation(Element note) {
    if (!note.getLocalName().equals("ref")) {
      return null;
    }
    for (Element child : children(note)) {
      String local = child.getLocalName();
      if (local.equals("mixed-citation")
          || local.equals("element-citation")
          || local.equals("citation")
          || local.equals("nlm-citation")) {
        return child;
      }
    }
    return null;
  }

  private static String label(Element note) {
    Element label = child(note, "label");
    if (label == null) {
      return null;
    }
    String words = words(label).replaceAll("^\\[|[\\].]$", "");
    return words.isEmpty() ? null : words;
  }

  private static boolean inFront(Element element) {
    for (Node at = element.getParentNode(); at instanceof Element parent; at = at.getParentNode()) {
      if (parent.getLocalName().equals("front")) {
        return true;
      }
    }
    return false;
  }

  private static boolean parentNamed(Element element, String name) {
    return element.getParentNode() instanceof Element parent && parent.getLocalName().equals(name);
  }

  private static Element child(Element parent, String name) {
    for (Element child : children(parent)) {
      if (child.getLocalName().equals(name)) {
        return child;
      }
    }
    return null;
  }

  static List<Element> children(Element parent) {
    List<Element> children = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element) {
        children.add(element);
      }
    }
    return children;
  }

  /** Every element under {@code parent}, in document order (depth is bounded by the parser). */
  static List<Element> descendants(Element parent) {
    List<Element> all = new ArrayList<>();
    collect(parent, all);
    return all;
  }

  private static void collect(Element parent, List<Element> all) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element) {
        all.add(element);
        collect(element, all);
      }
    }
  }

  /** An element's text with white space runs as single spaces. */
  static String words(Element element) {
    return element.getTextContent().replaceAll("[\\s\\u00A0]+", " ").strip();
  }
}
