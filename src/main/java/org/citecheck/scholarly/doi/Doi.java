package org.citecheck.scholarly.doi;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citecheck.references.Source;

/**
 * A DOI, lower-cased (DOIs are case-insensitive), without resolver prefix: "10.1000/182".
 *
 * @param value the DOI
 */
public record Doi(String value) {

  private static final Pattern BARE = Pattern.compile("^10\\.\\d{4,9}/\\S{1,300}$");
  private static final Pattern IN_URL =
      Pattern.compile("(?i)^https?://(?:dx\\.)?doi\\.org/(10\\.\\d{4,9}/\\S+)$");

  /** The DOI in a printed value ("doi:10.1/x", "https://doi.org/10.1/x", "10.1/x"), if any. */
  public static Optional<Doi> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String value = text.strip().replaceFirst("(?i)^doi:\\s*", "");
    Matcher url = IN_URL.matcher(value);
    if (url.matches()) {
      value = URLDecoder.decode(url.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
    }
    value = value.replaceAll("[.,;]+$", "");
    return BARE.matcher(value).matches()
        ? Optional.of(new Doi(value.toLowerCase(Locale.ROOT)))
        : Optional.empty();
  }

  /** The source's DOI field, else the DOI of its doi.org URL. */
  public static Optional<Doi> of(Source source) {
    Optional<Doi> printed = parse(source.doi());
    return printed.isPresent() ? printed : parse(source.url());
  }

  /**
   * The DOI as one path segment of a URL: every character outside the unreserved set and "/" is
   * percent-encoded, so that "#", "?", "%" and spaces reach the resolver as part of the DOI.
   */
  public String path() {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (Character.isLetterOrDigit(c) && c < 128 || "-._~/".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return value;
  }
}
