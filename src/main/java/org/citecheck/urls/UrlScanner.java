package org.citecheck.urls;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citecheck.notes.PrintedText;

/**
 * Finds the URLs and DOIs in a note's printed text and repairs what the PDF did to them: spaces
 * and line breaks inside, a continuation after a page break, trailing punctuation, angle brackets,
 * a hyphen at a line break. Every plausible reading is kept, best first.
 */
public final class UrlScanner {

  private static final Pattern START =
      Pattern.compile(
          "(?i)(?<![\\p{L}\\p{N}@/.\\-])(?:(https?) ?:\\s?/ ?/|(www\\d{0,3}\\.)|((?:dx\\.)?doi\\.org/)"
              + "|(doi ?: ?)(?=10\\.\\d)|(?=10\\.\\d{4,9}/\\S))");

  private static final Pattern DOI_LINK = Pattern.compile("(?i)^(?:https?://)?(?:dx\\.)?doi\\.org/(10\\.\\d{4,9}/.+)$");

  /** The longest span between angle brackets taken as one URL. */
  private static final int MAX_BRACKETED = 2000;

  private UrlScanner() {}

  public static List<FoundUrl> scan(PrintedText printed) {
    String text = printed.text();
    List<FoundUrl> found = new ArrayList<>();
    Matcher matcher = START.matcher(text);
    int from = 0;
    while (from < text.length() && matcher.find(from)) {
      FoundUrl url = read(printed, matcher);
      if (url == null) {
        from = matcher.end() + 1;
        continue;
      }
      found.add(url);
      from = Math.max(url.end(), matcher.end() + 1);
    }
    return found;
  }

  private static FoundUrl read(PrintedText printed, Matcher m) {
    String text = printed.text();
    Start start = Start.of(m);
    int coreEnd = start.coreStart;
    while (coreEnd < text.length() && isUrlChar(text.charAt(coreEnd))) {
      coreEnd++;
    }
    if (m.start() > 0 && text.charAt(m.start() - 1) == '<') {
      FoundUrl bracketed = bracketed(printed, start, m.start());
      if (bracketed != null) {
        return bracketed;
      }
    }
    String core = start.prefix + text.substring(start.coreStart, coreEnd);
    List<Decision> decisions = decisions(printed, core, coreEnd);
    Readings readings = Readings.of(core, decisions);
    String best = UrlEnd.trim(readings.best());
    if (best.length() <= start.prefix.length() + 3) {
      return null;
    }
    int end = readings.bestEnd(coreEnd) - UrlEnd.trailingJunk(readings.best());
    List<String> candidates = start.finish(readings.all());
    if (candidates.isEmpty()) {
      return null;
    }
    String doi = start.doi(UrlEnd.trim(readings.best()));
    return new FoundUrl(m.start(), end, printed.printed(m.start(), end), candidates, doi);
  }

  /** Each space or line break after the core, with the probability that the URL goes on across it. */
  private static List<Decision> decisions(PrintedText printed, String core, int coreEnd) {
    String text = printed.text();
    List<Decision> decisions = new ArrayList<>();
    StringBuilder left = new StringBuilder(core);
    int pos = coreEnd;
    while (pos < text.length()) {
      int gapEnd = pos;
      int newline = -1;
      while (gapEnd < text.length() && (text.charAt(gapEnd) == ' ' || text.charAt(gapEnd) == '\n')) {
        if (text.charAt(gapEnd) == '\n') {
          newline = gapEnd;
        }
        gapEnd++;
      }
      if (gapEnd == pos || gapEnd >= text.length()) {
        break;
      }
      int tokenEnd = gapEnd;
      while (tokenEnd < text.length() && isUrlChar(text.charAt(tokenEnd))) {
        tokenEnd++;
      }
      String token = text.substring(gapEnd, tokenEnd);
      if (token.isEmpty()) {
        break;
      }
      boolean bullet = newline >= 0 && printed.bulletAfter(newline);
      double p = Continuation.probability(left.toString(), token, newline >= 0);
      boolean hyphenBreak = newline >= 0 && left.charAt(left.length() - 1) == '-';
      decisions.add(new Decision(p, token, tokenEnd, hyphenBreak, bullet));
      if (p < 0.5) {
        break;
      }
      left.append(token);
      pos = tokenEnd;
    }
    return decisions;
  }

  /** "<https://a.org/x\ny>": everything up to the closing bracket, whitespace removed (RFC 3986, C). */
  private static FoundUrl bracketed(PrintedText printed, Start start, int printedStart) {
    String text = printed.text();
    int close = text.indexOf('>', start.coreStart);
    if (close < 0 || close - start.coreStart > MAX_BRACKETED) {
      return null;
    }
    String inside = text.substring(start.coreStart, close);
    if (inside.indexOf('<') >= 0 || inside.indexOf('"') >= 0) {
      return null;
    }
    String url = UrlEnd.trim(start.prefix + inside.replaceAll("[\\s]+", ""));
    List<String> candidates = start.finish(List.of(url));
    if (candidates.isEmpty()) {
      return null;
    }
    return new FoundUrl(printedStart, close, printed.printed(printedStart, close), candidates, start.doi(url));
  }

  static boolean isUrlChar(char c) {
    return !Character.isWhitespace(c) && "<>\"“”«»{}|\\^`„".indexOf(c) < 0;
  }

  /** One space or line break the URL may continue across. */
  record Decision(double p, String token, int tokenEnd, boolean hyphenBreak, boolean bullet) {}

  /** What the match found: a scheme, a bare www. host, a doi.org link or a DOI. */
  private record Start(String prefix, int coreStart, String implied, boolean doiOnly) {

    static Start of(Matcher m) {
      if (m.group(1) != null) {
        return new Start(m.group(1).toLowerCase(Locale.ROOT) + "://", m.end(), "", false);
      }
      if (m.group(2) != null || m.group(3) != null) {
        return new Start("", m.start(), "https://", false);
      }
      return new Start("", m.end(), "", true);
    }

    /** Turns readings into URLs: scheme for bare hosts, resolver for DOIs; drops implausible ones. */
    List<String> finish(List<String> readings) {
      List<String> urls = new ArrayList<>();
      for (String reading : readings) {
        String url = doiOnly ? "https://doi.org/" + reading : implied + reading;
        if ((doiOnly || HostCheck.plausible(url) || urls.isEmpty()) && !urls.contains(url)) {
          urls.add(url);
        }
      }
      if (!implied.isEmpty() && !urls.isEmpty()) {
        String http = "http://" + urls.get(0).substring(implied.length());
        if (!urls.contains(http)) {
          urls.add(http);
        }
      }
      return urls;
    }

    String doi(String best) {
      if (doiOnly) {
        return best;
      }
      Matcher doi = DOI_LINK.matcher(implied + best);
      return doi.find() ? doi.group(1) : null;
    }
  }
}
