package org.citecheck.notes;

import java.util.Arrays;
import java.util.List;

/**
 * A note's printed lines as one string joined by '\n', remembering for each line break whether a
 * list marker came with it: the URL scanner needs it to tell a URL continued on the next line from
 * the start of a list item.
 */
public final class PrintedText {

  private final String text;
  private final int[] breaks;
  private final boolean[] bullet;

  private PrintedText(String text, int[] breaks, boolean[] bullet) {
    this.text = text;
    this.breaks = breaks;
    this.bullet = bullet;
  }

  public static PrintedText of(List<RawNote.Line> lines) {
    StringBuilder text = new StringBuilder();
    int[] breaks = new int[Math.max(0, lines.size() - 1)];
    boolean[] bullet = new boolean[breaks.length];
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        breaks[i - 1] = text.length();
        bullet[i - 1] = lines.get(i).bulletBefore();
        text.append('\n');
      }
      text.append(lines.get(i).text());
    }
    return new PrintedText(text.toString(), breaks, bullet);
  }

  /** A single line of text, as tests and one-line notes have it. */
  public static PrintedText of(String text) {
    String[] parts = text.split("\n", -1);
    RawNote.Line[] lines = new RawNote.Line[parts.length];
    for (int i = 0; i < parts.length; i++) {
      lines[i] = new RawNote.Line(i + 1, parts[i], false, false);
    }
    return of(Arrays.asList(lines));
  }

  public String text() {
    return text;
  }

  /** True when the '\n' at {@code index} was followed by a list marker the extractor printed. */
  public boolean bulletAfter(int index) {
    int i = Arrays.binarySearch(breaks, index);
    return i >= 0 && bullet[i];
  }

  /** The text between two offsets as the extractor printed it, list markers included. */
  public String printed(int start, int end) {
    StringBuilder out = new StringBuilder(end - start + 4);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      out.append(c);
      if (c == '\n' && bulletAfter(i)) {
        out.append("- ");
      }
    }
    return out.toString();
  }
}
