package org.citecheck.scholarly;

import okhttp3.OkHttpClient;
import org.citecheck.scholarly.doi.HandleClient;
import org.citecheck.scholarly.service.MetadataService;
import org.citecheck.scholarly.store.AnswerStore;

/**
 * The metadata services of one run, each with its own limiter, over the run's service client, and
 * the store their answers are kept in.
 */
public final class MetadataServices {

  private final ScholarlyOptions options;
  private final MetadataService doi;
  private final MetadataService crossref;
  private final MetadataService datacite;
  private final AnswerStore store;

  /** Over the store the answers are kept in (the run's history store, or none). */
  public MetadataServices(OkHttpClient base, ScholarlyOptions options, AnswerStore store) {
    this.options = options;
    this.store = store;
    String agent = options.userAgent();
    this.doi =
        new MetadataService(
            base, "the DOI resolver", options.doiPolicy(), agent, options.time(), options.clock());
    this.crossref =
        new MetadataService(
            base, "Crossref", options.crossrefPolicy(), agent, options.time(), options.clock());
    this.datacite =
        new MetadataService(
            base, "DataCite", options.datacitePolicy(), agent, options.time(), options.clock());
  }

  public ScholarlyOptions options() {
    return options;
  }

  public MetadataService doi() {
    return doi;
  }

  public MetadataService crossref() {
    return crossref;
  }

  public MetadataService datacite() {
    return datacite;
  }

  public AnswerStore store() {
    return store;
  }

  public HandleClient handles() {
    return new HandleClient(doi, options.doiBase(), store, options.maxAge(), options.clock());
  }
}
