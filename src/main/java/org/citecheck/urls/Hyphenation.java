package org.citecheck.urls;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where a typesetter may hyphenate an English word: Liang's algorithm over Knuth's plain TeX
 * patterns ({@code hyphen.tex}, shipped unmodified as its licence asks), with TeX's default minimum
 * of two letters before the break and three after. A break inside a URL that falls at such a point
 * of the joined word ("gover-" + "nance") may be the typesetter's; one that does not ("what-is-a-"
 * + "gpu") cannot be.
 */
final class Hyphenation {

  private static final int LEFT_MIN = 2;
  private static final int RIGHT_MIN = 3;

  private static final Hyphenation ENGLISH = load("hyphen.tex");

  private final Map<String, int[]> patterns;
  private final Map<String, String> exceptions;

  private Hyphenation(Map<String, int[]> patterns, Map<String, String> exceptions) {
    this.patterns = patterns;
    this.exceptions = exceptions;
  }

  static Hyphenation english() {
    return ENGLISH;
  }

  /** True when {@code word} may be hyphenated after its first {@code at} letters. */
  boolean allows(String word, int at) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (at < LEFT_MIN
        || lower.length() - at < RIGHT_MIN
        || !lower.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      return false;
    }
    String exception = exceptions.get(lower);
    if (exception != null) {
      int letters = 0;
      for (int i = 0; i < exception.length(); i++) {
        if (exception.charAt(i) == '-') {
          if (letters == at) {
            return true;
          }
        } else {
          letters++;
        }
      }
      return false;
    }
    String dotted = "." + lower + ".";
    int[] values = new int[dotted.length() + 1];
    for (int i = 0; i < dotted.length(); i++) {
      for (int j = i + 1; j <= dotted.length(); j++) {
        int[] pattern = patterns.get(dotted.substring(i, j));
        if (pattern != null) {
          for (int k = 0; k < pattern.length; k++) {
            values[i + k] = Math.max(values[i + k], pattern[k]);
          }
        }
      }
    }
    // values[p] is the weight between dotted[p-1] and dotted[p]; letter `at` of the word is
    // dotted[at + 1]
    return values[at + 1] % 2 == 1;
  }

  private static Hyphenation load(String resource) {
    String text;
    try (InputStream in = Hyphenation.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, int[]> patterns = new HashMap<>();
    Map<String, String> exceptions = new HashMap<>();
    boolean inPatterns = false;
    boolean inExceptions = false;
    for (String raw : text.split("\n")) {
      String line = raw.replaceAll("%.*", "").strip();
      if (line.startsWith("\\patterns{")) {
        inPatterns = true;
        continue;
      }
      if (line.startsWith("\\hyphenation{")) {
        inExceptions = true;
        continue;
      }
      if (line.startsWith("}")) {
        inPatterns = false;
        inExceptions = false;
        continue;
      }
      if (line.isEmpty()) {
        continue;
      }
      if (inPatterns) {
        StringBuilder letters = new StringBuilder();
        int[] weights = new int[line.length() + 1];
        for (char c : line.toCharArray()) {
          if (Character.isDigit(c)) {
            weights[letters.length()] = c - '0';
          } else {
            letters.append(c);
          }
        }
        int[] values = new int[letters.length() + 1];
        System.arraycopy(weights, 0, values, 0, values.length);
        patterns.put(letters.toString(), values);
      } else if (inExceptions) {
        exceptions.put(line.replace("-", ""), line);
      }
    }
    return new Hyphenation(patterns, exceptions);
  }
}
