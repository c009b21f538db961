package org.citecheck.audit.markers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The numbers of a body line that may be note markers, each as "number:form", in text order, or
 * nothing for a line whose numbers read as quantities, dates, pages or addresses. The largest note
 * number is 40 unless a row says otherwise.
 */
class MarkerCandidatesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '^',
      value = {
        // printed as markers
        "a superscript after a word             | in Azerbaijan.³ The war                        | 40 | 3:SUPERSCRIPT",
        "two superscript digits                 | the ceasefire¹² held                            | 40 | 12:SUPERSCRIPT",
        "a superscript past the last note is kept | the end.⁹⁹                                    | 40 | 99:SUPERSCRIPT",
        "a TeX superscript                      | as argued^{7} before                            | 40 | 7:SUPERSCRIPT",
        "a numeric citation                     | as shown [12] here                              | 40 | 12:BRACKETED",
        "a bracketed list and range             | see [3, 5–7] here                               | 40 | 3:BRACKETED 5:BRACKETED 6:BRACKETED 7:BRACKETED",
        "a bracketed number past the last note  | see [45] here                                   | 40 | ^^",
        "digits glued to a full stop            | the leaders.5 Then                              | 40 | 5:GLUED_TO_PUNCTUATION",
        "digits glued to a closing quote        | his ^\"death.\"6^ Then                          | 40 | 6:GLUED_TO_PUNCTUATION",
        "digits glued to a word                 | the Introduction1 sets out                      | 40 | 1:GLUED_TO_WORD",
        "a list of glued markers                | the leaders.12,13 Then                          | 40 | 12:GLUED_TO_PUNCTUATION 13:GLUED_TO_PUNCTUATION",
        "digits after a year's full stop        | ended in 2021.3 They                            | 40 | 3:AFTER_NUMBER",
        "digits spaced after a sentence         | backed Russia. 10 Turkey did not                | 40 | 10:SPACED",
        // quantities, dates, pages, addresses
        "a decimal                              | it rose by 12.5 percent                         | 40 | ^^",
        "a thousands separator                  | some 1,960 people                               | 40 | ^^",
        "an ordinal                             | the 5th round                                   | 40 | ^^",
        "a model number                         | an F-16 jet                                     | 40 | ^^",
        "a power of ten                         | about 10⁶ cells                                 | 40 | ^^",
        "a square kilometre                     | an area of 4 km² only                           | 40 | ^^",
        "a page after its abbreviation          | see p.5 of it                                   | 40 | ^^",
        "a day of a month                       | on 27 September the war                         | 40 | ^^",
        "a number of years                      | after 25 years of talks                         | 40 | ^^",
        "a plain number in prose                | there were 12 rounds                            | 40 | ^^",
        "a number in a URL                      | at https://example.org/a.5 today                 | 40 | ^^",
        "a glued number past the last note      | the leaders.55 Then                             | 40 | ^^",
        "a short capitalised word is no word    | the UN2 vote                                    | 40 | ^^",
        "a number starting with zero            | the leaders.05 Then                             | 40 | ^^",
      })
  void findsTheNumbersThatMayBeMarkers(String what, String line, int largest, String expected) {
    List<String> found =
        MarkerCandidates.find(List.of(line), largest).stream()
            .map(c -> c.number() + ":" + c.form().name())
            .toList();
    assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(" ")), found, what);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a bracket the wrap broke        | as shown [12,  | 13] here  | 12:BRACKETED 13:BRACKETED",
        "a year at the line's end before a capital | ended in 2021.3 | They went | 3:AFTER_NUMBER",
      })
  void readsTheNextLineWhereALineEnds(String what, String line, String next, String expected) {
    List<String> found =
        MarkerCandidates.find(List.of(line, next), 40).stream()
            .filter(c -> c.line() == 1)
            .map(c -> c.number() + ":" + c.form().name())
            .toList();
    assertEquals(List.of(expected.split(" ")), found, what);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"in Azerbaijan.³ The war | 14", "as shown [12] here | 9"})
  void placesEachCandidateAtItsColumnOnItsLine(String line, int column) {
    MarkerCandidate candidate = MarkerCandidates.find(List.of("first line", line), 40).get(0);
    assertEquals(2, candidate.line());
    assertEquals(column, candidate.column());
  }
}
