package org.citecheck.references;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citecheck.testing.Documents;
import org.junit.jupiter.api.Test;

/** One note per test, in the citation styles reports use, parsed through the whole extractor. */
class SourceParserTest {

  private static Source only(String note) {
    List<Note> notes = Documents.notes(Documents.withNotes("1 " + note, "2 Next note."));
    assertEquals(
        1,
        notes.get(0).sources().size(),
        () -> "sources of: " + note + " -> " + notes.get(0).sources());
    return notes.get(0).sources().get(0);
  }

  @Test
  void chicagoNoteWithQuotedTitle() {
    Source s =
        only(
            "Kareem Fahim/Isabelle Khurshudyan/Zakaria Zakaria, \"Deaths of Syrian mercenaries show how Turkey,"
                + " Russia could get sucked in\", Washington Post, 14 October 2020, at: https://www.washingtonpost.com/world/x.html.");
    assertEquals(List.of("Kareem Fahim", "Isabelle Khurshudyan", "Zakaria Zakaria"), s.authors());
    assertEquals(
        "Deaths of Syrian mercenaries show how Turkey, Russia could get sucked in", s.title());
    assertEquals("Washington Post", s.container());
    assertEquals("2020-10-14", s.date());
    assertEquals("https://www.washingtonpost.com/world/x.html", s.url());
    assertEquals(SourceKind.NEWS_ARTICLE, s.kind());
  }

  @Test
  void unquotedTitleByPosition() {
    Source s =
        only(
            "Jirair Libaridian, Why Negotiations Failed, Armenian Mirror-Spectator, 2 November 2020, at: https://mirrorspectator.com/2020/11/02/why/.");
    assertEquals(List.of("Jirair Libaridian"), s.authors());
    assertEquals("Why Negotiations Failed", s.title());
    assertEquals("Armenian Mirror-Spectator", s.container());
    assertEquals("2020-11-02", s.date());
  }

  @Test
  void translatedTitleMarker() {
    Source s =
        only(
            "\"Aliyev excluded any special status\" (TR), TASS, 17 November 2020, at: https://tass.ru/x/1.");
    assertTrue(s.translated());
    assertEquals("Aliyev excluded any special status", s.title());
    assertEquals("TASS", s.container());
    assertEquals(SourceKind.NEWS_ARTICLE, s.kind());
  }

  @Test
  void harvardAvailableAtWithAccessDate() {
    Source s =
        only(
            "Smith, J. and Jones, K. (2019) Climate of fear. London: Verso. Available at: https://example.org/book (Accessed: 3 May 2020).");
    assertEquals(List.of("Smith, J.", "Jones, K."), s.authors());
    assertEquals("2019", s.date());
    assertEquals("2020-05-03", s.accessed());
    assertEquals("Climate of fear", s.title());
    assertEquals("Verso", s.container());
    assertEquals("London", s.place());
    assertEquals("https://example.org/book", s.url());
  }

  @Test
  void apaRetrievedFrom() {
    Source s =
        only(
            "World Bank. (2021, March 4). Poverty and shared prosperity. Retrieved from https://www.worldbank.org/en/pub");
    assertEquals(List.of("World Bank"), s.authors());
    assertEquals("2021-03-04", s.date());
    assertEquals("Poverty and shared prosperity", s.title());
    assertEquals("https://www.worldbank.org/en/pub", s.url());
  }

  @Test
  void apaJournalArticleWithDoi() {
    Source s =
        only(
            "Doe, K., & Roe, L. (2019). Ceasefires that hold. Journal of Peace Research, 56(3), 45–67. https://doi.org/10.1177/0022343319829794");
    assertEquals(List.of("Doe, K.", "Roe, L."), s.authors());
    assertEquals("2019", s.date());
    assertEquals("Ceasefires that hold", s.title());
    assertEquals("10.1177/0022343319829794", s.doi());
    assertEquals(SourceKind.JOURNAL_ARTICLE, s.kind());
  }

  @Test
  void mlaWithAccessedAfterUrl() {
    Source s =
        only(
            "Smith, John. \"Reading the Ceasefire.\" The Guardian, 2 May 2020, www.theguardian.com/world/ceasefire. Accessed 3 May 2020.");
    assertEquals("Reading the Ceasefire", s.title());
    assertEquals("The Guardian", s.container());
    assertEquals("2020-05-02", s.date());
    assertEquals("2020-05-03", s.accessed());
    assertEquals("https://www.theguardian.com/world/ceasefire", s.url());
    assertEquals("www.theguardian.com/world/ceasefire", s.urlAsPrinted());
    assertEquals(SourceKind.NEWS_ARTICLE, s.kind());
  }

  @Test
  void angleBracketsAndUrlLabel() {
    Source s =
        only(
            "OSCE, Annual Report 2019, Vienna 2020, URL: <https://www.osce.org/annual-\nreport/2019>.");
    assertEquals("https://www.osce.org/annual-report/2019", s.url());
    assertEquals(List.of("OSCE"), s.authors());
    assertEquals(SourceKind.REPORT, s.kind());
  }

