package org.citecheck.report;

import java.nio.charset.StandardCharsets;

/**
 * Turns a file path as the user gave it into the URI reference SARIF wants: forward slashes,
 * percent-encoded where RFC 3986 requires; a relative path stays relative (code-scanning services
 * resolve it against the repository root), an absolute one becomes a {@code file:} URI.
 */
final class SarifUri {

  private static final String PATH_CHARS = "-._~!$&'()*+,;=:@/";

  private SarifUri() {}

  static String of(String path) {
    String slashed = path.replace('\\', '/');
    boolean windowsDrive =
        slashed.length() > 2
            && slashed.charAt(1) == ':'
            && slashed.charAt(2) == '/'
            && Character.isLetter(slashed.charAt(0));
    String encoded = encode(slashed);
    if (slashed.startsWith("/")) {
      return "file://" + encoded;
    }
    if (windowsDrive) {
      return "file:///" + encoded;
    }
    // A relative path whose first segment holds ":" would read as a scheme; "./" keeps it a path.
    int colon = encoded.indexOf(':');
    int slash = encoded.indexOf('/');
    return colon >= 0 && (slash < 0 || colon < slash) ? "./" + encoded : encoded;
  }

  private static String encode(String path) {
    StringBuilder out = new StringBuilder(path.length() + 8);
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || (c < 0x80 && PATH_CHARS.indexOf(c) >= 0)) {
        out.append((char) c);
      } else {
        out.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }
}
