package org.citecheck.references.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokensTest {

  private static List<String> texts(String reference) {
    return Tokens.of(reference).stream().map(Token::text).toList();
  }

  @Test
  void wordsNumbersAndEachPunctuationMark() {
    assertEquals(
        List.of("Smith", ",", "J", ".", "(", "2020", ")", ".", "Title’s", "end", "."),
        texts("Smith, J. (2020). Title’s end."));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "at: https://www.osce.org/minsk-group/471525.|https://www.osce.org/minsk-group/471525",
        "see www.bbc.co.uk/news/world-123, p. 3|www.bbc.co.uk/news/world-123",
        "doi: 10.2747/1539-7216.49.6.670.|doi: 10.2747/1539-7216.49.6.670",
        "(https://example.org/a_(b)/c)|https://example.org/a_(b)/c"
      })
  void aUrlOrDoiIsOneTokenWithoutTheSentencePunctuation(String reference, String expected) {
    assertTrue(texts(reference).contains(expected), texts(reference).toString());
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "Михаил «Заявление», 10 ноября 2020";
    for (Token token : Tokens.of(text)) {
      assertEquals(token.text(), text.substring(token.start(), token.end()));
    }
    assertEquals(
        List.of("Михаил", "«", "Заявление", "»", ",", "10", "ноября", "2020"), texts(text));
  }

  @Test
  void scriptsWithoutSpacesAndMarksStayWhole() {
    assertEquals(List.of("中华人民共和国外交部", "，", "2020"), texts("中华人民共和国外交部，2020"));
    assertEquals(List.of("वार्षिक", "रिपोर्ट"), texts("वार्षिक रिपोर्ट"));
  }

  @Test
  void aLongTextIsCutAtTheTokenLimit() {
    assertEquals(Tokens.MAX_TOKENS, Tokens.of("word ".repeat(5000)).size());
  }
}
