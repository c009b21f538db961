package org.citecheck.bib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "Thomas de Waal | Thomas | de | Waal",
        "de Waal, Thomas | Thomas | de | Waal",
        "Ludwig van Beethoven | Ludwig | van | Beethoven",
        "Recep Tayyip Erdoğan | Recep Tayyip | - | Erdoğan",
        "Сергей Лавров | Сергей | - | Лавров",
        "José María Aznar | José María | - | Aznar",
        "Jean-Claude Juncker | Jean-Claude | - | Juncker",
        "J. Smith | J. | - | Smith",
        "Fahim, Kareem | Kareem | - | Fahim",
      })
  void personsSplitIntoGivenParticleAndFamily(
      String raw, String given, String particle, String family) {
    assertEquals(new Name(given, particle, family, false), Name.parse(raw));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "UNHCR",
        "TASS",
        "UN General Assembly",
        "RF Ministry of Foreign Affairs",
        "Office for Democratic Institutions and Human Rights",
        "President of Russia",
        "Meduza",
        "Group 77",
        "The Daily Planet Editorial Board of Writers",
      })
  void bodiesStayWhole(String raw) {
    assertEquals(Name.organisation(raw), Name.parse(raw));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"Thomas de Waal | de Waal", "Kareem Fahim | Fahim", "UNHCR | UNHCR"})
  void fullFamilyKeepsTheParticle(String raw, String fullFamily) {
    assertEquals(fullFamily, Name.parse(raw).fullFamily());
  }
}
