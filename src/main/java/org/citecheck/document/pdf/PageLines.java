package org.citecheck.document.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One page's glyphs as lines in reading order. Glyphs sharing a baseline make a row; a row of
 * smaller glyphs just above another row is its superscripts (raised runs: note markers); a vertical
 * gap that most rows leave free in the middle of the page is a gutter between two columns, and the
 * page is then read band by band (rows across the gutter, such as a title, split the bands), left
 * column first.
 */
final class PageLines {

  /** Superscripts are at most this fraction of their line's type size. */
  private static final float RAISED_SIZE = 0.88f;

  /** And raised at most this fraction of it above its baseline. */
  private static final float RAISED_LIFT = 0.75f;

  /** A gap wider than this fraction of the type size separates words. */
  private static final float WORD_GAP = 0.18f;

  /**
   * A jump in drawing order wider than this fraction of the type size starts another column's
   * piece.
   */
  private static final float COLUMN_GAP = 0.9f;

  /**
   * Glyphs closer than this fraction of the type size make one stretch of text when looking for a
   * gutter: LaTeX's column gap is one em, and a wide word space falls at a different place on each
   * line, so it never looks like a gutter.
   */
  private static final float SPAN_GAP = 0.6f;

  private PageLines() {}

  /** A glyph placed on a row. */
  private record Placed(Glyph glyph, boolean raised, int link) {}

  private static final class Row {
    final List<Placed> glyphs = new ArrayList<>();
    float baseline;
    float lastBaseline;

    float size() {
      Map<Float, Integer> counts = new HashMap<>();
      for (Placed p : glyphs) {
        if (!p.raised()) {
          counts.merge(Math.round(p.glyph().size() * 2) / 2f, 1, Integer::sum);
        }
      }
      return counts.entrySet().stream()
          .max(
              Map.Entry.<Float, Integer>comparingByValue()
                  .thenComparing(Map.Entry.comparingByKey()))
          .map(Map.Entry::getKey)
          .orElse(maxSize());
    }

    float maxSize() {
      float max = 0;
      for (Placed p : glyphs) {
        max = Math.max(max, p.glyph().size());
      }
      return max;
    }

    float minX() {
      float min = Float.MAX_VALUE;
      for (Placed p : glyphs) {
        min = Math.min(min, p.glyph().x());
      }
      return min;
    }

    float maxX() {
      float max = -Float.MAX_VALUE;
      for (Placed p : glyphs) {
        max = Math.max(max, p.glyph().right());
      }
      return max;
    }
  }

  static List<PdfLine> of(int page, List<Glyph> glyphs, List<LinkArea> links) {
    if (glyphs.isEmpty()) {
      return List.of();
    }
    List<Row> rows = rows(glyphs, links);
    rows = mergeRaised(rows);
    for (Row row : rows) {
      row.glyphs.sort(Comparator.comparingDouble(p -> p.glyph().x()));
    }
    float gutter = gutter(rows);
    List<PdfLine> lines = new ArrayList<>();
    List<Row> band = new ArrayList<>();
    boolean[] spanning = new boolean[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      spanning[i] = Float.isNaN(gutter) || spansGutter(rows.get(i), gutter);
    }
    for (int i = 1; i + 1 < rows.size() && !Float.isNaN(gutter); i++) {
      // A line amid the two columns' lines that runs over the gutter is an overfull line (an
      // unbreakable URL) of the column it starts in, not a heading across the page.
      if (spanning[i]
          && !spanning[i - 1]
          && !spanning[i + 1]
          && close(rows.get(i - 1), rows.get(i))) {
        spanning[i] = false;
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (spanning[i]) {
        flush(page, band, gutter, lines);
        band.clear();
        lines.add(line(page, row.glyphs, row, 0));
      } else {
        band.add(row);
      }
    }
    flush(page, band, gutter, lines);
    return lines;
  }

  /**
   * Rows of glyphs sharing a baseline. A superscript is put on the baseline of the glyph drawn next
   * to it (see {@link #hosts}), so that it joins its own line even where the other column has a
   * line at its height.
   */
  private static List<Row> rows(List<Glyph> glyphs, List<LinkArea> links) {
    float[] baseline = hosts(glyphs);
    Integer[] sorted = new Integer[glyphs.size()];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = i;
    }
    java.util.Arrays.sort(
        sorted,
        Comparator.<Integer>comparingDouble(i -> baseline[i])
            .thenComparingDouble(i -> glyphs.get(i).x()));
    List<Row> rows = new ArrayList<>();
    Row row = null;
    for (int i : sorted) {
      Glyph glyph = glyphs.get(i);
      float tolerance = Math.max(1f, glyph.size() * 0.2f);
      if (row == null || baseline[i] - row.lastBaseline > tolerance) {
        row = new Row();
        row.baseline = baseline[i];
        rows.add(row);
      }
      row.lastBaseline = baseline[i];
      row.glyphs.add(new Placed(glyph, baseline[i] != glyph.baseline(), linkOf(glyph, links)));
    }
    return rows;
  }

