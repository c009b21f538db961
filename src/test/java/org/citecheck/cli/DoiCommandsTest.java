package org.citecheck.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citecheck.io.Json;
import org.citecheck.references.DocumentInfo;
import org.citecheck.references.Note;
import org.citecheck.references.ReferenceSet;
import org.citecheck.references.ReferencesJson;
import org.citecheck.references.Source;
import org.citecheck.references.SourceKind;
import org.citecheck.testing.ClosedPort;
import org.citecheck.testing.JsonSchemas;
import org.citecheck.testing.SourceFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * check's DOI stage and page metadata, then enrich and bib, through the real command line against
 * one stand-in web: a publisher that refuses robots, a news page naming its author, the DOI
 * resolver and its agency.
 */
class DoiCommandsTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String DOI = "10.1111/jps.12345";

  @TempDir Path folder;

  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void web() {
    server.stubFor(any(urlEqualTo("/publisher/article")).willReturn(aResponse().withStatus(403)));
    server.stubFor(
        any(urlEqualTo("/news/talks"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withBody(
                        """
                        <html lang="en"><head><title>Talks stall | Daily Example</title>
                        <meta property="og:site_name" content="Daily Example">
                        <meta name="author" content="Daily Example">
                        <script type="application/ld+json">{"@context": "https://schema.org",
                          "@type": "NewsArticle", "headline": "Talks stall",
                          "author": [{"@type": "Person", "name": "Bob Stone"}],
                          "datePublished": "2020-11-03T08:00:00Z",
                          "publisher": {"@type": "Organization", "name": "Daily Example"}}</script>
                        </head><body><h1>Talks stall</h1></body></html>""")));
    server.stubFor(
        get(urlEqualTo("/api/handles/" + DOI))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"responseCode\": 1, \"handle\": \""
                            + DOI
                            + "\", \"values\": [{\"index\": 1, \"type\": \"URL\", \"data\":"
                            + " {\"format\": \"string\", \"value\": \""
                            + url("/publisher/article")
                            + "\"}}]}")));
    server.stubFor(
        get(urlEqualTo("/" + DOI))
            .willReturn(aResponse().withStatus(302).withHeader("Location", "/agency/" + DOI)));
    server.stubFor(
        get(urlEqualTo("/agency/" + DOI))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/vnd.citationstyles.csl+json")
                    .withBody(
                        """
                        {"type": "article-journal", "title": "Borders and Belonging",
                         "author": [{"family": "Smith", "given": "Jane"}],
                         "container-title": "Journal of Peace Studies",
                         "issued": {"date-parts": [[2016, 5]]}, "volume": "12", "issue": "3",
                         "page": "45-67", "DOI": "10.1111/JPS.12345"}""")));
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getPort() + path;
  }

  Path references() throws Exception {
    Source article =
        SourceFixture.source()
            .kind(SourceKind.JOURNAL_ARTICLE)
            .authors("Jane Smith")
            .title("Borders and Belonging")
            .date("2016")
            .url(url("/publisher/article"))
            .doi(DOI)
            .text("Jane Smith, \"Borders and Belonging\" (2016)")
            .build();
    Source news =
        SourceFixture.source()
            .kind(SourceKind.NEWS_ARTICLE)
            .title("Talks stall")
            .container("Daily Example")
            .url(url("/news/talks"))
            .text("\"Talks stall,\" Daily Example")
            .build();
    List<Note> notes = new ArrayList<>();
    for (Source source : List.of(article, news)) {
      notes.add(new Note(notes.size() + 1, false, false, 1, "n", null, List.of(source)));
    }
    Path file = folder.resolve("references.json");
    Files.writeString(
        file,
        ReferencesJson.write(
            new ReferenceSet(new DocumentInfo("R", List.of(), null, "r.txt", null, null), notes)));
    return file;
  }

  int run(String... args) {
    out.reset();
    err.reset();
    return Main.run(new ByteArrayInputStream(new byte[0]), out, err, args);
  }

  String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aRegisteredDoiIsAliveThePageGivesItsAuthorAndTheDoiItsVolume() throws Exception {
    Path references = references();
    Path reports = folder.resolve("reports");
    int checked =
        run(
            "check",
            references.toString(),
            "--reports",
            reports.toString(),
            "--format",
            "json",
            "--allow-private-hosts",
            "--archive",
            "none",
            "--no-cache",
            "--probe-url",
            ClosedPort.url(),
            "--doi-base",
            server.baseUrl(),
            "--mailto",
            "lead@example.org",
            "-q");
    assertEquals(0, checked, stderr());
    String verification = Files.readString(reports.resolve("verification.json"));
    JsonSchemas.assertValid("/org/citecheck/schema/verification.schema.json", verification);
    JsonNode results = Json.mapper().readTree(verification).path("results");
    assertEquals("alive", results.get(0).path("verdict").asText());
    assertTrue(
        results.get(0).path("reason").asText().startsWith("DOI registered; the publisher's page"));
    JsonNode page = results.get(1).path("page");
    assertEquals("Talks stall", page.path("title").asText());
    assertEquals("Bob Stone", page.path("authors").get(0).asText());
    assertEquals(1, page.path("authors").size(), "the site is never an author");
    assertEquals("2020-11-03", page.path("published").asText());

    Path enriched = folder.resolve("enriched.json");
    int code =
        run(
            "enrich",
            references.toString(),
            "-o",
            enriched.toString(),
            "--with",
            reports.resolve("verification.json").toString(),
            "--doi-base",
            server.baseUrl(),
            "--crossref-base",
            ClosedPort.url(),
            "--no-cache",
            "--mailto",
            "lead@example.org");
    assertEquals(0, code, stderr());
    assertTrue(stderr().contains("completed 2 of 2 sources"), stderr());
    JsonNode sources = Json.mapper().readTree(enriched.toFile()).path("notes");
    JsonNode article = sources.get(0).path("sources").get(0);
    assertEquals("12", article.path("volume").asText());
    assertEquals("doi", article.path("provenance").path("volume").asText());
    assertEquals("note", article.path("provenance").path("title").asText());
    JsonNode news = sources.get(1).path("sources").get(0);
    assertEquals("Bob Stone", news.path("authors").get(0).asText());
    assertEquals("page", news.path("provenance").path("authors").asText());

    Path bib = folder.resolve("references.bib");
    assertEquals(0, run("bib", enriched.toString(), "-o", bib.toString()), stderr());
    String entries = Files.readString(bib);
    assertTrue(entries.matches("(?s).*volume\\s+= \\{12\\}.*number\\s+= \\{3\\}.*"), entries);
    assertTrue(entries.contains("Stone, Bob"), entries);
  }

  @Test
  void offlineEnrichChangesAndWritesNothing() throws Exception {
    Path references = references();
    Path enriched = folder.resolve("enriched.json");
    int code =
        run(
            "enrich",
            references.toString(),
            "-o",
            enriched.toString(),
            "--doi-base",
            ClosedPort.url(),
            "--crossref-base",
            ClosedPort.url(),
            "--no-cache");
    assertEquals(ExitCodes.OFFLINE, code, stderr());
    assertFalse(Files.exists(enriched));
    assertTrue(stderr().contains("offline: no metadata service answered"), stderr());
    assertTrue(stderr().contains("polite pool is not used"), stderr());
  }

  @Test
  void aWrongMailtoIsOneLineAndExit2() throws Exception {
    int code = run("enrich", references().toString(), "-o", "-", "--mailto", "not an address");
    assertEquals(ExitCodes.USAGE_OR_INPUT, code);
    assertEquals("citecheck: --mailto must be an e-mail address\n", stderr());
  }
}
