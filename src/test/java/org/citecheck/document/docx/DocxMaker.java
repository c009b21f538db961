package org.citecheck.document.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Writes DOCX files with Apache POI for the cases pandoc never writes: custom note marks, {@code
 * HYPERLINK} fields, tracked changes, endnotes beside footnotes. Each call adds to the current
 * paragraph of the body.
 */
final class DocxMaker {

  private final XWPFDocument doc = new XWPFDocument();
  private XWPFParagraph paragraph;

  DocxMaker paragraph(String text) {
    paragraph = doc.createParagraph();
    return text(text);
  }

  DocxMaker text(String text) {
    if (!text.isEmpty()) {
      paragraph.createRun().setText(text);
    }
    return this;
  }

  DocxMaker title(String title) {
    doc.getProperties().getCoreProperties().setTitle(title);
    return this;
  }

  /** A footnote referenced here, whose text has a hyperlink-relationship link when url is given. */
  DocxMaker footnote(String before, String url, String anchor, String after) {
    XWPFAbstractFootnoteEndnote note = doc.createFootnote();
    fill(note, before, url, anchor, after);
    paragraph.addFootnoteReference(note);
    return this;
  }

  DocxMaker endnote(String text) {
    XWPFAbstractFootnoteEndnote note = doc.createEndnote();
    fill(note, text, null, null, "");
    paragraph.addFootnoteReference(note);
    return this;
  }

  /** A footnote printed with its own mark ("*"), as Word's Insert Footnote > Custom mark does. */
  DocxMaker customFootnote(String mark, String text) {
    XWPFAbstractFootnoteEndnote note = doc.createFootnote();
    XWPFParagraph p = note.createParagraph();
    p.createRun().setText(mark);
    p.createRun().setText(" " + text);
    CTFtnEdnRef ref = paragraph.createRun().getCTR().addNewFootnoteReference();
    ref.setId(note.getId());
    ref.setCustomMarkFollows(true);
    paragraph.createRun().setText(mark);
    return this;
  }

  /** A footnote whose link is a HYPERLINK field spread over runs (begin, code, separate, end). */
  DocxMaker fieldFootnote(String before, String instruction, String shown, String after) {
    XWPFAbstractFootnoteEndnote note = doc.createFootnote();
    XWPFParagraph p = note.createParagraph();
    p.createRun().setText(before);
    complexField(p, instruction, shown);
    p.createRun().setText(after);
    paragraph.addFootnoteReference(note);
    return this;
  }

  /** A footnote whose link is a simple field (w:fldSimple). */
  DocxMaker simpleFieldFootnote(String before, String instruction, String shown) {
    XWPFAbstractFootnoteEndnote note = doc.createFootnote();
    XWPFParagraph p = note.createParagraph();
    p.createRun().setText(before);
    CTSimpleField field = p.getCTP().addNewFldSimple();
    field.setInstr(instruction);
    field.addNewR().addNewT().setStringValue(shown);
    paragraph.addFootnoteReference(note);
    return this;
  }

  /** Text inserted with tracking on. */
  DocxMaker inserted(String text) {
    CTRunTrackChange ins = paragraph.getCTP().addNewIns();
    ins.setId(java.math.BigInteger.valueOf(100 + paragraph.getCTP().sizeOfInsArray()));
    ins.setAuthor("Editor");
    ins.addNewR().addNewT().setStringValue(text);
    return this;
  }

  /** Text deleted with tracking on, with a footnote reference inside it when {@code note}. */
  DocxMaker deleted(String text, String note) {
    CTRunTrackChange del = paragraph.getCTP().addNewDel();
    del.setId(java.math.BigInteger.valueOf(200 + paragraph.getCTP().sizeOfDelArray()));
    del.setAuthor("Editor");
    CTR run = del.addNewR();
    run.addNewDelText().setStringValue(text);
    if (note != null) {
      XWPFAbstractFootnoteEndnote footnote = doc.createFootnote();
      fill(footnote, note, null, null, "");
      del.addNewR().addNewFootnoteReference().setId(footnote.getId());
    }
    return this;
  }

  /** A body link as a hyperlink relationship. */
  DocxMaker link(String url, String shown) {
    paragraph.createHyperlinkRun(url).setText(shown);
    return this;
  }

  /** A body link as a complex HYPERLINK field. */
  DocxMaker fieldLink(String instruction, String shown) {
    complexField(paragraph, instruction, shown);
    return this;
  }

  private static void complexField(XWPFParagraph p, String instruction, String shown) {
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    // Word splits a field code over several runs; the reader must join them.
    int half = instruction.length() / 2;
    p.createRun().getCTR().addNewInstrText().setStringValue(instruction.substring(0, half));
    p.createRun().getCTR().addNewInstrText().setStringValue(instruction.substring(half));
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    XWPFRun result = p.createRun();
    result.setText(shown);
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
  }

  private static void fill(
      XWPFAbstractFootnoteEndnote note, String before, String url, String anchor, String after) {
    XWPFParagraph p = note.createParagraph();
    p.createRun().setText(before);
    if (url != null) {
      p.createHyperlinkRun(url).setText(anchor);
    }
    if (!after.isEmpty()) {
      p.createRun().setText(after);
    }
  }

  byte[] bytes() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.write(out);
      doc.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
