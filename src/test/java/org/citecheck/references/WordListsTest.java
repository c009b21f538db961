package org.citecheck.references;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.citecheck.document.DocumentText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The word lists are built for the world, not for the seed: the seed's small outlets and hosts are
 * not listed, government sites are told by the patterns governments register, and an outlet whose
 * name is an ordinary word does not turn a person of that name into a newspaper.
 */
class WordListsTest {

  private static SourceKind kindOf(String note) {
    List<Note> notes =
        Extraction.extract(
                new DocumentText("t", List.of("A report", "", "Notes", "1 " + note)),
                SourceReader.rules())
            .references()
            .notes();
    return notes.get(0).sources().get(0).kind();
  }

  @Test
  void theSeedsSmallOutletsAreNotListed() throws IOException {
    String list;
    try (InputStream in = NewsOutlets.class.getResourceAsStream("news-outlets.txt")) {
      list = new String(in.readAllBytes(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    }
    for (String seedOnly :
        List.of(
            "aravot",
            "mirror-spectator",
            "mirrorspectator",
            "oc media",
            "oc-media",
            "hetq",
            "asbarez",
            "armenian weekly",
            "jam-news",
            "news.am",
            "report.az",
            "turan",
            "civil.ge",
            "azatutyun")) {
      assertFalse(list.lines().anyMatch(line -> line.contains(seedOnly)), seedOnly + " is listed");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Dawn Smith, \"Rural clinics face staff shortages\", 4 May 2019, at: https://example.org/clinics.",
        "Time Hansen, \"Notes on a harbour\", 2018, at: https://example.org/harbour.",
        "Punch Brothers, \"Tour diary\", 2017, at: https://example.org/tour."
      })
  void aPersonNamedLikeAnOutletIsNoNewspaper(String note) {
    assertNotEquals(SourceKind.NEWS_ARTICLE, kindOf(note));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Imran Khan, \"Budget talks stall\", Dawn, 4 May 2019, at: https://example.org/budget.",
        "Ada Obi, \"Fuel queues return\", Punch, 3 March 2021, at: https://example.org/fuel.",
        "Ana Souza, \"Eleições municipais\", Folha de S.Paulo, 2 outubro 2022, at: https://example.org/eleicoes.",
        "Juan Pérez, \"El Gobierno anunció medidas\", Clarín, 12 marzo 2021, at: https://example.org/medidas."
      })
  void anOutletNamedAsTheContainerIsNews(String note) {
    assertEquals(SourceKind.NEWS_ARTICLE, kindOf(note));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://www.gov.uk/government/publications/uk-arctic-policy",
        "https://www.state.gov/reports/2020-country-reports/",
        "https://www.diplomatie.gouv.fr/fr/dossiers-pays/armenie/",
        "https://www.international.gc.ca/world-monde/issues/index.aspx",
        "https://ec.europa.eu/commission/presscorner/detail/en/ip_20_1",
        "https://www.nato.int/cps/en/natohq/topics_49212.htm",
        "https://www.admin.ch/gov/de/start/dokumentation/medienmitteilungen.html",
        "https://www.gob.mx/sre/prensa/comunicado-1",
        "https://www.mfa.am/en/press-releases/2020/11/10/statement/"
      })
  void governmentSitesAreToldByPattern(String url) {
    assertEquals(
        SourceKind.OFFICIAL_DOCUMENT,
        kindOf("\"Statement on the situation\", 10 November 2020, at: " + url + "."));
  }

  @Test
  void ministriesAreToldByNameInSeveralLanguages() {
    for (String body :
        List.of(
            "Ministère de l'Europe et des Affaires étrangères",
            "Auswärtiges Amt",
            "Ministerio de Relaciones Exteriores",
            "Министерство иностранных дел")) {
      assertEquals(
          SourceKind.OFFICIAL_DOCUMENT,
          kindOf(
              "\"Statement\", " + body + ", 10 November 2020, at: https://example.org/statement."),
          body);
    }
  }

  @Test
  void organisationsAreToldByGenericWordsAndAcronymsNotByName() {
    assertTrue(Names.isOrganisation("OSCE"));
    assertTrue(Names.isOrganisation("International Crisis Group"));
    assertTrue(Names.isOrganisation("Министерство обороны"));
    assertFalse(Names.isOrganisation("Kremlin Watcher"));
  }
}
