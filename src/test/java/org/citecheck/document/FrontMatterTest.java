package org.citecheck.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A document's own metadata read from its first lines. The name tests are simple stand-ins (the
 * real ones live in references, above this package): a line of "Given Family" names, comma- or
 * "and"-separated, is an author list.
 */
class FrontMatterTest {

  private static final Predicate<String> NAMES =
      line ->
          line.matches("\\p{Lu}\\p{L}+ \\p{Lu}\\p{L}+((, | and )\\p{Lu}\\p{L}+ \\p{Lu}\\p{L}+)*");
  private static final Function<String, List<String>> SPLIT =
      line -> List.of(line.split(", | and "));

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of(
            "a title and its authors",
            List.of("Fragile Borders", "", "Anna Novak and Omar Haddad", "", "Body."),
            "Fragile Borders",
            List.of("Anna Novak", "Omar Haddad"),
            null,
            null),
        Arguments.of(
            "blank lines before the title",
            List.of("", "  ", "Fragile Borders", "Anna Novak", "Body."),
            "Fragile Borders",
            List.of("Anna Novak"),
            null,
            null),
        Arguments.of(
            "footnote marks on the names are dropped",
            List.of("Title", "Anna Novak*, Omar Haddad†"),
            "Title",
            List.of("Anna Novak", "Omar Haddad"),
            null,
            null),
        Arguments.of(
            "a second line that is no list of names",
            List.of("Title", "A study of borders in 2020"),
            "Title",
            List.of(),
            null,
            null),
        Arguments.of(
            "a URL on the first line is no title",
            List.of("https://example.org/report", "Anna Novak"),
            null,
            List.of(),
            null,
            null),
        Arguments.of(
            "an overlong first line is prose, not a title",
            List.of("x".repeat(201), "Anna Novak"),
            null,
            List.of(),
            null,
            null),
        Arguments.of(
            "a DOI in a link",
            List.of("Title", "Anna Novak", "https://doi.org/10.1177/0022343319829794."),
            "Title",
            List.of("Anna Novak"),
            "10.1177/0022343319829794",
            null),
        Arguments.of(
            "a DOI with its label",
            List.of("Title", "Anna Novak", "DOI: 10.5771/9783748911456-01)"),
            "Title",
            List.of("Anna Novak"),
            "10.5771/9783748911456-01",
            null),
        Arguments.of(
            "the first DOI wins",
            List.of("Title", "Anna Novak", "doi:10.1000/first", "doi:10.1000/second"),
            "Title",
            List.of("Anna Novak"),
            "10.1000/first",
            null),
        Arguments.of(
            "a 'To cite this publication' line",
            List.of(
                "Title",
                "Anna Novak",
                "To cite this publication: Novak, Anna. Title. OSCE Insights 2020."),
            "Title",
            List.of("Anna Novak"),
            null,
            "Novak, Anna. Title. OSCE Insights 2020."),
        Arguments.of(
            "a German suggested citation",
            List.of("Titel", "Anna Novak", "Zitiervorschlag: Novak, Titel, 2020"),
            "Titel",
            List.of("Anna Novak"),
            null,
            "Novak, Titel, 2020"),
        Arguments.of(
            "'citation' inside prose is no citation line",
            List.of("Title", "Anna Novak", "The citation of sources matters."),
            "Title",
            List.of("Anna Novak"),
            null,
            null),
        Arguments.of("nothing but blank lines", List.of("", ""), null, List.of(), null, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void readsTheFirstLines(
      String what,
      List<String> lines,
      String title,
      List<String> authors,
      String doi,
      String citation) {
    FrontMatter front = FrontMatter.read(lines, lines.size(), NAMES, SPLIT);
    assertEquals(title, front.title(), what + ": title");
    assertEquals(authors, front.authors(), what + ": authors");
    assertEquals(doi, front.doi(), what + ": doi");
    assertEquals(citation, front.citation(), what + ": citation");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limits")
  void readsOnlyBeforeTheNotesAndWithinItsWindow(String what, int prefix, int end, String doi) {
    List<String> lines = new ArrayList<>(List.of("Title", "Anna Novak"));
    for (int i = 0; i < prefix; i++) {
      lines.add("Body line " + i + ".");
    }
    lines.add("doi:10.1000/late");
    assertEquals(
        doi, FrontMatter.read(lines, end < 0 ? lines.size() : end, NAMES, SPLIT).doi(), what);
  }

  static Stream<Arguments> limits() {
    return Stream.of(
        Arguments.of("a DOI early in the document", 10, -1, "10.1000/late"),
        Arguments.of("a DOI past the front matter's window", 130, -1, null),
        Arguments.of("a DOI after the notes start", 10, 5, null));
  }
}
