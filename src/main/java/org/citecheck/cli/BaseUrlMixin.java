package org.citecheck.cli;

import org.citecheck.CitecheckException;
import org.citecheck.io.Input;
import org.citecheck.text.WebUrl;
import picocli.CommandLine.Option;

/**
 * {@code --base-url}: where an HTML page was published, so that its relative links ({@code
 * href="/report.pdf"}) resolve to the URLs a reader of the page follows. A page's own {@code <base
 * href>} wins, as it does in a browser.
 */
public final class BaseUrlMixin {

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description =
          "The http(s) URL an HTML input was published at: its relative links are resolved"
              + " against it (a page's own <base href> wins).")
  String baseUrl;

  /** The input, carrying the base URL when one was given. */
  Input apply(Input input) {
    String url = value();
    return url == null ? input : input.withBaseUrl(url);
  }

  /** The base URL given, checked, or null. */
  String value() {
    if (baseUrl == null || baseUrl.isBlank()) {
      return null;
    }
    String url = baseUrl.strip();
    if (WebUrl.parse(url) == null) {
      throw new CitecheckException(
          CitecheckException.Kind.USAGE,
          "--base-url must be an absolute http or https URL (such as https://example.org/report/),"
              + " not '"
              + url
              + "'");
    }
    return url;
  }
}
