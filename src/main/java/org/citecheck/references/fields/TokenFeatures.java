package org.citecheck.references.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The features the field model sees for each token: the word and its shape, where it stands in the
 * reference, whether it is inside quotes or brackets, which word lists know it, and the same for
 * its neighbours. The model weighs them; nothing here decides a field.
 */
public final class TokenFeatures {

  private static final Pattern YEAR = Pattern.compile("(1[5-9]|20)\\d\\d");
  private static final Pattern ROMAN = Pattern.compile("(?i)[ivxlcdm]{1,6}");
  private static final Pattern DOI =
      Pattern.compile("(?i)(doi:\\s?)?10\\.\\d{4,9}/.+|https?://(dx\\.)?doi\\.org/.+");
  private static final Pattern URL = Pattern.compile("(?i)(https?://|ftp://|www\\.).+");
  private static final String OPENING_QUOTES = "\"“«„‘‹'";
  private static final String CLOSING_QUOTES = "\"”»“’›'";

  private TokenFeatures() {}

  /** One list of features per token. */
  public static List<List<String>> of(List<Token> tokens) {
    int n = tokens.size();
    String[] words = new String[n];
    String[] shapes = new String[n];
    String[] kinds = new String[n];
    List<List<String>> lexicons = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String text = tokens.get(i).text();
      words[i] = text.toLowerCase(Locale.ROOT);
      shapes[i] = shape(text);
      kinds[i] = kind(text);
      lexicons.add(lexicons(words[i]));
    }
    boolean[] quoted = new boolean[n];
    int[] brackets = new int[n];
    boolean inQuote = false;
    int depth = 0;
    int sincePeriod = 0;
    int sinceComma = 0;
    List<List<String>> all = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String text = tokens.get(i).text();
      List<String> f = new ArrayList<>(48);
      f.add("b");
      f.add("w=" + words[i]);
      f.add("s=" + shapes[i]);
      f.add("k=" + kinds[i]);
      if (text.length() > 3) {
        f.add("x3=" + words[i].substring(words[i].length() - 3));
      }
      f.add("len=" + Math.min(text.codePointCount(0, text.length()), 8));
      f.add("pos=" + (n <= 1 ? 0 : i * 10 / n));
      if (i < 3) {
        f.add("first" + i);
      }
      if (i == n - 1) {
        f.add("last");
      }
      f.addAll(lexicons.get(i));
      // Quotes, brackets and the distance from the last full stop or comma: titles sit in quotes,
      // dates and places in brackets, and a field usually ends at a full stop or comma.
      if (quoteOpens(text, i, tokens) && !inQuote) {
        inQuote = true;
        f.add("qopen");
      } else if (inQuote && CLOSING_QUOTES.contains(text)) {
        inQuote = false;
        f.add("qclose");
      } else if (inQuote) {
        f.add("inq");
      }
      quoted[i] = inQuote;
      if (text.equals("(") || text.equals("[")) {
        depth++;
      }
      brackets[i] = depth;
      if (depth > 0) {
        f.add("inb");
      }
      if ((text.equals(")") || text.equals("]")) && depth > 0) {
        depth--;
      }
      f.add("sp=" + Math.min(sincePeriod, 6));
      f.add("sc=" + Math.min(sinceComma, 4));
      sincePeriod = text.equals(".") && !(i > 0 && shapes[i - 1].equals("X")) ? 0 : sincePeriod + 1;
      sinceComma = text.equals(",") ? 0 : sinceComma + 1;
      if (i > 0 && tokens.get(i - 1).end() == tokens.get(i).start()) {
        f.add("glued");
      }
      for (int d : new int[] {-2, -1, 1, 2}) {
        int j = i + d;
        if (j < 0 || j >= n) {
          f.add(d + ":edge");
          continue;
        }
        f.add(d + ":w=" + words[j]);
        f.add(d + ":s=" + shapes[j]);
        if (d == -1 || d == 1) {
          f.add(d + ":k=" + kinds[j]);
          for (String known : lexicons.get(j)) {
            f.add(d + ":" + known);
          }
        }
      }
      if (i > 0) {
        f.add("w-1w=" + words[i - 1] + "|" + words[i]);
      }
      if (i + 1 < n) {
        f.add("ww+1=" + words[i] + "|" + words[i + 1]);
      }
      all.add(f);
    }
    return all;
  }

  private static boolean quoteOpens(String text, int i, List<Token> tokens) {
    if (!OPENING_QUOTES.contains(text) || text.isEmpty()) {
      return false;
    }
    // A straight quote or apostrophe opens only before a word, not after one ("Smiths' ").
    return i + 1 < tokens.size() && tokens.get(i + 1).start() == tokens.get(i).end();
  }

  /** The word lists that know a (lower-case) word. */
  private static List<String> lexicons(String word) {
    List<String> known = new ArrayList<>(2);
    if (Lexicon.GIVEN_NAMES.has(word)) {
      known.add("given");
    }
    if (Lexicon.PLACES.has(word)) {
      known.add("place");
    }
    if (Lexicon.MONTHS.has(word)) {
      known.add("month");
    }
    if (Lexicon.PUBLISHERS.has(word)) {
      known.add("publisher");
    }
    if (Lexicon.ORGANISATIONS.has(word)) {
      known.add("org");
    }
    if (Lexicon.GENRES.has(word)) {
      known.add("genre");
    }
    return known;
  }

  /**
   * "Xx", "X", "d", "XxXx": each run of a character class (upper, lower, digit, other) written
   * once.
   */
  static String shape(String text) {
    if (text.length() > 40) {
      return kind(text);
    }
    StringBuilder shape = new StringBuilder();
    char last = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      char k =
          Character.isUpperCase(c)
              ? 'X'
              : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : '.';
      if (k != last) {
        shape.append(k);
        last = k;
      }
    }
    return shape.toString();
  }

  private static String kind(String text) {
    if (DOI.matcher(text).matches()) {
      return "doi";
    }
    if (URL.matcher(text).matches()) {
      return "url";
    }
    if (YEAR.matcher(text).matches()) {
      return "year";
    }
    int first = text.codePointAt(0);
    if (Character.isDigit(first)) {
      return text.length() <= 2 ? "num2" : "num";
    }
    if (Character.isLetter(first)) {
      if (ROMAN.matcher(text).matches() && text.equals(text.toUpperCase(Locale.ROOT))) {
        return "roman";
      }
      String script = Character.UnicodeScript.of(first).name().toLowerCase(Locale.ROOT);
      String caps =
          Character.isUpperCase(first)
              ? (text.length() > 1 && text.equals(text.toUpperCase(Locale.ROOT)) ? "C" : "T")
              : "l";
      return script + caps;
    }
    if (Character.getType(first) == Character.CONTROL
        || Character.getType(first) == Character.FORMAT) {
      return "ctl";
    }
    return "p" + text;
  }
}
