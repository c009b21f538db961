package org.citecheck.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NearestKeysTest {

  private static final List<String> KEYS =
      List.of(
          "timeout",
          "connect-timeout",
          "read-timeout",
          "retries",
          "host-concurrency",
          "max-concurrency",
          "exclude",
          "header",
          "fail-on",
          "format",
          "archive",
          "no-cache",
          "cache");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "timout | timeout",
        "retires | retries",
        "concurency | host-concurrency max-concurrency",
        "max-concurency | max-concurrency",
        "exlude | exclude",
        "headers | header",
        "failon | fail-on",
        "fromat | format",
        "archives | archive",
        "nocache | no-cache",
        "colour | ''",
        "x | ''",
      })
  void suggestsTheKeysWithinAFewTypingErrorsOfTheKeyOrItsLastWords(String wrong, String expected) {
    List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(" "));
    assertEquals(want, NearestKeys.to(wrong, KEYS));
  }

  @ParameterizedTest
  @CsvSource({"kitten, sitting, 3", "abc, abc, 0", "ab, ba, 1", "'', abc, 3", "fail-on, failon, 1"})
  void countsEditsWithSwapsAsOne(String a, String b, int distance) {
    assertEquals(distance, NearestKeys.distance(a, b));
  }
}
