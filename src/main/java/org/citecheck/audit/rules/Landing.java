package org.citecheck.audit.rules;

import java.util.ArrayList;
import java.util.List;
import org.citecheck.text.WebUrl;
import org.citecheck.verdict.Redirect;
import org.citecheck.verdict.UrlResult;
import org.citecheck.verdict.Verdict;

/** What a verification result shows about where a URL leads: the addresses its redirects passed. */
final class Landing {

  private Landing() {}

  /**
   * The URLs the check went through after the first: each redirect's target, then the final URL.
   */
  static List<String> after(UrlResult result) {
    List<String> chain = new ArrayList<>();
    List<Redirect> hops = result.redirects();
    for (int i = 1; i < hops.size(); i++) {
      chain.add(hops.get(i).url());
    }
    if (result.finalUrl() != null && !result.finalUrl().equals(result.url())) {
      chain.add(result.finalUrl());
    }
    return chain;
  }

  /** True when the page answered in the end (alive, or moved and found). */
  static boolean served(UrlResult result) {
    return result.verdict() == Verdict.ALIVE || result.verdict() == Verdict.REDIRECTED;
  }

  /** The URL the result ended at: the final URL, or the URL itself without redirects. */
  static WebUrl end(UrlResult result) {
    return WebUrl.parse(result.finalUrl() != null ? result.finalUrl() : result.url());
  }
}
