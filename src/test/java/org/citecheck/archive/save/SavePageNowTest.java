package org.citecheck.archive.save;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.citecheck.archive.ArchiveEngine;
import org.citecheck.archive.ArchiveFixture;
import org.citecheck.archive.ArchiveOptions;
import org.citecheck.archive.snapshot.CiteDate;
import org.citecheck.http.FakeTime;
import org.citecheck.verdict.ArchiveResult;
import org.citecheck.verdict.ArchiveStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SavePageNowTest {

  static final String PAGE =
      "https://www.primeminister.am/en/statements-and-messages/item/2020/11/10/";
  static final CiteDate CITED = new CiteDate(LocalDate.of(2020, 11, 10), "accessed", "2020-11-10");
  static final String JOB = "spn2-9c8f3e0a1b2c3d4e5f60718293a4b5c6d7e8f901";
  static final SaveCredentials KEYS = new SaveCredentials("AKEY", "S3CRET");

  final FakeTime time = new FakeTime();

  @RegisterExtension
  final WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @BeforeEach
  void waybackHasNothing() {
    server.stubFor(get(urlPathEqualTo("/cdx/search/cdx")).willReturn(okJson("[]")));
  }

  ArchiveEngine engine(SaveCredentials keys) {
    ArchiveOptions options =
        ArchiveFixture.options(server).withSaving(true, keys, SavePolicy.defaults());
    return ArchiveFixture.engine(options, time);
  }

  void submitted(String state, String next, String job) {
    server.stubFor(
        post(urlEqualTo("/save"))
            .inScenario("spn")
            .whenScenarioStateIs(state)
            .withHeader("Authorization", equalTo("LOW AKEY:S3CRET"))
            .withHeader("Accept", equalTo("application/json"))
            .withFormParam("url", equalTo(PAGE))
            .willReturn(okJson("{\"url\": \"" + PAGE + "\", \"job_id\": \"" + job + "\"}"))
            .willSetStateTo(next));
  }

  void status(String job, String state, String next, String body) {
    server.stubFor(
        get(urlEqualTo("/save/status/" + job))
            .inScenario("spn")
            .whenScenarioStateIs(state)
            .willReturn(okJson(body))
            .willSetStateTo(next));
  }

  @Test
  void anSpn2JobPendingThenSuccessfulBecomesTheSnapshot() {
    submitted(STARTED, "pending1", JOB);
    status(
        JOB,
        "pending1",
        "pending2",
        "{\"status\": \"pending\", \"job_id\": \"" + JOB + "\", \"resources\": []}");
    status(JOB, "pending2", "done", "{\"status\": \"pending\", \"job_id\": \"" + JOB + "\"}");
    status(
        JOB,
        "done",
        "done",
        "{\"status\": \"success\", \"job_id\": \""
            + JOB
            + "\", "
            + "\"timestamp\": \"20240615120301\", \"original_url\": \""
            + PAGE
            + "\", "
            + "\"duration_sec\": 16.04, \"http_status\": 200}");

    ArchiveResult result = engine(KEYS).lookup(PAGE, CITED, true);

    assertEquals(ArchiveStatus.FOUND, result.status());
    assertTrue(result.saved());
    assertEquals("save", result.via());
    assertEquals(server.baseUrl() + "/web/20240615120301/" + PAGE, result.url());
    assertEquals(200, result.captureStatus());
    assertEquals(1313L, result.distanceDays());
    server.verify(3, getRequestedFor(urlEqualTo("/save/status/" + JOB)));
    assertEquals(3, time.sleeps().stream().filter(Duration.ofSeconds(5)::equals).count());
  }

  @Test
  void anSpn2ErrorIsReportedWithItsStatusExtAndMessage() {
    server.stubFor(
        post(urlEqualTo("/save"))
            .willReturn(
                okJson(
                    "{\"message\": \"Cannot resolve host www.primeminister.am.\", \"status\": \"error\", "
                        + "\"status_ext\": \"error:invalid-host-resolution\"}")));

    ArchiveResult result = engine(KEYS).lookup(PAGE, CITED, true);

    assertEquals(ArchiveStatus.ERROR, result.status());
    assertFalse(result.saved());
    assertTrue(
        result.reason().contains("error:invalid-host-resolution")
            && result.reason().contains("Cannot resolve host"),
        result.reason());
    server.verify(1, postRequestedFor(urlEqualTo("/save")));
  }

  @Test
  void aRetryableJobErrorIsSubmittedOnceMoreAfterAWait() {
    String second = "spn2-0000000000000000000000000000000000000002";
    submitted(STARTED, "first", JOB);
    status(
        JOB,
        "first",
        "again",
        "{\"status\": \"error\", \"status_ext\": "
            + "\"error:no-browsers-available\", \"message\": \"No browsers available.\"}");
    submitted("again", "second", second);
    status(
        second,
        "second",
        "second",
        "{\"status\": \"success\", \"job_id\": \""
            + second
            + "\", \"timestamp\": \"20240615121000\", \"original_url\": \""
            + PAGE
            + "\", \"http_status\": 200}");

    ArchiveResult result = engine(KEYS).lookup(PAGE, CITED, true);

    assertEquals(ArchiveStatus.FOUND, result.status());
    assertEquals("20240615121000", result.timestamp());
    server.verify(2, postRequestedFor(urlEqualTo("/save")));
    assertTrue(time.sleeps().contains(Duration.ofSeconds(30)), time.sleeps().toString());
  }

  @Test
  void aRetryableErrorTwiceInARowIsGivenUp() {
    server.stubFor(
        post(urlEqualTo("/save"))
            .willReturn(
                okJson(
                    "{\"status\": \"error\", "
                        + "\"status_ext\": \"error:user-session-limit\", \"message\": \"You have already reached the limit.\"}")));

    ArchiveResult result = engine(KEYS).lookup(PAGE, CITED, true);

    assertEquals(ArchiveStatus.ERROR, result.status());
    assertTrue(result.reason().contains("error:user-session-limit"), result.reason());
    server.verify(2, postRequestedFor(urlEqualTo("/save")));
  }

  @Test
  void anonymousSavingReadsTheCaptureFromContentLocation() {
    server.stubFor(
        get(urlEqualTo("/save/" + PAGE))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Location", "/web/20240615120500/" + PAGE)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html>Saving page...</html>")));

    ArchiveResult result = engine(null).lookup(PAGE, CITED, true);

    assertEquals(ArchiveStatus.FOUND, result.status());
    assertTrue(result.saved());
    assertEquals(server.baseUrl() + "/web/20240615120500/" + PAGE, result.url());
    server.verify(0, postRequestedFor(urlEqualTo("/save")));
  }

  @Test
  void anonymousSavingReportsTheArchivesRuntimeError() {
    server.stubFor(
        get(urlEqualTo("/save/" + PAGE))
            .willReturn(
                aResponse()
                    .withStatus(523)
                    .withHeader(
                        "X-Archive-Wayback-Runtime-Error",
                        "LiveDocumentNotAvailableException: Unable to fetch the page")));

    ArchiveResult result = engine(null).lookup(PAGE, CITED, true);

    assertEquals(ArchiveStatus.ERROR, result.status());
    assertTrue(result.reason().contains("LiveDocumentNotAvailableException"), result.reason());
  }

  @Test
  void deadPagesAndTheDefaultOptionsNeverSave() {
    ArchiveResult dead = engine(KEYS).lookup(PAGE, CITED, false);
    ArchiveResult byDefault =
        ArchiveFixture.engine(ArchiveFixture.options(server), time).lookup(PAGE, CITED, true);

    assertEquals(ArchiveStatus.NONE, dead.status());
    assertEquals(ArchiveStatus.NONE, byDefault.status());
    assertFalse(ArchiveOptions.defaults().saveMissing());
    server.verify(0, postRequestedFor(urlEqualTo("/save")));
  }

  @Test
  void credentialsComeFromTheEnvironmentOnlyWhenBothAreSetAndAreNeverPrinted() {
    assertEquals(null, SaveCredentials.fromEnvironment(Map.of("CITECHECK_IA_ACCESS_KEY", "k")));
    SaveCredentials keys =
        SaveCredentials.fromEnvironment(
            Map.of("CITECHECK_IA_ACCESS_KEY", " k ", "CITECHECK_IA_SECRET_KEY", "s"));
    assertEquals("LOW k:s", keys.authorization());
    assertFalse(keys.toString().contains("s]") || keys.toString().contains("=k"), keys.toString());
    assertFalse(
        ArchiveOptions.defaults()
            .withSaving(true, keys, SavePolicy.defaults())
            .toString()
            .contains("LOW"));
  }
}
