package org.citecheck.references.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a reference into tokens. A URL, a DOI and an e-mail address stay one token each (their
 * punctuation is not a field boundary); a word keeps its inner apostrophes and full stops of
 * abbreviations are their own tokens, as every other punctuation mark, so that the model sees
 * "Smith" "," "J" "." the same way whatever the style.
 */
public final class Tokens {

  /** The longest reference the model reads; the rest of a longer text keeps the last label. */
  public static final int MAX_TOKENS = 600;

  private static final Pattern TOKEN =
      Pattern.compile(
          "(?iu)(?:https?://|ftp://|www\\.)[^\\s<>\"]+[^\\s<>\".,;:)\\]]"
              + "|(?:doi:\\s?)?10\\.\\d{4,9}/[^\\s\"<>]+[^\\s\"<>.,;:)\\]]"
              + "|[\\p{L}\\p{M}\\p{N}]+(?:['’][\\p{L}\\p{M}]+)*"
              + "|[^\\s\\p{L}\\p{M}\\p{N}]");

  private Tokens() {}

  /** The tokens of {@code text}, at most {@link #MAX_TOKENS}. */
  public static List<Token> of(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find() && tokens.size() < MAX_TOKENS) {
      tokens.add(new Token(m.group(), m.start(), m.end()));
    }
    return tokens;
  }
}
