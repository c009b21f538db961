package org.citecheck.check;

import java.util.List;
import okhttp3.OkHttpClient;
import org.citecheck.references.ReferenceSet;
import org.citecheck.verdict.UrlResult;

/**
 * A later stage of check that works on the settled results before the report is built (the web
 * archives, for one), with the run's HTTP clients so that nothing bypasses the checker's rules.
 */
@FunctionalInterface
public interface ResultStage {

  /**
   * The HTTP clients a stage may use.
   *
   * @param pages the checker's own client, for pages a document cites: the address guard, user
   *     agent, headers, retries and host throttling all apply
   * @param services a client for the services the user configured (archives): the same timeouts
   *     and sockets, without the guard (a service may be a local mirror) or the cited sites' headers
   */
  record Clients(OkHttpClient pages, OkHttpClient services) {}

  /** The results, annotated; same order and size. */
  List<UrlResult> apply(ReferenceSet references, List<UrlResult> results, Clients clients);
}
