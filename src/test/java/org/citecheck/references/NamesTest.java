package org.citecheck.references;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Thomas de Waal",
        "Jirair Libaridian",
        "J. R. R. Tolkien",
        "Smith, John",
        "Ludwig van Beethoven",
        "Mary-Jane O'Neil",
        "Recep Tayyip Erdoğan",
        "Сергей Лавров"
      })
  void people(String name) {
    assertTrue(Names.isPerson(name), name);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "the term designates",
        "Why Negotiations Failed Today Again Now",
        "2 November 2020",
        "RF Ministry of Foreign Affairs",
        "International Crisis Group",
        "Jane",
        "Jane Doe 2",
        "Jane Doe (ed.)",
        "Ann Smith, Bob Jones, Carl Doe",
        "www.osce.org/minsk-group",
        "Jane Doe-Smith of the University of Oxford",
        "Johann Sebastian Bach Wolfgang Amadeus Mozart",
        ""
      })
  void notPeople(String text) {
    assertFalse(Names.isPerson(text), text);
  }

  /**
   * isPerson judges a name's shape only, so a two-word title reads as a name ("Black Garden", a
   * book): the parser tells them apart by where the words stand in the note, after an author and
   * before a publisher (SourceSplitterTest and CrossReferencesTest cite the book). This pins the
   * contract callers rely on, instead of the old assertion that exempted the case and so could
   * never fail.
   */
  @ParameterizedTest
  @ValueSource(strings = {"Black Garden", "Chained Caucasus"})
  void twoCapitalisedWordsHaveTheShapeOfAName(String title) {
    assertTrue(Names.isPerson(title), title);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "UNHCR",
        "OSCE",
        "RF Ministry of Foreign Affairs",
        "International Crisis Group",
        "World Bank"
      })
  void organisations(String name) {
    assertTrue(Names.isOrganisation(name), name);
  }

  @Test
  void splitsPrintedAuthorLists() {
    assertEquals(
        List.of("Kareem Fahim", "Isabelle Khurshudyan", "Zakaria Zakaria"),
        Names.split("Kareem Fahim/Isabelle Khurshudyan/Zakaria Zakaria"));
    assertEquals(List.of("Jane Doe", "John Roe"), Names.split("Jane Doe and John Roe"));
    assertEquals(
        List.of("A Smith", "B Jones", "C Brown"), Names.split("A Smith, B Jones and C Brown"));
    assertEquals(List.of("Smith, J.", "Doe, K."), Names.split("Smith, J., & Doe, K."));
    assertEquals(List.of("Smith, John"), Names.split("Smith, John."));
    assertEquals(List.of("Jane Doe", "et al."), Names.split("Jane Doe et al."));
  }
}
