package org.citecheck.audit.rules;

import static org.citecheck.audit.AuditFixture.check;
import static org.citecheck.audit.AuditFixture.context;
import static org.citecheck.audit.AuditFixture.note;
import static org.citecheck.audit.AuditFixture.redirected;
import static org.citecheck.audit.AuditFixture.references;
import static org.citecheck.audit.AuditFixture.report;
import static org.citecheck.audit.AuditFixture.result;
import static org.citecheck.audit.AuditFixture.rule;
import static org.citecheck.audit.AuditFixture.snapshot;
import static org.citecheck.audit.AuditFixture.source;
import static org.citecheck.audit.AuditFixture.withArchive;
import static org.citecheck.audit.AuditFixture.withReport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.Finding;
import org.citecheck.audit.model.Severity;
import org.citecheck.references.ReferenceSet;
import org.citecheck.testing.ArchiveResultFixture;
import org.citecheck.verdict.ArchiveResult;
import org.citecheck.verdict.ArchiveStatus;
import org.citecheck.verdict.DriftResult;
import org.citecheck.verdict.DriftVerdict;
import org.citecheck.verdict.Redirect;
import org.citecheck.verdict.Verdict;
import org.junit.jupiter.api.Test;

class LinkHealthTest {

  private static final String URL = "https://example.org/page";
  private static final ReferenceSet CITED = references(note(1, source().url(URL).build()));
  private static final ArchiveResult SNAPSHOT =
      snapshot("https://web.archive.org/web/20201102000000/" + URL, "20201102000000");
  private static final ArchiveResult NONE =
      ArchiveResultFixture.archive(ArchiveStatus.NONE)
          .service("wayback")
          .citeDate("2020-11-02")
          .reason("no capture")
          .build();

  private static Finding only(String rule, AuditContext context) {
    List<Finding> found = check(rule, context);
    assertEquals(1, found.size(), found.toString());
    return found.get(0);
  }

  @Test
  void deadLinksOfferTheSnapshotWhenThereIsOne() {
    Finding rescued =
        only(
            "link.dead",
            withReport(CITED, withArchive(result(1, 0, URL, Verdict.DEAD), SNAPSHOT, null)));
    assertEquals(Severity.ERROR, rescued.severity());
    assertEquals(101, rescued.line());
    assertEquals(URL + " is dead: dead reason.", rescued.message());
    assertEquals(
        "Cite the archived snapshot https://web.archive.org/web/20201102000000/"
            + URL
            + " (captured 2 November 2020).",
        rescued.fix());
    assertTrue(
        only(
                "link.dead",
                withReport(CITED, withArchive(result(1, 0, URL, Verdict.DEAD), NONE, null)))
            .fix()
            .startsWith("No archived snapshot was found"));
    assertTrue(
        only("link.dead", withReport(CITED, result(1, 0, URL, Verdict.DEAD)))
            .fix()
            .contains("archive lookups"));
    assertTrue(
        only(
                "link.soft-404",
                withReport(CITED, withArchive(result(1, 0, URL, Verdict.SOFT_404), SNAPSHOT, null)))
            .fix()
            .startsWith("Cite the archived snapshot"));
  }

  @Test
  void redirectsSuggestTheNewUrlButNotForAnHttpsUpgradeOrTrackingDropped() {
    Finding moved =
        only(
            "link.redirected",
            withReport(
                CITED,
                redirected(
                    1,
                    0,
                    URL,
                    Verdict.REDIRECTED,
                    "https://example.org/new",
                    new Redirect(URL, 301))));
    assertEquals("Cite the new URL: https://example.org/new.", moved.fix());
    assertEquals(
        List.of(),
        check(
            "link.redirected",
            withReport(
                CITED,
                redirected(
                    1,
                    0,
                    "http://example.org/page",
                    Verdict.REDIRECTED,
                    URL,
                    new Redirect("http://example.org/page", 301)))));
    assertEquals(
        List.of(),
        check(
            "link.redirected",
            withReport(
                CITED,
                redirected(
                    1,
                    0,
                    URL + "?utm_source=x",
                    Verdict.REDIRECTED,
                    URL,
                    new Redirect(URL + "?utm_source=x", 301)))));
  }

  @Test
  void blockedAndUnreachableAskForAManualCheck() {
    Finding blocked =
        only(
            "link.blocked",
            withReport(CITED, withArchive(result(1, 0, URL, Verdict.BLOCKED), SNAPSHOT, null)));
    assertEquals(Severity.WARNING, blocked.severity());
    assertTrue(
        blocked
            .fix()
            .startsWith("Open the URL in a browser to check it by hand; a snapshot to cite:"),
        blocked.fix());
    assertTrue(
        only("link.unreachable", withReport(CITED, result(1, 0, URL, Verdict.UNREACHABLE)))
            .fix()
            .startsWith("Check again later"));
    assertEquals(
        Severity.ERROR,
        only("link.invalid", withReport(CITED, result(1, 0, URL, Verdict.INVALID))).severity());
  }

  @Test
  void aliveAndSkippedLinksHaveNoFinding() {
    AuditContext context =
        withReport(CITED, result(1, 0, URL, Verdict.ALIVE), result(1, 0, URL, Verdict.SKIPPED));
    for (Verdict verdict : Verdict.values()) {
      if (verdict != Verdict.OFFLINE && verdict != Verdict.ALIVE && verdict != Verdict.SKIPPED) {
        assertEquals(List.of(), check("link." + verdict.id(), context), verdict.id());
      }
    }
  }

  @Test
  void aPageThatChangedSinceItWasCitedPointsToItsSnapshot() {
    DriftResult changed =
        new DriftResult(DriftVerdict.CHANGED, Map.of("jaccard", 0.2), "text differs");
    Finding finding =
        only(
            "link.changed",
            withReport(CITED, withArchive(result(1, 0, URL, Verdict.ALIVE), SNAPSHOT, changed)));
    assertEquals(Severity.INFO, finding.severity());
    assertTrue(
        finding.message().endsWith("no longer reads like its snapshot of 2 November 2020."),
        finding.message());
  }

  @Test
  void withoutReportOrOfflineTheLinkRulesDoNotRun() {
    assertTrue(rule("link.dead").unavailable(context(CITED)).startsWith("no verification report"));
    AuditContext offline =
        org.citecheck.audit.model.AuditContext.of(CITED, null, "none", report(true));
    assertEquals(
        "the verification report was made offline: no link was verified",
        rule("link.dead").unavailable(offline));
  }
}
