package org.citecheck.bib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BibUrlTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://example.org/a%20b?q=1&r=2#frag | https://example.org/a%20b?q=1&r=2#frag",
        "HTTP://example.org/x | http://example.org/x",
        "https://example.org/{id}\\x | https://example.org/%7Bid%7D%5Cx",
        "https://example.org/a b\"c | https://example.org/a%20b%22c",
        "https://www.dw.com/tr/erdoğan | https://www.dw.com/tr/erdoğan",
      })
  void characterThatWouldBreakAFieldArePercentEncoded(String url, String safe) {
    assertEquals(safe, BibUrl.safe(url));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "file:///etc/passwd",
        "ftp://example.org/x",
        "https://",
        "not a url"
      })
  void onlyHttpAndHttpsAreKept(String url) {
    assertNull(BibUrl.safe(url));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://www.dw.com/tr/erdoğan-çözüm | https://www.dw.com/tr/erdo%C4%9Fan-%C3%A7%C3%B6z%C3%BCm",
        "https://bücher.example/x | https://xn--bcher-kva.example/x",
      })
  void asciiFormPercentEncodesPathsAndPunycodesHosts(String url, String ascii) {
    assertEquals(ascii, BibUrl.ascii(url));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "http://www.osce.org/odihr/report.pdf | HTTP://OSCE.org/odihr/report.pdf/",
        "https://example.org/a | https://EXAMPLE.org/a",
      })
  void comparableFormIgnoresCaseOfHostWwwAndTrailingSlash(String a, String b) {
    assertEquals(BibUrl.comparable(BibUrl.safe(a)), BibUrl.comparable(BibUrl.safe(b)));
  }
}
