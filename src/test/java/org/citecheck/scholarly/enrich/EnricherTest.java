package org.citecheck.scholarly.enrich;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.citecheck.http.FakeTime;
import org.citecheck.references.ReferenceSet;
import org.citecheck.references.Source;
import org.citecheck.references.SourceKind;
import org.citecheck.scholarly.ScholarlyFixture;
import org.citecheck.scholarly.ScholarlyOptions;
import org.citecheck.scholarly.store.AnswerStore;
import org.citecheck.testing.ClosedPort;
import org.citecheck.testing.SourceFixture;
import org.citecheck.testing.UrlResultFixture;
import org.citecheck.verdict.PageMetadata;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;
import org.citecheck.verdict.VerificationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Enrichment against stand-in services answering with the real shapes. */
class EnricherTest {

  static final String CSL_TYPE = "application/vnd.citationstyles.csl+json";

  /** What Crossref's content negotiation answers for a journal article. */
  static final String CSL =
      """
      {"indexed": {"date-parts": [[2024, 1, 5]]}, "type": "article-journal",
       "title": "Borders and Belonging in the South Caucasus",
       "author": [{"given": "Jane", "family": "Smith", "sequence": "first", "affiliation": []},
                  {"literal": "Caucasus Research Network"}],
       "container-title": "Journal of Peace Studies", "issued": {"date-parts": [[2016, 5, 1]]},
       "volume": "12", "issue": "3", "page": "45-67", "DOI": "10.1111/JPS.12345",
       "URL": "https://doi.org/10.1111/jps.12345", "publisher": "Wiley", "ISSN": ["1234-5678"]}""";

  /** DataCite's JSON:API record of a report. */
  static final String DATACITE =
      """
      {"data": {"id": "10.5281/zenodo.42", "type": "dois", "attributes": {
        "doi": "10.5281/zenodo.42", "titles": [{"title": "Ceasefire Monitoring Data"}],
        "creators": [{"name": "Rossi, Maria", "nameType": "Personal", "givenName": "Maria", "familyName": "Rossi"}],
        "publisher": "Zenodo", "publicationYear": 2020,
        "types": {"resourceTypeGeneral": "Report"}, "url": "https://zenodo.org/record/42"}}}""";

