package org.citecheck.urls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whether the token after a space or a line break goes on with the URL printed before it. Each row
 * is a break a reader resolves at a glance; the expected side (more or less likely than not) is the
 * reader's, so rows stay true however the probabilities are tuned.
 */
class ContinuationTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '^',
      value = {
        // the URL goes on
        "a path after a slash                 | https://www.osce.org/            | files/report.pdf  | true  | true",
        "a hyphenated slug after a hyphen     | https://example.org/why-         | negotiations-failed | true | true",
        "the rest of a host after its dot     | https://www.ipinst.               | org/wp-content    | true  | true",
        "a bare top-level domain after a dot  | https://example.                 | org               | true  | true",
        "a token starting with a slash        | https://example.org              | /path/to/page     | false | true",
        "a query after a question mark        | https://example.org/search?      | q=ceasefire&page=2 | true | true",
        "a lower-case word in a path, across a line | https://example.org/statements-and-mes | sages/item/2020 | true | true",
        "a capitalised segment after a slash  | https://example.org/en/          | Nikol-Pashinyan-Speech/ | true | true",
        // the URL has ended
        "a new URL                            | https://example.org/a            | https://example.org/b | true | false",
        "a www. host                          | https://example.org/a            | www.example.org   | false | false",
        "a DOI                                | https://example.org/a            | doi:10.1177/1     | true  | false",
        "after a comma                        | https://example.org/a,           | accessed          | false | false",
        "after a semicolon                    | https://example.org/a;           | see/also          | false | false",
        "an opening bracket                   | https://example.org/a            | (accessed         | false | false",
        "an opening quote                     | https://example.org/a            | ^\"Title\"^       | false | false",
        "'accessed' after a finished path     | https://example.org/page.html    | accessed          | false | false",
        "a year closing the citation          | https://example.org/a            | 2020.             | false | false",
        "a month of the access date           | https://example.org/a            | November          | false | false",
        "a capitalised word after a sentence  | https://example.org/a.           | The               | false | false",
        "a capitalised word after a path      | https://example.org/a            | Retrieved         | false | false",
        "a word after a file name             | https://example.org/report.pdf   | text              | false | false",
        "a stop word after a sentence end     | https://example.org/a.           | and               | false | false",
        "punctuation alone                    | https://example.org/a            | .                 | false | false",
        "nothing before                       | ^^                               | files             | false | false",
      })
  void continuesOrEnds(String what, String left, String token, boolean newline, boolean continues) {
    double p = Continuation.probability(left, token, newline);
    assertTrue(p >= 0 && p <= 1, what + ": not a probability " + p);
    assertEquals(continues, p > 0.5, what + ": p = " + p);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a stop word is likelier after a slash than after a letter | https://example.org/a/ | https://example.org/a | the",
        "a lower-case word is likelier across a line break than a space | https://example.org/a | https://example.org/a | files",
      })
  void ranksTheContextThatLeavesTheURLOpenHigher(
      String what, String open, String closed, String token) {
    boolean lineBreak = what.contains("line break");
    double more = Continuation.probability(open, token, true);
    double less = Continuation.probability(closed, token, !lineBreak);
    assertTrue(more > less, what + ": " + more + " vs " + less);
  }
}