  @Test
  void bookWithPlaceAndPublisherInBrackets() {
    Source s =
        only(
            "Thomas de Waal, Black Garden (New York and London: New York University Press, 2003), p. 45.");
    assertEquals(List.of("Thomas de Waal"), s.authors());
    assertEquals("Black Garden", s.title());
    assertEquals("New York University Press", s.container());
    assertEquals("New York and London", s.place());
    assertEquals("2003", s.date());
    assertEquals("45", s.pages());
    assertEquals(SourceKind.BOOK, s.kind());
  }

  @Test
  void reportByIssuingBodyWithPages() {
    Source s =
        only(
            "UNHCR, Azerbaijan: Analysis of gaps in the protection of internally displaced persons (IDPs), October 2009, pp. 3–5, at: https://www.unhcr.org/4bd7edbd9.pdf.");
    assertEquals(List.of("UNHCR"), s.authors());
    assertEquals(
        "Azerbaijan: Analysis of gaps in the protection of internally displaced persons (IDPs)",
        s.title());
    assertEquals("2009-10", s.date());
    assertEquals("3–5", s.pages());
    assertEquals(SourceKind.REPORT, s.kind());
  }

  @Test
  void socialPost() {
    Source s =
        only(
            "Ilham Aliyev, Facebook post, 8 November 2020, at: https://www.facebook.com/Page/photos/a.1/2/.");
    assertEquals(List.of("Ilham Aliyev"), s.authors());
    assertEquals("Facebook", s.container());
    assertNull(s.title());
    assertEquals(SourceKind.SOCIAL_POST, s.kind());
    Source tweet = only("@someone, tweet, 3 March 2021, https://twitter.com/someone/status/123.");
    assertEquals(SourceKind.SOCIAL_POST, tweet.kind());
  }

  @Test
  void officialStatement() {
    Source s =
        only(
            "\"PM addresses the nation\", Office to the Prime Minister of the Republic of Armenia, 12 November 2020, at: https://www.primeminister.am/en/x/.");
    assertEquals(SourceKind.OFFICIAL_DOCUMENT, s.kind());
    assertEquals("Office to the Prime Minister of the Republic of Armenia", s.container());
    Source gov = only("\"Travel advice\", at: https://www.gov.uk/foreign-travel-advice/armenia.");
    assertEquals(SourceKind.OFFICIAL_DOCUMENT, gov.kind());
  }

  @Test
  void resolutionsListedWithDates() {
    Source s =
        only(
            "UNSC Resolutions 822 (30 April 1993), 853 (29 July 1993), and 884 (12 November 1993).");
    assertEquals(SourceKind.RESOLUTION, s.kind());
    assertEquals("1993", s.date());
    assertEquals(
        "UNSC Resolutions 822 (30 April 1993), 853 (29 July 1993), and 884 (12 November 1993)",
        s.title());
  }

  @Test
  void letterAfterAQuotation() {
    List<Note> notes =
        Documents.notes(
            Documents.withNotes(
                "1 \"The approach cannot serve as a basis for resolution.\" Robert Kocharyan, undated letter to Minsk Group Co-Chairs, early 1998.",
                "2 Next."));
    Note note = notes.get(0);
    assertEquals(1, note.sources().size());
    Source s = note.sources().get(0);
    assertEquals(SourceKind.LETTER, s.kind());
    assertEquals(List.of("Robert Kocharyan"), s.authors());
    assertEquals("1998", s.date());
    assertEquals("\"The approach cannot serve as a basis for resolution.\"", note.commentary());
  }

  @Test
  void webPageWithoutDate() {
    Source s =
        only(
            "\"Armenia\", Observation of Economic Complexity, at: https://oec.world/en/profile/country/arm.");
    assertEquals("Armenia", s.title());
    assertEquals("Observation of Economic Complexity", s.container());
    assertNull(s.date());
    assertEquals(SourceKind.WEB_PAGE, s.kind());
  }

  @Test
  void titleEndingWithEllipsisKeepsIt() {
    Source s =
        only(
            "\"Statement of the Russian MFA on the appeal...\", RF Ministry of Foreign Affairs, 31 October 2020, at: https://www.mid.ru/x.");
    assertEquals("Statement of the Russian MFA on the appeal...", s.title());
  }

  @Test
  void germanAndFrenchAccessDates() {
    Source de =
        only(
            "Müller, \"Die Lage\", Die Zeit, 3. März 2021, https://www.zeit.de/x (zuletzt abgerufen am 4. März 2021).");
    assertEquals("2021-03-03", de.date());
    assertEquals("2021-03-04", de.accessed());
    Source fr =
        only(
            "Dupont, « La crise », Le Monde, 5 avril 2021, https://www.lemonde.fr/x (consulté le 6 avril 2021).");
    assertEquals("La crise", fr.title());
    assertEquals("2021-04-06", fr.accessed());
  }

  @Test
  void doiPrintedAsLabel() {
    Source s =
        only(
            "Anna Petrova, \"Frozen conflicts\", Europe-Asia Studies 72 (2020), no. 4, pp. 600–620, doi:10.1080/09668136.2020.1234567.");
    assertEquals("https://doi.org/10.1080/09668136.2020.1234567", s.url());
    assertEquals("10.1080/09668136.2020.1234567", s.doi());
    assertEquals(SourceKind.JOURNAL_ARTICLE, s.kind());
    assertFalse(s.translated());
  }
}
