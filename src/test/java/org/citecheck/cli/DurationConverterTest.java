package org.citecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {

  @Test
  void readsSecondsAndUnits() {
    assertEquals(Duration.ofSeconds(30), DurationConverter.parse("30"));
    assertEquals(Duration.ofMillis(500), DurationConverter.parse("0.5"));
    assertEquals(Duration.ofMillis(250), DurationConverter.parse("250ms"));
    assertEquals(Duration.ofMinutes(5), DurationConverter.parse("5m"));
    assertEquals(Duration.ofHours(12), DurationConverter.parse("12h"));
    assertEquals(Duration.ofDays(1), DurationConverter.parse("1d"));
    assertEquals(Duration.ZERO, DurationConverter.parse("0"));
  }

  @Test
  void refusesAnythingElse() {
    for (String wrong : new String[] {"", "-1", "soon", "5 weeks", "1e3", "99999999d"}) {
      assertThrows(TypeConversionException.class, () -> DurationConverter.parse(wrong), wrong);
    }
  }

  @Test
  void theCacheDefaultsToTheUsersCacheFolder() {
    assertEquals(
        java.nio.file.Path.of("/xdg/citecheck/citecheck.db"),
        CacheLocation.defaultFile(java.util.Map.of("XDG_CACHE_HOME", "/xdg")));
    assertEquals(
        java.nio.file.Path.of(
            System.getProperty("user.home"), ".cache", "citecheck", "citecheck.db"),
        CacheLocation.defaultFile(java.util.Map.of("XDG_CACHE_HOME", "relative")));
  }
}
