package org.citecheck.references.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenFeaturesTest {

  private static List<String> featuresOf(String reference, String token) {
    List<Token> tokens = Tokens.of(reference);
    List<List<String>> features = TokenFeatures.of(tokens);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).text().equals(token)) {
        return features.get(i);
      }
    }
    throw new AssertionError(token + " is not a token of " + reference);
  }

  @Test
  void oneListPerToken() {
    String reference = "Remler, P. 2016. Chained to the Caucasus. New York: IPI.";
    assertEquals(Tokens.of(reference).size(), TokenFeatures.of(Tokens.of(reference)).size());
  }

  @Test
  void shapesFoldRunsOfOneKind() {
    assertEquals("Xx", TokenFeatures.shape("Caucasus"));
    assertEquals("d", TokenFeatures.shape("2016"));
    assertEquals("X", TokenFeatures.shape("IPI"));
    assertEquals("XxXx", TokenFeatures.shape("McDonald"));
  }

  @Test
  void wordListsAndNeighboursAreSeen() {
    List<String> may = featuresOf("Smith, John. 12 May 2020, Paris: Gallimard.", "May");
    assertTrue(may.contains("month"), may.toString());
    assertTrue(may.contains("-1:w=12"), may.toString());
    List<String> paris = featuresOf("Smith, John. 12 May 2020, Paris: Gallimard.", "Paris");
    assertTrue(paris.contains("place"), paris.toString());
    assertTrue(paris.contains("1:w=:"), paris.toString());
    assertTrue(featuresOf("Smith, John. 12 May 2020.", "John").contains("given"));
    assertTrue(featuresOf("Oxford: Oxford University Press", "Press").contains("publisher"));
    assertTrue(featuresOf("Ministry of Defence, 2020", "Ministry").contains("org"));
    assertTrue(featuresOf("МИД России, 10 ноября 2020", "ноября").contains("month"));
  }

  @Test
  void quotesAndBracketsAreTracked() {
    String reference = "Zolyan, \"Can New Armenia change\" (TR), OC Media";
    assertTrue(featuresOf(reference, "Armenia").contains("inq"));
    assertFalse(featuresOf(reference, "Media").contains("inq"));
    assertTrue(featuresOf(reference, "TR").contains("inb"));
    assertFalse(featuresOf(reference, "OC").contains("inb"));
  }

  @Test
  void urlsDoisAndYearsHaveTheirKind() {
    assertTrue(featuresOf("at: https://tass.ru/x/1.", "https://tass.ru/x/1").contains("k=url"));
    assertTrue(featuresOf("doi: 10.1000/xyz.", "doi: 10.1000/xyz").contains("k=doi"));
    assertTrue(featuresOf("Smith 2016.", "2016").contains("k=year"));
  }

  @Test
  void controlCharactersAndOddScriptsGiveFeaturesWithoutFailing() {
    String odd = "\u0007\u200F Հայաստան مرحبا 中文 \u0000";
    assertEquals(Tokens.of(odd).size(), TokenFeatures.of(Tokens.of(odd)).size());
  }
}
