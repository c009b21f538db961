package org.citecheck.references;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whether a stretch of note text reads as a citation (at least {@link CitationScore#THRESHOLD}
 * points) or as commentary. Each row is one sign alone, or a sign against prose that must outweigh
 * it; the expected side is what a reader of the note would say.
 */
class CitationScoreTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '^',
      value = {
        // signs that make a citation on their own
        "a URL alone                         | example.org page                                                           | true  | true",
        "a cross-reference                   | De Waal, cited above                                                       | false | true",
        "ibid. with a page                   | Ibid., p. 4.                                                               | false | true",
        "op. cit.                            | De Waal, op. cit., p. 12.                                                  | false | true",
        "a quoted title and a field          | ^\"Why Negotiations Failed\", Armenian Mirror-Spectator^                    | false | true",
        "a quoted title, translated          | ^\"Алиев исключил статус\" (TR)^                                           | false | true",
        "an author, a publisher and a year   | Thomas de Waal, Black Garden, New York: NYU Press, 2003                     | false | true",
        "a publisher house                   | Jane Doe, Wars of Memory, Routledge, 2019                                   | false | true",
        "a resolution number and a date      | UN Security Council resolution 822, 30 April 1993                           | false | true",
        "a platform post and a date          | Ilham Aliyev, Twitter post, 8 November 2020                                 | false | true",
        // commentary
        "a sentence of prose                 | The ceasefire was broken within hours and both sides blamed each other for it. | false | false",
        "a date inside prose is not enough   | On 10 November 2020 the parties agreed that the fighting would stop at once and that they would exchange prisoners. | false | false",
        "a short remark                      | Emphasis added.                                                             | false | false",
        "an author-like start without fields | Some Observers argue otherwise                                              | false | false",
        "a colon in prose is no publisher    | On drones: the war showed how cheap they are and how much they can do to armour. | false | false",
      })
  void tellsCitationsFromCommentary(String what, String text, boolean hasUrl, boolean citation) {
    int score = CitationScore.score(text, hasUrl);
    assertEquals(citation, score >= CitationScore.THRESHOLD, what + ": scored " + score);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "short fields                 | Jane Doe, Wars of Memory, Routledge, 2019                                          | 0",
        "twelve function-word heavy words are not yet prose | it was the end of the war and they said that it | 0",
        "thirteen words, more than a quarter function words | it was the end of the war and they said that it was over | 2",
        "many words of fields         | Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho Sigma Tau Upsilon Phi Chi Psi Omega Aleph Beth Gimel Daleth He Waw Zayin Heth Teth Yodh Kaph Lamedh | 2",
      })
  void proseIsLongRunsOfOrdinaryWords(String what, String text, int penalty) {
    assertEquals(penalty, CitationScore.proseness(text), what);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '^',
      value = {
        "Thomas de Waal, Black Garden, New York: NYU Press, 2003",
        "^\"Why Negotiations Failed\", Armenian Mirror-Spectator^",
      })
  void aUrlOnlyAddsToTheScore(String text) {
    assertTrue(CitationScore.score(text, true) > CitationScore.score(text, false), text);
  }
}
