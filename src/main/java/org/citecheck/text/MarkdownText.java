package org.citecheck.text;

/**
 * Escapes untrusted text for GitHub-flavoured Markdown so that it always reads as plain text: no
 * emphasis, code, links, raw HTML, entities, tables cells broken by a pipe, strikethrough or math.
 * Text is first put on one line ({@link SafeText#clean}); escaping is by backslash, which
 * CommonMark defines for every ASCII punctuation character.
 */
public final class MarkdownText {

  /**
   * Characters that start or end inline syntax. Block syntax ("#", "-", "1.") cannot start inside
   * our lines, and "(" or "!" only act next to a "[" or "]", which are escaped.
   */
  private static final String ACTIVE = "\\`*_[]<>|~&$";

  /**
   * Characters RFC 3986 does not allow in a URL: percent-encoded, which is how browsers send them.
   */
  private static final String INVALID_IN_URL = " \"<>\\^`{|}";

  /** Valid URL characters that Markdown reads inside a link destination: backslash-escaped. */
  private static final String ACTIVE_IN_DESTINATION = "()[]";

  private MarkdownText() {}

  /** Escapes text for a Markdown file that people republish; spaces at either end are kept. */
  public static String escape(String untrusted) {
    String line = SafeText.clean(untrusted);
    StringBuilder out = new StringBuilder(line.length() + 8);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (ACTIVE.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * Escapes text for a pull-request comment or job summary: as {@link #escape}, and an "@name" gets
   * an invisible word joiner after the "@" so that quoting a cited account never notifies a GitHub
   * user of that name.
   */
  public static String escapeForComment(String untrusted) {
    String escaped = escape(untrusted);
    StringBuilder out = new StringBuilder(escaped.length());
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      out.append(c);
      if (c == '@' && i + 1 < escaped.length() && isAsciiAlphanumeric(escaped.charAt(i + 1))) {
        out.append('\u2060');
      }
    }
    return out.toString();
  }

  /** A link {@code [label](url)}; plain escaped text when the URL is not an http(s) URL. */
  public static String link(String label, String url, boolean comment) {
    String text = comment ? escapeForComment(label) : escape(label);
    if (!WebUrl.isLinkable(url)) {
      return text;
    }
    StringBuilder destination = new StringBuilder();
    for (char c : normalise(url).toCharArray()) {
      if (ACTIVE_IN_DESTINATION.indexOf(c) >= 0) {
        destination.append('\\');
      }
      destination.append(c);
    }
    return "[" + text + "](" + destination + ")";
  }

  /**
   * An autolink {@code <url>} showing the whole URL; plain escaped text when not http(s). Markdown
   * reads nothing inside an autolink, so only the characters no URL may hold are encoded.
   */
  public static String autolink(String url) {
    if (!WebUrl.isLinkable(url)) {
      return escape(url);
    }
    return "<" + normalise(url) + ">";
  }

  /** Percent-encodes the characters RFC 3986 forbids in a URL; every other character is kept. */
  static String normalise(String url) {
    StringBuilder out = new StringBuilder(url.length() + 8);
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (INVALID_IN_URL.indexOf(c) >= 0 || c < 0x20 || c == 0x7F) {
        out.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isAsciiAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
