package org.citecheck.http;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a Retry-After header: a number of seconds or an HTTP date (RFC 9110, section 10.2.3). */
public final class RetryAfter {

  private RetryAfter() {}

  /** The wait the server asks for, or empty when the header is absent or unreadable. */
  public static Optional<Duration> parse(String value, Clock clock) {
    if (value == null || value.isBlank() || value.length() > 64) {
      return Optional.empty();
    }
    String trimmed = value.trim();
    if (trimmed.chars().allMatch(Character::isDigit)) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
      } catch (NumberFormatException e) {
        // More digits than a long: far beyond any cap, which is what the caller checks against.
        return Optional.of(Duration.ofDays(365));
      }
    }
    try {
      ZonedDateTime when = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(clock.instant(), when.toInstant());
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
