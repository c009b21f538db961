package org.citecheck.document;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Undoes what PDF text extraction does to characters, before any parsing: ligatures, odd spaces,
 * soft hyphens and zero-width characters, line-end conventions and page breaks.
 */
public final class TextNormalizer {

  private TextNormalizer() {}

  /**
   * Splits text into normalised lines; a form feed (pdftotext's page break) becomes a blank line.
   */
  public static List<String> lines(String text) {
    String normalized = normalize(text);
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      if (c == '\n' || c == '\f') {
        lines.add(stripTrailing(normalized.substring(start, i)));
        if (c == '\f') {
          lines.add("");
        }
        start = i + 1;
      }
    }
    if (start < normalized.length()) {
      lines.add(stripTrailing(normalized.substring(start)));
    }
    return lines;
  }

  /** Character-level clean-up; keeps line structure. */
  public static String normalize(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      switch (c) {
        case '\r' -> {
          if (i + 1 >= nfc.length() || nfc.charAt(i + 1) != '\n') {
            out.append('\n');
          }
        }
        case '\u2028', '\u2029', '\u0085' -> out.append('\n');
        case '\t',
            '\u00A0',
            '\u2000',
            '\u2001',
            '\u2002',
            '\u2003',
            '\u2004',
            '\u2005',
            '\u2006',
            '\u2007',
            '\u2008',
            '\u2009',
            '\u200A',
            '\u202F',
            '\u205F',
            '\u3000' ->
            out.append(' ');
        case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> {
          // Soft hyphens and zero-width characters are invisible in the PDF and break words and
          // URLs.
        }
        case '\uFB00' -> out.append("ff");
        case '\uFB01' -> out.append("fi");
        case '\uFB02' -> out.append("fl");
        case '\uFB03' -> out.append("ffi");
        case '\uFB04' -> out.append("ffl");
        case '\uFB05', '\uFB06' -> out.append("st");
        case '\u2010', '\u2011' -> out.append('-');
        default -> {
          if (c < 0x20 && c != '\n' && c != '\f') {
            out.append(' ');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  private static String stripTrailing(String line) {
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ') {
      end--;
    }
    return line.substring(0, end);
  }
}
