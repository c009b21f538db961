package org.citecheck.bib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationKeysTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "Thomas de Waal | - | 2003 | Black Garden | dewaal2003black",
        "Recep Tayyip Erdoğan | - | 2020-09-29 | Çözüm vakti | erdogan2020cozum",
        "Сергей Лавров | - | 2020 | Интервью | lavrov2020intervyu",
        "Łukasz Żółć | - | 2019-01 | Ślady | zolc2019slady",
        "UNHCR | - | 2009-10 | Azerbaijan: Analysis | unhcr2009azerbaijan",
        "UN General Assembly | - | 2014 | Resolution 68/262 | un2014resolution",
        "The Daily Planet Editorial Board of Writers | - | 2014 | X | daily2014x",
        "- | TASS | 2020-11-17 | Aliyev excluded | tass2020aliyev",
        "- | Office to the Prime Minister | 2020 | PM addresses the nation | office2020pm",
        "- | - | - | The A of the | anonthe",
        "- | - | - | - | anon",
      })
  void keyIsFamilyYearAndFirstSignificantTitleWord(
      String author, String container, String date, String title, String key) {
    List<Name> authors = author == null ? List.of() : List.of(Name.parse(author));
    assertEquals(key, CitationKeys.base(authors, container, date, title));
  }

  @Test
  void everyMemberOfACollidingGroupGetsALetterInOrder() {
    assertEquals(
        List.of("smith2020xa", "jones2020y", "smith2020xb", "smith2020xc"),
        CitationKeys.unique(List.of("smith2020x", "jones2020y", "smith2020x", "smith2020x")));
  }

  @Test
  void aSuffixedKeyNeverEqualsAnotherSourcesKey() {
    assertEquals(
        List.of("smith2020b", "smith2020a", "smith2020c"),
        CitationKeys.unique(List.of("smith2020b", "smith2020", "smith2020")));
  }

  @ParameterizedTest
  @CsvSource({"0, a", "1, b", "25, z", "26, aa", "27, ab", "701, zz", "702, aaa"})
  void suffixesGoOnPastZ(int index, String suffix) {
    assertEquals(suffix, CitationKeys.suffix(index));
  }
}
