package org.citecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.citecheck.io.Json;
import org.citecheck.testing.UrlResultFixture;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;
import org.citecheck.verdict.VerificationReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Comment;
import org.w3c.dom.Node;

/**
 * A run whose checker had no network must not read like a pass: every report format says so in its
 * headline (Markdown and HTML titles, the annotated notes' first line, a JUnit file's opening
 * comment and skipped count, SARIF's invocation), and says how many links a partly offline run
 * could not verify. A fully verified run says none of it.
 */
class UnverifiedHeadlineTest {

  private static final String SARIF_SCHEMA = "/org/citecheck/report/sarif/sarif-schema-2.1.0.json";

  /** The checker had no network at all: every link offline. */
  private static final ReportContext OFFLINE =
      context(
          true,
          result(1, "https://example.org/a", Verdict.OFFLINE),
          result(2, "https://example.org/b", Verdict.OFFLINE),
          result(3, "https://example.org/c", Verdict.OFFLINE));

  /** Offline, but one result comes from the cache of an earlier run and one needs no network. */
  private static final ReportContext OFFLINE_WITH_CACHE =
      context(
          true,
          result(1, "https://example.org/a", Verdict.OFFLINE),
          result(2, "https://example.org/b", Verdict.DEAD),
          result(3, "javascript:alert(1)", Verdict.INVALID));

  /** The network answered, but two links were tried without it. */
  private static final ReportContext PARTLY =
      context(
          false,
          result(1, "https://example.org/a", Verdict.ALIVE),
          result(2, "https://example.org/b", Verdict.OFFLINE),
          result(3, "https://example.org/c", Verdict.OFFLINE),
          result(4, "https://example.org/d", Verdict.ALIVE));

  private static final ReportContext VERIFIED =
      context(
          false,
          result(1, "https://example.org/a", Verdict.ALIVE),
          result(2, "https://example.org/b", Verdict.REDIRECTED));

  @Test
  void markdownSaysItInItsTitleAndNeverThatNothingFails() {
    List<String> md = MarkdownReport.format(OFFLINE).lines().toList();
    assertEquals("# Citation check: nothing verified, the checker was offline", md.get(0));
    assertTrue(
        md.get(2)
            .startsWith("> **The checker was offline: no site answered, so nothing was verified"),
        md.get(2));
    assertTrue(md.get(2).contains("None of the 3 cited URLs could be checked."), md.get(2));
    String all = String.join("\n", md);
    assertFalse(all.contains("Nothing fails"), all);
    assertTrue(all.contains("**Not judged: the checker was offline** (fail-on: dead)."), all);

    String partly = MarkdownReport.format(PARTLY);
    assertTrue(
        partly.startsWith(
            "# Citation check: 2 of 4 cited URLs not verified, no network\n\n"
                + "> **2 of the 4 cited URLs were not verified: the checker had no network when it tried them."),
        partly);
    assertTrue(
        partly.contains(
            "**No verified URL fails the check; 2 could not be verified** (fail-on: dead)."),
        partly);
  }

  @Test
  void anOfflineRunWithCachedResultsCountsWhatWasNotChecked() {
    String md = MarkdownReport.format(OFFLINE_WITH_CACHE);
    assertTrue(
        md.contains(
            "1 of the 3 cited URLs could not be checked; the other 2 need no network (invalid or"
                + " skipped) or come from earlier runs."),
        md);
    assertTrue(
        md.contains(
            "**Not judged: the checker was offline; 1 result of earlier runs would fail it**"),
        md);
  }

  @Test
  void htmlSaysItInTheTitleTheHeadingAndTheFailOnLine() {
    Document page = Jsoup.parse(HtmlReport.format(OFFLINE));
    assertTrue(
        page.title()
            .startsWith("Citation check: nothing verified, the checker was offline — The Karabakh"),
        page.title());
    Element heading = page.selectFirst("header h1");
    assertEquals("Citation check: nothing verified, the checker was offline", heading.text());
    Element notice = heading.nextElementSibling();
    assertEquals("p", notice.tagName(), "the explanation comes right under the heading");
    assertTrue(
        notice.text().startsWith("The checker was offline: no site answered"), notice.text());
    assertEquals("dead (not judged: the checker was offline)", failOn(page));

    Document partly = Jsoup.parse(HtmlReport.format(PARTLY));
    assertEquals(
        "Citation check: 2 of 4 cited URLs not verified, no network",
        partly.selectFirst("h1").text());
    assertEquals("dead (0 found; 2 not verified)", failOn(partly));
  }

  @Test
  void annotatedNotesDoNotClaimTheLinksWereChecked() {
    String offline = AnnotatedNotes.format(OFFLINE);
    assertFalse(offline.contains("checked by citecheck"), offline);
    assertTrue(
        offline
            .lines()
            .toList()
            .get(2)
            .startsWith(
                "**Not checked: the checker was offline.** URLs as repaired"
                    + " by citecheck on 2024-05-01T12:00:00Z; no link was verified"),
        offline);
    String partly = AnnotatedNotes.format(PARTLY);
    assertTrue(
        partly
            .lines()
            .toList()
            .get(2)
            .contains(
                "**2 of the 4 cited URLs were not verified: the checker had"
                    + " no network when it tried them."),
        partly);
  }

