package org.citecheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one URL value type: how it cuts, compares and re-encodes the URLs documents cite. */
class WebUrlTest {

  /** url | scheme | userInfo | host | port | path | query | fragment ("-" for null). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "https://example.org/a?b=c#d                | https | -          | example.org          | -1    | /a        | b=c      | d",
        "HTTP://Example.ORG                         | http  | -          | Example.ORG          | -1    | ''        | -        | -",
        "https://example.org?q                      | https | -          | example.org          | -1    | ''        | q        | -",
        "https://example.org#top                    | https | -          | example.org          | -1    | ''        | -        | top",
        "https://example.org/a#f?not-a-query        | https | -          | example.org          | -1    | /a        | -        | f?not-a-query",
        "http://user:pw@example.org:8080/x          | http  | user:pw    | example.org          | 8080  | /x        | -        | -",
        "http://a@b@example.org/                    | http  | a@b        | example.org          | -1    | /         | -        | -",
        "http://example.org:/x                      | http  | -          | example.org          | -1    | /x        | -        | -",
        "http://[2001:db8::1]:8443/p                | http  | -          | [2001:db8::1]        | 8443  | /p        | -        | -",
        "http://[::1]/                              | http  | -          | [::1]                | -1    | /         | -        | -",
        "http://127.0.0.1:65535                     | http  | -          | 127.0.0.1            | 65535 | ''        | -        | -",
        "https://bücher.example/straße?q=ü          | https | -          | bücher.example       | -1    | /straße   | q=ü      | -",
        "https://пример.рф/путь                     | https | -          | пример.рф            | -1    | /путь     | -        | -",
        "https://example.org/a%20b?x=%E2%9C%93      | https | -          | example.org          | -1    | /a%20b    | x=%E2%9C%93 | -",
        "https://example.org/{id}<x>\\y            | https | -          | example.org          | -1    | /{id}<x>\\y | -      | -",
      })
  void cutsAUrlIntoItsPartsAsWritten(
      String url,
      String scheme,
      String userInfo,
      String host,
      int port,
      String path,
      String query,
      String fragment) {
    WebUrl parsed = WebUrl.parse(url);
    assertNotNull(parsed, url);
    assertEquals(new WebUrl(scheme, userInfo, host, port, path, query, fragment), parsed, url);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://example.org/a",
        "javascript:alert(1)",
        "data:text/html,x",
        "file:///etc/passwd",
        "mailto:a@example.org",
        "example.org/a",
        "//example.org/a",
        "https://",
        "https:///path",
        "https://user@/x",
        "https://example.org:80a/",
        "https://example.org:123456/",
        "https://example.org:65536/",
        "http://[::1/",
        "http://[::1]x/",
        "",
      })
  void isNoWebUrl(String url) {
    assertNull(WebUrl.parse(url), url);
    assertFalse(WebUrl.isLinkable(url), url);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "http://User@Example.org:80/a/?q=1#frag | https://example.org:443/a?q=1",
        "https://EXAMPLE.org                    | https://example.org/",
        "https://bücher.example/a               | https://xn--bcher-kva.example/a",
        "https://example.org/ü/ß                | https://example.org/%C3%BC/%c3%9f",
        "https://example.org/a?x=%e2%9c%93      | https://example.org/a?x=✓",
        "https://example.org/a?x=1&&y=2         | https://example.org/a?x=1&y=2",
        "http://[2001:DB8::1]/a                 | http://[2001:db8::1]:80/a",
      })
  void sameResourceIgnoresSpellings(String a, String b) {
    assertTrue(WebUrl.parse(a).sameResource(WebUrl.parse(b)), a + " ~ " + b);
    assertTrue(WebUrl.parse(b).sameResource(WebUrl.parse(a)), b + " ~ " + a);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://example.org/a?q=1 | https://example.org/a?q=2",
        "https://example.org/a?q=1 | https://example.org:8443/a?q=1",
        "https://example.org/a?x=1&y=2 | https://example.org/a?y=2&x=1",
        "https://example.org/a     | https://example.org/A",
        "https://example.org/a     | https://www.example.org/a",
        "https://example.org/a%2Fb | https://example.org/a/b",
        "http://example.org:443/a  | https://example.org/a",
      })
  void sameResourceTellsResourcesApart(String a, String b) {
    assertFalse(WebUrl.parse(a).sameResource(WebUrl.parse(b)), a + " vs " + b);
    assertFalse(WebUrl.parse(a).sameResource(null));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://www.dw.com/tr/erdoğan-çözüm | https://www.dw.com/tr/erdo%C4%9Fan-%C3%A7%C3%B6z%C3%BCm",
        "https://bücher.example/x            | https://xn--bcher-kva.example/x",
        "https://пример.рф/путь?к=з#я        | https://xn--e1afmkfd.xn--p1ai/%D0%BF%D1%83%D1%82%D1%8C?%D0%BA=%D0%B7#%D1%8F",
        "http://usér@example.org:8080/       | http://us%C3%A9r@example.org:8080/",
        "http://[::1]:8080/a                 | http://[::1]:8080/a",
        "https://example.org/a%20b           | https://example.org/a%20b",
      })
  void asciiFormPunycodesTheHostAndEncodesTheRest(String url, String ascii) {
    assertEquals(ascii, WebUrl.parse(url).toAscii());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://WWW.Example.org/a | example.org  | www.example.org",
        "https://www2.example.org  | www2.example.org | www2.example.org",
        "https://Bücher.example    | bücher.example | xn--bcher-kva.example",
        "https://wwwx.org          | wwwx.org     | wwwx.org",
      })
  void namesTheSite(String url, String siteHost, String asciiHost) {
    assertEquals(siteHost, WebUrl.parse(url).siteHost());
    assertEquals(asciiHost, WebUrl.parse(url).asciiHost());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "http://example.org:80   | -1",
        "https://example.org:443 | -1",
        "http://example.org:443  | 443",
        "https://example.org:80  | 80",
        "https://example.org     | -1",
        "https://example.org:8080 | 8080",
      })
  void defaultPortsAreNoPort(String url, int effective) {
    assertEquals(effective, WebUrl.parse(url).effectivePort());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "HTTPS://example.org/a?b#c     | https://example.org/a?b#c",
        "http://u@example.org:8080/x?  | http://u@example.org:8080/x?",
        "http://example.org:/x         | http://example.org/x",
        "https://bücher.example/ü      | https://bücher.example/ü",
      })
  void printsAsWrittenButForTheSchemeAndAnEmptyPort(String url, String printed) {
    assertEquals(printed, WebUrl.parse(url).toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "https://e.org/a?x=1&&y=2& | x=1,y=2",
        "https://e.org/a?          | ''",
        "https://e.org/a           | ''",
      })
  void listsQueryParametersWithoutEmptyOnes(String url, String parameters) {
    List<String> expected = parameters.isEmpty() ? List.of() : List.of(parameters.split(","));
    assertEquals(expected, WebUrl.parse(url).queryParameters());
    assertEquals(
        url.replaceFirst("\\?.*", ""), WebUrl.parse(url).withQueryParameters(List.of()).toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.org/a?b=c",
        "HTTP://example.org/",
        "https://[::1]:8080/",
        "https://bücher.example/ü",
        "https://example.org/😀",
      })
  void linksWebUrls(String url) {
    assertTrue(WebUrl.isLinkable(url), url);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        " javascript:alert(1)",
        "https://exa mple.org/",
        "https://example.org/a\tb",
        "https://example.org/\u202Egnp.exe",
        "https://example.org/\u2066x\u2069",
        "https://example.org/\u200Bx",
        "https://example.org/\u2028",
        "https://example.org/\u0085",
        "https://example.org/\u00A0x",
        "https://example.org/\uD800",
        "https://example.org/\u0000",
      })
  void doesNotLinkUrlsThatHideOrBreakOut(String url) {
    assertFalse(WebUrl.isLinkable(url), url);
  }

  @Test
  void doesNotLinkOverlongUrls() {
    String base = "https://example.org/";
    assertTrue(WebUrl.isLinkable(base + "a".repeat(WebUrl.MAX_LINK_LENGTH - base.length())));
    assertFalse(WebUrl.isLinkable(base + "a".repeat(WebUrl.MAX_LINK_LENGTH - base.length() + 1)));
    assertFalse(WebUrl.isLinkable(null));
  }
}
