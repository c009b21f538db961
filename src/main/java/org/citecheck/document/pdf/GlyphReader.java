package org.citecheck.document.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Walks a document's pages with PDFBox's text engine and hands each page's glyphs and horizontal
 * rules to a consumer, one page at a time, so that a long document never holds more than a page of
 * glyphs. PDFBox's own text assembly is bypassed: lines, columns and zones are built from the
 * positions by {@link PageLines}.
 */
final class GlyphReader extends PDFTextStripper {

  /** What one page gave. */
  record Page(int number, PDPage page, List<Glyph> glyphs, List<Rule> rules, int unreadable) {}

  /** Receives each page as it is read. */
  interface PageSink {
    void accept(Page page) throws IOException;
  }

  /** A rule is at most this thick (points): thicker bars are boxes or shading. */
  private static final float RULE_THICKNESS = 2.5f;

  private final UnaryOperator<String> normalizer;
  private final PageSink sink;
  private final List<Glyph> glyphs = new ArrayList<>();
  private final List<Rule> rules = new ArrayList<>();

  /** The current path's candidate rules, kept if the path is painted. */
  private final List<float[]> pending = new ArrayList<>();

  private float[] pathPoint;
  private int unreadable;
  private PDRectangle crop;
  private int rotation;

  GlyphReader(UnaryOperator<String> normalizer, PageSink sink) {
    this.normalizer = normalizer;
    this.sink = sink;
    setSortByPosition(false);
    addOperator(new PathOp(this, "re"));
    addOperator(new PathOp(this, "m"));
    addOperator(new PathOp(this, "l"));
    for (String paint : List.of("f", "F", "f*", "S", "s", "B", "B*", "b", "b*")) {
      addOperator(new PaintOp(this, paint, true));
    }
    addOperator(new PaintOp(this, "n", false));
  }

  @Override
  protected void startPage(PDPage page) {
    glyphs.clear();
    rules.clear();
    pending.clear();
    unreadable = 0;
    crop = page.getCropBox();
    rotation = ((page.getRotation() % 360) + 360) % 360;
  }

  @Override
  protected void endPage(PDPage page) throws IOException {
    sink.accept(
        new Page(getCurrentPageNo(), page, List.copyOf(glyphs), List.copyOf(rules), unreadable));
    glyphs.clear();
  }

  /** Glyphs whose font has no Unicode text for them are counted and left out, not guessed. */
  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
      throws IOException {
    String unicode = font.toUnicode(code);
    if (unicode == null || unicode.isEmpty() || unicode.indexOf('\uFFFD') >= 0) {
      unreadable++;
      return;
    }
    super.showGlyph(textRenderingMatrix, font, code, displacement);
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    String unicode = text.getUnicode();
    if (unicode == null || unicode.isBlank()) {
      return;
    }
    String normalized = normalizer.apply(unicode);
    if (normalized.isBlank()) {
      return;
    }
    float size = Math.abs(text.getFontSizeInPt());
    if (size <= 0) {
      size = Math.abs(text.getHeightDir());
    }
    Matrix m = text.getTextMatrix();
    float advance = text.getWidthDirAdj();
    double dirLength = Math.hypot(m.getValue(0, 0), m.getValue(0, 1));
    double upLength = Math.hypot(m.getValue(1, 0), m.getValue(1, 1));
    double dx = dirLength == 0 ? 1 : m.getValue(0, 0) / dirLength;
    double dy = dirLength == 0 ? 0 : m.getValue(0, 1) / dirLength;
    double ux = upLength == 0 ? 0 : m.getValue(1, 0) / upLength;
    double uy = upLength == 0 ? 1 : m.getValue(1, 1) / upLength;
    float centreX = (float) (m.getTranslateX() + dx * advance / 2 + ux * size * 0.3);
    float centreY = (float) (m.getTranslateY() + dy * advance / 2 + uy * size * 0.3);
    Glyph glyph =
        new Glyph(
            normalized,
            text.getXDirAdj(),
            text.getYDirAdj(),
            advance,
            size,
            centreX,
            centreY,
            glyphs.size());
    if (!glyphs.isEmpty() && duplicate(glyphs.get(glyphs.size() - 1), glyph)) {
      return; // fake bold: the same glyph drawn twice, a hair apart
    }
    glyphs.add(glyph);
  }

  private static boolean duplicate(Glyph a, Glyph b) {
    return a.text().equals(b.text())
        && Math.abs(a.x() - b.x()) < a.size() * 0.1f
        && Math.abs(a.baseline() - b.baseline()) < a.size() * 0.1f;
  }

  private void addSegment(float x0, float y0, float x1, float y1, float thickness) {
    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
    Point2D.Float a = ctm.transformPoint(x0, y0);
    Point2D.Float b = ctm.transformPoint(x1, y1);
    float scaledThickness = thickness * (float) Math.hypot(ctm.getValue(1, 0), ctm.getValue(1, 1));
    if (Math.abs(a.y - b.y) <= RULE_THICKNESS
        && scaledThickness <= RULE_THICKNESS
        && Math.abs(a.x - b.x) >= 10) {
      pending.add(new float[] {Math.min(a.x, b.x), Math.max(a.x, b.x), (a.y + b.y) / 2});
    }
  }

  private void paint(boolean keep) {
    if (keep && rotation == 0 && crop != null) {
      for (float[] p : pending) {
        float top = crop.getUpperRightY() - p[2];
        rules.add(new Rule(p[0] - crop.getLowerLeftX(), p[1] - crop.getLowerLeftX(), top));
      }
    }
    pending.clear();
    pathPoint = null;
  }

  private static float number(List<COSBase> operands, int i) {
    return i < operands.size() && operands.get(i) instanceof COSNumber n
        ? n.floatValue()
        : Float.NaN;
  }

  /** Path construction: rectangles and straight segments that may be rules. */
  private static final class PathOp extends OperatorProcessor {
    private final GlyphReader reader;
    private final String name;

    PathOp(GlyphReader reader, String name) {
      super(reader);
      this.reader = reader;
      this.name = name;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) {
      switch (name) {
        case "re" -> {
          float x = number(operands, 0);
          float y = number(operands, 1);
          float w = number(operands, 2);
          float h = number(operands, 3);
          if (!Float.isNaN(h) && Math.abs(h) <= RULE_THICKNESS) {
            reader.addSegment(x, y + h / 2, x + w, y + h / 2, Math.abs(h));
          }
        }
        case "m" -> reader.pathPoint = new float[] {number(operands, 0), number(operands, 1)};
        default -> {
          float x = number(operands, 0);
          float y = number(operands, 1);
          if (reader.pathPoint != null && !Float.isNaN(x) && !Float.isNaN(y)) {
            reader.addSegment(
                reader.pathPoint[0],
                reader.pathPoint[1],
                x,
                y,
                reader.getGraphicsState().getLineWidth());
          }
          reader.pathPoint = new float[] {x, y};
        }
      }
    }

    @Override
    public String getName() {
      return name;
    }
  }

  /** Painting (or discarding) the current path. */
  private static final class PaintOp extends OperatorProcessor {
    private final GlyphReader reader;
    private final String name;
    private final boolean keep;

    PaintOp(GlyphReader reader, String name, boolean keep) {
      super(reader);
      this.reader = reader;
      this.name = name;
      this.keep = keep;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) {
      reader.paint(keep);
    }

    @Override
    public String getName() {
      return name;
    }
  }
}
