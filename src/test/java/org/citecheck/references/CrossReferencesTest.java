package org.citecheck.references;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citecheck.testing.Documents;
import org.junit.jupiter.api.Test;

class CrossReferencesTest {

  private static final String TWO_SOURCES =
      "1 \"Lavrov called for peacekeepers\" (TR), Regnum.ru, 14 October 2020, at: https://regnum.ru/news/1.html;"
          + " \"Foreign Minister Sergey Lavrov's interview with media, Moscow, November 12, 2020\", Ministry of Foreign"
          + " Affairs, 14 October 2020, at: https://www.mid.ru/x/2.";

  @Test
  void citedAbovePicksTheSourceItNames() {
    List<Note> notes =
        Documents.notes(
            Documents.withNotes(
                TWO_SOURCES, "2 Lavrov 12 November 2020 press conference, cited above (note 1)."));
    Source ref = notes.get(1).sources().get(0);
    assertEquals("cited-above", ref.crossRef());
    assertEquals(1, ref.seeNote());
    assertEquals(1, ref.seeSource());
    assertFalse(ref.ambiguous());
    assertNull(ref.url());
    assertEquals(SourceKind.OFFICIAL_DOCUMENT, ref.kind());
  }

  @Test
  void otherCrossReferenceForms() {
    for (String form :
        List.of(
            "Remler, supra note 1, p. 4.",
            "Remler, see note 1 above.",
            "Remler, n. 1 above, p. 3.")) {
      List<Note> notes =
          Documents.notes(
              Documents.withNotes(
                  "1 Philip Remler, Chained to the Caucasus, IPI, 2016.", "2 " + form));
      Source ref = notes.get(1).sources().get(0);
      assertEquals(1, ref.seeNote(), form);
      assertEquals(0, ref.seeSource(), form);
    }
  }

  @Test
  void citedAboveWithNothingToTellIsAmbiguous() {
    List<Note> notes = Documents.notes(Documents.withNotes(TWO_SOURCES, "2 Cited above (note 1)."));
    Source ref = notes.get(1).sources().get(0);
    assertEquals(1, ref.seeNote());
    assertNull(ref.seeSource());
    assertTrue(ref.ambiguous());
  }

  @Test
  void ibidResolvesOnlyWhenThePreviousNoteHoldsOneSource() {
    List<Note> single =
        Documents.notes(
            Documents.withNotes(
                "1 Philip Remler, Chained to the Caucasus, IPI, 2016.", "2 Ibid., p. 5."));
    Source ibid = single.get(1).sources().get(0);
    assertEquals("ibid", ibid.crossRef());
    assertEquals(1, ibid.seeNote());
    assertEquals(0, ibid.seeSource());
    assertEquals("5", ibid.pages());
    assertFalse(ibid.ambiguous());

    List<Note> two = Documents.notes(Documents.withNotes(TWO_SOURCES, "2 Ibid."));
    Source ambiguous = two.get(1).sources().get(0);
    assertTrue(ambiguous.ambiguous());
    assertNull(ambiguous.seeNote());
  }

  @Test
  void ibidAfterASourceInTheSameNotePointsToIt() {
    List<Note> notes =
        Documents.notes(
            Documents.withNotes(
                "1 Philip Remler, Chained to the Caucasus, IPI, 2016; ibid., p. 7.", "2 Next."));
    Source ibid = notes.get(0).sources().get(1);
    assertEquals("ibid", ibid.crossRef());
    assertEquals(0, ibid.seeSource());
  }

  @Test
  void opCitFindsTheLatestSourceByTheAuthor() {
    List<Note> notes =
        Documents.notes(
            Documents.withNotes(
                "1 Philip Remler, Chained to the Caucasus, IPI, 2016.",
                "2 Thomas de Waal, Black Garden, New York: New York University Press, 2003.",
                "3 Remler, op. cit., p. 9."));
    Source ref = notes.get(2).sources().get(0);
    assertEquals("op-cit", ref.crossRef());
    assertEquals(1, ref.seeNote());
    assertEquals("9", ref.pages());
  }
}
