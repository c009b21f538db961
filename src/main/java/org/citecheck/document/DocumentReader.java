package org.citecheck.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.citecheck.CitecheckException;
import org.citecheck.io.Input;

/**
 * Reads a document's text from an input, refusing what is not text with one clear line: empty
 * input, binary files, PDFs (which need their text extracted first).
 */
public final class DocumentReader {

  /** The name an {@link Input} from standard input has. */
  private static final String STDIN = "-";

  private DocumentReader() {}

  public static DocumentText read(Input input) {
    return decode(input.readAllBytes(), input.name());
  }

  public static DocumentText decode(byte[] bytes, String name) {
    if (bytes.length == 0 || isBlank(bytes)) {
      throw CitecheckException.input(STDIN.equals(name)
          ? "standard input is empty: pipe a document's text into it, or give a file instead of -"
          : name + " is empty");
    }
    if (startsWith(bytes, "%PDF-")) {
      throw CitecheckException.input(pdfHint(name));
    }
    String text = decodeText(bytes, name);
    return DocumentText.of(name, text);
  }

  /**
   * What to do with a PDF, in the one command the README recommends: -raw keeps the reading order
   * and the hyphens of URLs broken across lines, which -layout loses.
   */
  static String pdfHint(String name) {
    if (STDIN.equals(name)) {
      return "standard input is a PDF; pipe its text instead: pdftotext -raw report.pdf - | citecheck extract -";
    }
    String text = (name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? name.substring(0, name.length() - 4)
        : name) + ".txt";
    return name + " is a PDF; extract its text first: pdftotext -raw " + shellWord(name) + " " + shellWord(text)
        + ", then pass " + text;
  }

  /** A file name as a shell reads it back: quoted when it holds anything but plain characters. */
  private static String shellWord(String name) {
    return name.matches("[A-Za-z0-9._/+:=@%-]+") ? name : "'" + name.replace("'", "'\\''") + "'";
  }

  private static String decodeText(byte[] bytes, String name) {
    if (startsWith(bytes, "\u00FE\u00FF") || startsWith(bytes, "\u00FF\u00FE")) {
      return new String(bytes, StandardCharsets.UTF_16);
    }
    if (looksBinary(bytes)) {
      throw CitecheckException.input((STDIN.equals(name) ? "standard input" : name)
          + " is a binary file, not text extracted from a document");
    }
    int offset = startsWith(bytes, "\u00EF\u00BB\u00BF") ? 3 : 0;
    try {
      return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
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
