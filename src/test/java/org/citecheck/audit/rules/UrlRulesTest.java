package org.citecheck.audit.rules;

import static org.citecheck.audit.AuditFixture.check;
import static org.citecheck.audit.AuditFixture.context;
import static org.citecheck.audit.AuditFixture.note;
import static org.citecheck.audit.AuditFixture.redirected;
import static org.citecheck.audit.AuditFixture.references;
import static org.citecheck.audit.AuditFixture.result;
import static org.citecheck.audit.AuditFixture.rule;
import static org.citecheck.audit.AuditFixture.source;
import static org.citecheck.audit.AuditFixture.withReport;
import static org.citecheck.audit.AuditFixture.withTitle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citecheck.audit.model.AuditContext;
import org.citecheck.audit.model.Finding;
import org.citecheck.references.ReferenceSet;
import org.citecheck.references.Source;
import org.citecheck.verdict.Redirect;
import org.citecheck.verdict.Verdict;
import org.junit.jupiter.api.Test;

class UrlRulesTest {

  private static final String TRACKED =
      "https://www.aravot-en.am/2020/09/01/263436/?fbclid=IwAR0Fxh9x&lang=en";
  private static final String CLEAN = "https://www.aravot-en.am/2020/09/01/263436/?lang=en";

  private static ReferenceSet tracked() {
    return references(note(1, source().title("A step backwards").url(TRACKED).build()));
  }

  @Test
  void trackingParametersByName() {
    assertEquals(
        List.of("utm_source", "utm_medium", "gclid"),
        TrackingParameters.in("https://example.org/a?utm_source=x&id=3&utm_medium=y&gclid=z#top"));
    assertEquals(
        "https://example.org/a?id=3#top",
        TrackingParameters.strip(
            "https://example.org/a?utm_source=x&id=3&utm_medium=y&gclid=z#top"));
    assertEquals(
        "https://example.org/a",
        TrackingParameters.strip("https://example.org/a?fbclid=1&mc_cid=2&mc_eid=3"));
    assertEquals(List.of("si"), TrackingParameters.in("https://youtu.be/abc?si=xyz"));
    assertEquals(
        List.of(),
        TrackingParameters.in("https://example.org/search?si=units&s=term&t=1"),
        "si, s and t are tracking only on the hosts that use them so");
    assertEquals(
        List.of("s", "t"), TrackingParameters.in("https://x.com/user/status/1?s=20&t=abc"));
    assertEquals(List.of(), TrackingParameters.in("https://example.org/utm_source?utm_=1"));
  }

  @Test
  void trackingWithoutReportIsNotConfirmed() {
    List<Finding> found = check("url.tracking", context(tracked()));
    assertEquals(1, found.size());
    Finding finding = found.get(0);
    assertEquals("Cite the clean URL: " + CLEAN, finding.fix());
    assertTrue(
        finding.message().startsWith("The URL carries a tracking parameter (fbclid)"),
        finding.message());
    assertTrue(
        finding
            .message()
            .endsWith(
                "Not confirmed that the clean URL serves the same page: no verification report"
                    + " was given."),
        finding.message());
  }

  @Test
  void trackingConfirmedWhenTheTrackedUrlRedirectsToTheCleanOne() {
    AuditContext context =
        withReport(
            tracked(), redirected(1, 0, TRACKED, Verdict.ALIVE, CLEAN, new Redirect(TRACKED, 302)));
    assertTrue(
        check("url.tracking", context)
            .get(0)
            .message()
            .endsWith(
                "Confirmed by the verification report: the tracked URL redirects to the clean URL."));
  }

  @Test
  void trackingConfirmedWhenTheCleanUrlCitedElsewhereEndsAtTheSamePage() {
    ReferenceSet both =
        references(
            note(1, source().title("A step backwards").url(TRACKED).build()),
            note(2, source().title("A step backwards").url(CLEAN).build()));
    AuditContext sameTitle =
        withReport(
            both,
            withTitle(result(1, 0, TRACKED, Verdict.ALIVE), "A step backwards"),
            withTitle(result(2, 0, CLEAN, Verdict.ALIVE), "A step backwards"));
    assertTrue(
        check("url.tracking", sameTitle)
            .get(0)
            .message()
            .endsWith(
                "Confirmed by the verification report: the clean URL, cited in note 2, ends at the same page."));
    AuditContext otherTitle =
        withReport(
            both,
            withTitle(result(1, 0, TRACKED, Verdict.ALIVE), "A step backwards"),
            withTitle(result(2, 0, CLEAN, Verdict.ALIVE), "Home page"));
    assertTrue(check("url.tracking", otherTitle).get(0).message().contains("Not confirmed"));
  }

  @Test
  void trackingNotConfirmedWhenTheReportHasNoEvidence() {
    assertTrue(
        check("url.tracking", withReport(tracked(), result(1, 0, TRACKED, Verdict.ALIVE)))
            .get(0)
            .message()
            .endsWith(
                "the tracked URL did not redirect to it, and the clean URL was not checked."));
    assertTrue(
        check("url.tracking", withReport(tracked(), result(1, 0, TRACKED, Verdict.DEAD)))
            .get(0)
            .message()
            .endsWith("the tracked URL itself is dead."));
    assertTrue(
        check("url.tracking", withReport(tracked()))
            .get(0)
            .message()
            .endsWith("the verification report has no result for it."));
  }

