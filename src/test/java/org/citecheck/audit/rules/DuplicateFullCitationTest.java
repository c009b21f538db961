package org.citecheck.audit.rules;

import static org.citecheck.audit.AuditFixture.check;
import static org.citecheck.audit.AuditFixture.context;
import static org.citecheck.audit.AuditFixture.note;
import static org.citecheck.audit.AuditFixture.references;
import static org.citecheck.audit.AuditFixture.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.citecheck.audit.model.Finding;
import org.citecheck.references.Note;
import org.citecheck.references.Source;
import org.citecheck.references.SourceKind;
import org.junit.jupiter.api.Test;

class DuplicateFullCitationTest {

  private static List<String> findings(Note... notes) {
    return check("duplicate.full-citation", context(references(notes))).stream()
        .map(f -> f.note() + "." + f.source() + ": " + f.message() + " | " + f.fix())
        .toList();
  }

  @Test
  void theSameUrlInTwoNotesWhateverTheTrackingSchemeOrSlash() {
    Source post =
        source()
            .kind(SourceKind.SOCIAL_POST)
            .authors("Ilham Aliyev")
            .container("Facebook")
            .date("2020-10-31")
            .url("https://www.facebook.com/President/photos/1/2/")
            .build();
    Source again =
        source()
            .kind(SourceKind.SOCIAL_POST)
            .authors("Ilham Aliyev")
            .container("Facebook")
            .date("2020-10-31")
            .url("http://facebook.com/President/photos/1/2?fbclid=abc")
            .build();
    assertEquals(
        List.of(
            "3.0: Cites in full again the source that note 1 cites in full (the same URL): Ilham Aliyev,"
                + " Facebook, 31 October 2020. | Use the short form: Aliyev, Facebook, 31 October 2020, cited above (note 1)."),
        findings(
            note(1, post),
            note(2, source().url("https://example.org/other").build()),
            note(3, again)));
  }

  @Test
  void theSameAuthorsAndTitleWithoutUrl() {
    Source book =
        source()
            .kind(SourceKind.BOOK)
            .authors("Thomas de Waal")
            .title("Black Garden: Armenia and Azerbaijan")
            .container("NYU Press")
            .date("2003")
            .build();
    Source again =
        source()
            .kind(SourceKind.BOOK)
            .authors("Thomas de Waal")
            .title("Black garden: Armenia and Azerbaijan")
            .container("New York University Press")
            .date("2003")
            .pages("12")
            .build();
    List<String> found = findings(note(1, book), note(4, again));
    assertEquals(1, found.size());
    assertEquals(
        "4.0: Cites in full again the source that note 1 cites in full (the same authors and title): \"Black garden:"
            + " Armenia and Azerbaijan\". | Use the short form: de Waal, Black Garden, cited above (note 1).",
        found.get(0));
  }

  @Test
  void twoReportsOfOneBodyReadWithTheBodyAsTitleAreDifferentWorks() {
    Source first =
        source()
            .kind(SourceKind.REPORT)
            .title("Organization for Security and Co-operation in Europe")
            .date("2019")
            .url("https://osce.example/2019/water-1")
            .build();
    Source second =
        source()
            .kind(SourceKind.REPORT)
            .title("Organization for Security and Co-operation in Europe")
            .date("2019")
            .url("https://osce.example/2019/courts-2")
            .build();
    Source otherYear =
        source()
            .kind(SourceKind.REPORT)
            .title("Organization for Security and Co-operation in Europe")
            .date("2017")
            .build();
    assertEquals(List.of(), findings(note(1, first), note(2, second), note(3, otherYear)));
  }

