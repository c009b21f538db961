package org.citecheck.bib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.citecheck.io.Json;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CSL-JSON read by a real CSL processor: pandoc's citeproc parser ({@code pandoc -f csljson}) takes
 * every item without a warning and gives back the same ids, types and titles. The item shapes are
 * also checked against the CSL-JSON data model: the closed list of types (and
 * article-journal for journal articles), names as family/given or literal, dates as integer
 * date-parts.
 */
class CslJsonTest {

  private static final Set<String> TYPES =
      Set.of(
          "webpage",
          "post",
          "article-newspaper",
          "article-journal",
          "book",
          "report",
          "legislation",
          "document");

  @TempDir Path folder;

  @ParameterizedTest
  @ValueSource(strings = {"seed", "edge"})
  void pandocReadsEveryItemBack(String name) throws Exception {
    List<BibEntry> entries = Fixtures.entries(name);
    Files.writeString(
        folder.resolve("in.json"), BibStyle.CSL_JSON.render(entries), StandardCharsets.UTF_8);
    ExternalTool.Run run =
        ExternalTool.run(folder, "pandoc", "-f", "csljson", "-t", "csljson", "in.json");
    assertEquals(0, run.exitCode(), run.stderr());
    assertEquals("", run.stderr(), "pandoc warned");
    JsonNode items = Json.mapper().readTree(run.stdout());
    assertEquals(entries.size(), items.size());
    for (int i = 0; i < entries.size(); i++) {
      BibEntry entry = entries.get(i);
      JsonNode item = items.get(i);
      assertEquals(entry.key(), item.path("id").asText());
      assertEquals(CslJsonWriter.type(entry), item.path("type").asText(), entry.key());
      assertEquals(
          quotesFolded(entry.title()), quotesFolded(item.path("title").asText()), entry.key());
      if (entry.url() != null) {
        assertEquals(entry.url(), item.path("URL").asText(), entry.key());
      }
      if (entry.archiveUrl() != null) {
        assertEquals(entry.archiveUrl(), item.path("archive_location").asText(), entry.key());
      }
    }
  }

  /** CSL processors typeset quotes ('x' becomes “x”); compare with every quote mark alike. */
  private static String quotesFolded(String text) {
    return text.replaceAll("['‘’\"“”]", "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"seed", "edge"})
  void itemsFollowTheCslDataModel(String name) throws Exception {
    JsonNode items = Json.mapper().readTree(Fixtures.render(name, BibStyle.CSL_JSON));
    assertTrue(items.isArray());
    for (JsonNode item : items) {
      String id = item.path("id").asText();
      assertTrue(TYPES.contains(item.path("type").asText()), id + " type");
      assertTrue(item.path("title").isTextual(), id + " title");
      for (JsonNode author : item.path("author")) {
        assertTrue(author.has("literal") != author.has("family"), id + " author " + author);
      }
      for (String date : List.of("issued", "accessed")) {
        if (item.has(date)) {
          JsonNode parts = item.path(date).path("date-parts");
          assertEquals(1, parts.size(), id + " " + date);
          parts.get(0).forEach(part -> assertTrue(part.isInt(), id + " " + date));
        }
      }
    }
  }
}
