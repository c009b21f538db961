package org.citecheck.text;

/**
 * Escapes text for HTML and XML, in element content and in quoted attribute values alike.
 * Characters that XML 1.0 forbids (most control characters, unpaired surrogates, U+FFFE/U+FFFF) are
 * dropped, so the output always parses, whatever a server sent.
 */
public final class Markup {

  private Markup() {}

  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (isXmlChar(c)) {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** Escapes untrusted text after putting it on one line (see {@link SafeText#line}). */
  public static String text(String untrusted) {
    return escape(SafeText.line(untrusted));
  }

  private static boolean isXmlChar(char c) {
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
  }
}
