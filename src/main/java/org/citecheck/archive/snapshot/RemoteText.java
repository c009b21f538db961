package org.citecheck.archive.snapshot;

/**
 * Text an archive sent (error messages, headers) made safe to carry into reports and the console:
 * control characters become spaces, runs of space collapse, and the length is capped.
 */
public final class RemoteText {

  static final int MAX = 200;

  private RemoteText() {}

  public static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX + 1));
    boolean space = false;
    for (int i = 0; i < text.length() && out.length() < MAX; i++) {
      char c = text.charAt(i);
      boolean blank =
          Character.isWhitespace(c)
              || Character.isISOControl(c)
              || Character.getType(c) == Character.FORMAT;
      if (blank) {
        if (!space && out.length() > 0) {
          out.append(' ');
        }
        space = true;
      } else {
        out.append(c);
        space = false;
      }
    }
    String result = out.toString().strip();
    return text.length() > MAX && result.length() >= MAX - 1 ? result + "…" : result;
  }
}
