package org.citecheck.document.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.citecheck.CitecheckException;
import org.w3c.dom.Document;

/**
 * The parts of a zip-packaged document (DOCX, ODT) read with every limit a hostile file could
 * stretch: the number of entries, the bytes each entry and all of them inflate to, and how much
 * each inflates against its compressed size (a zip bomb's tell). Sizes are counted while inflating,
 * never taken from the headers, which a bomb can fake. Entry names are only looked up, never used
 * as paths: nothing is written to disk.
 *
 * <p>The zip is read from its central directory (commons-compress, over the bytes in memory), so a
 * truncated file, whose directory at the end is gone, is told apart from a whole one.
 */
public final class OfficeZip {

  /** More entries than any document has: a real DOCX has a dozen to a few hundred. */
  public static final int MAX_ENTRIES = 10_000;

  /** All entries together, inflated. */
  public static final long MAX_TOTAL_BYTES = 512L * 1024 * 1024;

  /** An XML part kept to be parsed. */
  public static final long MAX_PART_BYTES = 64L * 1024 * 1024;

  /**
   * How many times its compressed size an entry may inflate to, once past {@link #RATIO_FREE}. XML
   * compresses 5 to 20 times; a bomb, thousands of times.
   */
  public static final int MAX_RATIO = 100;

  /** Below this an entry may compress any amount (a run of spaces in a small part). */
  private static final long RATIO_FREE = 1024 * 1024;

  private final String name;
  private final Map<String, byte[]> parts;

  private OfficeZip(String name, Map<String, byte[]> parts) {
    this.name = name;
    this.parts = parts;
  }

  /**
   * True when the bytes open as a zip archive does (a local file header, or an empty zip's end).
   */
  public static boolean isZip(byte[] bytes) {
    return bytes.length >= 4
        && bytes[0] == 'P'
        && bytes[1] == 'K'
        && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6));
  }

  /**
   * Reads every entry within the limits and keeps the XML parts ({@code .xml}, {@code .rels}) and
   * the ODF {@code mimetype}; other entries (images, fonts) are inflated only to count them.
   *
   * @param name the file's name for messages
   */
  public static OfficeZip read(byte[] bytes, String name) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    long total = 0;
    int count = 0;
    try (ZipFile zip =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
      Enumeration<ZipArchiveEntry> entries = zip.getEntries();
      while (entries.hasMoreElements()) {
        ZipArchiveEntry entry = entries.nextElement();
        if (++count > MAX_ENTRIES) {
          throw refused(name, "it has more than " + MAX_ENTRIES + " entries");
        }
        if (entry.isDirectory()) {
          continue;
        }
        if (!zip.canReadEntryData(entry)) {
          throw CitecheckException.input(
              name
                  + " is a zip whose entries are encrypted or compressed in a way citecheck does"
                  + " not read: save an unprotected copy from the word processor");
        }
        ByteArrayOutputStream kept = kept(entry.getName()) ? new ByteArrayOutputStream() : null;
        try (InputStream in = zip.getInputStream(entry)) {
          total += inflate(in, entry, kept, total, name);
        }
        if (kept != null) {
          byte[] data = kept.toByteArray();
          // Checked here for every part, those POI parses included, so that a DTD gets one line.
          if (SafeXml.declaresDtd(data)) {
            throw SafeXml.dtd(name, entry.getName());
          }
          parts.put(entry.getName(), data);
        }
      }
    } catch (IOException e) {
      // A truncated file (no central directory), a bad CRC, a deflate stream cut short.
      throw damaged(name);
    }
    return new OfficeZip(name, parts);
  }

  /**
   * Inflates one entry into {@code out} (or only counts it when null), stopping at the first limit
   * passed; returns its size.
   */
  private static long inflate(
      InputStream in, ZipArchiveEntry entry, ByteArrayOutputStream out, long before, String name)
      throws IOException {
    long compressed = Math.max(entry.getCompressedSize(), 1);
    long limit = out != null ? MAX_PART_BYTES : MAX_TOTAL_BYTES;
    byte[] buffer = new byte[64 * 1024];
    long size = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      size += n;
      if (before + size > MAX_TOTAL_BYTES) {
        throw refused(name, "its entries inflate to more than " + mb(MAX_TOTAL_BYTES));
      }
      if (size > limit) {
        throw refused(name, entry.getName() + " inflates to more than " + mb(limit));
      }
      if (size > RATIO_FREE && size / compressed > MAX_RATIO) {
        throw refused(
            name,
            entry.getName()
                + " inflates to more than "
                + MAX_RATIO
                + " times its compressed size, as a zip bomb does");
      }
      if (out != null) {
        out.write(buffer, 0, n);
      }
    }
    return size;
  }

  private static boolean kept(String entry) {
    return entry.endsWith(".xml") || entry.endsWith(".rels") || entry.equals("mimetype");
  }

  private static String mb(long bytes) {
    return bytes / (1024 * 1024) + " MB";
  }

  private static CitecheckException refused(String name, String why) {
    return CitecheckException.input(name + " is refused: " + why);
  }

  private static CitecheckException damaged(String name) {
    return CitecheckException.input(
        name
            + " is a damaged or truncated zip file (its table of contents cannot be read):"
            + " download or save it again");
  }

  /** A Word document in Office Open XML: its content types name a WordprocessingML main part. */
  public boolean isDocx() {
    String types = text("[Content_Types].xml");
    return types != null
        && (types.contains("wordprocessingml.document.main+xml")
            || types.contains("wordprocessingml.template.main+xml")
            || types.contains("ms-word.document.macroEnabled.main+xml")
            || types.contains("ms-word.template.macroEnabledTemplate.main+xml"));
  }

  /** An OpenDocument text: its {@code mimetype} entry says so, as ODF requires. */
  public boolean isOdt() {
    String mimetype = text("mimetype");
    return mimetype != null
        && mimetype.strip().startsWith("application/vnd.oasis.opendocument.text")
        && has("content.xml");
  }

  /** What a zip that is neither DOCX nor ODT is, as far as its entries tell ("a spreadsheet"). */
  public String describe() {
    String types = text("[Content_Types].xml");
    if (types != null) {
      if (types.contains("spreadsheetml")) {
        return "an Excel workbook (XLSX)";
      }
      if (types.contains("presentationml")) {
        return "a PowerPoint presentation (PPTX)";
      }
      return "an Office Open XML package but not a Word document";
    }
    String mimetype = text("mimetype");
    if (mimetype != null) {
      mimetype = mimetype.strip();
      if (mimetype.contains("opendocument.spreadsheet")) {
        return "an OpenDocument spreadsheet (ODS)";
      }
      if (mimetype.contains("opendocument.presentation")) {
        return "an OpenDocument presentation (ODP)";
      }
      if (mimetype.equals("application/epub+zip")) {
        return "an EPUB e-book";
      }
      if (mimetype.contains("opendocument")) {
        return "an OpenDocument file but not a text document";
      }
    }
    return "a zip archive";
  }

  public boolean has(String entry) {
    return parts.containsKey(entry);
  }

  /** An entry's text (UTF-8, as ODF's mimetype and OOXML's content types are), or null. */
  public String text(String entry) {
    byte[] data = parts.get(entry);
    return data == null ? null : new String(data, StandardCharsets.UTF_8);
  }

  /** A part parsed as XML with DTDs refused, or null when the zip does not hold it. */
  public Document xml(String entry) {
    byte[] data = parts.get(entry);
    return data == null ? null : SafeXml.parse(data, name, entry);
  }
}
