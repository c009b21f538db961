package org.citecheck.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.citecheck.io.Json;
import org.citecheck.testing.JsonSchemas;
import org.junit.jupiter.api.Test;

/** The failure kind and the cache instant are values in verification.json, read back as written. */
class ResultValuesTest {

  static final String SCHEMA = "/org/citecheck/schema/verification.schema.json";

  static VerificationReport report() {
    UrlResult fresh =
        new UrlResult(
            1,
            0,
            "https://gone.example/",
            Verdict.DEAD,
            "the domain does not resolve",
            false,
            null,
            null,
            List.of(),
            12,
            null,
            null,
            null,
            Failure.DNS,
            null);
    UrlResult cached =
        new UrlResult(
            2,
            0,
            "https://loop.example/a",
            Verdict.UNREACHABLE,
            "redirect loop back to /a",
            null,
            null,
            null,
            List.of(new Redirect("https://loop.example/a", 302)),
            40,
            null,
            null,
            null,
            Failure.REDIRECT_LOOP,
            "2026-03-01T09:30:00Z");
    UrlResult answered =
        new UrlResult(
            3,
            0,
            "https://ok.example/",
            Verdict.ALIVE,
            "HTTP 200",
            null,
            200,
            null,
            List.of(),
            5,
            null,
            null,
            null);
    return new VerificationReport(
        1,
        "2026-03-02T10:00:00Z",
        "references.json",
        false,
        null,
        List.of(fresh, cached, answered));
  }

  @Test
  void theyAreWrittenAsIdsValidAgainstTheSchemaAndReadBack() {
    String json = Json.write(report());
    assertTrue(json.contains("\"failure\": \"dns\""), json);
    assertTrue(json.contains("\"failure\": \"redirect-loop\""), json);
    assertTrue(json.contains("\"cached\": \"2026-03-01T09:30:00Z\""), json);
    JsonSchemas.assertValid(SCHEMA, json);
    VerificationReport read =
        VerificationJson.read(json.getBytes(StandardCharsets.UTF_8), "verification.json");
    assertEquals(report(), read);
  }

  @Test
  void aResultTheServerAnsweredInThisRunHasNeitherField() {
    String json = Json.write(report().results().get(2));
    assertFalse(json.contains("\"failure\""), json);
    assertFalse(json.contains("\"cached\""), json);
  }

  @Test
  void theSchemaRefusesAnUnknownFailureKind() {
    String json = Json.write(report()).replace("\"failure\": \"dns\"", "\"failure\": \"gremlins\"");
    assertFalse(JsonSchemas.validate(SCHEMA, json).isEmpty());
  }

  @Test
  void failureIdsAreReadWhateverTheirCaseAndInTheEnumsOwnSpelling() {
    assertEquals(Failure.TOO_MANY_REDIRECTS, Failure.fromId("too-many-redirects"));
    assertEquals(Failure.TOO_MANY_REDIRECTS, Failure.fromId("TOO_MANY_REDIRECTS"));
    assertEquals(Failure.DNS, Failure.fromId(" Dns "));
    assertThrows(IllegalArgumentException.class, () -> Failure.fromId("gremlins"));
  }
}