  /**
   * Each glyph's line baseline: its own, or for a superscript (smaller type, raised by less than
   * its line's type size, against the glyph drawn just before or after it) that of its neighbour.
   * Drawing order finds the neighbour without a search over the page.
   */
  private static float[] hosts(List<Glyph> glyphs) {
    float[] baseline = new float[glyphs.size()];
    for (int i = 0; i < glyphs.size(); i++) {
      baseline[i] = glyphs.get(i).baseline();
    }
    for (int i = 0; i < glyphs.size(); i++) {
      Glyph g = glyphs.get(i);
      if (i > 0
          && baseline[i - 1] != glyphs.get(i - 1).baseline()
          && Math.abs(glyphs.get(i - 1).baseline() - g.baseline()) < 0.5f
          && Math.abs(glyphs.get(i - 1).size() - g.size()) < 0.5f
          && g.x() - glyphs.get(i - 1).right() < g.size()) {
        baseline[i] = baseline[i - 1]; // the next digit of a raised number
        continue;
      }
      for (int j : new int[] {i - 1, i + 1}) {
        if (j < 0 || j >= glyphs.size()) {
          continue;
        }
        Glyph host = glyphs.get(j);
        float lift = host.baseline() - g.baseline();
        boolean adjacent =
            j < i
                ? Math.abs(g.x() - host.right()) < host.size()
                : Math.abs(host.x() - g.right()) < host.size();
        if (g.size() <= host.size() * RAISED_SIZE
            && lift > host.size() * 0.1f
            && lift <= host.size() * RAISED_LIFT
            && adjacent) {
          baseline[i] = host.baseline();
          break;
        }
      }
    }
    return baseline;
  }

  /** The link over the glyph; of overlapping ones, the one whose box starts nearest it. */
  private static int linkOf(Glyph glyph, List<LinkArea> links) {
    int best = -1;
    float bestEdge = -Float.MAX_VALUE;
    for (int i = 0; i < links.size(); i++) {
      float edge = links.get(i).leftEdge(glyph.userX(), glyph.userY());
      if (!Float.isNaN(edge) && edge > bestEdge) {
        best = i;
        bestEdge = edge;
      }
    }
    return best;
  }

