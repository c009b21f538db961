package org.citecheck.references;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citecheck.testing.Documents;
import org.junit.jupiter.api.Test;

class SourceSplitterTest {

  private static Note note(String text) {
    return Documents.notes(Documents.withNotes("1 " + text, "2 Next note.")).get(0);
  }

  private static List<String> titles(Note note) {
    return note.sources().stream().map(Source::title).toList();
  }

  private static List<String> urls(Note note) {
    return note.sources().stream().map(Source::url).toList();
  }

  @Test
  void everyUrlOfASentenceIsASourceOfItsOwn() {
    Note note =
        note("Tooling includes a https://github.com/org/one and https://github.com/org/two.");
    assertEquals(List.of("https://github.com/org/one", "https://github.com/org/two"), urls(note));
    assertEquals("https://github.com/org/two.", note.sources().get(1).text());
  }

  @Test
  void urlsOnLinesOfTheirOwnAreSourcesOfTheirOwn() {
    Note note =
        Documents.notes(
                Documents.withNotes(
                    "1 Data sets: https://data.example.org/a\nhttps://data.example.org/b,\nsomeindex.org/c/, or www.example.net/d.",
                    "2 Next note."))
            .get(0);
    assertEquals(
        List.of(
            "https://data.example.org/a",
            "https://data.example.org/b",
            "https://someindex.org/c/",
            "https://www.example.net/d"),
        urls(note));
  }

  @Test
  void aUrlAndItsArchivedCopyAreTwoSources() {
    Note note =
        note(
            "\"Report\", Agency, 2020, https://agency.example.org/r.pdf, archived at"
                + " https://web.archive.org/web/2021/https://agency.example.org/r.pdf.");
    assertEquals(
        List.of(
            "https://agency.example.org/r.pdf",
            "https://web.archive.org/web/2021/https://agency.example.org/r.pdf"),
        urls(note));
    assertEquals("Report", note.sources().get(0).title());
  }

  @Test
  void splitsAtSemicolons() {
    Note note =
        note(
            "\"First title\", Regnum.ru, 14 October 2020, at: https://regnum.ru/news/1.html; \"Second, with comma\","
                + " Ministry of Foreign Affairs, 14 October 2020, at: https://www.mid.ru/x/2.");
    assertEquals(List.of("First title", "Second, with comma"), titles(note));
    assertNull(note.commentary());
  }

  @Test
  void splitsSourcesThatFollowEachOtherWithLabels() {
    Note note =
        note(
            "On drones: \"After the conflict\" (TR), Meduza, 19 November 2020, at: https://meduza.io/feature/1."
                + " On diplomatic support: \"Time to resolve\" (TR), Deutsche Welle, 29 September 2020, at: https://www.dw.com/tr/a-1.");
    assertEquals(List.of("After the conflict", "Time to resolve"), titles(note));
    assertEquals("On drones: On diplomatic support:", note.commentary());
  }

  @Test
  void keepsCommentaryAfterTheSource() {
    Note note =
        note(
            "Jirair Libaridian, \"A step backwards\", Aravot, 1 September 2020, at: https://www.aravot-en.am/x/."
                + " With the Treaty of Sèvres, the victorious allies intended to partition the Ottoman Empire."
                + " The treaty was never ratified.");
    assertEquals(List.of("A step backwards"), titles(note));
    assertEquals(
        "With the Treaty of Sèvres, the victorious allies intended to partition the Ottoman Empire."
            + " The treaty was never ratified.",
        note.commentary());
  }

  @Test
  void keepsCommentaryBeforeTheSource() {
    Note note =
        note(
            "Russia's President, answering questions from the press on 17 November 2020, chided Armenia for not"
                + " having followed the example of others, which the country would have been ill-equipped to do."
                + " \"Answers to media\" (TR), President of Russia, 17 November 2020, at: http://kremlin.ru/events/1.");
    assertEquals(List.of("Answers to media"), titles(note));
    assertTrue(note.commentary().startsWith("Russia's President, answering"), note.commentary());
  }

  @Test
  void aCitationInBracketsInsideCommentaryIsASource() {
    Note note =
        note(
            "Following de Waal, the term designates the polity known today as Artsakh (Thomas de Waal,"
                + " Black Garden, New York and London: New York University Press, 2003). \"Armenia\" designates the Republic.");
    assertEquals(List.of("Black Garden"), titles(note));
    assertEquals(
        "Following de Waal, the term designates the polity known today as Artsakh. \"Armenia\" designates the Republic.",
        note.commentary());
  }

  @Test
  void seeAlsoStartsANewSource() {
    Note note =
        note(
            "Philip Remler, Chained to the Caucasus, IPI, 2016. See also Thomas de Waal, Black Garden,"
                + " New York: New York University Press, 2003.");
    assertEquals(List.of("Chained to the Caucasus", "Black Garden"), titles(note));
  }

  @Test
  void twoBooksInARowAreTwoSources() {
    Note note =
        note(
            "Jane Smith, The First Book, London: Verso, 2001. John Roe, The Second Book, Oxford: Oxford University Press, 2004.");
    assertEquals(List.of("The First Book", "The Second Book"), titles(note));
  }

  @Test
  void proseAloneHasNoSources() {
    Note note =
        note(
            "The authors wish to thank the members of the peer review panel, colleagues in member institutions,"
                + " and other trusted colleagues who provided valuable insights at every stage.");
    assertTrue(note.sources().isEmpty());
    assertEquals(note.text(), note.commentary());
  }

  @Test
  void signalPhrasesAreCommentary() {
    Note note =
        note(
            "See, e.g., Philip Remler, Chained to the Caucasus, IPI, 2016, at: https://www.ipinst.org/x.pdf.");
    assertEquals("See, e.g.,", note.commentary());
    assertEquals(List.of("Philip Remler"), note.sources().get(0).authors());
  }

  @Test
  void authorNamesSeparatedBySemicolonStayOneSource() {
    Note note =
        note(
            "Smith, J.; Doe, K. (2020). A study of ceasefires. Journal of Peace Research, 57(2), 1–20.");
    assertEquals(1, note.sources().size(), note.sources().toString());
  }
}
