package org.citecheck.urls;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citecheck.notes.PrintedText;

/**
 * Finds the URLs and DOIs in a note's printed text and repairs what the PDF did to them: spaces and
 * line breaks inside, a continuation after a page break, trailing punctuation, angle brackets, a
 * hyphen at a line break. Every plausible reading is kept, best first.
 */
public final class UrlScanner {

  private static final Pattern START =
      Pattern.compile(
          "(?i)(?<![\\p{L}\\p{N}@/.\\-])(?:(https?|ftp) ?:\\s?/ ?/|(www\\d{0,3}\\.)|((?:dx\\.)?doi\\.org/)"
              + "|(doi ?: ?)(?=10\\.\\d)|(?=10\\.\\d{4,9}/\\S))"
              // a scheme glued to the word before it ("Link here: ternhttps://github.com/...")
              + "|(?<=[\\p{L}\\p{N}])(https?|ftp)://(?=[\\p{L}\\p{N}])");

  /** A host printed without a scheme or "www." ("someindex.org/2019-indicators/"). */
  private static final Pattern BARE_HOST =
      Pattern.compile(
          // a line may break after one of the host's dots ("eurodesk." + "org/2012/")
          "(?<![\\p{L}\\p{N}@/.\\-_:%=&?#+~])((?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,62}[\\p{L}\\p{N}])?\\.\\n?)+\\p{L}{2,24})"
              + "(?![\\p{L}\\p{N}\\-@_])");

  private static final Pattern DOI_LINK =
      Pattern.compile("(?i)^(?:https?://)?(?:dx\\.)?doi\\.org/(10\\.\\d{4,9}/.+)$");

  /** The longest span between angle brackets taken as one URL. */
  private static final int MAX_BRACKETED = 2000;

  private UrlScanner() {}

  public static List<FoundUrl> scan(PrintedText printed) {
    return scan(printed, UrlEvidence.NONE);
  }

  /**
   * The URLs of a note; {@code evidence} from the whole document decides hyphens at line breaks.
   */
  public static List<FoundUrl> scan(PrintedText printed, UrlEvidence evidence) {
    String text = printed.text();
    List<FoundUrl> found = new ArrayList<>();
    Matcher matcher = START.matcher(text);
    Matcher host = BARE_HOST.matcher(text);
    int from = 0;
    while (from < text.length()) {
      boolean scheme = matcher.find(from);
      int hostFrom = from;
      boolean bare = false;
      while (host.find(hostFrom) && (!scheme || host.start() < matcher.start())) {
        if (BareHosts.isUrl(text, host.start(), host.end(), host.group(1))) {
          bare = true;
          break;
        }
        hostFrom = host.end();
      }
      if (!scheme && !bare) {
        break;
      }
      int hostStart = bare ? brokenHostStart(text, host.start(), from) : -1;
      Start start = bare ? new Start("", hostStart, "https://", false) : Start.of(matcher);
      int matchStart = bare ? hostStart : matcher.start();
      int matchEnd = bare ? host.end() : matcher.end();
      FoundUrl url = read(printed, start, matchStart, evidence);
      if (url == null) {
        from = matchEnd + 1;
        continue;
      }
      found.add(url);
      from = Math.max(url.end(), matchEnd + 1);
    }
    return found;
  }

  /**
   * Where a host printed without a scheme really starts when the line before ends with a piece of
   * it and a hyphen ("courtmon-" + "itor.org/view.php"): the piece is taken in, and the hyphen is
   * decided as at any break.
   */
  private static int brokenHostStart(String text, int start, int from) {
    if (start < 3 || text.charAt(start - 1) != '\n' || text.charAt(start - 2) != '-') {
      return start;
    }
    int piece = start - 2;
    while (piece > from
        && (Character.isLetterOrDigit(text.charAt(piece - 1))
            || ".-".indexOf(text.charAt(piece - 1)) >= 0)) {
      piece--;
    }
    boolean wordBefore =
        piece > 0
            && !Character.isWhitespace(text.charAt(piece - 1))
            && "(\"“".indexOf(text.charAt(piece - 1)) < 0;
    return piece < start - 2 && !wordBefore && Character.isLetterOrDigit(text.charAt(piece))
        ? piece
        : start;
  }

