package org.citecheck.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.citecheck.CitecheckException;
import org.citecheck.document.markup.MarkupDocument;
import org.citecheck.document.pdf.PdfReader;
import org.citecheck.document.pdf.PdfText;
import org.citecheck.io.Input;

/**
 * Reads a document's text from an input: a PDF (recognised by its content, {@code %PDF-}, not its
 * name) through {@link PdfReader}, a structured format through {@link MarkupReaders}, anything else
 * as text. What is neither gets one clear line: empty input, images, web pages saved under a PDF's
 * name, binary files.
 */
public final class DocumentReader {

  /** The name an {@link Input} from standard input has. */
  private static final String STDIN = "-";

  private DocumentReader() {}

  /** A PDF's header may follow up to this many bytes of junk, as readers allow. */
  private static final int PDF_HEADER_WITHIN = 1024;

  public static DocumentText read(Input input) {
    return decode(
        input.readAllBytes(), input.name(), input.password(), input.baseUrl(), input.path());
  }

  public static DocumentText decode(byte[] bytes, String name) {
    return decode(bytes, name, null);
  }

  /**
   * @param password the PDF's password (given with {@code --password}), or null
   */
  public static DocumentText decode(byte[] bytes, String name, String password) {
    return decode(bytes, name, password, null);
  }

  /**
   * @param password the PDF's password (given with {@code --password}), or null
   * @param baseUrl the URL an HTML page's relative links are resolved against ({@code --base-url}),
   *     or null
   */
  public static DocumentText decode(byte[] bytes, String name, String password, String baseUrl) {
    return decode(bytes, name, password, baseUrl, null);
  }

  /**
   * @param file the file the bytes were read from, or null (standard input): a LaTeX document's
   *     {@code \input} and {@code \bibliography} files are looked for beside it
   */
  public static DocumentText decode(
      byte[] bytes, String name, String password, String baseUrl, Path file) {
    if (bytes.length == 0 || isBlank(bytes)) {
      throw CitecheckException.input(
          STDIN.equals(name)
              ? "standard input is empty: pipe a document's text into it, or give a file instead of -"
              : name + " is empty");
    }
    if (isPdf(bytes)) {
      PdfText pdf =
          PdfReader.read(
              bytes,
              STDIN.equals(name) ? "standard input" : name,
              password,
              TextNormalizer::normalize);
      return new DocumentText(name, pdf.lines(), pdf.layout());
    }
    MarkupDocument packaged =
        MarkupReaders.fromBytes(bytes, STDIN.equals(name) ? "standard input" : name);
    if (packaged != null) {
      return DocumentText.of(name, packaged);
    }
    String image = imageKind(bytes);
    if (image != null) {
      throw CitecheckException.input(
          name
              + " is a "
              + image
              + " image, not a document with text: "
              + "run OCR first (for example ocrmypdf) and pass the PDF it makes");
    }
    if (name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
      throw CitecheckException.input(
          name
              + " is named .pdf but is not a PDF"
              + (looksHtml(bytes) ? ": it is a web page (HTML); download the PDF itself" : "")
              + " (a PDF starts with %PDF-)");
    }
    String text = decodeText(bytes, name);
    MarkupDocument markup = MarkupReaders.fromText(text, name, baseUrl, file);
    return markup != null ? DocumentText.of(name, markup) : DocumentText.of(name, text);
  }

  /** True when the bytes open with a PDF header (within the first kilobyte, as readers allow). */
  public static boolean isPdf(byte[] bytes) {
    int limit = Math.min(bytes.length - 5, PDF_HEADER_WITHIN);
    for (int i = 0; i <= limit; i++) {
      if (bytes[i] == '%'
          && bytes[i + 1] == 'P'
          && bytes[i + 2] == 'D'
          && bytes[i + 3] == 'F'
          && bytes[i + 4] == '-') {
        return true;
      }
    }
    return false;
  }

  private static String imageKind(byte[] bytes) {
    if (startsWith(bytes, "\u0089PNG")) {
      return "PNG";
    }
    if (startsWith(bytes, "\u00FF\u00D8\u00FF")) {
      return "JPEG";
    }
    if (startsWith(bytes, "GIF8")) {
      return "GIF";
    }
    if (startsWith(bytes, "II*\u0000") || startsWith(bytes, "MM\u0000*")) {
      return "TIFF";
    }
    return null;
  }

  private static boolean looksHtml(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html")
        || head.startsWith("<html")
        || head.contains("<head")
        || head.contains("<body");
  }

  private static String decodeText(byte[] bytes, String name) {
    if (startsWith(bytes, "\u00FE\u00FF") || startsWith(bytes, "\u00FF\u00FE")) {
      return new String(bytes, StandardCharsets.UTF_16);
    }
    if (looksBinary(bytes)) {
      throw CitecheckException.input(
          (STDIN.equals(name) ? "standard input" : name)
              + " is a binary file, not text extracted from a document");
    }
    int offset = startsWith(bytes, "\u00EF\u00BB\u00BF") ? 3 : 0;
    try {
      return strict(StandardCharsets.UTF_8)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      // Older extractors write Windows-1252; it decodes every byte, so only text gets this far.
      return Charset.forName("windows-1252").decode(ByteBuffer.wrap(bytes)).toString();
    }
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** NUL bytes or many control characters in the first 8 KB mean the file is not text. */
  private static boolean looksBinary(byte[] bytes) {
    int sample = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return control > sample / 20;
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] bytes, String prefix) {
    if (bytes.length < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if ((bytes[i] & 0xFF) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
