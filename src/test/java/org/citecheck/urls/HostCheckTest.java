package org.citecheck.urls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostCheckTest {

  /** reading | whether its host could be real. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://www.example.org/a          | true",
        "https://www.ipin                   | false",
        "https://www.some-center.           | false",
        "https://collections.museum/x       | true",
        "https://agency.gov.uk/report       | true",
        "https://xn--80ak6aa92e.xn--p1ai/   | true",
        "https://пример.рф/страница         | true",
        "https://www.site.zz/               | false",
        "https://www.example.html           | false",
        "someindex.org/2019-indicators/     | true",
        "ftp://ftp.example.net/pub/file.txt | true",
        "http://192.0.2.10/page             | true",
        "http://[2001:db8::1]/page          | true",
        "http://localhost:8080/             | true",
        "https://                           | false",
      })
  void aHostIsPlausibleWhenItEndsInARealTopLevelDomain(String reading, boolean plausible) {
    assertEquals(plausible, HostCheck.plausible(reading));
  }
}