  @Test
  void oneUrlWithATitleTheParserMisreadIsStillOneSource() {
    Source misread =
        source()
            .title("On this point")
            .container("see OECD")
            .date("2014")
            .url("https://example.org/2014/04/regional-politics-151")
            .text(
                "On this point, see OECD, The Regional Politics of Pipelines, 2014, at: https://example.org/2014/04/regional-"
                    + "politics-151")
            .build();
    Source again =
        source()
            .authors("OECD")
            .title("The Regional Politics of Pipelines")
            .date("2014")
            .url("https://example.org/2014/04/regional-politics-151")
            .build();
    assertEquals(1, findings(note(4, misread), note(6, again)).size());
    Source homePage =
        source().title("Courts and Water in Moldova").url("https://example.org/").build();
    Source otherPage =
        source().title("Borders and Mining in Georgia").url("https://example.org/").build();
    assertEquals(
        List.of(),
        findings(note(1, homePage), note(2, otherPage)),
        "one site's home page for two works");
  }

  @Test
  void titlesThatDifferOnlyByANumberAreDifferentWorks() {
    Source first =
        source()
            .kind(SourceKind.RESOLUTION)
            .authors("UN Security Council")
            .title("Resolution 822 (1993)")
            .date("1993-04-30")
            .build();
    Source second =
        source()
            .kind(SourceKind.RESOLUTION)
            .authors("UN Security Council")
            .title("Resolution 853 (1993)")
            .date("1993-07-29")
            .build();
    Source volume =
        source()
            .kind(SourceKind.BOOK)
            .authors("Jane Doe")
            .title("Collected Works, Volume 2")
            .container("Press")
            .date("2001")
            .build();
    Source otherVolume =
        source()
            .kind(SourceKind.BOOK)
            .authors("Jane Doe")
            .title("Collected Works, Volume 3")
            .container("Press")
            .date("2002")
            .build();
    assertEquals(
        List.of(),
        findings(note(1, first), note(2, second), note(3, volume), note(4, otherVolume)));
  }

  @Test
  void aLaterShortFormIsNotADuplicate() {
    Source book =
        source()
            .kind(SourceKind.BOOK)
            .authors("Thomas de Waal")
            .title("Black Garden")
            .container("NYU Press")
            .date("2003")
            .build();
    Source shortForm =
        source()
            .kind(SourceKind.BOOK)
            .authors("Thomas de Waal")
            .title("Black Garden")
            .pages("40")
            .build();
    assertEquals(List.of(), findings(note(1, book), note(2, shortForm)));
  }

  @Test
  void differentPagesOfOneSiteWithDifferentTitlesAreDifferentSources() {
    Source home = source().title("Armenia country profile").url("https://oec.world/").build();
    Source other = source().title("Azerbaijan trade statistics").url("https://oec.world").build();
    assertEquals(List.of(), findings(note(1, home), note(2, other)));
  }

  @Test
  void theSameSourceTwiceInOneNoteIsLeftAlone() {
    Source page = source().title("Statement").url("https://example.org/a").build();
    assertEquals(List.of(), findings(note(1, page, page)));
  }

  @Test
  void shortFormsOfArticlesQuoteTheTitleAndSkipArticles() {
    Source article =
        source()
            .kind(SourceKind.NEWS_ARTICLE)
            .authors("Kareem Fahim", "Isabelle Khurshudyan", "Zakaria Zakaria")
            .title("The deaths of Syrian mercenaries show how Turkey, Russia could get sucked in")
            .build();
    assertEquals(
        "Fahim et al., \"deaths of Syrian mercenaries\", cited above (note 11)",
        ShortForm.of(article, 11));
    Source report =
        source()
            .kind(SourceKind.REPORT)
            .authors("UNHCR")
            .title("Azerbaijan: Analysis of gaps")
            .build();
    assertEquals("UNHCR, Azerbaijan, cited above (note 19)", ShortForm.of(report, 19));
  }

  @Test
  void findingsPointAtTheLaterCitation() {
    Source page = source().title("Statement").url("https://example.org/a").build();
    List<Finding> found =
        check("duplicate.full-citation", context(references(note(1, page), note(2, REPEAT, page))));
    assertEquals(1, found.size());
    assertEquals(2, found.get(0).note());
    assertEquals(1, found.get(0).source());
    assertEquals(102, found.get(0).line());
  }

  private static final Source REPEAT =
      source().title("Something else").url("https://example.org/b").build();
}
