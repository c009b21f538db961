package org.citecheck.document.pdf;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.citecheck.CitecheckException;

/**
 * Reads a PDF's text with Apache PDFBox: glyph positions, fonts and link annotations, page by page
 * (stream data cached in temporary files, so a long report's memory stays bounded), put in reading
 * order by {@link PageLines} and {@link ReadingOrder}.
 */
public final class PdfReader {

  /** PDFBox logs every oddity of a damaged file; the user gets one line from us instead. */
  private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

  private static final Logger FONTBOX_LOG = Logger.getLogger("org.apache.fontbox");

  static {
    // PDFBox logs through commons-logging, which would pick any SLF4J on the class path and print
    // SLF4J's own warnings on standard error; the log is not for users, so it goes nowhere.
    if (System.getProperty("org.apache.commons.logging.Log") == null) {
      System.setProperty(
          "org.apache.commons.logging.LogFactory",
          "org.apache.commons.logging.impl.LogFactoryImpl");
      System.setProperty(
          "org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
    }
    PDFBOX_LOG.setLevel(Level.OFF);
    FONTBOX_LOG.setLevel(Level.OFF);
  }

  private PdfReader() {}

  /**
   * Reads the document.
   *
   * @param bytes the file's content, starting with {@code %PDF-}
   * @param name the input's name, for messages
   * @param password the password given with {@code --password}, or null
   * @param normalizer the clean-up each glyph's text gets (ligatures, odd spaces)
   */
  public static PdfText read(
      byte[] bytes, String name, String password, UnaryOperator<String> normalizer) {
    PDDocument document;
    try {
      document =
          Loader.loadPDF(
              new RandomAccessReadBuffer(bytes),
              password == null ? "" : password,
              IOUtils.createTempFileOnlyStreamCache());
    } catch (InvalidPasswordException e) {
      throw CitecheckException.input(
          password == null
              ? name + " is protected by a password: give it with --password"
              : name + ": the password given with --password does not open it");
    } catch (IOException | RuntimeException e) {
      throw CitecheckException.input(
          name
              + " is damaged and cannot be read as a PDF (even leniently): "
              + "save or print it to PDF again");
    }
    try (document) {
      return read(document, name, normalizer);
    } catch (IOException | RuntimeException e) {
      if (e instanceof CitecheckException c) {
        throw c;
      }
      throw CitecheckException.input(
          name
              + " is damaged: its pages could not be read as a PDF; "
              + "save or print it to PDF again");
    }
  }

  private static PdfText read(PDDocument document, String name, UnaryOperator<String> normalizer)
      throws IOException {
    String base = base(document);
    List<PageData> pages = new ArrayList<>();
    List<Integer> empty = new ArrayList<>();
    int[] unreadable = {0};
    GlyphReader reader =
        new GlyphReader(
            normalizer,
            page -> {
              List<LinkArea> links = links(page.page(), base);
              List<PdfLine> lines = PageLines.of(page.number(), page.glyphs(), links);
              if (lines.isEmpty()) {
                empty.add(page.number());
              }
              unreadable[0] += page.unreadable();
              PDRectangle crop = page.page().getCropBox();
              boolean turned = page.page().getRotation() % 180 != 0;
              float height = turned ? crop.getWidth() : crop.getHeight();
              pages.add(
                  new PageData(
                      page.number(),
                      height,
                      lines,
                      page.rules(),
                      links.stream().map(LinkArea::target).toList()));
            });
    reader.getText(document);
    int count = document.getNumberOfPages();
    // PDFBox skips a page without a content stream altogether: it has no text either.
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    pages.forEach(p -> seen.add(p.number()));
    for (int n = 1; n <= count; n++) {
      if (!seen.contains(n)) {
        empty.add(n);
      }
    }
    empty.sort(Integer::compare);
    if (count == 0) {
      throw CitecheckException.input(name + " is a PDF without pages");
    }
    if (empty.size() == count) {
      throw CitecheckException.input(
          name
              + ": no text on any page"
              + (unreadable[0] > 0
                  ? " that can be read (" + unreadable[0] + " glyphs have no Unicode text)"
                  : "")
              + ": run OCR first (for example ocrmypdf)");
    }
    return ReadingOrder.assemble(pages, count, unreadable[0], empty);
  }

  /** The document's {@code /URI /Base}, against which relative link targets resolve, or null. */
  private static String base(PDDocument document) {
    COSDictionary uri = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.URI);
    return uri == null ? null : uri.getString(COSName.getPDFName("Base"));
  }

  private static List<LinkArea> links(PDPage page, String base) throws IOException {
    List<LinkArea> links = new ArrayList<>();
    PDRectangle crop = page.getCropBox();
    for (PDAnnotation annotation : page.getAnnotations()) {
      if (!(annotation instanceof PDAnnotationLink link)) {
        continue;
      }
      PDAction action = link.getAction();
      if (!(action instanceof PDActionURI uriAction) || uriAction.getURI() == null) {
        continue;
      }
      String target = resolve(base, uriAction.getURI().strip());
      List<float[]> boxes = new ArrayList<>();
      float[] quads = link.getQuadPoints();
      if (quads != null && quads.length >= 8) {
        for (int i = 0; i + 7 < quads.length; i += 8) {
          float minX = Float.MAX_VALUE;
          float minY = Float.MAX_VALUE;
          float maxX = -Float.MAX_VALUE;
          float maxY = -Float.MAX_VALUE;
          for (int k = 0; k < 8; k += 2) {
            minX = Math.min(minX, quads[i + k]);
            maxX = Math.max(maxX, quads[i + k]);
            minY = Math.min(minY, quads[i + k + 1]);
            maxY = Math.max(maxY, quads[i + k + 1]);
          }
          boxes.add(shifted(new float[] {minX, minY, maxX, maxY}, crop));
        }
      } else if (link.getRectangle() != null) {
        PDRectangle r = link.getRectangle();
        boxes.add(
            shifted(
                new float[] {
                  r.getLowerLeftX(), r.getLowerLeftY(), r.getUpperRightX(), r.getUpperRightY()
                },
                crop));
      }
      if (!boxes.isEmpty()) {
        links.add(new LinkArea(target, boxes));
      }
    }
    return links;
  }

  private static float[] shifted(float[] box, PDRectangle crop) {
    return new float[] {
      box[0] - crop.getLowerLeftX(),
      box[1] - crop.getLowerLeftY(),
      box[2] - crop.getLowerLeftX(),
      box[3] - crop.getLowerLeftY()
    };
  }

  private static String resolve(String base, String target) {
    if (base == null || target.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
      return target;
    }
    try {
      return URI.create(base.strip()).resolve(target).toString();
    } catch (IllegalArgumentException e) {
      return target;
    }
  }
}
