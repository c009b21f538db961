package org.citecheck.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a duration: a number of seconds ("30", "0.5") or a number with a unit (500ms, 30s, 5m, 12h,
 * 1d; w and y, 7 and 365 days, for ages such as "2y").
 */
final class DurationConverter implements ITypeConverter<Duration> {

  private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d|w|y)?");

  @Override
  public Duration convert(String value) {
    return parse(value);
  }

  /**
   * The shortest text {@link #parse} reads back as the duration: whole days as "1d", whole seconds
   * as "30".
   */
  static String format(Duration duration) {
    long millis = duration.toMillis();
    if (millis > 0 && millis % 86_400_000 == 0) {
      return millis / 86_400_000 + "d";
    }
    if (millis % 1000 == 0) {
      return String.valueOf(millis / 1000);
    }
    return millis + "ms";
  }

  static Duration parse(String value) {
    Matcher matcher = FORM.matcher(value.trim().toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new TypeConversionException(
          "'" + value + "' is not a duration (examples: 30, 0.5, 500ms, 30s, 5m, 12h, 1d)");
    }
    BigDecimal amount = new BigDecimal(matcher.group(1));
    String unit = matcher.group(2) == null ? "s" : matcher.group(2);
    BigDecimal millis =
        switch (unit) {
          case "ms" -> amount;
          case "m" -> amount.multiply(BigDecimal.valueOf(60_000));
          case "h" -> amount.multiply(BigDecimal.valueOf(3_600_000));
          case "d" -> amount.multiply(BigDecimal.valueOf(86_400_000));
          case "w" -> amount.multiply(BigDecimal.valueOf(7 * 86_400_000L));
          case "y" -> amount.multiply(BigDecimal.valueOf(365 * 86_400_000L));
          default -> amount.multiply(BigDecimal.valueOf(1000));
        };
    if (millis.compareTo(BigDecimal.valueOf(3650L * 86_400_000)) > 0) {
      throw new TypeConversionException("'" + value + "' is longer than ten years");
    }
    return Duration.ofMillis(millis.longValue());
  }
}
