package org.citecheck.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citecheck.audit.AuditReport;
import org.citecheck.audit.model.Finding;
import org.citecheck.io.Json;
import org.citecheck.testing.CliRun;
import org.citecheck.testing.ClosedPort;
import org.citecheck.testing.JsonSchemas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * `citecheck check` against WireMock writes verification.json; `citecheck audit --with` reads it:
 * the audit's link and tracking rules work on what check really writes, not only on hand-built
 * reports.
 */
class AuditWithCheckTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path dir;

  @BeforeEach
  void stubs() {
    String page =
        "<html><head><title>%s</title></head><body>A page about the ceasefire.</body></html>";
    server.stubFor(
        any(urlEqualTo("/statement?fbclid=IwAR0abc"))
            .willReturn(aResponse().withStatus(301).withHeader("Location", "/statement")));
    server.stubFor(
        any(urlEqualTo("/statement"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody(page.formatted("A statement on the ceasefire"))));
    server.stubFor(any(urlEqualTo("/gone")).willReturn(aResponse().withStatus(404)));
    server.stubFor(
        any(urlEqualTo("/old-home"))
            .willReturn(aResponse().withStatus(301).withHeader("Location", "/new-home")));
    server.stubFor(
        any(urlEqualTo("/new-home"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody(page.formatted("Analysis of the talks"))));
    server.stubFor(any(urlEqualTo("/walled")).willReturn(aResponse().withStatus(403)));
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getPort() + path;
  }

  private Path document() throws IOException {
    String text =
        "The Talks of 2020\n\nJane Doe\n\n"
            + "The ministry spoke.¹ The analysis is gone.² Another moved.³ One refuses robots.⁴\n\nNotes\n\n"
            + "1 \"A statement on the ceasefire\", Ministry, 2 November 2020, at: "
            + url("/statement?fbclid=IwAR0abc")
            + ".\n"
            + "2 Jane Roe, \"The talks\", Outlet, 3 November 2020, at: "
            + url("/gone")
            + ".\n"
            + "3 \"Analysis of the talks\", Outlet, 4 November 2020, at: "
            + url("/old-home")
            + ".\n"
            + "4 \"Closed page\", Outlet, 5 November 2020, at: "
            + url("/walled")
            + ".\n";
    return Files.writeString(dir.resolve("talks.txt"), text);
  }

  @Test
  void auditReadsTheReportCheckWrote() throws IOException {
    Path document = document();
    Path reports = dir.resolve("reports");
    CliRun check =
        CliRun.of(
            "check",
            document.toString(),
            "--reports",
            reports.toString(),
            "--allow-private-hosts",
            "--no-cache",
            "--archive",
            "none",
            "--probe-url",
            ClosedPort.url(),
            "--retries",
            "0",
            "--quiet");
    assertEquals(ExitCodes.FINDINGS, check.code(), "a dead link fails check: " + check.err());
    Path verification = reports.resolve("verification.json");
    JsonSchemas.assertValid(
        "/org/citecheck/schema/verification.schema.json", Files.readString(verification));

    CliRun audit =
        CliRun.of(
            "audit",
            document.toString(),
            "--with",
            verification.toString(),
            "--reports",
            reports.toString());
    assertEquals(ExitCodes.FINDINGS, audit.code(), audit.out() + audit.err());
    AuditReport report =
        Json.mapper().readValue(reports.resolve("audit.json").toFile(), AuditReport.class);
    List<String> found =
        report.findings().stream()
            .filter(f -> !f.rule().equals("date.no-access-date"))
            .map(f -> f.severity() + " " + f.rule() + " " + f.note())
            .toList();
    assertEquals(
        List.of(
            "warning url.tracking 1",
            "error link.dead 2",
            "warning link.redirected 3",
            "warning link.blocked 4"),
        found);
    assertTrue(
        message(report, "url.tracking")
            .endsWith(
                "Confirmed by the verification report: the tracked URL redirects to the clean URL."));
    assertEquals("Cite the clean URL: " + url("/statement"), fix(report, "url.tracking"));
    assertEquals("Cite the new URL: " + url("/new-home") + ".", fix(report, "link.redirected"));
    assertTrue(
        message(report, "link.dead").startsWith(url("/gone") + " is dead: HTTP 404"),
        message(report, "link.dead"));
    assertFalse(
        report.skipped().stream().anyMatch(s -> s.rule().startsWith("link.")),
        report.skipped().toString());
    assertTrue(
        audit.out().contains("audit: 4 notes, 1 error, 3 warnings, 1 info (1 at or above error)"),
        audit.out());
  }

  private static String message(AuditReport report, String rule) {
    return only(report, rule).message();
  }

  private static String fix(AuditReport report, String rule) {
    return only(report, rule).fix();
  }

  private static Finding only(AuditReport report, String rule) {
    List<Finding> found = report.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    assertEquals(1, found.size(), rule + ": " + found);
    return found.get(0);
  }
}
