package org.citecheck.archive;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Path;
import java.util.List;
import org.citecheck.archive.drift.DriftPages;
import org.citecheck.http.FakeTime;
import org.citecheck.io.Json;
import org.citecheck.references.DocumentInfo;
import org.citecheck.references.Note;
import org.citecheck.references.ReferenceSet;
import org.citecheck.references.Source;
import org.citecheck.testing.GoldenFile;
import org.citecheck.testing.SourceFixture;
import org.citecheck.testing.UrlResultFixture;
import org.citecheck.verdict.ArchiveSummary;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;
import org.citecheck.verdict.VerificationReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ArchiveAnnotatorTest {

  static final String RESCUED = "https://mirrorspectator.com/2020/11/02/why-negotiations-failed/";
  static final String LOST = "https://www.ipinst.org/2020/11/gone";
  static final String SOFT = "https://tass.ru/mezhdunarodnaya-panorama/9999";

  final FakeWaybackArchive archive = new FakeWaybackArchive();

  @RegisterExtension
  final WireMockExtension server =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().extensions(archive))
          .build();

  String alive;

  @BeforeEach
  void serve() throws Exception {
    alive = server.baseUrl() + "/en/statements/ceasefire";
    server.stubFor(
        get(urlPathEqualTo("/cdx/search/cdx"))
            .willReturn(aResponse().withTransformers(FakeWaybackArchive.NAME)));
    archive
        .capture(RESCUED, "20201030120000", 200)
        .capture(alive, "20201111083000", 200)
        .capture(SOFT, "20200101000000", 200)
        .capture(SOFT, "20201215000000", 302);
    server.stubFor(
        get(urlEqualTo("/web/20201111083000id_/" + alive))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/html")
                    .withBody(DriftPages.page("snapshot"))));
    server.stubFor(
        get(urlEqualTo("/en/statements/ceasefire"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/html")
                    .withBody(DriftPages.page("reworded"))));
  }

  static Source source(String title, String date, String accessed, String url, Integer seeNote) {
    SourceFixture source =
        SourceFixture.source().title(title).date(date).accessed(accessed).url(url).text("text");
    return (seeNote == null ? source : source.crossRef("cited-above", seeNote, 0)).build();
  }

  ReferenceSet references() {
    DocumentInfo document =
        new DocumentInfo("OSCE Minsk Group", List.of(), null, "seed.txt", null, "2020-12");
    return new ReferenceSet(
        document,
        List.of(
            new Note(
                1,
                false,
                false,
                10,
                "n1",
                null,
                List.of(source("Why negotiations failed", "2020-11-02", null, RESCUED, null))),
            new Note(
                2,
                false,
                false,
                11,
                "n2",
                null,
                List.of(source("Gone", "2020-11", null, LOST, null))),
            new Note(
                3,
                false,
                false,
                12,
                "n3",
                null,
                List.of(source(DriftPages.CITED, null, "2020-11-12", alive, null))),
            new Note(
                4,
                false,
                false,
                13,
                "n4",
                null,
                List.of(source("FTP", null, null, "ftp://files.example/x", null))),
            new Note(5, false, false, 14, "n5", null, List.of(source(null, null, null, alive, 3))),
            new Note(
                6,
                false,
                false,
                15,
                "n6",
                null,
                List.of(source("Panorama", null, null, SOFT, null)))));
  }

  static UrlResult result(int note, String url, Verdict verdict, Integer status) {
    return UrlResultFixture.result(note, 0, url, verdict)
        .reason(verdict.label())
        .status(status)
        .build();
  }

  List<UrlResult> checked() {
    return List.of(
        result(1, RESCUED, Verdict.DEAD, 404),
        result(2, LOST, Verdict.DEAD, 410),
        result(3, alive, Verdict.ALIVE, 200),
        result(4, "ftp://files.example/x", Verdict.INVALID, null),
        result(5, alive, Verdict.ALIVE, 200),
        result(6, SOFT, Verdict.SOFT_404, 200));
  }

  @Test
  void everyResultGetsItsArchiveResultAndTheReportCountsRescuedLinks() throws Exception {
    ArchiveEngine engine = ArchiveFixture.engine(ArchiveFixture.options(server), new FakeTime());
    List<UrlResult> annotated = new ArchiveAnnotator(engine).annotate(references(), checked());
    VerificationReport report =
        new VerificationReport(
            VerificationReport.SCHEMA_VERSION,
            "2024-06-15T12:00:00Z",
            "seed.txt",
            false,
            null,
            annotated,
            ArchiveSummary.of(annotated));

    String json = Json.write(report).replace(server.baseUrl(), "http://localhost:PORT");
    GoldenFile.assertMatches(
        Path.of("src/test/resources/archive/verification.expected.json"), json);
    assertEquals(new ArchiveSummary(2, 1, 0), report.archive());
    // note 5 cites note 3's page: its lookup and drift are the run's remembered answers
    server.verify(1, getRequestedFor(urlEqualTo("/en/statements/ceasefire")));
  }

  @Test
  void withArchivesOffResultsAreUntouchedAndTheReportHasNoArchiveCounts() {
    ArchiveEngine engine = ArchiveFixture.engine(ArchiveOptions.none(), new FakeTime());
    List<UrlResult> checked = checked();

    List<UrlResult> annotated = new ArchiveAnnotator(engine).annotate(references(), checked);

    assertSame(checked.get(0), annotated.get(0));
    assertNull(ArchiveSummary.of(annotated));
    String json = Json.write(new VerificationReport(1, "t", "in", false, null, annotated));
    assertEquals(false, json.contains("\"archive\": {"), json);
    server.verify(0, getRequestedFor(urlPathEqualTo("/cdx/search/cdx")));
  }
}
