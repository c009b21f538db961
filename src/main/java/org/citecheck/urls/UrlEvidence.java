package org.citecheck.urls;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the whole document says about a hyphen at a line break inside a URL: the words it prints (a
 * typesetter's hyphen splits one of them, "compromis-" + "es"), and the document's text, where the
 * same URL may be printed again on one line, with or without that hyphen.
 */
public final class UrlEvidence {

  /** No document around the note (tests, one-line notes): no evidence either way. */
  public static final UrlEvidence NONE = new UrlEvidence(Map.of(), Map.of(), Map.of(), "");

  /** At most this many readings with a hyphen put back are offered for one URL. */
  private static final int MAX_REJOINED = 3;

  private final Map<String, Integer> words;
  private final Map<String, Integer> proseWords;
  private final Map<String, Integer> wholeWords;
  private final String text;

  private UrlEvidence(
      Map<String, Integer> words,
      Map<String, Integer> proseWords,
      Map<String, Integer> wholeWords,
      String text) {
    this.words = words;
    this.proseWords = proseWords;
    this.wholeWords = wholeWords;
    this.text = text;
  }

  public static UrlEvidence of(List<String> lines) {
    Map<String, Integer> words = new HashMap<>();
    Map<String, Integer> proseWords = new HashMap<>();
    Map<String, Integer> slugWords = new HashMap<>();
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      String lower = line.toLowerCase(Locale.ROOT);
      text.append(lower).append('\n');
      for (String token : lower.split("\\s+")) {
        if (!URLISH.matcher(token).find()) {
          for (String word : token.split("[^\\p{L}]+")) {
            if (!word.isEmpty()) {
              proseWords.merge(word, 1, Integer::sum);
            }
          }
        } else {
          // the words of a slug, between separators on both sides; a run at either end of the
          // token may be a fragment of a URL the line broke
          java.util.regex.Matcher slug = SLUG_WORD.matcher(token);
          while (slug.find()) {
            slugWords.merge(slug.group(1), 1, Integer::sum);
          }
        }
      }
      int i = 0;
      while (i < lower.length()) {
        if (!Character.isLetter(lower.charAt(i))) {
          i++;
          continue;
        }
        int start = i;
        while (i < lower.length() && Character.isLetter(lower.charAt(i))) {
          i++;
        }
        // A word that ends a line with a hyphen may be a fragment: it is no evidence of a word.
        boolean broken = i < lower.length() && lower.charAt(i) == '-' && i + 1 == lower.length();
        if (!broken) {
          words.merge(lower.substring(start, i), 1, Integer::sum);
        }
      }
    }
    Map<String, Integer> known = new HashMap<>(proseWords);
    slugWords.forEach((word, n) -> known.merge(word, n, Integer::sum));
    return new UrlEvidence(words, proseWords, known, text.toString());
  }

  /** A token that is (part of) a URL rather than a word of prose. */
  private static final java.util.regex.Pattern URLISH =
      java.util.regex.Pattern.compile("://|/|\\p{L}\\.\\p{L}{2}");

  /** A lower-case word of a URL's slug, with a separator on each side. */
  private static final java.util.regex.Pattern SLUG_WORD =
      java.util.regex.Pattern.compile("(?<=[-/_.?=&#])(\\p{Ll}+)(?=[-/_.?=&#])");

  /** Short words that slugs spell out ("what-is-a-gpu"); other pieces need three letters. */
  private static final java.util.Set<String> SHORT_SLUG_WORDS =
      java.util.Set.of("a", "of", "is", "to", "in", "on", "at", "by", "an", "or", "we", "it", "no");

  private static boolean slugPiece(String piece) {
    return piece.length() >= 3 || SHORT_SLUG_WORDS.contains(piece);
  }

  /**
   * Readings of a URL printed on one line with a hyphen put back where plain pdftotext may have
   * deleted one at a line end: inside a run of letters in the path that the document's prose never
   * uses, between two pieces that are words of the document ("governance-whatindicators" ->
   * "governance-what-indicators"), or between a number and a word ("2015what" -> "2015-what"). Best
   * splits first (the shorter piece longest); {@code check} settles which one answers.
   */
  List<String> rejoined(String url) {
    if (this == NONE) {
      return List.of();
    }
    int scheme = url.indexOf("://");
    int path = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
    if (path < 0) {
      return List.of();
    }
    record Split(int at, int weight, int run) {}
    List<Split> splits = new java.util.ArrayList<>();
    String lower = url.toLowerCase(Locale.ROOT);
    // a host's label: only where the document prints the hyphenated label elsewhere in a host
    // ("municipalleague.org" here, "municipal-league.org" in another note)
    int label = scheme < 0 ? 0 : scheme + 3;
    while (label < path) {
      int end = label;
      while (end < path && lower.charAt(end) != '.') {
        end++;
      }
      String run = lower.substring(label, end);
      for (int k = 3; k + 3 <= run.length(); k++) {
        String hyphenated = run.substring(0, k) + "-" + run.substring(k);
        if (run.chars().allMatch(Character::isLetter) && hostLabelPrinted(hyphenated)) {
          splits.add(new Split(label + k, Integer.MAX_VALUE, label));
        }
      }
      label = end + 1;
    }
    int i = path;
    while (i < lower.length()) {
      if (!Character.isLetterOrDigit(lower.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < lower.length() && Character.isLetterOrDigit(lower.charAt(i))) {
        i++;
      }
      String run = lower.substring(start, i);
      for (int k = 1; k < run.length(); k++) {
        String left = run.substring(0, k);
        String right = run.substring(k);
        boolean numberThenWord =
            Character.isDigit(run.charAt(k - 1))
                && Character.isLetter(run.charAt(k))
                && left.length() >= 2
                && left.chars().allMatch(Character::isDigit)
                && right.length() >= 3
                && wholeWords.containsKey(right)
                && right.chars().allMatch(Character::isLetter);
        boolean twoWords =
            slugPiece(left)
                && slugPiece(right)
                && wholeWords.containsKey(left)
                && wholeWords.containsKey(right)
                && !proseWords.containsKey(run)
                && left.chars().allMatch(Character::isLetter)
                && right.chars().allMatch(Character::isLetter);
        if (numberThenWord || twoWords) {
          splits.add(new Split(start + k, Math.min(left.length(), right.length()), start));
        }
      }
    }
    splits.sort((a, b) -> Integer.compare(b.weight(), a.weight()));
    List<String> readings = new java.util.ArrayList<>();
    // A URL broken over several lines may have lost several hyphens: the reading with the best
    // split of every run first, then each split alone.
    java.util.Map<Integer, Split> bestOfRun = new java.util.TreeMap<>();
    for (Split split : splits) {
      bestOfRun.putIfAbsent(split.run(), split);
    }
    if (bestOfRun.size() > 1) {
      StringBuilder all = new StringBuilder(url);
      List<Split> rightToLeft = new java.util.ArrayList<>(bestOfRun.values());
      java.util.Collections.reverse(rightToLeft);
      for (Split split : rightToLeft) {
        all.insert(split.at(), '-');
      }
      readings.add(all.toString());
    }
    for (Split split : splits) {
      if (readings.size() >= MAX_REJOINED) {
        break;
      }
      readings.add(url.substring(0, split.at()) + "-" + url.substring(split.at()));
    }
    return readings;
  }

  /** Whether the document prints {@code label} as a whole label of a host ("//a-b." or ".a-b."). */
  private boolean hostLabelPrinted(String label) {
    int at = text.indexOf(label + ".");
    while (at >= 0) {
      char before = at == 0 ? '\n' : text.charAt(at - 1);
      if (before == '/' || before == '.' || Character.isWhitespace(before)) {
        return true;
      }
      at = text.indexOf(label + ".", at + 1);
    }
    return false;
  }

  /**
   * Whether the hyphen between {@code left} (the URL up to the hyphen, hyphen excluded) and {@code
   * right} (what follows the break) was put there by the typesetter, or null when nothing tells. In
   * order: the same URL printed elsewhere on one line, with or without the hyphen; the joined word
   * or the hyphenated compound printed elsewhere (not both); whether a typesetter may hyphenate the
   * joined word there at all (TeX's patterns), and whether the pieces are words.
   */
  Boolean typesetHyphen(String left, String right) {
    if (this == NONE) {
      return null;
    }
    String before = tail(left).toLowerCase(Locale.ROOT);
    String after = head(right).toLowerCase(Locale.ROOT);
    if (before.isEmpty() || after.isEmpty()) {
      return null;
    }
    String context = contextTail(left).toLowerCase(Locale.ROOT);
    String next = contextHead(right).toLowerCase(Locale.ROOT);
    if (context.length() + next.length() >= 8) {
      boolean joined = text.contains(context + next);
      boolean hyphenated = text.contains(context + "-" + next);
      if (joined != hyphenated) {
        return joined;
      }
    }
    boolean word = words.containsKey(before + after);
    boolean compound = text.contains(before + "-" + after);
    if (word != compound) {
      // the document prints the joined word ("budgetwatch", "compromises") or the compound
      // ("municipal-league") elsewhere, and not the other
      return word;
    }
    boolean pieces = words.containsKey(before) && words.containsKey(after);
    boolean breakable = Hyphenation.english().allows(before + after, before.length());
    if (breakable && !pieces) {
      // where a typesetter may hyphenate the joined word, and the pieces are not both words
      return true;
    }
    if (!breakable && (before.length() < 2 || after.length() < 3 || pieces)) {
      // no typesetter breaks a word there ("what-is-a-" + "gpu")
      return false;
    }
    return null;
  }

  /** The letters that end {@code s}. */
  private static String tail(String s) {
    int start = s.length();
    while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
      start--;
    }
    return s.substring(start);
  }

  /** The letters that start {@code s}. */
  private static String head(String s) {
    int end = 0;
    while (end < s.length() && Character.isLetter(s.charAt(end))) {
      end++;
    }
    return s.substring(0, end);
  }

  /** The end of the URL since its last slash or dot, as it would be printed on one line. */
  private static String contextTail(String s) {
    int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('.'));
    return s.substring(cut + 1);
  }

  private static String contextHead(String s) {
    int end = 0;
    while (end < s.length()
        && "/?#&=".indexOf(s.charAt(end)) < 0
        && !Character.isWhitespace(s.charAt(end))
        && (s.charAt(end) != '.'
            || end + 1 < s.length() && Character.isLetterOrDigit(s.charAt(end + 1)))) {
      end++;
    }
    return s.substring(0, end);
  }
}
