package org.citecheck.references.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citecheck.document.DocumentText;
import org.citecheck.references.Extraction;
import org.citecheck.references.Note;
import org.citecheck.references.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Notes no parser expects: extraction gives a result for each (never an exception), and the model
 * reads at most {@link Tokens#MAX_TOKENS} tokens of a source, so its time grows with the input at
 * most linearly.
 */
class BadInputTest {

  private static Note extractOne(String note) {
    List<Note> notes =
        Extraction.extract(new DocumentText("bad", List.of("A report", "", "Notes", "1 " + note)))
            .references()
            .notes();
    assertEquals(1, notes.size());
    return notes.get(0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        ".,;:!?()[]{}\"'«»„“”—–-/\\|*&^%$#@~`",
        "https://www.osce.org/minsk-group/471525",
        "Հայաստանի Հանրապետության կառավարություն, «Հայտարարություն», 10 նոյեմբերի 2020, at: https://www.gov.am/am/news/item/1/",
        "وزارة الخارجية، «بيان صحفي»، ١٠ نوفمبر ٢٠٢٠، https://www.mofa.gov.ae/ar-ae/news/1",
        "中华人民共和国外交部：《外交部发言人答记者问》，2020年11月10日，https://www.fmprc.gov.cn/web/fyrbt_673021/t1831000.shtml",
        "Smith, J. \u202Eevil\u202C \"Title\u0000 with \u0007 controls\u200B\", Journal\u0085 3 (2020)",
        "Иванов И. И. Сводный отчёт // Вестник МГУ. 2019. № 3. С. 12–19. עברית English 日本語",
      })
  void everyOddNoteGivesARecord(String note) {
    Note result = extractOne(note);
    assertNotNull(result.text());
    for (Source source : result.sources()) {
      assertNotNull(source.kind());
      assertTrue(
          source.confidence() == null || source.confidence() >= 0 && source.confidence() <= 1);
    }
  }

  @Test
  void aUrlOnlyNoteKeepsItsUrl() {
    Note result = extractOne("https://www.osce.org/minsk-group/471525.");
    assertEquals("https://www.osce.org/minsk-group/471525", result.sources().get(0).url());
  }

  @Test
  void aHundredThousandCharacterNoteIsReadAndTheModelSeesABoundedPart() {
    String sentence =
        "Smith, John, \"A very long report on everything\", Ministry of Things, 12 May 2020, p. 4. ";
    String note = sentence.repeat(100_000 / sentence.length() + 1).substring(0, 100_000);
    Note result = extractOne(note);
    assertTrue(result.text().length() >= 99_000);
    assertTrue(Tokens.of(note).size() <= Tokens.MAX_TOKENS);
  }
}
