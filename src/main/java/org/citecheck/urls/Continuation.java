package org.citecheck.urls;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.citecheck.document.Months;

/**
 * How likely the text after a space or line break still belongs to the URL before it. PDF
 * extraction inserts spaces and line breaks inside URLs; prose and citation fields also follow
 * URLs. Each rule reads one sign; the probabilities only need to rank readings, and every reading
 * between 0.1 and 0.9 is kept as a candidate for the checker to settle.
 */
final class Continuation {

  /** Characters that, ending the URL so far, say the URL goes on. */
  private static final String IN_PROGRESS = "/-_?&=%~+#";

  /** Characters that appear in URLs and hardly ever in prose words. */
  private static final Pattern URLISH = Pattern.compile("[/?=&%#~_+]|\\p{Alnum}\\.\\p{Alnum}{2,}");

  /**
   * A top-level domain on its own, as when a host is broken after its last dot ("example.\norg").
   */
  private static final Pattern TLD =
      Pattern.compile("(?i)(com|org|net|edu|gov|int|info|io|[a-z]{2})[/?#]?");

  private static final Pattern SCHEME_ONLY = Pattern.compile("(?i)(https?|ftp)://");

  /** The glue of a query string set apart by spaces: "=", "&", "=value", "&key=". */
  private static final Pattern QUERY_GLUE = Pattern.compile("[=&][^\\s]*");

  /** A file extension on its own, as when a URL breaks after the dot that precedes it. */
  private static final Pattern EXTENSION =
      Pattern.compile(
          "(?i)html?|pdf|php|aspx?|jsp|cfm|docx?|xlsx?|pptx?|txt|xml|json|csv|jpe?g|png|gif|mp[34]|zip|epub");

  private static final Pattern NEW_URL = Pattern.compile("(?i)^(https?:|ftp:|www\\d?\\.|doi:)");

  /**
   * A year closing a sentence or a field ("2020.", "2020)"): what follows a URL, not part of it.
   */
  private static final Pattern YEAR_TOKEN = Pattern.compile("^(19|20)\\d\\d[.,;:)\\]]*$");

  private static final Pattern FILE_END =
      Pattern.compile(
          "(?i)\\.(html?|pdf|php|aspx?|jsp|cfm|docx?|xlsx?|pptx?|txt|xml|json|csv|jpe?g|png|gif|mp[34]|zip|epub)$");

  /**
   * Words that follow URLs in citations and prose; a URL fragment is rarely exactly one of them.
   */
  private static final Set<String> WORDS =
      Set.of(
          "accessed",
          "available",
          "retrieved",
          "viewed",
          "visited",
          "consulted",
          "last",
          "online",
          "archived",
          "original",
          "version",
          "updated",
          "published",
          "posted",
          "cited",
          "see",
          "also",
          "note",
          "notes",
          "p",
          "pp",
          "page",
          "pages",
          "vol",
          "no",
          "ed",
          "eds",
          "trans",
          "and",
          "or",
          "the",
          "of",
          "in",
          "on",
          "at",
          "to",
          "for",
          "from",
          "with",
          "by",
          "via",
          "as",
          "is",
          "was",
          "are",
          "were",
          "be",
          "been",
          "has",
          "have",
          "had",
          "it",
          "its",
          "this",
          "that",
          "which",
          "who",
          "not",
          "but",
          "if",
          "then",
          "than",
          "when",
          "where",
          "while",
          "after",
          "before",
          "since",
          "until",
          "during",
          "about",
          "into",
          "over",
          "under",
          "between",
          "through",
          "both",
          "each",
          "all",
          "any",
          "some",
          "more",
          "most",
          "other",
          "such",
          "only",
          "here",
          "there",
          "these",
          "those",
          "their",
          "them",
          "they",
          "he",
          "she",
          "his",
          "her",
          "we",
          "our",
          "you",
          "your",
          "a",
          "an",
          "url",
          "link",
          "und",
          "oder",
          "der",
          "die",
          "das",
          "am",
          "im",
          "zuletzt",
          "abgerufen",
          "zugegriffen",
          "consulté",
          "le",
          "la",
          "et",
          "ou",
          "del",
          "y",
          "e",
          "and/or",
          "i.e",
          "e.g",
          "cf",
          "ibid",
          "op",
          "cit");

  private Continuation() {}

  static double probability(String left, String token, boolean newline) {
    return probability(left, token, newline, false);
  }

