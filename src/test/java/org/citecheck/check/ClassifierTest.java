package org.citecheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Headers;
import org.citecheck.check.http.Fetch;
import org.citecheck.http.BodyReader;
import org.citecheck.verdict.Failure;
import org.citecheck.verdict.Redirect;
import org.citecheck.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The verdict and reason for one fetch, as the README's verdict table defines them. Each row is an
 * answer or a failure the checker meets; "blocked" is never "dead", and a failure the checker
 * cannot pin on the page is "unreachable", not "dead".
 */
class ClassifierTest {

  private static final String CITED = "https://e.org/news/2020/ceasefire";

  /**
   * status | redirects (status>url, comma-separated; "-" none) | headers ("-" none) | title |
   * verdict | reason start.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "200 as cited                   | 200 | -                                  | -                           | Ceasefire | ALIVE       | HTTP 200",
        "200 after a temporary redirect | 200 | 302>https://e.org/news/2020/ceasefire-2 | -                      | Ceasefire | ALIVE       | HTTP 200 after a temporary redirect",
        "200 after a permanent redirect | 200 | 301>https://e.org/news/2020/ceasefire-2 | -                      | Ceasefire | REDIRECTED  | moved permanently (301)",
        "308 counts as permanent        | 200 | 308>https://e.org/news/2020/ceasefire-2 | -                      | Ceasefire | REDIRECTED  | moved permanently (308)",
        "a permanent hop after a temporary one | 200 | 302>https://e.org/a,301>https://e.org/b          | -        | Ceasefire | REDIRECTED  | moved permanently (301)",
        "200 at the site's home page    | 200 | 301>https://e.org/                 | -                           | Home      | SOFT_404    | redirected to the site's home page",
        "200 with an error title        | 200 | -                                  | -                           | 404 Not Found | SOFT_404 | the page reads as an error page",
        "404                            | 404 | -                                  | -                           | -         | DEAD        | HTTP 404 Not Found",
        "410                            | 410 | -                                  | -                           | -         | DEAD        | HTTP 410 Gone",
        "403 is blocked, never dead     | 403 | -                                  | -                           | -         | BLOCKED     | HTTP 403: the server refuses automated access",
        "401                            | 401 | -                                  | -                           | -         | BLOCKED     | HTTP 401",
        "451                            | 451 | -                                  | -                           | -         | BLOCKED     | HTTP 451",
        "LinkedIn's 999                 | 999 | -                                  | -                           | -         | BLOCKED     | HTTP 999",
        "429 after the retries          | 429 | -                                  | -                           | -         | BLOCKED     | HTTP 429: rate limited",
        "another 4xx                    | 418 | -                                  | -                           | -         | BLOCKED     | HTTP 418: the server refused the request",
        "a 5xx after the retries        | 503 | -                                  | -                           | -         | UNREACHABLE | HTTP 503: server error",
        "a 3xx without a location       | 300 | -                                  | -                           | -         | UNREACHABLE | HTTP 300 without a usable redirect",
        "a Cloudflare challenge header  | 403 | -                                  | cf-mitigated=challenge      | -         | BLOCKED     | a bot challenge",
        "an AWS WAF challenge on a 202  | 202 | -                                  | x-amzn-waf-action=captcha   | -         | BLOCKED     | a bot challenge",
        "a challenge page's title       | 503 | -                                  | -                           | Just a moment... | BLOCKED | a bot challenge",
        "a 404 page's title is dropped  | 404 | -                                  | -                           | Ceasefire | DEAD        | HTTP 404",
      })
  void judgesAnAnswer(
      String what,
      int status,
      String hops,
      String header,
      String title,
      Verdict verdict,
      String reason) {
    List<Redirect> redirects = new ArrayList<>();
    String finalUrl = CITED;
    if (hops != null) {
      for (String hop : hops.split(",")) {
        String[] parts = hop.strip().split(">");
        redirects.add(new Redirect(finalUrl, Integer.parseInt(parts[0])));
        finalUrl = parts[1];
      }
    }
    Headers headers =
        header == null ? Headers.of() : Headers.of(header.split("=")[0], header.split("=")[1]);
    BodyReader.Bytes body =
        title == null
            ? null
            : new BodyReader.Bytes(
                ("<html><head><title>"
                        + title
                        + "</title></head><body><p>Text of the page.</p></body></html>")
                    .getBytes(StandardCharsets.UTF_8),
                true,
                null);
    Fetch fetch = new Fetch(finalUrl, redirects, status, headers, body, "GET", null, null);
    Classifier.Judgement judgement = Classifier.judge(CITED, fetch);
    assertEquals(verdict, judgement.verdict(), what + ": " + judgement.reason());
    assertTrue(judgement.reason().startsWith(reason), what + ": " + judgement.reason());
    if (status >= 300 && status != 304) {
      assertEquals(
          null, judgement.page(), what + ": an error page's title is not the cited page's title");
    }
  }

  /** failure | detail | verdict | reason. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "DNS                | no such host                 | DEAD        | the domain e.org does not resolve",
        "CONNECT            | connection refused           | UNREACHABLE | e.org: connection refused",
        "TLS                | certificate expired          | UNREACHABLE | certificate expired",
        "TIMEOUT            | timed out after 30 s         | UNREACHABLE | timed out after 30 s",
        "RESET              | connection reset             | UNREACHABLE | connection reset",
        "TOO_MANY_REDIRECTS | more than 10 redirects       | UNREACHABLE | more than 10 redirects",
        "REDIRECT_LOOP      | redirect loop                | UNREACHABLE | redirect loop",
        "INVALID_URL        | scheme ftp is not http(s)    | INVALID     | scheme ftp is not http(s)",
        "REFUSED_ADDRESS    | 10.0.0.1 is a private address | INVALID    | refused: 10.0.0.1 is a private address (--allow-private-hosts lifts this)",
      })
  void judgesAFailure(Failure failure, String detail, Verdict verdict, String reason) {
    Fetch fetch = new Fetch("https://e.org/a", List.of(), null, null, null, "GET", failure, detail);
    Classifier.Judgement judgement = Classifier.judge("https://e.org/a", fetch);
    assertEquals(verdict, judgement.verdict(), failure.name());
    assertEquals(reason, judgement.reason(), failure.name());
  }

  @Test
  void aFailuresDetailIsMadeSafe() {
    String[][] cases = {
      {"TLS: \u001B[31mred\u001B[0m alert", "TLS: red alert"},
      {"line\nbreak\r\nand\ttab", "line break and tab"},
      {"name \u202Eevil\u202C here", "name evil here"},
    };
    for (String[] c : cases) {
      Fetch fetch =
          new Fetch("https://e.org/a", List.of(), null, null, null, "GET", Failure.TLS, c[0]);
      assertEquals(c[1], Classifier.judge("https://e.org/a", fetch).reason(), c[0]);
    }
  }
}
