package org.citecheck.report;

import org.citecheck.verdict.Verdict;

/**
 * What each verdict means as a SARIF rule: a stable name, a description and what to do about it.
 */
final class SarifRules {

  private SarifRules() {}

  static String name(Verdict verdict) {
    return switch (verdict) {
      case ALIVE -> "AliveLink";
      case REDIRECTED -> "RedirectedLink";
      case SOFT_404 -> "Soft404Link";
      case DEAD -> "DeadLink";
      case BLOCKED -> "BlockedLink";
      case UNREACHABLE -> "UnreachableLink";
      case OFFLINE -> "CheckerOffline";
      case INVALID -> "InvalidUrl";
      case SKIPPED -> "SkippedUrl";
    };
  }

  static String description(Verdict verdict) {
    return switch (verdict) {
      case ALIVE -> "The cited URL answers with the page.";
      case REDIRECTED -> "The cited URL has moved permanently to another address.";
      case SOFT_404 ->
          "The cited URL answers, but not with the cited page (an error page, the site's"
              + " home page, a parked domain).";
      case DEAD -> "The cited URL is gone: 404, 410, or its domain no longer resolves.";
      case BLOCKED ->
          "The server refuses automated checks, so whether the cited page exists is unknown.";
      case UNREACHABLE ->
          "The cited URL did not answer: timeouts, server errors after retries, TLS or"
              + " connection errors, redirect loops.";
      case OFFLINE -> "The checker itself had no network, so the cited URL was not verified.";
      case INVALID ->
          "The cited URL cannot be fetched: bad syntax, a scheme other than http(s), or a"
              + " private address.";
      case SKIPPED ->
          "The cited URL was not checked: excluded by the user's patterns, or an ftp:// URL.";
    };
  }

  static String help(Verdict verdict) {
    return switch (verdict) {
      case ALIVE -> "Nothing to do.";
      case REDIRECTED -> "Update the citation to the final URL.";
      case SOFT_404, DEAD -> "Cite the archived snapshot instead, or find where the page moved.";
      case BLOCKED -> "Open the page in a browser to check it by hand.";
      case UNREACHABLE ->
          "Check again later; if it persists, treat the link as dead and cite a snapshot.";
      case OFFLINE -> "Run the check again with network access.";
      case INVALID -> "Correct the URL in the note.";
      case SKIPPED -> "Remove the exclusion to check this URL; check an ftp:// URL by hand.";
    };
  }
}
