package org.citecheck.check;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import okhttp3.HttpUrl;
import org.citecheck.check.http.Fetch;
import org.citecheck.check.page.PageParser;
import org.citecheck.check.page.PageTitles;
import org.citecheck.http.BotChallenges;
import org.citecheck.text.SafeText;
import org.citecheck.verdict.Redirect;
import org.citecheck.verdict.Verdict;

/** Turns what a fetch produced into a verdict and a reason a person can act on. */
final class Classifier {

  private static final Set<Integer> BLOCKING = Set.of(401, 402, 403, 407, 451, 999);
  private static final Set<String> CHALLENGE_TITLES =
      Set.of(
          "just a moment...",
          "just a moment…",
          "attention required! | cloudflare",
          "ddos-guard",
          "please wait... | cloudflare",
          "checking your browser before accessing",
          "verifying you are human");

  private Classifier() {}

  /**
   * The verdict and reason for a fetch of {@code cited}, with the page's titles when it was read.
   */
  record Judgement(Verdict verdict, String reason, PageTitles page) {}

  static Judgement judge(String cited, Fetch fetch) {
    if (fetch.failure() != null) {
      return failure(fetch);
    }
    PageTitles page = null;
    if (fetch.body() != null && fetch.body().bytes().length > 0) {
      page = PageParser.parse(fetch.body().bytes(), fetch.contentType(), fetch.finalUrl());
    }
    int status = fetch.status();
    String stalled =
        fetch.body() != null && fetch.body().failure() != null
            ? "; the body stopped arriving ("
                + fetch.body().failure().getClass().getSimpleName()
                + "), judged on its start"
            : "";
    if (isChallenge(fetch, page)) {
      return new Judgement(
          Verdict.BLOCKED,
          "a bot challenge answered instead of the page (HTTP " + status + ")",
          null);
    }
    if (status >= 200 && status < 300) {
      return success(cited, fetch, page, stalled);
    }
    page = null; // an error page's title is not the cited page's title
    if (status == 404 || status == 410) {
      return new Judgement(
          Verdict.DEAD, "HTTP " + status + (status == 404 ? " Not Found" : " Gone"), page);
    }
    if (status == 429) {
      return new Judgement(
          Verdict.BLOCKED, "HTTP 429: rate limited, still after the retries allowed", page);
    }
    if (BLOCKING.contains(status)) {
      return new Judgement(
          Verdict.BLOCKED, "HTTP " + status + ": the server refuses automated access", page);
    }
    if (status >= 400 && status < 500) {
      return new Judgement(
          Verdict.BLOCKED,
          "HTTP " + status + ": the server refused the request; the page may exist",
          page);
    }
    if (status >= 500) {
      return new Judgement(
          Verdict.UNREACHABLE,
          "HTTP " + status + ": server error, still after the retries allowed",
          page);
    }
    if (status >= 300) {
      return new Judgement(
          Verdict.UNREACHABLE, "HTTP " + status + " without a usable redirect", page);
    }
    return new Judgement(Verdict.UNREACHABLE, "unexpected HTTP status " + status, page);
  }

  private static Judgement success(String cited, Fetch fetch, PageTitles page, String stalled) {
    HttpUrl citedUrl = HttpUrl.parse(cited);
    HttpUrl last = HttpUrl.parse(fetch.finalUrl());
    boolean redirected = !fetch.redirects().isEmpty();
    Optional<String> soft =
        citedUrl == null ? Optional.empty() : SoftNotFound.detect(citedUrl, last, redirected, page);
    if (soft.isPresent()) {
      return new Judgement(Verdict.SOFT_404, soft.get() + " (HTTP " + fetch.status() + ")", page);
    }
    String how = fetch.detail() == null ? "" : "; " + SafeText.words(fetch.detail());
    Redirect permanent = firstPermanent(fetch);
    if (permanent != null && !fetch.finalUrl().equals(cited)) {
      return new Judgement(
          Verdict.REDIRECTED,
          "moved permanently (" + permanent.status() + ") to " + fetch.finalUrl() + how + stalled,
          page);
    }
    String reason =
        "HTTP "
            + fetch.status()
            + (redirected ? " after a temporary redirect to " + fetch.finalUrl() : "")
            + how
            + stalled;
    return new Judgement(Verdict.ALIVE, reason, page);
  }

  private static Redirect firstPermanent(Fetch fetch) {
    for (Redirect hop : fetch.redirects()) {
      if (hop.status() == 301 || hop.status() == 308) {
        return hop;
      }
    }
    return null;
  }

  private static boolean isChallenge(Fetch fetch, PageTitles page) {
    if (BotChallenges.isChallenge(fetch.headers())) {
      return true;
    }
    if (page == null || page.title() == null) {
      return false;
    }
    String title = page.title().toLowerCase(Locale.ROOT);
    return CHALLENGE_TITLES.contains(title) || title.startsWith("attention required!");
  }

  private static Judgement failure(Fetch fetch) {
    String detail = SafeText.words(fetch.detail());
    String host = hostOf(fetch.finalUrl());
    return switch (fetch.failure()) {
      case INVALID_URL -> new Judgement(Verdict.INVALID, detail, null);
      case REFUSED_ADDRESS ->
          new Judgement(
              Verdict.INVALID, "refused: " + detail + " (--allow-private-hosts lifts this)", null);
      case DNS -> new Judgement(Verdict.DEAD, "the domain " + host + " does not resolve", null);
      case CONNECT -> new Judgement(Verdict.UNREACHABLE, host + ": " + detail, null);
      case REDIRECT_LOOP,
          TOO_MANY_REDIRECTS,
          BAD_REDIRECT,
          TLS,
          TIMEOUT,
          DEADLINE,
          RESET,
          PROTOCOL ->
          new Judgement(Verdict.UNREACHABLE, detail, null);
    };
  }

  private static String hostOf(String url) {
    HttpUrl parsed = url == null ? null : HttpUrl.parse(url);
    return parsed == null ? String.valueOf(url) : parsed.host();
  }
}
