package org.citecheck.document.html;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds a page's notes where its producer puts them, most specific first:
 *
 * <ol>
 *   <li>the notes sections of known producers: pandoc ({@code section.footnotes}, {@code
 *       aside#footnotes}, {@code li id="fn1"}), markdown-it, kramdown, Python-Markdown and GitHub
 *       (the same, or {@code div.footnote(s)}), Wikipedia ({@code ol.references}), the WordPress
 *       plugins Footnotes Made Easy and WP Footnotes ({@code ol.footnotes}), Easy Footnotes ({@code
 *       ol.easy-footnotes-wrapper}) and Modern Footnotes (a {@code span} beside each marker);
 *   <li>the targets of in-page links set on raised numbers ({@code sup > a[href^="#"]}, {@code
 *       a[href^="#"] > sup});
 *   <li>a list, or the paragraphs, after a Notes, Endnotes, Footnotes or References heading.
 * </ol>
 *
 * The body's links to a note are its markers.
 */
final class NoteFinder {

  /** Containers whose list items are the notes, as their producers write them. */
  private static final String KNOWN_LISTS =
      String.join(
          ", ",
          "section.footnotes ol > li",
          "aside#footnotes ol > li",
          "div.footnotes ol > li",
          "div.footnote > ol > li",
          "[role=doc-endnotes] ol > li",
          "ol.references > li",
          "ol.footnotes > li",
          "ol.easy-footnotes-wrapper > li");

  private static final Pattern NOTES_HEADING =
      Pattern.compile(
          "(?i)(foot|end)?notes|references|sources|works cited|bibliography|literature cited");

  /** A number printed at the start of a note paragraph: "1.", "[1]", "1)". */
  private static final Pattern LEADING_NUMBER = Pattern.compile("^\\[?(\\d{1,4})[\\].)]?\\s+");

  private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");

  /**
   * @param element the element whose content is the note
   * @param mark the note's printed number or symbol, or null when only its position is known
   * @param strip printed text at the note's start that is its number, not its content ("1. ")
   */
  record FoundNote(Element element, String mark, String strip) {}

  /**
   * @param notes the notes in document order
   * @param excluded elements that are not the body: the notes and their containers
   * @param markers the body's references to a note, by element, with the note's number
   */
  record Found(List<FoundNote> notes, Set<Element> excluded, Map<Element, Integer> markers) {}

  private NoteFinder() {}

  static Found find(Document page) {
    Found found = known(page);
    if (found.notes().isEmpty()) {
      found = targets(page);
    }
    if (found.notes().isEmpty()) {
      found = underHeading(page);
    }
    return found;
  }

  private static Found known(Document page) {
    Elements items = page.select(KNOWN_LISTS);
    Set<Element> excluded = identitySet();
    List<FoundNote> notes = new ArrayList<>();
    for (Element item : items) {
      Element list = item.parent();
      // Pandoc's section (with its rule) or the list itself leaves the body.
      Element container =
          item.closest("section.footnotes, aside#footnotes, div.footnotes, div.footnote");
      excluded.add(container != null ? container : list);
      notes.add(new FoundNote(item, listMark(item), null));
    }
    Map<Element, Integer> markers = new IdentityHashMap<>();
    if (notes.isEmpty()) {
      // Modern Footnotes writes each note as a hidden span right after its marker.
      for (Element span : page.select("span.modern-footnotes-footnote__note")) {
        String mark = span.attr("data-mfn").strip();
        notes.add(new FoundNote(span, mark.isEmpty() ? null : mark, null));
        excluded.add(span);
      }
      int index = 0;
      Map<String, Integer> byMark = new HashMap<>();
      for (FoundNote note : notes) {
        index++;
        byMark.putIfAbsent(note.mark(), number(note, index));
      }
      for (Element sup : page.select("sup.modern-footnotes-footnote[data-mfn]")) {
        Integer number = byMark.get(sup.attr("data-mfn").strip());
        if (number != null) {
          markers.put(sup, number);
        }
      }
      return new Found(notes, excluded, markers);
    }
    return new Found(notes, excluded, linkMarkers(page, notes, excluded));
  }

  /** Notes that raised numbers link to, in the order they stand on the page. */
  private static Found targets(Document page) {
    Set<Element> seen = new LinkedHashSet<>();
    Map<Element, String> marks = new IdentityHashMap<>();
    for (Element anchor : page.select("sup a[href^=#], a[href^=#]:has(sup)")) {
      Element target = byId(page, Links.fragment(anchor));
      if (target == null || target == anchor) {
        continue;
      }
      Element note = noteOf(target);
      if (note == null
          || seen.contains(note)
          || note.closest("sup") != null
          || inside(anchor, Set.of(note))) {
        continue;
      }
      seen.add(note);
      Matcher digits = DIGITS.matcher(anchor.text());
      marks.put(note, digits.find() ? digits.group() : null);
    }
    List<Element> ordered = new ArrayList<>(seen);
    ordered.sort(NoteFinder::compareInDocument);
    Set<Element> excluded = identitySet();
    List<FoundNote> notes = new ArrayList<>();
    for (Element note : ordered) {
      String listed = note.tagName().equals("li") ? listMark(note) : null;
      String mark = marks.get(note) != null ? marks.get(note) : listed;
      Matcher leading = LEADING_NUMBER.matcher(note.text());
      String strip = !note.tagName().equals("li") && leading.find() ? leading.group() : null;
      notes.add(new FoundNote(note, mark, strip));
      excluded.add(note.tagName().equals("li") ? note.parent() : note);
    }
    return new Found(notes, excluded, linkMarkers(page, notes, excluded));
  }

  /** A list, or paragraphs up to the next heading, after a heading that names the notes. */
  private static Found underHeading(Document page) {
    Set<Element> excluded = identitySet();
    List<FoundNote> notes = new ArrayList<>();
    for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
      String words = heading.text().strip().replaceFirst("[:.]$", "").strip();
      if (!NOTES_HEADING.matcher(words).matches()) {
        continue;
      }
      int level = heading.tagName().charAt(1) - '0';
      // A heading wrapped in a div of its own (Easy Footnotes' title) is followed by the div's
      // next sibling.
      Element start = heading;
      while (start.nextElementSibling() == null && start.parent() != null) {
        start = start.parent();
      }
      for (Element next = start.nextElementSibling();
          next != null;
          next = next.nextElementSibling()) {
        if (next.tagName().matches("h[1-6]") && next.tagName().charAt(1) - '0' <= level) {
          break;
        }
        if (next.tagName().equals("ol") || next.tagName().equals("ul")) {
          for (Element item : next.children()) {
            if (item.tagName().equals("li")) {
              String mark = next.tagName().equals("ol") ? listMark(item) : null;
              notes.add(new FoundNote(item, mark, null));
            }
          }
          excluded.add(next);
          break;
        }
        if (next.tagName().equals("p") || next.tagName().equals("div")) {
          if (next.text().isBlank()) {
            continue;
          }
          Matcher leading = LEADING_NUMBER.matcher(next.text());
          boolean numbered = leading.find();
          notes.add(
              new FoundNote(
                  next, numbered ? leading.group(1) : null, numbered ? leading.group() : null));
          excluded.add(next);
        }
      }
      if (!notes.isEmpty()) {
        break;
      }
    }
    return new Found(notes, excluded, linkMarkers(page, notes, excluded));
  }

  /** The body's in-page links to a note (or to an element inside one), by the note's number. */
  private static Map<Element, Integer> linkMarkers(
      Document page, List<FoundNote> notes, Set<Element> excluded) {
    Map<String, Integer> numbers = new HashMap<>();
    int index = 0;
    for (FoundNote note : notes) {
      index++;
      int number = number(note, index);
      if (note.element().id().length() > 0) {
        numbers.putIfAbsent(note.element().id(), number);
      }
      for (Element inside : note.element().select("[id]")) {
        numbers.putIfAbsent(inside.id(), number);
      }
      for (Element named : note.element().select("a[name]")) {
        numbers.putIfAbsent(named.attr("name"), number);
      }
    }
    Map<Element, Integer> markers = new IdentityHashMap<>();
    if (numbers.isEmpty()) {
      return markers;
    }
    for (Element anchor : page.select("a[href^=#]")) {
      Integer number = numbers.get(Links.fragment(anchor));
      if (number == null) {
        number = numbers.get(decoded(Links.fragment(anchor)));
      }
      if (number == null || inside(anchor, excluded)) {
        continue;
      }
      // The raised number is the marker: a sup around the link, or the link around a sup.
      Element sup =
          anchor.parent() != null && anchor.parent().tagName().equals("sup")
              ? anchor.parent()
              : anchor;
      markers.put(sup, number);
    }
    return markers;
  }

  /** A note's number: its mark when that is a number, its position otherwise. */
  static int number(FoundNote note, int position) {
    String mark = note.mark();
    return mark != null && mark.matches("\\d{1,6}") ? Integer.parseInt(mark) : position;
  }

  /** A list item's number in its list ({@code <ol start="5">} counts from 5); null in a ul. */
  private static String listMark(Element item) {
    Element list = item.parent();
    if (list == null || !list.tagName().equals("ol")) {
      return null;
    }
    int start = 1;
    try {
      start = Integer.parseInt(list.attr("start").strip());
    } catch (NumberFormatException e) {
      // No start attribute (or a bad one): browsers count from 1.
    }
    if (item.hasAttr("value")) {
      try {
        return String.valueOf(Integer.parseInt(item.attr("value").strip()));
      } catch (NumberFormatException e) {
        // A bad value is ignored, as browsers do.
      }
    }
    int position = 0;
    for (Element sibling : list.children()) {
      if (sibling == item) {
        break;
      }
      if (sibling.tagName().equals("li")) {
        position++;
      }
    }
    return String.valueOf(start + position);
  }

  /** The block a link target belongs to: itself when a block, else its list item or paragraph. */
  private static Element noteOf(Element target) {
    if (target.tagName().matches("li|p|div|dd|aside|td|section")) {
      return target;
    }
    return target.closest("li, p, dd, div");
  }

  private static Element byId(Document page, String id) {
    if (id == null) {
      return null;
    }
    Element found = page.getElementById(id);
    if (found == null) {
      String decoded = decoded(id);
      found = decoded == null ? null : page.getElementById(decoded);
    }
    if (found == null) {
      // An old-style named anchor: <a name="fn1">.
      found = page.selectFirst("a[name=" + cssEscape(id) + "]");
    }
    return found;
  }

  private static String cssEscape(String id) {
    return '"' + id.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static String decoded(String fragment) {
    if (fragment == null || fragment.indexOf('%') < 0) {
      return null;
    }
    try {
      return URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static boolean inside(Element element, Set<Element> excluded) {
    for (Element at = element; at != null; at = at.parent()) {
      if (excluded.contains(at)) {
        return true;
      }
    }
    return false;
  }

  private static int compareInDocument(Element a, Element b) {
    if (a == b) {
      return 0;
    }
    List<Integer> pa = path(a);
    List<Integer> pb = path(b);
    for (int i = 0; i < Math.min(pa.size(), pb.size()); i++) {
      int c = Integer.compare(pa.get(i), pb.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(pa.size(), pb.size());
  }

  private static List<Integer> path(Element element) {
    List<Integer> path = new ArrayList<>();
    for (Element at = element; at.parent() != null; at = at.parent()) {
      path.add(0, at.siblingIndex());
    }
    return path;
  }

  private static Set<Element> identitySet() {
    return java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  }
}