  @Test
  void junitCountsOfflineCasesAsSkippedAndSaysWhyFirst() throws Exception {
    org.w3c.dom.Document xml = parse(JUnitReport.format(OFFLINE));
    org.w3c.dom.Element root = xml.getDocumentElement();
    assertEquals("3", root.getAttribute("tests"));
    assertEquals("3", root.getAttribute("skipped"), "not one case passes");
    assertEquals("0", root.getAttribute("failures"));
    Node first = xml.getFirstChild();
    assertTrue(first instanceof Comment, "a comment before the results");
    assertTrue(
        first.getTextContent().strip().startsWith("The checker was offline"),
        first.getTextContent());

    org.w3c.dom.Document partly = parse(JUnitReport.format(PARTLY));
    assertEquals("2", partly.getDocumentElement().getAttribute("skipped"));
    assertTrue(
        partly
            .getFirstChild()
            .getTextContent()
            .contains("2 of the 4 cited URLs were not verified"));
  }

  @Test
  void sarifSaysItInTheInvocationAnErrorOfflineAWarningPartly() throws Exception {
    JsonNode offline = invocation(OFFLINE);
    assertFalse(offline.get("executionSuccessful").asBoolean());
    assertEquals("error", offline.at("/toolExecutionNotifications/0/level").asText());
    assertTrue(
        offline
            .at("/toolExecutionNotifications/0/message/text")
            .asText()
            .startsWith("The checker was offline"));

    JsonNode partly = invocation(PARTLY);
    assertTrue(partly.get("executionSuccessful").asBoolean(), "the run itself went through");
    assertEquals("warning", partly.at("/toolExecutionNotifications/0/level").asText());
    assertTrue(
        partly
            .at("/toolExecutionNotifications/0/message/text")
            .asText()
            .startsWith("2 of the 4 cited URLs were not verified"));

    for (ReportContext context : List.of(OFFLINE, PARTLY)) {
      assertEquals(List.of(), SchemaCheck.errors(SARIF_SCHEMA, SarifReport.format(context)));
    }
  }

  @Test
  void aVerifiedRunSaysNoneOfIt() throws Exception {
    for (ReportFormat format : ReportFormat.values()) {
      String text = format.format(VERIFIED);
      assertFalse(
          text.contains("not verified")
              || text.contains("offline:")
              || text.contains("Not checked"),
          format + ":\n" + text);
    }
    assertTrue(MarkdownReport.format(VERIFIED).startsWith("# Citation check\n"));
    assertTrue(
        MarkdownReport.format(VERIFIED).contains("**Nothing fails the check** (fail-on: dead)."));
    assertEquals("dead (0 found)", failOn(Jsoup.parse(HtmlReport.format(VERIFIED))));
    assertTrue(invocation(VERIFIED).path("toolExecutionNotifications").isMissingNode());
    assertTrue(
        AnnotatedNotes.format(VERIFIED).contains("URLs as repaired and checked by citecheck on"));
  }

  @Test
  void theJsonReportKeepsItsOfflineFlagAndCounts() throws Exception {
    JsonNode json = Json.mapper().readTree(JsonReport.format(OFFLINE));
    assertTrue(json.get("offline").asBoolean());
    assertEquals(3, json.at("/summary/offline").asInt());
    assertEquals(
        2, Json.mapper().readTree(JsonReport.format(PARTLY)).at("/summary/offline").asInt());
  }

  private static String failOn(Document page) {
    for (Element term : page.select("dl.meta dt")) {
      if (term.text().equals("Fail-on")) {
        return term.nextElementSibling().text();
      }
    }
    throw new AssertionError("no Fail-on line");
  }

  private static JsonNode invocation(ReportContext context) throws Exception {
    return Json.mapper().readTree(SarifReport.format(context)).at("/runs/0/invocations/0");
  }

  private static org.w3c.dom.Document parse(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static ReportContext context(boolean offline, UrlResult... results) {
    return new ReportContext(
        new VerificationReport(
            1, ReportFixture.GENERATED_AT, "references.json", offline, null, List.of(results)),
        ReportFixture.references(),
        null,
        EnumSet.of(Verdict.DEAD),
        "test");
  }

  private static UrlResult result(int note, String url, Verdict verdict) {
    String reason =
        switch (verdict) {
          case OFFLINE -> "not verified: the checker has no network";
          case DEAD -> "404 Not Found; not yet confirmed (cached result of 2024-04-30T08:00:00Z)";
          default -> verdict.label();
        };
    return UrlResultFixture.result(note, 0, url, verdict).reason(reason).elapsedMs(1).build();
  }
}