  @Test
  void insecureWhenTheServerUpgradesToHttpsForTheSamePage() {
    String http = "http://kremlin.ru/events/president/news/64384";
    String https = "https://kremlin.ru/events/president/news/64384";
    ReferenceSet cited = references(note(18, source().url(http).build()));
    List<Finding> found =
        check(
            "url.insecure",
            withReport(
                cited, redirected(18, 0, http, Verdict.ALIVE, https, new Redirect(http, 301))));
    assertEquals(1, found.size());
    assertEquals("Cite the https URL: " + https, found.get(0).fix());
    assertEquals(
        List.of(),
        check(
            "url.insecure",
            withReport(
                cited,
                redirected(
                    18,
                    0,
                    http,
                    Verdict.REDIRECTED,
                    "https://kremlin.ru/",
                    new Redirect(http, 301)))),
        "https for another page is not the same page");
    assertEquals(
        List.of(),
        check("url.insecure", withReport(cited, result(18, 0, http, Verdict.ALIVE))),
        "no evidence that https serves it");
    assertEquals(
        List.of(),
        check(
            "url.insecure",
            withReport(
                cited, redirected(18, 0, http, Verdict.DEAD, https, new Redirect(http, 301)))),
        "the https page must answer");
    assertNotNull(rule("url.insecure").unavailable(context(cited)), "needs a report");
  }

  @Test
  void repairedUrlsShowPrintedAgainstRepairedAndTheOtherReadings() {
    Source broken =
        source()
            .url("https://www.ipinst.org/uploads/1605-Chained.pdf")
            .printed("https://www.ipin st.org/uploads/1605\n-Chained.pdf")
            .candidates(
                "https://www.ipinst.org/uploads/1605-Chained.pdf",
                "https://www.ipinst.org/uploads/1605")
            .build();
    Source schemeless =
        source()
            .url("https://www.osce.org/files/report.pdf")
            .printed("<www.osce.org/files/report.pdf>")
            .build();
    Source whole = source().url("https://example.org/whole").build();
    ReferenceSet refs = references(note(5, broken), note(6, schemeless, whole));
    List<Finding> found = check("url.repaired", context(refs));
    assertEquals(2, found.size());
    assertEquals(
        "The PDF broke this URL: printed \"https://www.ipin st.org/uploads/1605⏎-Chained.pdf\", read as"
            + " https://www.ipinst.org/uploads/1605-Chained.pdf. Another reading: https://www.ipinst.org/uploads/1605.",
        found.get(0).message());
    assertTrue(
        found
            .get(0)
            .fix()
            .startsWith(
                "Check the URL in the source document: if it is whole there, the"
                    + " spaces are the PDF's line wraps and there is nothing to fix (the record keeps the repaired URL)"),
        found.get(0).fix());
    assertTrue(
        found.get(0).fix().endsWith(": https://www.ipinst.org/uploads/1605-Chained.pdf"),
        found.get(0).fix());
    assertEquals(
        "Correct the URL in the source document, so that the next PDF prints it whole:"
            + " https://www.osce.org/files/report.pdf",
        found.get(1).fix(),
        "printed otherwise, not broken");
    assertEquals(
        "The URL is printed as \"<www.osce.org/files/report.pdf>\", read as https://www.osce.org/files/report.pdf.",
        found.get(1).message());
    List<Finding> settled =
        check(
            "url.repaired",
            withReport(refs, result(5, 0, "https://www.ipinst.org/uploads/1605", Verdict.ALIVE)));
    assertTrue(
        settled
            .get(0)
            .message()
            .endsWith("The check settled on https://www.ipinst.org/uploads/1605 (alive)."),
        settled.get(0).message());
    assertTrue(settled.get(0).fix().endsWith(": https://www.ipinst.org/uploads/1605"));
  }

  @Test
  void aUrlBrokenOnlyWhereTheLineEndsNeedsNoFixInTheSource() {
    for (String printed :
        List.of(
            "https://example.org/reports/\n2020/annual.pdf",
            "https://example.org/reports/ \r\n 2020/" + "annual.pdf",
            "https://example.org/\nreports/\n2020/annual.pdf")) {
      Source wrapped =
          source().url("https://example.org/reports/2020/annual.pdf").printed(printed).build();
      List<Finding> found = check("url.repaired", context(references(note(3, wrapped))));
      assertEquals(1, found.size(), printed);
      assertEquals(
          "Nothing to fix in the source if it prints the URL whole: the break is where the PDF wrapped the"
              + " line. The record keeps the repaired URL: https://example.org/reports/2020/annual.pdf",
          found.get(0).fix());
    }
  }

  @Test
  void urlsPrintedWithoutSchemeOrAsDoiAreNotRepairs() {
    Source www =
        source()
            .url("https://www.osce.org/report")
            .printed("www.osce.org/report")
            .candidates("https://www.osce.org/report", "http://www.osce.org/report")
            .build();
    Source doi =
        source()
            .url("https://doi.org/10.1177/0022343319829794")
            .printed("doi:10.1177/0022343319829794")
            .build();
    assertEquals(List.of(), check("url.repaired", context(references(note(1, www), note(2, doi)))));
  }
}
