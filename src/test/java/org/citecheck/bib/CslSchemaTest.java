package org.citecheck.bib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.citecheck.io.Json;
import org.citecheck.references.SourceKind;
import org.citecheck.testing.JsonSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every CSL-JSON bibliography is valid against the official CSL-JSON schema (csl-data.json, v1.0,
 * in src/test/resources/csl-schema with its MIT licence): the seed's, the edge cases', and entries
 * of every kind in every shape the writer can meet.
 */
class CslSchemaTest {

  static final String SCHEMA = "/csl-schema/csl-data.json";

  /** The schema's complaints about a CSL-JSON text, sorted; empty when it is valid. */
  static List<String> errors(String json) {
    return JsonSchemas.validate(SCHEMA, json).stream().map(Object::toString).sorted().toList();
  }

  @Test
  void theSchemaIsTheOfficialOne() throws IOException {
    try (InputStream in = CslSchemaTest.class.getResourceAsStream(SCHEMA)) {
      JsonNode schema = Json.mapper().readTree(in);
      assertEquals(
          "https://resource.citationstyles.org/schema/v1.0/input/json/csl-data.json",
          schema.path("$id").asText());
      assertEquals("http://json-schema.org/draft-07/schema#", schema.path("$schema").asText());
      assertEquals(
          false,
          schema.at("/items/additionalProperties").asBoolean(true),
          "unknown fields are faults");
    }
    try (InputStream licence = CslSchemaTest.class.getResourceAsStream("/csl-schema/LICENSE.txt")) {
      assertFalse(licence == null, "the MIT licence travels with the schema");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"seed", "edge"})
  void theFixturesBibliographiesAreValid(String name) {
    assertEquals(List.of(), errors(Fixtures.render(name, BibStyle.CSL_JSON)));
  }

  @Test
  void entriesOfEveryKindAndShapeAreValid() {
    List<BibEntry> entries = new ArrayList<>();
    int i = 0;
    for (SourceKind kind : SourceKind.values()) {
      for (boolean full : new boolean[] {false, true}) {
        i++;
        entries.add(
            new BibEntry(
                "key" + i,
                kind,
                full
                    ? List.of(
                        Name.parse("Thomas de Waal"),
                        Name.parse("UNHCR"),
                        Name.parse("Jean-Luc Picard Jr."),
                        Name.parse("Madonna"))
                    : List.of(),
                full ? "A “quoted” title <with> {braces} & ünïcödé" : "[Untitled]",
                full,
                full ? "The Outlet" : null,
                full ? "Genève" : null,
                full ? "2020-11" : "2020",
                full ? "2021-05-06" : null,
                full ? "https://example.org/a%20b?q=1#x" : null,
                full ? "10.1000/xyz" : null,
                full ? "12–15" : null,
                full ? "https://web.archive.org/web/20210506000000/https://example.org/" : null,
                full ? "memento:archive.today" : null,
                full ? "2021-05-06" : null,
                full ? List.of(3, 4) : List.of()));
      }
    }
    assertEquals(List.of(), errors(BibStyle.CSL_JSON.render(entries)));
    assertEquals(
        List.of(),
        errors(BibStyle.CSL_JSON.render(List.of())),
        "an empty bibliography is an empty list");
  }

  @Test
  void theSchemaFindsFaultsWhenThereAreSome() {
    String valid = Fixtures.render("edge", BibStyle.CSL_JSON);
    assertFalse(
        errors(broken(valid, "\"type\": \"webpage\"", "\"type\": \"web-page\"")).isEmpty(),
        "unknown type");
    assertFalse(errors(broken(valid, "\"keyword\":", "\"keywords\":")).isEmpty(), "unknown field");
    assertFalse(
        errors(broken(valid, "\"family\":", "\"surname\":")).isEmpty(), "unknown name part");
    assertFalse(errors(broken(valid, "\"id\": \"[^\"]*\",", "")).isEmpty(), "missing id");
    assertFalse(
        errors(broken(valid, "\"date-parts\": \\[\\s*\\[", "\"date-parts\": [[1, 2, 3,")).isEmpty(),
        "a date of four parts");
    assertFalse(
        errors("{\"id\": \"a\", \"type\": \"book\"}").isEmpty(), "an item where a list is due");
  }

  /** The text with its first match of {@code regex} replaced; fails when nothing matched. */
  private static String broken(String text, String regex, String replacement) {
    String changed = text.replaceFirst(regex, replacement);
    assertFalse(changed.equals(text), "nothing matched " + regex);
    return changed;
  }
}
