package org.citecheck.references.fields;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A bundled word list (one or more words a line, "#" starts a comment), looked up word by word in
 * lower case. Each list's file says where its words come from.
 */
public final class Lexicon {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  static final Lexicon GIVEN_NAMES = load("given-names.txt");
  static final Lexicon PLACES = load("places.txt");
  static final Lexicon MONTHS = load("months.txt");
  static final Lexicon PUBLISHERS = load("publisher-words.txt");
  static final Lexicon ORGANISATIONS = load("organisation-words.txt");
  static final Lexicon GENRES = load("genre-words.txt");

  private final Set<String> words;

  private Lexicon(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  /** Whether the list holds {@code word}, given in lower case. */
  boolean has(String word) {
    return words.contains(word);
  }

  /** Whether {@code word} says what kind of document a source is ("Report", "Paper", "Brief"). */
  public static boolean isGenreWord(String word) {
    return GENRES.has(word.toLowerCase(Locale.ROOT));
  }

  private static Lexicon load(String name) {
    Set<String> words = new HashSet<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("word list " + name + " is missing from the jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        for (String word : SPACES.split(text.toLowerCase(Locale.ROOT))) {
          words.add(word);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Lexicon(words);
  }
}
