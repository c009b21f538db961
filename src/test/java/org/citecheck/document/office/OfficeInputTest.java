package org.citecheck.document.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.citecheck.CitecheckException;
import org.citecheck.cli.ExitCodes;
import org.citecheck.document.DocumentReader;
import org.citecheck.references.Extraction;
import org.citecheck.references.ReferenceSet;
import org.citecheck.references.Source;
import org.citecheck.testing.CliProcess;
import org.citecheck.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad DOCX and ODT input: each gets one line in words and exit code 2, and nothing hostile in it is
 * expanded or followed.
 */
class OfficeInputTest {

  @TempDir Path dir;

  private static String refusal(byte[] bytes, String name) {
    CitecheckException e =
        assertThrows(CitecheckException.class, () -> DocumentReader.decode(bytes, name));
    assertEquals(CitecheckException.Kind.INPUT, e.kind());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    return e.getMessage();
  }

  /** A small DOCX written by POI: one paragraph with a body link. */
  private static byte[] docx() throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createHyperlinkRun("https://only.example.org/page").setText("a page");
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static Map<String, byte[]> entries(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
      }
    }
    return bytes.toByteArray();
  }

  /** The DOCX with its document.xml replaced. */
  private static byte[] withDocumentXml(String xml) throws IOException {
    Map<String, byte[]> entries = entries(docx());
    entries.put("word/document.xml", xml.getBytes(StandardCharsets.UTF_8));
    return zip(entries);
  }

  private static final String BODY =
      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
          + "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>";

  @Test
  void aBillionLaughsInDocumentXmlIsRefusedWithoutExpandingIt() throws IOException {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE w:document [");
    dtd.append("<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      String previous = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">");
    }
    byte[] bomb = withDocumentXml(dtd + "]>" + BODY);
    String message =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> refusal(bomb, "laughs.docx"));
    assertEquals(
        "laughs.docx is refused: its part word/document.xml declares a DTD (<!DOCTYPE>), which no"
            + " word processor writes and which can hide an entity bomb or a reference to local"
            + " files; nothing in it was expanded or read",
        message);
  }

  @Test
  void anExternalEntityIsNeitherFollowedNorShown() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
    for (String target : new String[] {"file:///etc/passwd", secret.toUri().toString()}) {
      byte[] xxe =
          withDocumentXml(
              "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY lol9 SYSTEM \""
                  + target
                  + "\">]>"
                  + BODY);
      String message = refusal(xxe, "xxe.docx");
      assertTrue(message.startsWith("xxe.docx is refused: its part word/document.xml declares"));
      assertFalse(message.contains("root:") || message.contains("TOP-SECRET"), message);
    }
  }

  @Test
  void theParserItselfRefusesADtdTheByteScanCannotSee() {
    // UTF-16: "<!DOCTYPE" is not in the bytes as ASCII, so the parser's own refusal must hold.
    byte[] utf16 =
        ("<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE r [<!ENTITY x SYSTEM"
                + " \"file:///etc/passwd\">]><r>&x;</r>")
            .getBytes(StandardCharsets.UTF_16);
    assertFalse(SafeXml.declaresDtd(utf16));
    CitecheckException e =
        assertThrows(CitecheckException.class, () -> SafeXml.parse(utf16, "f.odt", "content.xml"));
    assertTrue(e.getMessage().contains("declares a DTD"), e.getMessage());
  }

  @Test
  void aZipBombIsRefusedByItsInflationRatio() throws IOException {
    Map<String, byte[]> entries = entries(docx());
    entries.put("word/media/image1.png", new byte[32 * 1024 * 1024]);
    byte[] bomb = zip(entries);
    assertTrue(bomb.length < 200_000, "the zeros compress to " + bomb.length);
    assertEquals(
        "bomb.docx is refused: word/media/image1.png inflates to more than 100 times its"
            + " compressed size, as a zip bomb does",
        refusal(bomb, "bomb.docx"));
  }

  @Test
  void tooManyEntriesAreRefused() throws IOException {
    Map<String, byte[]> entries = entries(docx());
    for (int i = 0; i <= OfficeZip.MAX_ENTRIES; i++) {
      entries.put("word/x/" + i, new byte[0]);
    }
    assertEquals(
        "many.docx is refused: it has more than 10000 entries", refusal(zip(entries), "many.docx"));
  }

  @Test
  void aZipThatIsNotADocumentSaysWhatItIs() throws IOException {
    byte[] plain = zip(Map.of("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        "files.docx is a zip archive, not a DOCX or ODT document: citecheck reads notes from"
            + " PDF, Word, OpenDocument text, HTML, JATS, Markdown, LaTeX, BibTeX and text files",
        refusal(plain, "files.docx"));
    byte[] xlsx =
        zip(
            Map.of(
                "[Content_Types].xml",
                ("<Types><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                        + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8)));
    assertTrue(
        refusal(xlsx, "book.zip").startsWith("book.zip is an Excel workbook (XLSX), not a DOCX"));
  }

  @Test
  void aTruncatedZipIsDamaged() throws IOException {
    byte[] whole = docx();
    assertEquals(
        "cut.docx is a damaged or truncated zip file (its table of contents cannot be read):"
            + " download or save it again",
        refusal(Arrays.copyOf(whole, whole.length / 2), "cut.docx"));
  }

  /** Cut anywhere or with bytes changed, a file is read or refused in words, never a crash. */
  @Test
  void aDamagedFileIsReadOrRefusedInWordsWhereverItIsDamaged() throws IOException {
    byte[] whole = docx();
    for (int i = 1; i < 20; i++) {
      byte[] cut = Arrays.copyOf(whole, whole.length * i / 20);
      readOrRefused(cut);
      byte[] changed = whole.clone();
      for (int k = 0; k < 8; k++) {
        changed[(whole.length * i / 20 + k * 7) % whole.length] ^= 0x5A;
      }
      readOrRefused(changed);
    }
  }

  private static void readOrRefused(byte[] bytes) {
    try {
      DocumentReader.decode(bytes, "damaged.docx");
    } catch (CitecheckException e) {
      assertEquals(CitecheckException.Kind.INPUT, e.kind(), e.getMessage());
      assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }
  }

  /**
   * POI logs what it finds wrong in a part and reads on without broken core properties (the title
   * is lost, the notes are not); none of its logging may reach standard error.
   */
  @Test
  void aBrokenCorePartIsReadWithoutLibraryLoggingOnStandardError() throws IOException {
    Map<String, byte[]> entries = entries(docx());
    entries.put(
        "docProps/core.xml",
        "<cp:coreProperties xmlns:cp=\"x\"<broken".getBytes(StandardCharsets.UTF_8));
    Path broken = Files.write(dir.resolve("broken.docx"), zip(entries));
    CliRun run = CliProcess.run(dir, null, "extract", broken.toString(), "-o", "refs.json");
    assertEquals(ExitCodes.OK, run.code(), run.err());
    assertEquals(
        "1 notes (1 numbers inferred), 1 sources, 1 URLs (0 repaired) -> refs.json\n", run.err());
  }

  @Test
  void aTextFileNamedDocxIsNotOne() {
    assertEquals(
        "notes.docx is named .docx but is not one (DOCX and ODT files are zip archives)",
        refusal("1. A note.\n".getBytes(StandardCharsets.UTF_8), "notes.docx"));
  }

  /** Word's Encrypt with Password, as POI writes it: the package inside an OLE2 file. */
  private static byte[] encrypted() throws Exception {
    EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
    Encryptor encryptor = info.getEncryptor();
    encryptor.confirmPassword("secret");
    try (POIFSFileSystem fs = new POIFSFileSystem();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      try (OutputStream out = encryptor.getDataStream(fs)) {
        out.write(docx());
      }
      fs.writeFilesystem(bytes);
      return bytes.toByteArray();
    }
  }

  @Test
  void aPasswordProtectedDocxIsOneLineFromTheCommandToo() throws Exception {
    Path locked = Files.write(dir.resolve("locked.docx"), encrypted());
    // A process of its own: standard error holds only what citecheck says, no library's logging.
    CliRun run = CliProcess.run(dir, null, "extract", locked.toString(), "-o", "refs.json");
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code());
    assertEquals(
        "citecheck: "
            + locked
            + " is password-protected: save an unprotected copy (in Word, File > Info > Protect"
            + " Document > Encrypt with Password, and clear the password)\n",
        run.err());
    assertFalse(Files.exists(dir.resolve("refs.json")));
  }

  @Test
  void aDocxWithoutNotesIsLinkCheckedThroughItsBodyLinks() throws IOException {
    ReferenceSet refs =
        Extraction.extract(DocumentReader.decode(docx(), "plain.docx")).references();
    Source source = refs.notes().get(0).sources().get(0);
    assertEquals("https://only.example.org/page", source.url());
    assertEquals(Source.FROM_MARKUP, source.urlSource());
  }

  @Test
  void aDocxWithNeitherNotesNorLinksIsOneLine() throws IOException {
    byte[] empty;
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("Just words.");
      doc.write(out);
      empty = out.toByteArray();
    }
    CitecheckException e =
        assertThrows(
            CitecheckException.class,
            () -> Extraction.extract(DocumentReader.decode(empty, "words.docx")));
    assertEquals(
        "words.docx: no notes and no links found in this Word (DOCX) document", e.getMessage());
  }
}
