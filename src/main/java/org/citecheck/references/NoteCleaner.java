package org.citecheck.references;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.citecheck.notes.PrintedText;
import org.citecheck.urls.FoundUrl;
import org.citecheck.urls.UrlEvidence;
import org.citecheck.urls.UrlScanner;

/**
 * Turns a note's printed lines into clean text: URLs repaired, lines joined with a space, and a
 * word hyphenated across a line or page break ("weath-" / "er.") joined again, unless the document
 * spells the word with a hyphen elsewhere.
 */
public final class NoteCleaner {

  private final Set<String> hyphenated;
  private final UrlEvidence evidence;

  /**
   * @param hyphenated lower-case hyphenated compounds the document prints whole on one line
   *     ("mirror-spectator"), so that such a compound broken at its hyphen keeps it
   */
  public NoteCleaner(Set<String> hyphenated) {
    this(hyphenated, UrlEvidence.NONE);
  }

  /**
   * @param evidence what the whole document says about hyphens at line breaks inside URLs
   */
  public NoteCleaner(Set<String> hyphenated, UrlEvidence evidence) {
    this.hyphenated = hyphenated;
    this.evidence = evidence;
  }

  public CleanText clean(PrintedText printed) {
    String text = printed.text();
    List<FoundUrl> found = UrlScanner.scan(printed, evidence);
    StringBuilder out = new StringBuilder(text.length());
    List<CleanText.Span> spans = new ArrayList<>();
    int pos = 0;
    for (FoundUrl url : found) {
      appendProse(out, printed, pos, url.start());
      int start = out.length();
      out.append(display(url));
      spans.add(new CleanText.Span(start, out.length(), url));
      pos = url.end();
    }
    appendProse(out, printed, pos, text.length());
    return collapse(out.toString(), spans);
  }

  /** How a repaired URL reads in the cleaned text: DOIs keep their "doi:" form. */
  private static String display(FoundUrl url) {
    boolean printedAsDoi = url.doi() != null && url.printed().regionMatches(true, 0, "doi", 0, 3);
    boolean bareDoi = url.doi() != null && url.printed().startsWith("10.");
    if (printedAsDoi || bareDoi) {
      return (printedAsDoi ? "doi:" : "") + url.doi();
    }
    return url.best();
  }

  private void appendProse(StringBuilder out, PrintedText printed, int from, int to) {
    String text = printed.text();
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != '\n') {
        out.append(c);
        continue;
      }
      int len = out.length();
      boolean wordHyphen =
          len >= 2 && out.charAt(len - 1) == '-' && Character.isLetter(out.charAt(len - 2));
      if (joinsHyphenatedWord(out, text, i)) {
        out.setLength(len - 1);
      } else if (!wordHyphen) {
        out.append(' ');
      }
    }
  }

  /**
   * A lower-case word fragment after "-" at a break is the rest of a hyphenated word; before a
   * capital ("Mirror-" / "Spectator") or a compound the document prints whole, the hyphen stays.
   */
  private boolean joinsHyphenatedWord(StringBuilder out, String text, int newline) {
    int len = out.length();
    if (len < 2 || out.charAt(len - 1) != '-' || !Character.isLetter(out.charAt(len - 2))) {
      return false;
    }
    int next = newline + 1;
    while (next < text.length() && text.charAt(next) == ' ') {
      next++;
    }
    if (next >= text.length() || !Character.isLowerCase(text.charAt(next))) {
      return false;
    }
    String before = lastWord(out, len - 1);
    String after = firstWord(text, next);
    return !hyphenated.contains((before + "-" + after).toLowerCase(Locale.ROOT));
  }

  private static String lastWord(CharSequence s, int end) {
    int start = end;
    while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
      start--;
    }
    return s.subSequence(start, end).toString();
  }

  private static String firstWord(String s, int start) {
    int end = start;
    while (end < s.length() && Character.isLetter(s.charAt(end))) {
      end++;
    }
    return s.substring(start, end);
  }

  /** Collapses runs of spaces and trims, moving the URL spans with the text. */
  private static CleanText collapse(String text, List<CleanText.Span> spans) {
    StringBuilder out = new StringBuilder(text.length());
    int[] map = new int[text.length() + 1];
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      map[i] = out.length();
      char c = text.charAt(i);
      if (c == ' ') {
        if (!space) {
          out.append(' ');
        }
        space = true;
      } else {
        out.append(c);
        space = false;
      }
    }
    map[text.length()] = out.length();
    int length = out.length();
    if (length > 0 && out.charAt(length - 1) == ' ') {
      out.setLength(length - 1);
    }
    List<CleanText.Span> moved = new ArrayList<>();
    for (CleanText.Span span : spans) {
      moved.add(
          new CleanText.Span(
              map[span.start()], Math.min(map[span.end()], out.length()), span.url()));
    }
    return new CleanText(out.toString(), moved);
  }
}
