package org.citecheck.bib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXObject;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every .bib output read back by jbibtex, a BibTeX parser from Maven Central: all entries parse,
 * with the keys written, and the LaTeX in titles, authors and containers decodes to the original
 * text (so no escape is lost or doubled). jbibtex's LaTeX printer knows only some accent commands
 * (not the breve of ğ; ı and ł print as nothing), so text is compared with accents and non-ASCII
 * letters removed; {@link PandocTest} checks the exact Unicode through pandoc's complete decoder.
 */
class BibtexParserTest {

  static Stream<Arguments> cases() {
    return Stream.of("seed", "edge")
        .flatMap(
            name ->
                Stream.of(BibStyle.BIBLATEX, BibStyle.BIBTEX)
                    .map(style -> Arguments.of(name, style)));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("cases")
  void everyEntryParsesWithItsKey(String name, BibStyle style) throws Exception {
    List<BibEntry> entries = Fixtures.entries(name);
    BibTeXDatabase database = parse(style.render(entries));
    Map<Key, BibTeXEntry> parsed = database.getEntries();
    assertEquals(entries.size(), parsed.size(), "entries");
    List<String> keys = new ArrayList<>();
    parsed.keySet().forEach(key -> keys.add(key.getValue()));
    assertEquals(entries.stream().map(BibEntry::key).toList(), keys);
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("cases")
  void latexDecodesToTheOriginalText(String name, BibStyle style) throws Exception {
    List<BibEntry> entries = Fixtures.entries(name);
    Map<Key, BibTeXEntry> parsed = parse(style.render(entries)).getEntries();
    for (BibEntry entry : entries) {
      BibTeXEntry read = parsed.get(new Key(entry.key()));
      assertNotNull(read, entry.key());
      String title =
          entry.translated() && style == BibStyle.BIBTEX
              ? entry.title() + " [trans.]"
              : entry.title();
      assertEquals(
          comparable(title),
          comparable(plain(read.getField(new Key("title")))),
          entry.key() + " title");
      if (entry.container() != null && read.getField(new Key("organization")) != null) {
        assertEquals(
            comparable(entry.container()),
            comparable(plain(read.getField(new Key("organization")))),
            entry.key());
      }
      if (!entry.authors().isEmpty()) {
        String authors = comparable(plain(read.getField(new Key("author"))));
        for (Name author : entry.authors()) {
          assertTrue(
              authors.contains(comparable(author.family())),
              entry.key() + ": " + authors + " lacks " + author.family());
        }
      }
    }
  }

  private static BibTeXDatabase parse(String bib) throws Exception {
    BibTeXParser parser = new BibTeXParser();
    BibTeXDatabase database = parser.parse(new StringReader(bib));
    assertTrue(parser.getExceptions().isEmpty(), () -> "jbibtex: " + parser.getExceptions());
    return database;
  }

  /**
   * Text without accents or non-ASCII letters, and with LaTeX's typographic apostrophe read as the
   * plain one.
   */
  private static String comparable(String text) {
    String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return stripped.replace('’', '\'').replaceAll("[^\\x00-\\x7F]", "");
  }

  /** The field's LaTeX as plain text, the way jbibtex prints it. */
  private static String plain(Value value) throws Exception {
    List<LaTeXObject> objects = new LaTeXParser().parse(value.toUserString());
    return new LaTeXPrinter().print(objects);
  }
}
