package org.citecheck.references;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.citecheck.io.Input;
import org.citecheck.testing.Documents;
import org.citecheck.testing.GoldenFile;
import org.citecheck.testing.JsonSchemas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The 2020 OSCE report's 26 endnotes: every hard case the seed holds, asserted exactly. */
class SeedExtractionTest {

  private static ReferenceSet seed;

  @BeforeAll
  static void extract() {
    seed = Extraction.extract(Input.file(Path.of(Documents.SEED))).references();
  }

  private static Note note(int number) {
    return seed.notes().stream().filter(n -> n.number() == number).findFirst().orElseThrow();
  }

  @Test
  void findsAllTwentySixNotesInOrder() {
    List<Integer> numbers = seed.notes().stream().map(Note::number).toList();
    List<Integer> expected = new ArrayList<>();
    for (int i = 1; i <= 26; i++) {
      expected.add(i);
    }
    assertEquals(expected, numbers);
  }

  @Test
  void infersExactlyTheNumbersTheExtractionLost() {
    List<Integer> inferred =
        seed.notes().stream().filter(Note::numberInferred).map(Note::number).toList();
    assertEquals(List.of(10, 12, 14, 15, 16), inferred);
    assertTrue(note(2).numberDisplaced());
    assertTrue(note(2).text().startsWith("A note on terminology: following de Waal, the term"));
  }

  @Test
  void repairsEveryUrl() {
    Map<Integer, List<String>> urls = new TreeMap<>();
    for (Note note : seed.notes()) {
      for (Source source : note.sources()) {
        if (source.url() != null) {
          urls.computeIfAbsent(note.number(), n -> new ArrayList<>()).add(source.url());
        }
      }
    }
    Map<Integer, List<String>> expected = new TreeMap<>();
    expected.put(4, List.of("https://mirrorspectator.com/2020/11/02/why-negotiations-failed/"));
    expected.put(
        5,
        List.of(
            "https://www.ipinst.org/wp-content/uploads/2016/05/1605-Chained-to-the-Caucasus.pdf"));
    expected.put(
        6,
        List.of(
            "https://www.primeminister.am/en/statements-and-messages/item/2020/11/12/Nikol-Pashinyan-Speech/"));
    expected.put(8, List.of("https://tass.ru/mezhdunarodnaya-panorama/10023751?noredir=true"));
    expected.put(
        9,
        List.of(
            "https://www.facebook.com/PresidentIlhamAliyev/photos/a.10151996474470315/10164122626875315/"));
    expected.put(
        10,
        List.of(
            "https://meduza.io/feature/2020/11/19/posle-karabahskogo-konflikta-vse-govoryat-o-revolyutsii-dronov",
            "https://www.dw.com/tr/erdoğan-dağlık-karabağda-çözüm-vakti-geldi/a-55079318"));
    expected.put(
        11,
        List.of(
            "https://www.washingtonpost.com/world/middle_east/azerbaijan-armenia-turkey-nagorno-karabakh/2020/10/13/2cdca1e6-08bf-11eb-8719-0df159d14794_story.html"));
    expected.put(
        12,
        List.of(
            "https://regnum.ru/news/polit/3089582.html",
            "https://www.mid.ru/ru/press_service/minister_speeches/-/asset_publisher/7OvQR5KJWVmR/content/id/4381977"));
    expected.put(
        13,
        List.of(
            "https://www.facebook.com/PresidentIlhamAliyev/photos/a.10151996474470315/10164085858605315/"));
    expected.put(
        14,
        List.of(
            "https://www.mid.ru/ru/press_service/spokesman/official_statement/-/asset_publisher/t2GCdmD8RNIr/content/id/4411939"));
    expected.put(
        15,
        List.of(
            "https://oc-media.org/features/analysis-can-new-armenia-disentangle-democratic-change-from-geopolitics/"));
    expected.put(
        16,
        List.of(
            "https://www.aravot-en.am/2020/09/01/263436/?fbclid=IwAR0Fxh9xluqFMXcvcLu3JNqtuERdX4Oxca5B5o7EjUrp94tPBABIStLUbyg"));
    expected.put(17, List.of("https://oec.world/en/profile/country/arm"));
    expected.put(18, List.of("http://kremlin.ru/events/president/news/64384"));
    expected.put(19, List.of("https://www.unhcr.org/4bd7edbd9.pdf"));
    expected.put(
        20, List.of("https://www.facebook.com/PresidentIlhamAliyev/videos/831550284329696"));
    expected.put(
        22, List.of("https://www.facebook.com/PresidentIlhamAliyev/videos/402316387790506"));
    expected.put(
        24,
        List.of(
            "https://www.facebook.com/PresidentIlhamAliyev/photos/a.10151996474470315/10164085858605315/"));
    expected.put(25, List.of("http://kremlin.ru/events/president/news/64431"));
    expected.put(
        26,
        List.of(
            "https://www.mid.ru/en/telefonnye-razgovory-ministra/-/asset_publisher/KLX3tiYzsCLY/content/id/4434452"));
    assertEquals(expected, urls);
  }