  /**
   * @param lineAlone the token is the whole of its line (a heading, a list's title), not the start
   *     of a longer line
   */
  static double probability(String left, String token, boolean newline, boolean lineAlone) {
    if (left.isEmpty()) {
      return 0;
    }
    if (SCHEME_ONLY.matcher(left).matches()) {
      // "http://" at the end of a line: the URL is on the next one, whatever it starts with.
      return token.codePoints().anyMatch(Character::isLetterOrDigit) ? 0.99 : 0;
    }
    boolean query = left.indexOf('?') >= 0;
    if (query && QUERY_GLUE.matcher(token).matches()) {
      // "?if = avpidx & DOCID = 2085": spaces set around the glue of a query string.
      return 0.95;
    }
    if (!token.codePoints().anyMatch(Character::isLetterOrDigit)) {
      return 0;
    }
    if (NEW_URL.matcher(token).find()) {
      return 0;
    }
    char last = left.charAt(left.length() - 1);
    if (query && (last == '=' || last == '&') && !token.startsWith("(")) {
      return 0.93;
    }
    if (!HostCheck.hasPath(left)
        && !HostCheck.plausible(left)
        && "/.-".indexOf(last) < 0
        && Character.isLetterOrDigit(token.codePointAt(0))
        && !WORDS.contains(stripPunctuation(token).toLowerCase(Locale.ROOT))) {
      // A URL cannot end in a host that is cut short ("https://www.ipin" + "st.org").
      return 0.95;
    }
    if (last == '.'
        && !HostCheck.hasPath(left)
        && Character.isLetter(token.codePointAt(0))
        && HostCheck.plausible(left + stripPunctuation(token))
        && !HostCheck.plausible(left.substring(0, left.length() - 1))) {
      // "http://www.some-center." + "org.": a break after a dot of the host.
      return 0.97;
    }
    int first = token.codePointAt(0);
    if (last == ',' || last == ';') {
      return 0.02;
    }
    if ("([{<\"“‘«'".indexOf(first) >= 0) {
      return 0.02;
    }
    String bare = stripPunctuation(token).toLowerCase(Locale.ROOT);
    String word = leadingWord(token);
    boolean stopWord =
        WORDS.contains(bare) || word.length() == bare.length() && WORDS.contains(word);
    if ("/.-_?&=#%~+".indexOf(first) >= 0) {
      return stopWord ? 0.3 : 0.97;
    }
    if (stopWord) {
      return IN_PROGRESS.indexOf(last) >= 0 ? 0.12 : 0.03;
    }
    boolean pathLike = token.indexOf('/') > 0 && IN_PROGRESS.indexOf(last) >= 0;
    if (!pathLike && (Months.startsWithMonth(token) || YEAR_TOKEN.matcher(token).matches())) {
      return 0.05;
    }
    boolean urlish = URLISH.matcher(token).find();
    boolean upper = Character.isUpperCase(first);
    if (upper && lineAlone && !urlish && newline) {
      // A capitalised word alone on its line is a heading ("Citazioni"), not the URL's end.
      return 0.04;
    }
    if (last == '.' && EXTENSION.matcher(stripPunctuation(token)).matches()) {
      // ".../page." + "html": a break after the dot before a file's extension.
      return 0.95;
    }
    if (last == '.') {
      if (upper) {
        return 0.05;
      }
      if (urlish) {
        return 0.9;
      }
      return TLD.matcher(stripPunctuation(token)).matches() ? 0.8 : 0.3;
    }
    if (IN_PROGRESS.indexOf(last) >= 0) {
      return upper ? (urlish ? 0.85 : 0.6) : 0.9;
    }
    if (urlish) {
      return upper ? 0.6 : 0.85;
    }
    if (upper) {
      return 0.1;
    }
    if (FILE_END.matcher(left).find()) {
      return 0.15;
    }
    return newline ? 0.7 : 0.6;
  }

  private static String leadingWord(String token) {
    int end = 0;
    while (end < token.length() && Character.isLetter(token.charAt(end))) {
      end++;
    }
    return token.substring(0, end).toLowerCase(Locale.ROOT);
  }

  private static String stripPunctuation(String token) {
    int end = token.length();
    while (end > 0 && ".,;:!?)]\"”’'".indexOf(token.charAt(end - 1)) >= 0) {
      end--;
    }
    return token.substring(0, end);
  }
}