  /**
   * Rows of small glyphs just above a row, within its width, are its superscripts. The row they
   * belong to need not be the next one down: in two columns, the other column's row may come
   * between.
   */
  private static List<Row> mergeRaised(List<Row> rows) {
    List<Row> kept = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      Row owner = null;
      for (int j = i + 1; j < rows.size() && owner == null; j++) {
        Row below = rows.get(j);
        if (below.baseline - row.lastBaseline > below.size() * RAISED_LIFT) {
          break;
        }
        owner = raisedOver(row, below) ? below : null;
      }
      if (owner != null) {
        for (Placed p : row.glyphs) {
          owner.glyphs.add(new Placed(p.glyph(), true, p.link()));
        }
        continue;
      }
      kept.add(row);
    }
    return kept;
  }

  private static boolean raisedOver(Row row, Row below) {
    float size = below.size();
    float lift = below.baseline - row.lastBaseline;
    if (lift <= 0 || lift > size * RAISED_LIFT || row.maxSize() > size * RAISED_SIZE) {
      return false;
    }
    float from = below.minX() - size * 1.5f;
    float to = below.maxX() + size * 1.5f;
    for (Placed p : row.glyphs) {
      if (p.glyph().x() < from || p.glyph().x() > to) {
        return false;
      }
    }
    return row.glyphs.size() <= 12;
  }

  /** The x of a gutter between two columns, or NaN when the page has one column. */
  private static float gutter(List<Row> rows) {
    if (rows.size() < 6) {
      return Float.NaN;
    }
    float minX = Float.MAX_VALUE;
    float maxX = -Float.MAX_VALUE;
    List<Float> sizes = new ArrayList<>();
    for (Row row : rows) {
      minX = Math.min(minX, row.minX());
      maxX = Math.max(maxX, row.maxX());
      sizes.add(row.size());
    }
    sizes.sort(Float::compare);
    float size = sizes.get(sizes.size() / 2);
    int width = (int) Math.ceil(maxX - minX) + 1;
    if (width < size * 20) {
      return Float.NaN;
    }
    int[] covered = new int[width];
    for (Row row : rows) {
      for (float[] span : spans(row)) {
        for (int x = (int) (span[0] - minX);
            x < Math.min(width, (int) Math.ceil(span[1] - minX));
            x++) {
          covered[Math.max(0, x)]++;
        }
      }
    }
    // Rows across the gutter (titles, headings, a wide table) may be a fifth of the page.
    int allowed = rows.size() / 5;
    int from = (int) (width * 0.25);
    int to = (int) (width * 0.75);
    // The gutter is the least covered strip, not merely a sparse one: under a short right column
    // (the last page) the whole column is sparse, and its middle is no gutter.
    int floor = Integer.MAX_VALUE;
    for (int x = from; x < to; x++) {
      floor = Math.min(floor, covered[x]);
    }
    int limit = Math.min(allowed, floor + Math.max(1, rows.size() / 50));
    int bestStart = -1;
    int bestLength = 0;
    for (int x = from, start = -1; x <= to; x++) {
      boolean free = x < to && covered[x] <= limit;
      if (free && start < 0) {
        start = x;
      } else if (!free && start >= 0) {
        if (x - start > bestLength) {
          bestLength = x - start;
          bestStart = start;
        }
        start = -1;
      }
    }
    if (bestStart < 0 || bestLength < size * 0.6f) {
      return Float.NaN;
    }
    float gutter = minX + bestStart + bestLength / 2f;
    int both = 0;
    for (Row row : rows) {
      if (row.minX() < gutter && row.maxX() > gutter && !crosses(row, gutter)) {
        both++;
      }
    }
    // Three lines side by side settle it: the last page's right column may hold only a few.
    return both >= 3 ? gutter : Float.NaN;
  }

  /** The row's stretches of text: glyphs closer than a column gap joined. */
  private static List<float[]> spans(Row row) {
    List<float[]> spans = new ArrayList<>();
    float[] current = null;
    for (Placed p : row.glyphs) {
      Glyph g = p.glyph();
      if (current != null && g.x() - current[1] <= g.size() * SPAN_GAP) {
        current[1] = Math.max(current[1], g.right());
      } else {
        current = new float[] {g.x(), g.right()};
        spans.add(current);
      }
    }
    return spans;
  }

  private static boolean crosses(Row row, float gutter) {
    for (float[] span : spans(row)) {
      if (span[0] < gutter && span[1] > gutter) {
        return true;
      }
    }
    return false;
  }

  /**
   * The row's pieces in drawing order: a producer draws one column's line, then the other's, so a
   * jump back, or forward by more than a column gap, or a glyph drawn after others elsewhere that
   * overlaps the one before, starts a new piece. This keeps apart two columns' lines on one
   * baseline even where one overflows into the other (an unbreakable URL).
   */
  private static List<List<Placed>> pieces(Row row) {
    List<Placed> drawn = new ArrayList<>(row.glyphs);
    drawn.sort(Comparator.comparingInt(p -> p.glyph().order()));
    List<List<Placed>> pieces = new ArrayList<>();
    List<Placed> piece = null;
    Placed previous = null;
    for (Placed p : drawn) {
      Glyph g = p.glyph();
      boolean jump =
          previous != null
              && (g.x() < previous.glyph().x() - g.size()
                  || g.x() - previous.glyph().right() > g.size() * COLUMN_GAP
                  || g.order() > previous.glyph().order() + 1
                      && g.x() < previous.glyph().right() - 0.5f);
      if (piece == null || jump) {
        piece = new ArrayList<>();
        pieces.add(piece);
      }
      piece.add(p);
      previous = p;
    }
    return pieces;
  }

  private static boolean close(Row upper, Row lower) {
    return lower.baseline - upper.baseline <= 2 * Math.max(upper.size(), lower.size());
  }

  /** True for a row drawn in one piece across the gutter: a title or heading over both columns. */
  private static boolean spansGutter(Row row, float gutter) {
    if (!crosses(row, gutter)) {
      return false;
    }
    List<List<Placed>> pieces = pieces(row);
    return pieces.stream().noneMatch(piece -> piece.get(0).glyph().x() >= gutter);
  }

  private static void flush(int page, List<Row> band, float gutter, List<PdfLine> lines) {
    if (band.isEmpty()) {
      return;
    }
    for (int column = 1; column <= 2; column++) {
      for (Row row : band) {
        List<Placed> part = new ArrayList<>();
        for (List<Placed> piece : pieces(row)) {
          boolean left = piece.get(0).glyph().x() < gutter;
          if (left == (column == 1)) {
            part.addAll(piece);
          }
        }
        part.sort(Comparator.comparingDouble(p -> p.glyph().x()));
        if (!part.isEmpty()) {
          lines.add(line(page, part, row, column));
        }
      }
    }
  }

  private static PdfLine line(int page, List<Placed> glyphs, Row row, int column) {
    Row part = new Row();
    part.glyphs.addAll(glyphs);
    float size = part.size();
    StringBuilder text = new StringBuilder();
    List<PdfLine.Run> raised = new ArrayList<>();
    List<PdfLine.Run> links = new ArrayList<>();
    Placed previous = null;
    int raisedStart = -1;
    int linkStart = -1;
    int link = -1;
    for (Placed p : glyphs) {
      Glyph g = p.glyph();
      if (previous != null) {
        float gap = g.x() - previous.glyph().right();
        boolean space;
        if (p.raised() && !previous.raised()) {
          space = gap > size * 0.5f; // a marker sits against its word
        } else {
          space = gap > Math.min(g.size(), previous.glyph().size()) * WORD_GAP;
        }
        if (space && text.charAt(text.length() - 1) != ' ') {
          text.append(' ');
        }
      }
      if (p.raised() && raisedStart < 0) {
        raisedStart = text.length();
      } else if (!p.raised() && raisedStart >= 0) {
        raised.add(new PdfLine.Run(raisedStart, trimmedEnd(text), -1));
        raisedStart = -1;
      }
      if (p.link() != link) {
        if (link >= 0) {
          links.add(new PdfLine.Run(linkStart, trimmedEnd(text), link));
        }
        link = p.link();
        linkStart = text.length();
      }
      text.append(g.text());
      previous = p;
    }
    if (raisedStart >= 0) {
      raised.add(new PdfLine.Run(raisedStart, text.length(), -1));
    }
    if (link >= 0) {
      links.add(new PdfLine.Run(linkStart, text.length(), link));
    }
    float x0 = glyphs.get(0).glyph().x();
    float x1 = glyphs.get(glyphs.size() - 1).glyph().right();
    return new PdfLine(page, text.toString(), row.baseline, x0, x1, size, column, raised, links);
  }

  private static int trimmedEnd(StringBuilder text) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    return end;
  }
}
