package org.citecheck.store;

import java.time.Instant;
import java.util.List;

/**
 * A URL whose checks have failed as dead since some instant, with nothing since finding it.
 *
 * @param url the URL
 * @param deadSince the first failing check of its current streak
 * @param lastChecked its latest check
 * @param documents the documents that cite it, as runs recorded them
 */
public record DeadLink(String url, Instant deadSince, Instant lastChecked, List<String> documents) {

  public DeadLink {
    documents = List.copyOf(documents);
  }
}
