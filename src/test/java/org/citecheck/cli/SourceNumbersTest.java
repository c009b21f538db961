package org.citecheck.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
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
import org.citecheck.testing.CliRun;
import org.citecheck.testing.ClosedPort;
import org.citecheck.testing.SourceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note's sources are counted from 1 wherever a person reads them (console, JUnit, SARIF
 * messages), while verification.json and SARIF's JSON pointer keep the 0-based index.
 */
class SourceNumbersTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path folder;

  /** Note 7 cites three pages; only the one at {@code deadAt} (0-based) is gone. */
  private Path noteWithThreeSources(int deadAt) throws IOException {
    server.stubFor(
        any(urlPathEqualTo("/ok"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><title>Page</title><body>x</body></html>")));
    server.stubFor(any(urlPathEqualTo("/gone")).willReturn(aResponse().withStatus(404)));
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String url =
          "http://127.0.0.1:" + server.getPort() + (i == deadAt ? "/gone" : "/ok") + "?n=" + i;
      sources.add(SourceFixture.source().title("Page").url(url).text("text").build());
    }
    Note first = new Note(6, false, false, 10, "Ibid.", null, List.of());
    Note cited = new Note(7, false, false, 12, "three pages", null, sources);
    Path file = folder.resolve("references.json");
    Files.writeString(
        file,
        ReferencesJson.write(
            new ReferenceSet(
                new DocumentInfo("Report", List.of(), null, "report.txt", null, null),
                List.of(first, cited))));
    return file;
  }

  private CliRun check(Path references) {
    return CliRun.of(
        "check",
        references.toString(),
        "--reports",
        folder.resolve("reports").toString(),
        "--format",
        "json,junit,sarif",
        "--allow-private-hosts",
        "--no-cache",
        "--archive",
        "none",
        "--probe-url",
        ClosedPort.url());
  }

  @Test
  void theConsoleJUnitAndSarifCountSourcesFromOne() throws IOException {
    for (int deadAt = 0; deadAt < 3; deadAt++) {
      CliRun run = check(noteWithThreeSources(deadAt));
      int person = deadAt + 1;
      assertEquals(ExitCodes.FINDINGS, run.code(), run.err());
      assertTrue(run.out().contains("  note 7, source " + person + ": dead "), run.out());
      assertFalse(run.out().contains("source 0"), run.out());

      JsonNode json = Json.mapper().readTree(folder.resolve("reports/verification.json").toFile());
      JsonNode dead = json.get("results").get(deadAt);
      assertEquals("dead", dead.get("verdict").asText());
      assertEquals(
          deadAt,
          dead.get("source").asInt(),
          "verification.json keeps its documented 0-based index");

      String junit = Files.readString(folder.resolve("reports/junit.xml"));
      assertTrue(junit.contains("name=\"source " + person + ": "), junit);
      assertFalse(junit.contains("name=\"source 0"), junit);

      JsonNode sarif =
          Json.mapper().readTree(folder.resolve("reports/verification.sarif").toFile());
      JsonNode result = sarif.at("/runs/0/results/0");
      assertTrue(
          result
              .at("/message/text")
              .asText()
              .startsWith(person == 1 ? "Note 7: " : "Note 7 (source " + person + "): "),
          result.toString());
      assertEquals(
          "note 7, source " + person, result.at("/locations/0/logicalLocations/0/name").asText());
      assertEquals(
          "/notes/1/sources/" + deadAt,
          result.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText(),
          "a JSON pointer stays 0-based");
    }
  }
}