  @Test
  void keepsThePrintedFormOfBrokenUrls() {
    assertEquals(
        "https://www.ipin st.org/wp-content/uploads/2016/05/1605\n-Chained-to-the-Caucasus.pdf",
        note(5).sources().get(0).urlAsPrinted());
    assertEquals(
        "https://www.dw.com/tr/er\n- doğan-dağlık-karabağda-çözüm-vakti-geld i/a-55079318",
        note(10).sources().get(1).urlAsPrinted());
    long repaired =
        seed.notes().stream()
            .flatMap(n -> n.sources().stream())
            .filter(Source::urlRepaired)
            .count();
    assertEquals(13, repaired);
  }

  @Test
  void joinsNotesContinuedAcrossPages() {
    assertTrue(note(2).text().contains("place names in Armenian have been transliterated"));
    assertTrue(note(16).text().endsWith("founding document of the Republic of Turkey."));
    assertTrue(note(25).text().contains("ill-equipped to weather. \"Answers to media"));
  }

  @Test
  void splitsNotesIntoSourcesAndCommentary() {
    assertEquals(
        List.of(0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1),
        seed.notes().stream().map(n -> n.sources().size()).toList());
    assertEquals("Black Garden", note(2).sources().get(0).title());
    assertEquals(SourceKind.BOOK, note(2).sources().get(0).kind());
    assertTrue(note(16).commentary().startsWith("With the Treaty of Sèvres"));
    assertTrue(note(25).commentary().startsWith("Russia's President Putin"));
    assertEquals(
        "\"The step-by-step approach [...] cannot serve as a basis for resolution.\"",
        note(7).commentary());
  }

  @Test
  void parsesFieldsAndKinds() {
    Source wapo = note(11).sources().get(0);
    assertEquals(
        List.of("Kareem Fahim", "Isabelle Khurshudyan", "Zakaria Zakaria"), wapo.authors());
    assertEquals("Washington Post", wapo.container());
    assertEquals("2020-10-14", wapo.date());
    assertEquals(SourceKind.NEWS_ARTICLE, wapo.kind());
    Source unhcr = note(19).sources().get(0);
    assertEquals(List.of("UNHCR"), unhcr.authors());
    assertEquals("2009-10", unhcr.date());
    assertEquals("3", unhcr.pages());
    assertEquals(SourceKind.REPORT, unhcr.kind());
    assertEquals(SourceKind.RESOLUTION, note(3).sources().get(0).kind());
    assertEquals(SourceKind.LETTER, note(7).sources().get(0).kind());
    assertEquals(SourceKind.SOCIAL_POST, note(9).sources().get(0).kind());
    assertEquals(SourceKind.OFFICIAL_DOCUMENT, note(18).sources().get(0).kind());
    assertEquals(SourceKind.WEB_PAGE, note(17).sources().get(0).kind());
    assertEquals("Facebook", note(22).sources().get(0).container());
  }

  @Test
  void marksTranslatedTitles() {
    List<String> translated = new ArrayList<>();
    for (Note n : seed.notes()) {
      for (int i = 0; i < n.sources().size(); i++) {
        if (n.sources().get(i).translated()) {
          translated.add(n.number() + "." + i);
        }
      }
    }
    assertEquals(
        List.of("8.0", "10.0", "10.1", "12.0", "18.0", "20.0", "22.0", "25.0", "26.0"), translated);
  }

  @Test
  void resolvesCrossReferencesToTheLavrovInterview() {
    for (Source ref :
        List.of(note(20).sources().get(1), note(21).sources().get(0), note(23).sources().get(0))) {
      assertEquals("cited-above", ref.crossRef());
      assertEquals(12, ref.seeNote());
      assertEquals(1, ref.seeSource());
      assertFalse(ref.ambiguous());
      assertNull(ref.url());
    }
  }

  @Test
  void keepsTheDateThatContradictsTheTitle() {
    Source interview = note(12).sources().get(1);
    assertEquals("2020-10-14", interview.date());
    assertTrue(interview.title().endsWith("Moscow, November 12, 2020"));
  }

  @Test
  void readsTheDocumentsFrontMatter() {
    DocumentInfo document = seed.document();
    assertEquals(
        "OSCE Minsk Group: Lessons from the Past and Tasks for the Future", document.title());
    assertEquals(
        List.of("Philip Remler", "Richard Giragosian", "Marina Lorenzini", "Sergei Rastoltsev"),
        document.authors());
    assertEquals("10.5771/9783748922339-06", document.doi());
    assertEquals("2020", document.date());
    assertTrue(document.citation().startsWith("Philip Remler, Richard Giragosian"));
  }

  @Test
  void outputIsValidAgainstTheSchema() {
    JsonSchemas.assertValid(
        "/org/citecheck/schema/references.schema.json", ReferencesJson.write(seed));
  }

  @Test
  void committedReferencesJsonIsWhatTheToolProduces() {
    // Also remade by `bin/citecheck extract
    // src/test/resources/seed/osce-insights-2020-minsk-group.txt -o references.json`.
    GoldenFile.assertMatches(Path.of("references.json"), ReferencesJson.write(seed));
  }

  @Test
  void readsBackWhatItWrites() {
    String json = ReferencesJson.write(seed);
    assertEquals(
        seed, ReferencesJson.read(json.getBytes(StandardCharsets.UTF_8), "references.json"));
  }
}
