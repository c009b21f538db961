package org.citecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.citecheck.testing.CliRun;
import org.citecheck.testing.JsonSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** extract, audit and bib take a DOCX directly, its notes and link targets read from the markup. */
class OfficeCommandsTest {

  @TempDir Path dir;

  private Path report() throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.getProperties().getCoreProperties().setTitle("Mission Report");
      XWPFParagraph body = doc.createParagraph();
      body.createRun().setText("The mission reported twice.");
      XWPFFootnote first = doc.createFootnote();
      XWPFParagraph p = first.createParagraph();
      p.createRun().setText("A. Author, \"");
      p.createHyperlinkRun("https://news.example.org/2020/kazan-talks").setText("Talks in Kazan");
      p.createRun().setText(",\" The Outlet, 3 March 2020.");
      body.addFootnoteReference(first);
      body.createRun().setText(" Its mandate ended.");
      XWPFFootnote second = doc.createFootnote();
      XWPFParagraph q = second.createParagraph();
      q.createRun().setText("Council, Decision 1234 (2021), ");
      q.createHyperlinkRun("https://docs.example.net/pc/1234.pdf")
          .setText("https://docs.example.net/pc/1234.pdf");
      q.createRun().setText(".");
      body.addFootnoteReference(second);
      doc.write(out);
      return Files.write(dir.resolve("report.docx"), out.toByteArray());
    }
  }

  @Test
  void extractAuditAndBibReadADocx() throws IOException {
    Path docx = report();
    Path json = dir.resolve("references.json");
    CliRun extract = CliRun.of("extract", docx.toString(), "-o", json.toString());
    assertEquals(ExitCodes.OK, extract.code(), extract.err());
    assertTrue(extract.err().startsWith("2 notes"), extract.err());
    String references = Files.readString(json);
    JsonSchemas.assertValid("/org/citecheck/schema/references.schema.json", references);
    assertTrue(
        references.contains("\"url\": \"https://news.example.org/2020/kazan-talks\""), references);
    assertTrue(references.contains("\"urlSource\": \"markup\""), references);
    assertTrue(references.contains("\"title\": \"Mission Report\""), references);

    Path reports = dir.resolve("reports");
    CliRun audit = CliRun.of("audit", docx.toString(), "--reports", reports.toString());
    assertEquals(ExitCodes.OK, audit.code(), audit.err() + audit.out());
    // Both references are in the body: no note lacks its marker.
    assertFalse(audit.out().contains("[marker.missing]"), audit.out());
    assertTrue(audit.out().contains("audit: 2 notes"), audit.out());

    Path bib = dir.resolve("r.bib");
    CliRun bibRun = CliRun.of("bib", docx.toString(), "-o", bib.toString());
    assertEquals(ExitCodes.OK, bibRun.code(), bibRun.err());
    assertTrue(Files.readString(bib).contains("https://docs.example.net/pc/1234.pdf"));
  }
}
