package org.citecheck.scholarly.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.citecheck.io.Json;
import org.citecheck.scholarly.MetadataServices;
import org.citecheck.scholarly.ScholarlyOptions;
import org.citecheck.scholarly.doi.Doi;
import org.citecheck.scholarly.service.Answer;

/**
 * A DOI's record from its registration agency: content negotiation for CSL-JSON at the resolver,
 * which redirects to Crossref, DataCite, mEDRA...; when the agency cannot serve CSL-JSON (406,
 * 204), DataCite's REST API, which serves JSON:API.
 */
final class DoiRecords {

  static final String CSL = "application/vnd.citationstyles.csl+json";

  private final CachedService resolver;
  private final CachedService datacite;
  private final ScholarlyOptions options;

  DoiRecords(MetadataServices services) {
    ScholarlyOptions o = services.options();
    this.options = o;
    this.resolver =
        new CachedService(services.doi(), "doi-csl", services.store(), o.maxAge(), o.clock());
    this.datacite =
        new CachedService(services.datacite(), "datacite", services.store(), o.maxAge(), o.clock());
  }

  Lookup lookup(Doi doi) {
    Answer answer = resolver.get(doi.value(), options.doiBase() + "/" + doi.path(), CSL);
    if (!answer.answered()) {
      return answer.network() ? Lookup.noNetwork(answer.problem()) : Lookup.none(answer.problem());
    }
    if (answer.status() == 200) {
      Work work = read(answer.body(), false);
      return work == null
          ? Lookup.none("the DOI agency's CSL-JSON for " + doi + " has no title")
          : Lookup.found(work);
    }
    if (answer.status() == 404) {
      return Lookup.none("DOI " + doi + " is not known to the resolver (404)");
    }
    if (answer.status() == 406 || answer.status() == 204) {
      Answer fallback =
          datacite.get(
              doi.value(),
              options.dataciteBase() + "/dois/" + doi.path(),
              "application/vnd.api+json");
      if (fallback.status() == 200) {
        Work work = read(fallback.body(), true);
        if (work != null) {
          return Lookup.found(work);
        }
      }
      return Lookup.none(
          "the DOI agency serves no CSL-JSON for "
              + doi
              + " (HTTP "
              + answer.status()
              + ") and DataCite has no record of it");
    }
    return Lookup.none(
        "the DOI resolver answered HTTP " + answer.status() + " for " + doi + "; try again later");
  }

  private static Work read(String body, boolean dataCite) {
    try {
      JsonNode root = Json.mapper().readTree(body);
      return dataCite ? WorkJson.fromDataCite(root) : WorkJson.fromCsl(root);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
