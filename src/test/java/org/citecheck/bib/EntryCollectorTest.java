package org.citecheck.bib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.citecheck.references.SourceKind;
import org.junit.jupiter.api.Test;

class EntryCollectorTest {

  private final Map<String, BibEntry> seed = byKey(Fixtures.entries("seed"));
  private final Map<String, BibEntry> edge = byKey(Fixtures.entries("edge"));

  @Test
  void oneEntryPerDistinctSourceInNoteOrder() {
    List<BibEntry> entries = Fixtures.entries("seed");
    assertEquals(27, entries.size());
    assertEquals("dewaal2003black", entries.get(0).key());
    assertEquals("rf2020foreign", entries.get(entries.size() - 1).key());
  }

  @Test
  void theSameUrlInTwoNotesIsOneEntryCitedByBoth() {
    assertEquals(List.of(13, 24), seed.get("aliyev2020facebookb").notes());
  }

  @Test
  void crossReferencesAddTheirNoteToTheSourceTheyCite() {
    assertEquals(List.of(12, 20, 21, 23), seed.get("ministry2020foreign").notes());
  }

  @Test
  void ibidWithoutASourceIndexGoesToTheNotesOnlyFullCitation() {
    assertEquals(List.of(8, 10), edge.get("un2014resolution").notes());
  }

  @Test
  void forwardCrossReferencesAndWwwVariantsLand() {
    // note 11 repeats note 5's URL without "www." and with a trailing slash; note 10 points at it.
    assertEquals(List.of(5, 10, 11), edge.get("office2021election").notes());
  }

  @Test
  void ambiguousCrossReferencesAddNothing() {
    assertEquals(List.of(4), edge.get("vanbeethoven1999uber").notes());
  }

  @Test
  void untitledSourcesGetABracketedDescription() {
    assertEquals("[Facebook post]", seed.get("aliyev2020facebooka").title());
    assertEquals("[Letter]", seed.get("kocharyan1998letter").title());
    assertEquals("[Untitled]", edge.get("anonuntitled").title());
  }

  @Test
  void aRedirectedLinkIsWrittenWithItsTarget() {
    assertEquals(
        "https://www.osce.org/files/odihr/report-2021.pdf", edge.get("office2021election").url());
  }

  @Test
  void aLinkThatOnlyAnsweredIsKeptEvenWhenTheReportHasAFinalUrl() {
    assertEquals("https://example.org/costs", edge.get("dewaal2021costsb").url());
  }

  @Test
  void aFoundSnapshotBecomesTheArchiveFields() {
    BibEntry entry = edge.get("dewaal2021costsa");
    assertEquals(
        "https://web.archive.org/web/20210506000000/https://example.org/a%20b/c?q=1&r=2#sec",
        entry.archiveUrl());
    assertEquals("2021-05-06", entry.archiveDate());
    assertEquals("wayback", entry.archiveService());
  }

  @Test
  void archiveResultsWithNullFieldsOrNoSnapshotAreIgnored() {
    assertNull(edge.get("aznar2020cozum").archiveUrl());
    assertNull(edge.get("government2020decree").archiveUrl());
  }

  @Test
  void aSnapshotWithoutTimestampHasNoDate() {
    assertEquals("https://archive.ph/AbCd1", edge.get("un2014resolution").archiveUrl());
    assertNull(edge.get("un2014resolution").archiveDate());
  }

  @Test
  void theAccessDateWinsOverTheReportsCheckDate() {
    assertEquals("2021-05-06", edge.get("dewaal2021costsa").urlDate());
    assertEquals(
        "2024-02-03", edge.get("government2020decree").urlDate(), "alive in the run of 3 February");
    assertEquals(
        "2024-01-30",
        edge.get("erdogan2020twitter").urlDate(),
        "alive in a cached check of 30 January");
  }

  @Test
  void linksTheCheckDidNotReachHaveNoAccessDate() {
    assertNull(edge.get("aznar2020cozum").urlDate(), "dead");
    assertNull(edge.get("daily2022unsigned").urlDate(), "blocked");
  }

  @Test
  void withoutAReportThereIsNoUrlDateUnlessTheNoteGivesOne() {
    assertNull(seed.get("tass2020aliyev").urlDate());
  }

  @Test
  void unsafeUrlsAreDroppedAndDoisLoseTheirResolver() {
    assertNull(edge.get("example2022unsafe").url());
    assertEquals("10.1000/xyz_123", edge.get("vanbeethoven1999uber").doi());
  }

  @Test
  void collidingKeysAllGetLetters() {
    assertEquals(SourceKind.WEB_PAGE, edge.get("dewaal2021costsa").kind());
    assertEquals(SourceKind.WEB_PAGE, edge.get("dewaal2021costsb").kind());
  }

  private static Map<String, BibEntry> byKey(List<BibEntry> entries) {
    return entries.stream().collect(Collectors.toMap(BibEntry::key, Function.identity()));
  }
}
