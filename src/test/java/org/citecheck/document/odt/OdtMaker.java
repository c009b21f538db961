package org.citecheck.document.odt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packs an ODT by hand as ODF requires (an uncompressed {@code mimetype} first, then content.xml
 * and meta.xml) around a body written in the test, for the cases pandoc does not write: custom
 * citation marks, endnotes, tracked changes.
 */
final class OdtMaker {

  private static final String HEAD =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<office:document-content"
          + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
          + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
          + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
          + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" office:version=\"1.3\">"
          + "<office:body><office:text>";
  private static final String TAIL = "</office:text></office:body></office:document-content>";

  private OdtMaker() {}

  /** An ODT whose office:text holds {@code body}; with a dc:title when title is not null. */
  static byte[] odt(String body, String title) {
    String meta =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><office:meta>"
            + (title == null ? "" : "<dc:title>" + title + "</dc:title>")
            + "</office:meta></office:document-meta>";
    return zip("application/vnd.oasis.opendocument.text", HEAD + body + TAIL, "meta.xml", meta);
  }

  static byte[] zip(String mimetype, String content, String otherName, String other) {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(bytes)) {
      byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
      ZipEntry first = new ZipEntry("mimetype");
      first.setMethod(ZipEntry.STORED);
      first.setSize(type.length);
      CRC32 crc = new CRC32();
      crc.update(type);
      first.setCrc(crc.getValue());
      zip.putNextEntry(first);
      zip.write(type);
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry(otherName));
      zip.write(other.getBytes(StandardCharsets.UTF_8));
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String footnote(String citation, String text) {
    return note("footnote", citation, text);
  }

  static String note(String kind, String citation, String text) {
    return "<text:note text:note-class=\""
        + kind
        + "\"><text:note-citation"
        + citation
        + "</text:note-citation><text:note-body><text:p>"
        + text
        + "</text:p></text:note-body></text:note>";
  }
}