  private static FoundUrl read(
      PrintedText printed, Start start, int matchStart, UrlEvidence evidence) {
    String text = printed.text();
    int coreEnd = start.coreStart;
    while (coreEnd < text.length() && isUrlChar(text.charAt(coreEnd))) {
      coreEnd++;
    }
    if (matchStart > 0 && text.charAt(matchStart - 1) == '<') {
      FoundUrl bracketed = bracketed(printed, start, matchStart);
      if (bracketed != null) {
        return bracketed;
      }
    }
    String core = start.prefix + text.substring(start.coreStart, coreEnd);
    List<Decision> decisions = decisions(printed, core, coreEnd, evidence);
    Readings readings = Readings.of(core, decisions);
    String best = UrlEnd.trim(readings.best());
    if (best.length() <= start.prefix.length() + 3) {
      return null;
    }
    int end = readings.bestEnd(coreEnd) - UrlEnd.trailingJunk(readings.best());
    List<String> all = new ArrayList<>(readings.all());
    if (decisions.stream().limit(readings.joinedCount()).noneMatch(Decision::hyphenBreak)) {
      // printed on one line: plain pdftotext may have deleted a hyphen at a line end inside it
      for (String rejoined : evidence.rejoined(all.get(0))) {
        if (all.size() < Readings.MAX_READINGS && !all.contains(rejoined)) {
          all.add(rejoined);
        }
      }
    }
    List<String> candidates = start.finish(all);
    if (candidates.isEmpty()) {
      return null;
    }
    String doi = start.doi(UrlEnd.trim(readings.best()));
    return new FoundUrl(matchStart, end, printed.printed(matchStart, end), candidates, doi);
  }

  /**
   * Each space or line break after the core, with the probability that the URL goes on across it.
   */
  private static List<Decision> decisions(
      PrintedText printed, String core, int coreEnd, UrlEvidence evidence) {
    String text = printed.text();
    List<Decision> decisions = new ArrayList<>();
    StringBuilder left = new StringBuilder(core);
    int pos = coreEnd;
    while (pos < text.length()) {
      int gapEnd = pos;
      int newline = -1;
      while (gapEnd < text.length()
          && (text.charAt(gapEnd) == ' ' || text.charAt(gapEnd) == '\n')) {
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
      boolean lineAlone =
          newline >= 0 && (tokenEnd == text.length() || text.charAt(tokenEnd) == '\n');
      double p = Continuation.probability(left.toString(), token, newline >= 0, lineAlone);
      boolean hyphenBreak = newline >= 0 && left.charAt(left.length() - 1) == '-';
      boolean typeset =
          hyphenBreak
              && Boolean.TRUE.equals(
                  evidence.typesetHyphen(left.substring(0, left.length() - 1), token));
      decisions.add(new Decision(p, token, tokenEnd, hyphenBreak, bullet, typeset));
      if (p < 0.5) {
        break;
      }
      left.append(token);
      pos = tokenEnd;
    }
    return decisions;
  }

  /**
   * "<https://a.org/x\ny>": everything up to the closing bracket, whitespace removed (RFC 3986, C).
   */
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
    return new FoundUrl(
        printedStart, close, printed.printed(printedStart, close), candidates, start.doi(url));
  }

  static boolean isUrlChar(char c) {
    return !Character.isWhitespace(c) && "<>\"“”«»{}|\\^`„".indexOf(c) < 0;
  }

  /** One space or line break the URL may continue across. */
  record Decision(
      double p,
      String token,
      int tokenEnd,
      boolean hyphenBreak,
      boolean bullet,
      boolean typesetHyphen) {

    Decision(double p, String token, int tokenEnd, boolean hyphenBreak, boolean bullet) {
      this(p, token, tokenEnd, hyphenBreak, bullet, false);
    }
  }

  /** What the match found: a scheme, a bare www. host, a doi.org link or a DOI. */
  private record Start(String prefix, int coreStart, String implied, boolean doiOnly) {

    static Start of(Matcher m) {
      if (m.group(1) != null) {
        return new Start(m.group(1).toLowerCase(Locale.ROOT) + "://", m.end(), "", false);
      }
      if (m.group(5) != null) {
        return new Start(m.group(5).toLowerCase(Locale.ROOT) + "://", m.end(), "", false);
      }
      if (m.group(2) != null || m.group(3) != null) {
        return new Start("", m.start(), "https://", false);
      }
      return new Start("", m.end(), "", true);
    }

    /**
     * Turns readings into URLs: scheme for bare hosts, resolver for DOIs; drops implausible ones.
     */
    List<String> finish(List<String> readings) {
      List<String> urls = new ArrayList<>();
      for (String reading : readings) {
        String url = doiOnly ? "https://doi.org/" + reading : implied + reading;
        if ((doiOnly || HostCheck.plausible(url) || urls.isEmpty()) && !urls.contains(url)) {
          urls.add(url);
        }
      }
      if (!doiOnly
          && urls.size() == 1
          && !HostCheck.plausible(urls.get(0))
          && !HostCheck.hasPath(urls.get(0))) {
        // the only reading cuts its host short ("https://www.eurodesk" where the line broke after
        // the dot and the rest was lost): no URL is better than one that cannot be right
        return List.of();
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
