package org.citecheck.scholarly.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.citecheck.io.Json;
import org.citecheck.references.Source;
import org.citecheck.scholarly.MetadataServices;
import org.citecheck.scholarly.ScholarlyOptions;
import org.citecheck.scholarly.crossref.CrossrefQuery;
import org.citecheck.scholarly.service.Answer;

/** Finds the DOI of a reference that prints none: Crossref's bibliographic query, confirmed. */
final class CrossrefMatches {

  private final CachedService crossref;
  private final ScholarlyOptions options;

  CrossrefMatches(MetadataServices services) {
    this.options = services.options();
    this.crossref =
        new CachedService(
            services.crossref(), "crossref", services.store(), options.maxAge(), options.clock());
  }

  Lookup lookup(Source source) {
    String query = source.text() != null ? source.text() : source.title();
    String url = CrossrefQuery.url(options.crossrefBase(), query, options.mailto());
    Answer answer = crossref.get(url, url, "application/json");
    if (!answer.answered()) {
      return answer.network() ? Lookup.noNetwork(answer.problem()) : Lookup.none(answer.problem());
    }
    if (answer.status() != 200) {
      return Lookup.none("Crossref answered HTTP " + answer.status());
    }
    List<Work> candidates = new ArrayList<>();
    try {
      JsonNode root = Json.mapper().readTree(answer.body());
      for (JsonNode item : root.path("message").path("items")) {
        Work work = WorkJson.fromCsl(item);
        if (work != null) {
          candidates.add(work);
        }
      }
    } catch (IOException | RuntimeException e) {
      return Lookup.none("Crossref's answer is not the JSON it documents");
    }
    return MatchRule.choose(source, candidates);
  }
}
