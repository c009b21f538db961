package org.citecheck.document.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Puts a document's pages together as text: running headers, footers and page numbers dropped by
 * their repeated positions; each page's footnote zone (below a separator rule, or a bottom run of
 * smaller type, or lines opening with the number of a marker above them) moved after the body, so
 * that footnotes continued on the next page join and the notes read as one section; and the markers
 * and links carried over to their places in the text.
 */
final class ReadingOrder {

  /** Type at most this fraction of the body's is "smaller type". */
  private static final float SMALLER = 0.93f;

  /** Positions within this many points are the same position. */
  private static final float SAME_PLACE = 3.5f;

  /** A notes section's heading: what follows it is endnotes, never a page's footnotes. */
  private static final Pattern NOTES_HEADING =
      Pattern.compile("(?i)(end\\s?notes|notes|notes and references)[.:]?");

  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "(?i)^(page\\s+)?(\\d{1,4}|[ivxlc]{1,7})(\\s*(of|/)\\s*\\d{1,4})?$|^[-–—]\\s*\\d{1,4}\\s*[-–—]$");
  private static final Pattern RAISED_NUMBERS = Pattern.compile("\\d{1,4}(\\s*[,–-]\\s*\\d{1,4})*");

  private final List<PageData> pages;
  private final float bodySize;

  /** The widest text block of the document's pages: a separator rule is much shorter. */
  private final float textWidth;

  private ReadingOrder(List<PageData> pages) {
    this.pages = pages;
    this.bodySize = bodySize(pages);
    float widest = 0;
    for (PageData page : pages) {
      float min = Float.MAX_VALUE;
      float max = -Float.MAX_VALUE;
      for (PdfLine line : page.lines()) {
        min = Math.min(min, line.x0());
        max = Math.max(max, line.x1());
      }
      widest = Math.max(widest, max - min);
    }
    this.textWidth = widest;
  }

  /**
   * The text of the pages, with its layout (page count and unreadable glyphs filled by the caller).
   */
  static PdfText assemble(
      List<PageData> pages, int pageCount, int unreadable, List<Integer> pagesWithoutText) {
    ReadingOrder order = new ReadingOrder(pages);
    List<List<PdfLine>> kept = order.withoutFurniture();
    List<Set<PdfLine>> zones = order.zones(kept);
    long numbered = zones.stream().flatMap(Set::stream).filter(l -> l.leadingNumber() > 0).count();
    if (numbered < 2) {
      zones = kept.stream().map(l -> (Set<PdfLine>) new HashSet<PdfLine>()).toList();
    }
    return order.write(kept, zones, pageCount, unreadable, pagesWithoutText);
  }

  /**
   * The body's type size: the commonest, by characters, in the upper half of the pages (footnotes
   * are below).
   */
  private static float bodySize(List<PageData> pages) {
    Map<Float, Integer> weight = new HashMap<>();
    for (PageData page : pages) {
      for (PdfLine line : page.lines()) {
        if (line.baseline() < page.height() * 0.55f) {
          weight.merge(line.size(), line.text().length(), Integer::sum);
        }
      }
    }
    if (weight.isEmpty()) {
      pages.forEach(
          page ->
              page.lines()
                  .forEach(line -> weight.merge(line.size(), line.text().length(), Integer::sum)));
    }
    return weight.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(10f);
  }

  // ---- running headers, footers, page numbers

  private List<List<PdfLine>> withoutFurniture() {
    Map<String, List<float[]>> seen = new HashMap<>();
    for (PageData page : pages) {
      for (PdfLine line : edges(page.lines())) {
        seen.computeIfAbsent(furnitureKey(line), k -> new ArrayList<>())
            .add(new float[] {page.number(), line.baseline()});
      }
    }
    List<List<PdfLine>> kept = new ArrayList<>();
    for (PageData page : pages) {
      Set<PdfLine> edges = new HashSet<>(edges(page.lines()));
      List<PdfLine> lines = new ArrayList<>();
      for (PdfLine line : page.lines()) {
        if (!(edges.contains(line) && furniture(page, line, seen.get(furnitureKey(line))))) {
          lines.add(line);
        }
      }
      kept.add(lines);
    }
    return kept;
  }

  /**
   * The lines at the top and bottom edges of a page, where headers, footers and page numbers are:
   * at most two lines each, set apart from the rest of the page by a gap wider than two lines.
   */
  private static List<PdfLine> edges(List<PdfLine> lines) {
    List<PdfLine> sorted = new ArrayList<>(lines);
    sorted.sort((a, b) -> Float.compare(a.baseline(), b.baseline()));
    Set<PdfLine> edges = new LinkedHashSet<>();
    for (int i = 0; i < 2 && i + 1 < sorted.size(); i++) {
      if (apart(sorted.get(i), sorted.get(i + 1))) {
        edges.addAll(sorted.subList(0, i + 1));
        break;
      }
    }
    for (int i = sorted.size() - 1; i >= sorted.size() - 2 && i > 0; i--) {
      if (apart(sorted.get(i - 1), sorted.get(i))) {
        edges.addAll(sorted.subList(i, sorted.size()));
        break;
      }
    }
    return new ArrayList<>(edges);
  }

  private static boolean apart(PdfLine upper, PdfLine lower) {
    return lower.baseline() - upper.baseline() > 2 * Math.max(upper.size(), lower.size());
  }

  private static String furnitureKey(PdfLine line) {
    String text = line.text().strip();
    if (PAGE_NUMBER.matcher(text).matches()) {
      return "#page";
    }
    return text.replaceAll("\\d+", "#").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private boolean furniture(PageData page, PdfLine line, List<float[]> places) {
    if (line.text().length() > 120) {
      return false;
    }
    boolean pageNumber = PAGE_NUMBER.matcher(line.text().strip()).matches();
    int others = 0;
    Set<Integer> counted = new HashSet<>();
    for (float[] place : places) {
      int other = (int) place[0];
      if (other != page.number()
          && Math.abs(place[1] - line.baseline()) <= SAME_PLACE
          && counted.add(other)) {
        others++;
      }
    }
    if (pageNumber) {
      return others >= 1 || pages.size() == 1 && isLast(page, line);
    }
    return others >= (pages.size() >= 4 ? 2 : 1);
  }

  private static boolean isLast(PageData page, PdfLine line) {
    return page.lines().stream().allMatch(other -> other.baseline() <= line.baseline());
  }

  // ---- footnote zones

  private List<Set<PdfLine>> zones(List<List<PdfLine>> kept) {
    List<Set<PdfLine>> zones = new ArrayList<>();
    boolean previousZone = false;
    int expected = 1;
    for (int p = 0; p < pages.size(); p++) {
      PageData page = pages.get(p);
      List<PdfLine> lines = kept.get(p);
      Set<PdfLine> zone = new LinkedHashSet<>();
      for (List<PdfLine> group : groups(lines)) {
        zone.addAll(zone(page, group, lines, previousZone, expected));
      }
      for (PdfLine line : zone) {
        int n = line.leadingNumber();
        if (n >= expected && n <= expected + 3) {
          expected = n + 1;
        }
      }
      previousZone = !zone.isEmpty();
      zones.add(zone);
    }
    return zones;
  }

  /** The page's columns (left, right) and the lines across the page, each in reading order. */
  private static List<List<PdfLine>> groups(List<PdfLine> lines) {
    List<List<PdfLine>> groups = new ArrayList<>();
    for (int column = 1; column <= 2; column++) {
      int c = column;
      List<PdfLine> group = lines.stream().filter(l -> l.column() == c).toList();
      if (!group.isEmpty()) {
        groups.add(group);
      }
    }
    List<PdfLine> across = lines.stream().filter(l -> l.column() == 0).toList();
    if (!across.isEmpty()) {
      groups.add(across);
    }
    return groups;
  }

  private List<PdfLine> zone(
      PageData page,
      List<PdfLine> group,
      List<PdfLine> pageLines,
      boolean continued,
      int expected) {
    List<PdfLine> byRule = belowRule(page, group, continued);
    if (!byRule.isEmpty()) {
      return byRule;
    }
    // Without a rule, numbered lines below a "Notes" heading are the endnotes section starting on
    // this page: taken for footnotes, they would be moved behind the later pages' notes.
    for (int i = group.size() - 1; i >= 0; i--) {
      if (NOTES_HEADING.matcher(group.get(i).text().strip()).matches()) {
        group = group.subList(0, i);
        break;
      }
    }
    int from = group.size();
    while (from > 0 && group.get(from - 1).size() <= bodySize * SMALLER) {
      from--;
    }
    if (from < group.size()) {
      List<PdfLine> run = group.subList(from, group.size());
      int start = 0;
      if (!continued || run.get(0).leadingNumber() > 0) {
        while (start < run.size() && !plausibleStart(run.get(start), pageLines, expected)) {
          start++;
        }
      }
      if (start < run.size()) {
        return run.subList(start, run.size());
      }
    }
    return byMarkers(page, group, pageLines, expected);
  }

  /** The lines below a footnote separator: a short rule, or any rule with smaller type under it. */
  private List<PdfLine> belowRule(PageData page, List<PdfLine> group, boolean continued) {
    float minX = Float.MAX_VALUE;
    float maxX = -Float.MAX_VALUE;
    for (PdfLine line : group) {
      minX = Math.min(minX, line.x0());
      maxX = Math.max(maxX, line.x1());
    }
    float width = maxX - minX;
    List<Rule> rules = new ArrayList<>(page.rules());
    rules.sort((a, b) -> Float.compare(a.y(), b.y()));
    for (Rule rule : rules) {
      if (rule.y() < page.height() * 0.25f
          || rule.x0() < minX - 20
          || rule.x0() > minX + width * 0.3f
          || underline(rule, group)) {
        continue;
      }
      List<PdfLine> below = group.stream().filter(l -> l.baseline() > rule.y() + 1).toList();
      if (below.isEmpty() || below.size() == group.size() && !continued) {
        continue;
      }
      boolean smaller = below.stream().allMatch(l -> l.size() <= bodySize * SMALLER);
      boolean shortRule = rule.width() <= Math.max(width, textWidth) * 0.6f + 1;
      boolean opens = below.get(0).leadingNumber() > 0 || continued;
      if ((shortRule || smaller)
          && opens
          && group.indexOf(below.get(0)) + below.size() == group.size()) {
        return below;
      }
    }
    return List.of();
  }

  /**
   * A rule just below a line's baseline, under its text: an underline (a link's), not a separator.
   */
  private static boolean underline(Rule rule, List<PdfLine> lines) {
    for (PdfLine line : lines) {
      float below = rule.y() - line.baseline();
      if (below >= -0.5f
          && below <= line.size() * 0.4f
          && rule.x0() < line.x1()
          && rule.x1() > line.x0()) {
        return true;
      }
    }
    return false;
  }

  private static boolean plausibleStart(PdfLine line, List<PdfLine> pageLines, int expected) {
    int n = line.leadingNumber();
    return n > 0
        && (n == expected
            || n == 1
            || line.opensRaised()
            || raisedAbove(pageLines, line).contains(n));
  }

  /** Footnotes in body type: the lowest lines from the first that opens with a marker's number. */
  private List<PdfLine> byMarkers(
      PageData page, List<PdfLine> group, List<PdfLine> pageLines, int expected) {
    for (int i = 0; i < group.size(); i++) {
      PdfLine line = group.get(i);
      int n = line.leadingNumber();
      if (n > 0
          && (n == expected || line.opensRaised())
          && line.baseline() > page.height() * 0.4f
          && raisedAbove(pageLines, line).contains(n)) {
        return group.subList(i, group.size());
      }
    }
    return List.of();
  }

  private static Set<Integer> raisedAbove(List<PdfLine> lines, PdfLine limit) {
    Set<Integer> numbers = new HashSet<>();
    for (PdfLine line : lines) {
      if (line.baseline() >= limit.baseline()) {
        continue;
      }
      for (PdfLine.Run run : line.raised()) {
        numbers.addAll(numbers(line.text(), run));
      }
    }
    return numbers;
  }

  /**
   * The numbers a raised run prints: "3", "3,4", "3–5"; none for letters or an exponent ("10⁶").
   */
  static List<Integer> numbers(String text, PdfLine.Run run) {
    String printed = text.substring(run.start(), run.end()).strip();
    if (!RAISED_NUMBERS.matcher(printed).matches()
        || run.start() > 0 && Character.isDigit(text.charAt(run.start() - 1))) {
      return List.of();
    }
    List<Integer> numbers = new ArrayList<>();
    for (String part : printed.split("\\s*,\\s*")) {
      String[] range = part.split("\\s*[–-]\\s*");
      int low = Integer.parseInt(range[0]);
      int high = range.length > 1 ? Integer.parseInt(range[1]) : low;
      if (high < low || high - low > 50) {
        high = low;
      }
      for (int n = low; n <= high; n++) {
        numbers.add(n);
      }
    }
    return numbers;
  }

  // ---- the text

  private PdfText write(
      List<List<PdfLine>> kept,
      List<Set<PdfLine>> zones,
      int pageCount,
      int unreadable,
      List<Integer> pagesWithoutText) {
    List<String> text = new ArrayList<>();
    List<Integer> pageOf = new ArrayList<>();
    List<RaisedNumber> raised = new ArrayList<>();
    LinkCollector links = new LinkCollector();
    for (int p = 0; p < pages.size(); p++) {
      PageData page = pages.get(p);
      if (p > 0) {
        text.add("");
        pageOf.add(0);
      }
      for (PdfLine line : kept.get(p)) {
        if (zones.get(p).contains(line)) {
          continue;
        }
        int index = text.size();
        text.add(line.text());
        pageOf.add(page.number());
        for (PdfLine.Run run : line.raised()) {
          for (int n : numbers(line.text(), run)) {
            raised.add(new RaisedNumber(n, index, run.start(), page.number()));
          }
        }
        links.add(page, line, index);
      }
    }
    int footnotesFrom = -1;
    for (int p = 0; p < pages.size(); p++) {
      PageData page = pages.get(p);
      for (PdfLine zoneLine : zones.get(p)) {
        PdfLine line = zoneLine.spacedOpening();
        int index = text.size();
        footnotesFrom = footnotesFrom < 0 ? index : footnotesFrom;
        text.add(line.text());
        pageOf.add(page.number());
        links.add(page, line, index);
      }
    }
    return new PdfText(
        text,
        new PdfLayout(
            pageOf, footnotesFrom, raised, links.links(), pageCount, unreadable, pagesWithoutText));
  }

  /**
   * Gathers the spans of each link annotation, joining a link split over lines (one annotation per
   * line).
   */
  private static final class LinkCollector {
    private final List<String> targets = new ArrayList<>();
    private final List<List<PdfLink.Span>> spans = new ArrayList<>();
    private final Map<String, Integer> open = new HashMap<>();

    void add(PageData page, PdfLine line, int index) {
      for (PdfLine.Run run : line.links()) {
        if (run.link() < 0 || run.end() <= run.start()) {
          continue;
        }
        String target = page.targets().get(run.link());
        String key = page.number() + "#" + run.link();
        Integer at = open.get(key);
        if (at == null) {
          int last = targets.size() - 1;
          boolean continues =
              last >= 0
                  && targets.get(last).equals(target)
                  && spans.get(last).get(spans.get(last).size() - 1).line() >= index - 2;
          at = continues ? last : targets.size();
          if (!continues) {
            targets.add(target);
            spans.add(new ArrayList<>());
          }
          open.put(key, at);
        }
        spans.get(at).add(new PdfLink.Span(index, run.start(), run.end()));
      }
    }

    List<PdfLink> links() {
      List<PdfLink> links = new ArrayList<>();
      for (int i = 0; i < targets.size(); i++) {
        links.add(new PdfLink(targets.get(i), spans.get(i)));
      }
      return links;
    }
  }
}
