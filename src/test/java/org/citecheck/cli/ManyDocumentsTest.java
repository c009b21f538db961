package org.citecheck.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import org.citecheck.testing.ClosedPort;
import org.citecheck.testing.SourceFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many documents in one run: each distinct URL checked once across all of them, one folder of
 * reports per document and one index, and the history commands over what the run kept.
 */
class ManyDocumentsTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path folder;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private String url(String path) {
    return "http://127.0.0.1:" + server.getPort() + path;
  }

  private Path document(Path file, List<String> urls) throws IOException {
    List<Note> notes = new ArrayList<>();
    for (String url : urls) {
      notes.add(
          new Note(
              notes.size() + 1,
              false,
              false,
              notes.size() + 1,
              "text",
              null,
              List.of(SourceFixture.source().title("A page").url(url).text("text").build())));
    }
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        ReferencesJson.write(
            new ReferenceSet(
                new DocumentInfo("Report", List.of(), null, file.toString(), null, null), notes)));
    return file;
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    return Main.run(folder, new ByteArrayInputStream(new byte[0]), out, err, args);
  }

  private String store() {
    return folder.resolve("history.db").toString();
  }

  @Test
  void aFolderOfTwentyDocumentsIsCheckedInOneRunWithOneIndex() throws IOException {
    server.stubFor(
        any(anyUrl())
            .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/pdf")));
    server.stubFor(any(urlEqualTo("/gone")).willReturn(aResponse().withStatus(404)));
    Path notes = folder.resolve("notes");
    for (int d = 0; d < 20; d++) {
      // Every document cites the shared page and the dead one; each has a page of its own.
      document(
          notes.resolve(d % 2 == 0 ? "even" : "odd").resolve("report" + d + ".json"),
          List.of(url("/shared"), url("/gone"), url("/own/" + d)));
    }
    Files.writeString(notes.resolve("even/readme.png"), "not a document");
    int code =
        run(
            "check",
            notes.toString(),
            "--include",
            "*.json",
            "--reports",
            folder.resolve("reports").toString(),
            "--store",
            store(),
            "--allow-private-hosts",
            "--archive",
            "none",
            "--probe-url",
            ClosedPort.url(),
            "--quiet");
    assertEquals(ExitCodes.FINDINGS, code, err.toString(StandardCharsets.UTF_8));
    server.verify(1, anyRequestedFor(urlEqualTo("/shared"))); // once for 20 documents
    server.verify(1, anyRequestedFor(urlEqualTo("/own/7")));
    for (int d = 0; d < 20; d++) {
      assertTrue(
          Files.isRegularFile(folder.resolve("reports/report" + d + ".json/verification.json")),
          "document " + d + " has its own reports");
    }
    assertFalse(Files.exists(folder.resolve("reports/verification.json")));
    JsonNode index = Json.mapper().readTree(folder.resolve("reports/index.json").toFile());
    assertEquals(20, index.get("documents").size());
    assertEquals(1, index.get("documents").get(0).get("counts").get("dead").asInt());
    assertEquals(2, index.get("documents").get(0).get("counts").get("alive").asInt());
    JsonNode host = index.get("hosts").get(0);
    assertEquals("127.0.0.1", host.get("host").asText());
    assertEquals(url("/gone"), host.get("failures").get(0).get("url").asText());
    assertTrue(Files.isRegularFile(folder.resolve("reports/index.md")));
    String html = Files.readString(folder.resolve("reports/index.html"));
    assertTrue(html.contains("href=\"report0.json/verification.html\""), html);

    // The history commands read what the run kept.
    assertEquals(0, run("history", url("/gone"), "--store", store(), "--format", "json"));
    JsonNode history = Json.mapper().readTree(out.toByteArray());
    assertEquals(1, history.get("checks").size());
    assertEquals("dead", history.get("checks").get(0).get("verdict").asText());
    assertEquals(404, history.get("checks").get(0).get("httpStatus").asInt());

    assertEquals(0, run("history", "--dead-since", "2000-01-01", "--store", store()));
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith("1 URL went dead since 2000-01-01:\n  " + url("/gone")), text);
    assertTrue(text.contains("cited in " + notes.resolve("even/report0.json")), text);
    assertEquals(20, text.split("cited in ", -1).length - 1, text);

    assertEquals(0, run("store", "prune", "--older-than", "2y", "--store", store()));
    assertTrue(
        out.toString(StandardCharsets.UTF_8).startsWith("dropped 0 checks, 0 snapshots"),
        out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void twoFilesNamedAlikeGetFoldersOfTheirOwn() throws IOException {
    server.stubFor(
        any(anyUrl())
            .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/pdf")));
    Path a = document(folder.resolve("2019/references.json"), List.of(url("/a")));
    Path b = document(folder.resolve("2020/references.json"), List.of(url("/b")));
    int code =
        run(
            "check",
            a.toString(),
            b.toString(),
            "--reports",
            folder.resolve("reports").toString(),
            "--no-cache",
            "--allow-private-hosts",
            "--archive",
            "none",
            "--probe-url",
            ClosedPort.url(),
            "--quiet");
    assertEquals(ExitCodes.OK, code, err.toString(StandardCharsets.UTF_8));
    List<String> folders;
    try (var list = Files.list(folder.resolve("reports"))) {
      folders = list.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertEquals(
        List.of(
            "2019_references.json", "2020_references.json", "index.html", "index.json", "index.md"),
        folders);
  }

  @Test
  void historyNeedsAUrlOrADateAndADateMustBeOne() {
    assertEquals(ExitCodes.USAGE_OR_INPUT, run("history", "--store", store()));
    assertEquals(
        "citecheck: give a URL, or --dead-since DATE, not both\n",
        err.toString(StandardCharsets.UTF_8));
    assertEquals(
        ExitCodes.USAGE_OR_INPUT,
        run("history", "--dead-since", "last tuesday", "--store", store()));
    assertEquals(
        "citecheck: --dead-since 'last tuesday' is not a date (YYYY-MM-DD)\n",
        err.toString(StandardCharsets.UTF_8));
    assertEquals(0, run("history", url("/never"), "--store", store()));
    assertEquals(
        "no check of " + url("/never") + " in " + folder.resolve("history.db") + "\n",
        out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aStoreServerThatDoesNotAnswerStopsTheRunWithExitCodeFive() throws IOException {
    Path input = document(folder.resolve("references.json"), List.of(url("/a")));
    String closed = ClosedPort.url().replaceAll(".*:(\\d+)/$", "$1");
    int code =
        run(
            "check",
            input.toString(),
            "--store",
            "postgresql://ci@127.0.0.1:" + closed + "/citations",
            "--reports",
            folder.resolve("reports").toString(),
            "--allow-private-hosts",
            "--archive",
            "none",
            "--quiet");
    assertEquals(ExitCodes.STORE, code);
    assertEquals(
        "citecheck: cannot connect to the PostgreSQL server at 127.0.0.1:"
            + closed
            + ": the connection was refused (is it running?)\n",
        err.toString(StandardCharsets.UTF_8));
    server.verify(0, anyRequestedFor(anyUrl()));
  }
}
