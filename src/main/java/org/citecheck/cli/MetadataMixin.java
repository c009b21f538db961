package org.citecheck.cli;

import okhttp3.HttpUrl;
import org.citecheck.CitecheckException;
import org.citecheck.scholarly.ScholarlyOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options of the commands that ask the DOI resolver (check, enrich). */
public final class MetadataMixin {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--mailto",
      paramLabel = "ADDRESS",
      description =
          "Contact address sent in the User-Agent to the DOI agencies and Crossref (its polite"
              + " pool); without one, the public pool.")
  String mailto;

  @Option(
      names = "--doi-base",
      paramLabel = "URL",
      description =
          "The DOI resolver's origin, for its handle API and content negotiation, for a mirror or"
              + " a test server (default: ${DEFAULT-VALUE}).")
  String doiBase;

  /** The options as the metadata services take them; bad values are usage errors. */
  ScholarlyOptions toOptions() {
    if (mailto != null
        && (mailto.length() > 254 || !mailto.matches("[^\\s@<>()\",;]+@[^\\s@<>()\",;]+"))) {
      throw usage(OptionDefaults.named(spec, "--mailto") + " must be an e-mail address");
    }
    return ScholarlyOptions.defaults(VersionProvider.version())
        .withBases(httpUrl(spec, "--doi-base", doiBase), null, null)
        .withMailto(mailto);
  }

  /** The value when it is an http(s) URL without a trailing slash; a usage error otherwise. */
  static String httpUrl(CommandSpec spec, String option, String value) {
    if (value == null) {
      return null;
    }
    HttpUrl url = HttpUrl.parse(value.strip());
    if (url == null) {
      throw usage(
          OptionDefaults.named(spec, option)
              + " must be an http or https URL, not '"
              + value
              + "'");
    }
    return value.strip().replaceFirst("/+$", "");
  }

  private static CitecheckException usage(String message) {
    return new CitecheckException(CitecheckException.Kind.USAGE, message);
  }
}