  /** A Crossref list whose best match has another year, then the right one. */
  static String crossrefList(String firstYear) {
    return """
        {"status": "ok", "message-type": "work-list", "message-version": "1.0.0", "message": {
          "facets": {}, "total-results": 2345, "items": [
            {"DOI": "10.2307/wrong", "score": 92.1, "type": "journal-article",
             "title": ["Minority Rights in Europe"], "author": [{"given": "Karl", "family": "Weber", "sequence": "first"}],
             "container-title": ["Ethnopolitics"], "issued": {"date-parts": [[%s]]}, "volume": "3"},
            {"DOI": "10.1080/other", "score": 40.0, "type": "journal-article",
             "title": ["Something else entirely"], "author": [{"given": "A", "family": "B"}],
             "issued": {"date-parts": [[2011]]}}],
          "items-per-page": 3, "query": {"start-index": 0, "search-terms": "x"}}}"""
        .formatted(firstYear);
  }

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  final FakeTime time = new FakeTime();
  final Clock clock = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);

  Enricher.Result enrich(ReferenceSet references, VerificationReport report) {
    return enrich(ScholarlyFixture.options(server, clock, time), references, report);
  }

  Enricher.Result enrich(
      ScholarlyOptions options, ReferenceSet references, VerificationReport report) {
    return new Enricher(ScholarlyFixture.services(options, AnswerStore.none()))
        .enrich(references, report);
  }

  static Source only(Enricher.Result result) {
    return result.references().notes().get(0).sources().get(0);
  }

  static void stubCslRedirectedToTheAgency(String doi, String body) {
    server.stubFor(
        get(urlEqualTo("/" + doi))
            .withHeader("Accept", equalTo(CSL_TYPE))
            .willReturn(
                aResponse()
                    .withStatus(302)
                    .withHeader("Location", "/agency/" + doi + "/transform")));
    server.stubFor(
        get(urlEqualTo("/agency/" + doi + "/transform"))
            .withHeader("Accept", equalTo(CSL_TYPE))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", CSL_TYPE + "; charset=utf-8")
                    .withBody(body)));
  }

  @Test
  void aDoiGivesVolumeIssueAndPagesAndThePrintedFieldsStay() {
    stubCslRedirectedToTheAgency("10.1111/jps.12345", CSL);
    Source printed =
        SourceFixture.source()
            .kind(SourceKind.JOURNAL_ARTICLE)
            .authors("Jane Smith")
            .title("Borders and Belonging in the South Caucasus")
            .date("2016")
            .doi("10.1111/jps.12345")
            .build();

    Enricher.Result result = enrich(ScholarlyFixture.references(printed), null);

    Source done = only(result);
    assertEquals(List.of("Jane Smith"), done.authors(), "the note's authors stay");
    assertEquals("12", done.volume());
    assertEquals("3", done.issue());
    assertEquals("45-67", done.pages());
    assertEquals("Journal of Peace Studies", done.container());
    assertEquals("Wiley", done.publisher());
    assertEquals("2016-05-01", done.date(), "a printed year made more precise, never looser");
    assertEquals(
        Map.of(
            "authors",
            "note",
            "title",
            "note",
            "date",
            "doi",
            "doi",
            "note",
            "container",
            "doi",
            "publisher",
            "doi",
            "volume",
            "doi",
            "issue",
            "doi",
            "pages",
            "doi"),
        done.provenance());
    assertEquals(1, result.completed());
    server.verify(
        getRequestedFor(urlEqualTo("/agency/10.1111/jps.12345/transform"))
            .withHeader("User-Agent", containing("mailto:lead@example.org")));
  }

  @Test
  void aDisagreeingDateIsNeverReplaced() {
    stubCslRedirectedToTheAgency("10.1111/jps.12345", CSL);
    Source printed =
        SourceFixture.source()
            .kind(SourceKind.JOURNAL_ARTICLE)
            .title("Borders and Belonging in the South Caucasus")
            .date("2015-11")
            .doi("https://doi.org/10.1111/jps.12345")
            .build();

    Source done = only(enrich(ScholarlyFixture.references(printed), null));

    assertEquals("2015-11", done.date());
    assertEquals("note", done.provenance().get("date"));
    assertEquals(List.of("Smith, Jane", "Caucasus Research Network"), done.authors());
    assertEquals("doi", done.provenance().get("authors"));
  }

  @Test
  void aDoiWhoseRecordIsAnotherWorkIsNotUsed() {
    stubCslRedirectedToTheAgency("10.1111/jps.12345", CSL);
    Source printed =
        SourceFixture.source()
            .kind(SourceKind.JOURNAL_ARTICLE)
            .title("Water policy in Central Asia")
            .doi("10.1111/jps.12345")
            .build();

    Enricher.Result result = enrich(ScholarlyFixture.references(printed), null);

    assertNull(only(result).volume());
    assertTrue(result.kept().get(0).contains("another title"), result.kept().toString());
  }

  @Test
  void anAgencyWithoutCslJsonFallsBackToDataCite() {
    server.stubFor(get(urlEqualTo("/10.5281/zenodo.42")).willReturn(aResponse().withStatus(406)));
    server.stubFor(
        get(urlEqualTo("/datacite/dois/10.5281/zenodo.42"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/vnd.api+json")
                    .withBody(DATACITE)));
    Source printed =
        SourceFixture.source()
            .kind(SourceKind.REPORT)
            .url("https://doi.org/10.5281/zenodo.42")
            .build();

    Source done = only(enrich(ScholarlyFixture.references(printed), null));

    assertEquals("Ceasefire Monitoring Data", done.title());
    assertEquals(List.of("Rossi, Maria"), done.authors());
    assertEquals("2020", done.date());
    assertEquals("Zenodo", done.publisher());
    assertEquals("10.5281/zenodo.42", done.doi());
    assertEquals("note", done.provenance().get("doi"), "the note printed the DOI as a URL");
  }

  @Test
  void anUnknownDoiKeepsTheRecordAndSaysWhy() {
    server.stubFor(get(urlEqualTo("/10.9999/missing")).willReturn(aResponse().withStatus(404)));
    Source printed = SourceFixture.source().title("T").doi("10.9999/missing").build();

    Enricher.Result result = enrich(ScholarlyFixture.references(printed), null);

    assertEquals(printed.title(), only(result).title());
    assertTrue(result.kept().get(0).contains("not known"), result.kept().toString());
  }

  @Test
  void aCrossrefBestMatchWithAnotherYearIsRefused() {
    server.stubFor(
        get(urlPathEqualTo("/works"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withHeader("X-Rate-Limit-Limit", "50")
                    .withHeader("X-Rate-Limit-Interval", "1s")
                    .withBody(crossrefList("2019, 3"))));
    Source printed =
        SourceFixture.source()
            .kind(SourceKind.JOURNAL_ARTICLE)
            .authors("Karl Weber")
            .title("Minority rights in Europe")
            .date("2016")
            .text("Karl Weber, \"Minority rights in Europe,\" Ethnopolitics 3 (2016)")
            .build();

    Enricher.Result result = enrich(ScholarlyFixture.references(printed), null);

    Source done = only(result);
    assertNull(done.doi());
    assertNull(done.volume());
    assertTrue(
        result.kept().get(0).contains("another year (2019, the note says 2016)"),
        result.kept().toString());
    server.verify(
        getRequestedFor(urlPathEqualTo("/works"))
            .withQueryParam("query.bibliographic", containing("Minority rights in Europe"))
            .withQueryParam("rows", equalTo("3"))
            .withQueryParam("mailto", equalTo("lead@example.org")));
  }

  @Test
  void aConfirmedCrossrefMatchGivesItsDoiAndFieldsWithProvenance() {
    server.stubFor(
        get(urlPathEqualTo("/works"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(crossrefList("2016, 2"))));
    Source printed =
        SourceFixture.source()
            .kind(SourceKind.JOURNAL_ARTICLE)
            .authors("K. Weber")
            .title("Minority Rights in Europe")
            .date("2016")
            .build();

    Source done = only(enrich(ScholarlyFixture.references(printed), null));

    assertEquals("10.2307/wrong", done.doi());
    assertEquals("crossref", done.provenance().get("doi"));
    assertEquals("3", done.volume());
    assertEquals("Ethnopolitics", done.container());
    assertEquals("2016-02", done.date());
    assertEquals("note", done.provenance().get("authors"));
  }

  @Test
  void crossrefIsNotAskedForNewsOrWebPages() {
    Source news =
        SourceFixture.source()
            .kind(SourceKind.NEWS_ARTICLE)
            .title("Talks stall")
            .date("2020")
            .build();

    Enricher.Result result = enrich(ScholarlyFixture.references(news), null);

    assertEquals(0, server.getAllServeEvents().size());
    assertEquals(0, result.completed());
  }

  @Test
  void thePagesMetadataFillsTheAuthorANewsNoteLeftOut() {
    String url = "https://news.example/talks";
    Source printed =
        SourceFixture.source()
            .kind(SourceKind.NEWS_ARTICLE)
            .title("Talks stall over border")
            .container("The Guardian")
            .url(url)
            .build();
    UrlResult checked =
        UrlResultFixture.result(1, 0, url, Verdict.ALIVE)
            .page(
                new PageMetadata(
                    "Talks stall over border",
                    List.of("Bob Stone"),
                    "2020-11-03",
                    "The Guardian",
                    "NewsArticle",
                    null,
                    url,
                    "en"))
            .build();
    VerificationReport report =
        new VerificationReport(
            1, "2026-12-02T10:00:00Z", "references.json", false, null, List.of(checked));

    Source done = only(enrich(ScholarlyFixture.references(printed), report));

    assertEquals(List.of("Bob Stone"), done.authors());
    assertEquals("page", done.provenance().get("authors"));
    assertEquals("2020-11-03", done.date());
    assertEquals("The Guardian", done.container());
    assertEquals("note", done.provenance().get("container"));
  }

  @Test
  void aPageThatWasNotFoundAsCitedGivesNothing() {
    String url = "https://news.example/gone";
    Source printed =
        SourceFixture.source().kind(SourceKind.NEWS_ARTICLE).title("T").url(url).build();
    UrlResult soft =
        UrlResultFixture.result(1, 0, url, Verdict.SOFT_404)
            .page(
                new PageMetadata("Home", List.of("Webmaster"), null, null, null, null, null, null))
            .build();
    VerificationReport report =
        new VerificationReport(1, "2026-12-02T10:00:00Z", "r", false, null, List.of(soft));

    assertEquals(List.of(), only(enrich(ScholarlyFixture.references(printed), report)).authors());
  }

  @Test
  void enrichingTwiceGivesTheSameRecord() {
    stubCslRedirectedToTheAgency("10.1111/jps.12345", CSL);
    Source printed =
        SourceFixture.source()
            .kind(SourceKind.JOURNAL_ARTICLE)
            .title("Borders and Belonging in the South Caucasus")
            .doi("10.1111/jps.12345")
            .build();
    Enricher.Result once = enrich(ScholarlyFixture.references(printed), null);
    Enricher.Result twice = enrich(once.references(), null);
    assertEquals(only(once), only(twice));
  }

  @Test
  void offlineNothingChangesAndItSaysSo() {
    ScholarlyOptions nowhere =
        ScholarlyFixture.options(server, clock, time)
            .withBases(ClosedPort.url(), ClosedPort.url(), ClosedPort.url());
    Source printed =
        SourceFixture.source()
            .kind(SourceKind.JOURNAL_ARTICLE)
            .authors("Jane Smith")
            .title("Borders")
            .date("2016")
            .doi("10.1111/jps.12345")
            .url("https://x.example/a")
            .build();
    UrlResult checked =
        UrlResultFixture.result(1, 0, "https://x.example/a", Verdict.ALIVE)
            .page(
                new PageMetadata(
                    "Borders", List.of(), "2016-05-01", "Site", null, null, null, null))
            .build();
    ReferenceSet references = ScholarlyFixture.references(printed);

    Enricher.Result result =
        enrich(
            nowhere,
            references,
            new VerificationReport(1, "2026-12-02T10:00:00Z", "r", false, null, List.of(checked)));

    assertTrue(result.offline());
    assertEquals(references, result.references());
  }

  @Test
  void a429WithRetryAfterIsWaitedOutAndCrossrefsAnnouncedLimitIsKept() {
    server.stubFor(
        get(urlPathEqualTo("/works"))
            .inScenario("busy")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "4"))
            .willSetStateTo("calm"));
    server.stubFor(
        get(urlPathEqualTo("/works"))
            .inScenario("busy")
            .whenScenarioStateIs("calm")
            .willReturn(
                aResponse()
                    .withHeader("X-Rate-Limit-Limit", "5")
                    .withHeader("X-Rate-Limit-Interval", "1s")
                    .withBody(crossrefList("2016"))));
    Source printed =
        SourceFixture.source()
            .kind(SourceKind.JOURNAL_ARTICLE)
            .authors("Karl Weber")
            .title("Minority Rights in Europe")
            .date("2016")
            .build();
    ScholarlyOptions options = ScholarlyFixture.options(server, clock, time);
    var services = ScholarlyFixture.services(options, AnswerStore.none());

    Source done = only(new Enricher(services).enrich(ScholarlyFixture.references(printed), null));

    assertEquals("10.2307/wrong", done.doi());
    assertTrue(
        time.sleeps().stream().anyMatch(wait -> wait.compareTo(Duration.ofSeconds(4)) >= 0),
        time.sleeps().toString());
    assertEquals(Duration.ofMillis(200), services.crossref().limiter().spacing());
    assertFalse(server.getAllServeEvents().isEmpty());
  }
}
