package org.citecheck.bib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.citecheck.references.DocumentInfo;
import org.citecheck.references.Note;
import org.citecheck.references.ReferenceSet;
import org.citecheck.references.Source;
import org.citecheck.references.SourceKind;
import org.citecheck.testing.SourceFixture;
import org.junit.jupiter.api.Test;

/** A record completed by enrich gives its volume, issue and pages in every style. */
class EnrichedEntryTest {

  static List<BibEntry> entries() {
    Source printed =
        SourceFixture.source()
            .kind(SourceKind.JOURNAL_ARTICLE)
            .authors("Jane Smith")
            .title("Borders and Belonging")
            .date("2016")
            .build();
    Source completed =
        printed.withCompleted(
            printed.kind(),
            printed.authors(),
            printed.title(),
            "Journal of Peace Studies",
            "2016-05-01",
            "10.1111/jps.12345",
            "Wiley",
            "12",
            "3",
            "45-67",
            Map.of("volume", "doi", "issue", "doi", "pages", "doi"));
    ReferenceSet references =
        new ReferenceSet(
            new DocumentInfo("T", List.of(), null, "t.txt", null, null),
            List.of(new Note(1, false, false, 1, "n", null, List.of(completed))));
    return EntryCollector.collect(references, ReportLookup.NONE);
  }

  @Test
  void volumeIssueAndPagesReachEveryStyle() {
    List<BibEntry> entries = entries();
    assertEquals("12", entries.get(0).volume());
    String biblatex = BibStyle.BIBLATEX.render(entries);
    assertTrue(biblatex.matches("(?s).*\\bvolume\\s+= \\{12\\}.*"), biblatex);
    assertTrue(biblatex.matches("(?s).*\\bnumber\\s+= \\{3\\}.*"), biblatex);
    assertTrue(biblatex.matches("(?s).*\\bpages\\s+= \\{45--67\\}.*"), biblatex);
    String csl = BibStyle.CSL_JSON.render(entries);
    assertTrue(csl.contains("\"volume\": \"12\"") && csl.contains("\"issue\": \"3\""), csl);
    String ris = BibStyle.RIS.render(entries);
    assertTrue(ris.contains("VL  - 12") && ris.contains("IS  - 3"), ris);
  }
}
