package org.citecheck.document.pdf;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Makes PDFs for tests with PDFBox's own writer and the DejaVu fonts: text placed at given
 * positions (y measured down from the top, as people read a page), with a small markup for what the
 * reader must see in the layout: {@code ^{12}} is a raised marker in smaller type, and {@code <a
 * href="TARGET">printed</a>} puts a link annotation over the printed text.
 */
public final class PdfMaker {

  static final File DEJAVU = new File("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");
  private static final Pattern MARKUP =
      Pattern.compile("\\^\\{([^}]*)}|<a href=\"([^\"]*)\">([^<]*)</a>");

  private final PDDocument document = new PDDocument();
  private final PDFont font;
  private Page current;

  public PdfMaker() {
    try {
      font = PDType0Font.load(document, DEJAVU);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new A4 page. */
  public Page page() {
    return page(0);
  }

  /** A new A4 page turned by {@code rotation} degrees for display. */
  public Page page(int rotation) {
    close();
    PDPage page = new PDPage(PDRectangle.A4);
    page.setRotation(rotation);
    document.addPage(page);
    try {
      current = new Page(page, new PDPageContentStream(document, page));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return current;
  }

  /** A page with no content at all, as a scanner's image page reads to a text engine. */
  public PdfMaker emptyPage() {
    close();
    document.addPage(new PDPage(PDRectangle.A4));
    return this;
  }

  /**
   * A page whose text is shown in a simple font that gives no Unicode for its glyphs: its encoding
   * names glyphs no glyph list knows, and it has no ToUnicode map (as Type 3 fonts of old TeX
   * output and subset fonts of some producers do). {@code readable} is shown in DejaVu beside it.
   */
  public PdfMaker pageWithUnreadableGlyphs(String readable, int unreadable) {
    close();
    try {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      org.apache.pdfbox.cos.COSDictionary dict = new org.apache.pdfbox.cos.COSDictionary();
      dict.setItem(org.apache.pdfbox.cos.COSName.TYPE, org.apache.pdfbox.cos.COSName.FONT);
      dict.setItem(org.apache.pdfbox.cos.COSName.SUBTYPE, org.apache.pdfbox.cos.COSName.TYPE1);
      dict.setName(org.apache.pdfbox.cos.COSName.BASE_FONT, "Helvetica");
      org.apache.pdfbox.cos.COSDictionary encoding = new org.apache.pdfbox.cos.COSDictionary();
      org.apache.pdfbox.cos.COSArray differences = new org.apache.pdfbox.cos.COSArray();
      differences.add(org.apache.pdfbox.cos.COSInteger.get(65));
      for (int i = 0; i < 26; i++) {
        differences.add(org.apache.pdfbox.cos.COSName.getPDFName("g" + (900 + i)));
      }
      encoding.setItem(org.apache.pdfbox.cos.COSName.DIFFERENCES, differences);
      dict.setItem(org.apache.pdfbox.cos.COSName.ENCODING, encoding);
      org.apache.pdfbox.pdmodel.PDResources resources = new org.apache.pdfbox.pdmodel.PDResources();
      resources.put(
          org.apache.pdfbox.cos.COSName.getPDFName("F9"),
          new org.apache.pdfbox.pdmodel.font.PDType1Font(dict));
      page.setResources(resources);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(font, 12);
        content.newLineAtOffset(72, 700);
        content.showText(readable);
        content.endText();
      }
      StringBuilder raw = new StringBuilder("BT /F9 12 Tf 72 650 Td (");
      for (int i = 0; i < unreadable; i++) {
        raw.append((char) ('A' + i % 26));
      }
      raw.append(") Tj ET\n");
      org.apache.pdfbox.pdmodel.common.PDStream extra =
          new org.apache.pdfbox.pdmodel.common.PDStream(
              document,
              new java.io.ByteArrayInputStream(
                  raw.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
      org.apache.pdfbox.cos.COSArray contents = new org.apache.pdfbox.cos.COSArray();
      contents.add(page.getCOSObject().getDictionaryObject(org.apache.pdfbox.cos.COSName.CONTENTS));
      contents.add(extra.getCOSObject());
      page.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.CONTENTS, contents);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Sets the document's {@code /URI /Base}, against which relative link targets resolve. */
  public PdfMaker base(String base) {
    org.apache.pdfbox.cos.COSDictionary uri = new org.apache.pdfbox.cos.COSDictionary();
    uri.setString(org.apache.pdfbox.cos.COSName.getPDFName("Base"), base);
    document.getDocumentCatalog().getCOSObject().setItem(org.apache.pdfbox.cos.COSName.URI, uri);
    return this;
  }

  public byte[] bytes() {
    return bytes(null, null);
  }

  /** The file encrypted: with an owner password only, or also a user password when one is given. */
  public byte[] bytes(String owner, String user) {
    close();
    try (document) {
      if (owner != null) {
        AccessPermission permission = new AccessPermission();
        permission.setCanExtractContent(false);
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy(owner, user == null ? "" : user, permission);
        policy.setEncryptionKeyLength(128);
        document.protect(policy);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void close() {
    if (current != null) {
      current.close();
      current = null;
    }
  }

  public final class Page {
    private final PDPage page;
    private final PDPageContentStream content;
    private final float height;

    private Page(PDPage page, PDPageContentStream content) {
      this.page = page;
      this.content = content;
      this.height = page.getMediaBox().getHeight();
    }

    /** Writes one line of markup with its baseline {@code top} points below the top of the page. */
    public Page text(float x, float top, float size, String markup) {
      try {
        float baseline = height - top;
        float at = x;
        Matcher m = MARKUP.matcher(markup);
        int from = 0;
        while (m.find()) {
          at = show(markup.substring(from, m.start()), at, baseline, size);
          if (m.group(1) != null) {
            at = show(m.group(1), at, baseline + size * 0.35f, size * 0.62f);
          } else {
            float start = at;
            at = show(m.group(3), at, baseline, size);
            link(m.group(2), start, baseline - size * 0.25f, at, baseline + size * 0.85f);
          }
          from = m.end();
        }
        show(markup.substring(from), at, baseline, size);
        return this;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** A thin horizontal rule from {@code x0} to {@code x1}, {@code top} points below the top. */
    public Page rule(float x0, float x1, float top) {
      try {
        content.addRect(x0, height - top, x1 - x0, 0.4f);
        content.fill();
        return this;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** A link annotation over a rectangle given in user space (y up), as a producer writes one. */
    public Page link(String target, float x0, float y0, float x1, float y1) {
      PDAnnotationLink link = new PDAnnotationLink();
      link.setRectangle(new PDRectangle(x0, y0, x1 - x0, y1 - y0));
      PDActionURI action = new PDActionURI();
      action.setURI(target);
      link.setAction(action);
      try {
        List<org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation> annotations =
            new ArrayList<>(page.getAnnotations());
        annotations.add(link);
        page.setAnnotations(annotations);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    /**
     * One link annotation over several rectangles given as QuadPoints (x0, y0 from the top, x1, y1
     * from the top).
     */
    public Page quadLink(String target, float[]... boxes) {
      PDAnnotationLink link = new PDAnnotationLink();
      float[] quads = new float[boxes.length * 8];
      float minX = Float.MAX_VALUE;
      float minY = Float.MAX_VALUE;
      float maxX = -Float.MAX_VALUE;
      float maxY = -Float.MAX_VALUE;
      for (int i = 0; i < boxes.length; i++) {
        float x0 = boxes[i][0];
        float x1 = boxes[i][2];
        float yLow = height - boxes[i][3];
        float yHigh = height - boxes[i][1];
        float[] q = {x0, yHigh, x1, yHigh, x0, yLow, x1, yLow};
        System.arraycopy(q, 0, quads, i * 8, 8);
        minX = Math.min(minX, x0);
        maxX = Math.max(maxX, x1);
        minY = Math.min(minY, yLow);
        maxY = Math.max(maxY, yHigh);
      }
      link.setRectangle(new PDRectangle(minX, minY, maxX - minX, maxY - minY));
      link.setQuadPoints(quads);
      PDActionURI action = new PDActionURI();
      action.setURI(target);
      link.setAction(action);
      try {
        List<org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation> annotations =
            new ArrayList<>(page.getAnnotations());
        annotations.add(link);
        page.setAnnotations(annotations);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    /** Width of a text in this font at a size, to place what follows it. */
    public float width(String text, float size) {
      try {
        return font.getStringWidth(text) / 1000 * size;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private float show(String text, float x, float baseline, float size) throws IOException {
      if (text.isEmpty()) {
        return x;
      }
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(x, baseline);
      content.showText(text);
      content.endText();
      return x + width(text, size);
    }

    private void close() {
      try {
        content.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
