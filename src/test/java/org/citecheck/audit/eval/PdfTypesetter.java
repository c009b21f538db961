package org.citecheck.audit.eval;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Typesets a generated report ({@link GeneratedReport#forPdf}) as an A4 PDF in DejaVu Serif: the
 * marks between {@link ReportRenderer#RAISE} and {@link ReportRenderer#LOWER} raised above the
 * baseline in smaller type, as word processors print note markers; lines wider than the page wrap
 * at a space. With page furniture, every page but the first carries the running header at its top
 * and every page its number at the bottom, where a word processor puts them.
 */
final class PdfTypesetter {

  private static final File FONT = new File("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");
  private static final float SIZE = 10;
  private static final float MARKER_SIZE = 6.5f;
  private static final float RISE = 4;
  private static final float LEADING = 13;
  private static final float MARGIN = 60;

  private PdfTypesetter() {}

  static boolean fontPresent() {
    return FONT.isFile();
  }

  static byte[] typeset(GeneratedReport report) {
    try (PDDocument doc = new PDDocument()) {
      PDFont font = PDType0Font.load(doc, FONT);
      float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
      int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
      List<String> lines = new ArrayList<>();
      for (String line : report.text().split("\n", -1)) {
        lines.addAll(fit(font, line, width));
      }
      for (int start = 0, number = 1; start < lines.size(); start += perPage, number++) {
        PDPage page =
            page(doc, font, lines.subList(start, Math.min(lines.size(), start + perPage)));
        if (!report.header().isEmpty()) {
          try (PDPageContentStream c =
              new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
            if (number > 1) {
              show(c, font, 8, MARGIN, PDRectangle.A4.getHeight() - MARGIN / 2, report.header());
            }
            show(c, font, 8, PDRectangle.A4.getWidth() / 2, MARGIN / 2, Integer.toString(number));
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void show(
      PDPageContentStream c, PDFont font, float size, float x, float y, String text)
      throws IOException {
    c.beginText();
    c.setFont(font, size);
    c.newLineAtOffset(x, y);
    c.showText(text);
    c.endText();
  }

  private static PDPage page(PDDocument doc, PDFont font, List<String> lines) throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
      float y = PDRectangle.A4.getHeight() - MARGIN;
      for (String line : lines) {
        float x = MARGIN;
        boolean up = false;
        for (String run : line.split("(?=[\u0001\u0002])")) {
          if (!run.isEmpty() && (run.charAt(0) == ReportRenderer.RAISE)) {
            up = true;
            run = run.substring(1);
          } else if (!run.isEmpty() && run.charAt(0) == ReportRenderer.LOWER) {
            up = false;
            run = run.substring(1);
          }
          if (run.isEmpty()) {
            continue;
          }
          float size = up ? MARKER_SIZE : SIZE;
          c.beginText();
          c.setFont(font, size);
          c.newLineAtOffset(x, up ? y + RISE : y);
          c.showText(run);
          c.endText();
          x += width(font, run, size);
        }
        y -= LEADING;
      }
    }
    return page;
  }

  /** The line cut at spaces into lines no wider than {@code width}. */
  private static List<String> fit(PDFont font, String line, float width) throws IOException {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : line.split(" ", -1)) {
      String tried = current.length() == 0 ? word : current + " " + word;
      if (current.length() > 0 && width(font, tried, SIZE) > width) {
        out.add(current.toString());
        current = new StringBuilder(word);
      } else {
        current = new StringBuilder(tried);
      }
    }
    out.add(current.toString());
    return out;
  }

  private static float width(PDFont font, String text, float size) throws IOException {
    String shown =
        text.replace(String.valueOf(ReportRenderer.RAISE), "")
            .replace(String.valueOf(ReportRenderer.LOWER), "");
    return font.getStringWidth(shown) / 1000 * size;
  }
}
