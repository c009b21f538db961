import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Writes a report PDF for bench/pdf-bench.sh: PAGES pages of body text with raised note markers, a
 * running header and page numbers, and FOOTNOTES footnotes below a separator rule, each citing a URL
 * with a link annotation; every third URL wraps onto a second line at a hyphen, with one
 * annotation per line as LibreOffice writes them.
 * Usage: java -cp target/citecheck.jar bench/GeneratePdf.java PAGES FOOTNOTES OUT.pdf
 */
public class GeneratePdf {

  public static void main(String[] args) throws Exception {
    int pages = Integer.parseInt(args[0]);
    int footnotes = Integer.parseInt(args[1]);
    try (PDDocument doc = new PDDocument()) {
      PDFont font = PDType0Font.load(doc, new File("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"));
      int note = 1;
      for (int p = 0; p < pages; p++) {
        int onPage = footnotes / pages + (p < footnotes % pages ? 1 : 0);
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        List<PDAnnotation> links = new ArrayList<>();
        float h = page.getMediaBox().getHeight();
        try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
          show(c, font, 9, 72, h - 40, "Benchmark Report on Mediation | Chapter " + (p / 20 + 1));
          float y = h - 90;
          int bodyLines = 40 - onPage * 3;
          int markersLeft = onPage;
          for (int l = 0; l < bodyLines; l++, y -= 14) {
            float x = show(c, font, 11, 72, y, "The mediators met again in line " + l + " of page " + (p + 1)
                + " and reported progress to the council" + (markersLeft > 0 ? "." : " without a marker."));
            if (markersLeft > 0 && l % 2 == 0) {
              show(c, font, 7, x, y + 4, String.valueOf(note + onPage - markersLeft));
              markersLeft--;
            }
          }
          float top = 100 + onPage * 28;
          c.addRect(72, top + 8, 150, 0.5f);
          c.fill();
          float fy = top;
          for (int k = 0; k < onPage; k++, note++) {
            String url = "https://example.org/reports/" + note + "/mediation-security-talks-" + (note * 7 % 1000);
            String lead = note + " Author " + note + ", \u201cTitle of source " + note + "\u201d, 2020, ";
            float x = show(c, font, 9, 72, fy, lead);
            if (note % 3 == 0) {
              String first = url.substring(0, url.indexOf("security-"));
              String rest = url.substring(url.indexOf("security-"));
              float end = show(c, font, 9, x, fy, first);
              links.add(link(url, x, fy, end));
              fy -= 11;
              float end2 = show(c, font, 9, 72, fy, rest + ".");
              links.add(link(url, 72, fy, end2 - 3));
            } else {
              float end = show(c, font, 9, x, fy, url);
              show(c, font, 9, end, fy, ".");
              links.add(link(url, x, fy, end));
            }
            fy -= 13;
          }
          show(c, font, 9, 290, 40, String.valueOf(p + 1));
        }
        page.setAnnotations(links);
      }
      doc.save(new File(args[2]));
    }
  }

  private static float show(PDPageContentStream c, PDFont font, float size, float x, float y, String text)
      throws Exception {
    c.beginText();
    c.setFont(font, size);
    c.newLineAtOffset(x, y);
    c.showText(text);
    c.endText();
    return x + font.getStringWidth(text) / 1000 * size;
  }

  private static PDAnnotationLink link(String url, float x0, float y, float x1) {
    PDAnnotationLink link = new PDAnnotationLink();
    link.setRectangle(new PDRectangle(x0, y - 2, x1 - x0, 11));
    PDActionURI action = new PDActionURI();
    action.setURI(url);
    link.setAction(action);
    return link;
  }
}
