package org.citecheck.check;

import java.util.Optional;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.citecheck.check.page.PageParser;
import org.citecheck.check.page.PageTitles;

/**
 * Recognises a 2xx answer that is not the cited page: a redirect to the site's home page or to a
 * not-found path, a page whose title or heading reads as an error page, a parked or for-sale
 * domain. Every rule is conservative: a false soft-404 sends a user hunting for nothing.
 */
final class SoftNotFound {

  private static final Pattern ROOT_PATH =
      Pattern.compile("(?i)/?((index|default|home)(\\.[a-z]+)?|[a-z]{2}([-_][a-z]{2})?|home)?/?");
  private static final Pattern NOT_FOUND_PATH =
      Pattern.compile(
          "(?i)(^|[/_.=?&-])(404|not[-_]?found|page[-_]?not[-_]?found|error[-_]?404|missing[-_]?page)([/_.=?&-]|$)");
  private static final Pattern ERROR_TITLE =
      Pattern.compile(
          "(?iu)(\\b404\\b|\\bnot found\\b|page (can ?not|cannot|can[’']t|could ?n[o'’]t) be found|"
              + "(page|content|article|document) (is )?no longer (available|exists)|"
              + "(page|url) (does ?n[o']t|does not) exist|"
              + "page introuvable|seite nicht gefunden|p[aá]gina no encontrada|pagina non trovata|"
              + "страница не найдена|страница не существует|sayfa bulunamad)");

  /**
   * What an error page's heading may print beside the error itself ("Oops! Error 404", "Sorry, page
   * not found"). A heading segment is an error only when nothing else is left: "Why 404 pages
   * matter" or "Bodies not found in river" are articles, not error pages.
   */
  private static final Pattern FILLER =
      Pattern.compile(
          "(?iu)\\b(error|erreur|fehler|errore|ошибка|oops|whoops|sorry|http|page|that|the|this|code|status)\\b"
              + "|[\\p{P}\\p{S}\\s\\d]+");

  /** Where a heading joins its parts: "Page not found | Example News", "404 – Example". */
  private static final Pattern SEGMENT_BREAK = Pattern.compile("\\s+[-|–—·»:]\\s+|\\s*[|–—·»]\\s*");

  private static final Pattern ERROR_TEXT =
      Pattern.compile(
          "(?iu)(\\b404\\b.{0,40}not found|page not found|the page you (are|were) looking for)");
  private static final Pattern PARKED =
      Pattern.compile(
          "(?iu)(this domain (name )?(is|may be) for sale|buy this domain|domain (name )?is parked|"
              + "parked free|domain parking|the domain .{1,80} (is|may be) for sale|this domain has expired)");
  private static final int SHORT_TEXT = 1500;

  private SoftNotFound() {}

  /** Why the answer is a soft 404, or empty when it looks like the real page. */
  static Optional<String> detect(HttpUrl cited, HttpUrl last, boolean redirected, PageTitles page) {
    if (redirected && last != null) {
      if (PageParser.isParkingHost(last.host())) {
        return Optional.of("redirected to the domain marketplace " + last.host());
      }
      boolean citedDeep =
          !ROOT_PATH.matcher(cited.encodedPath()).matches() || cited.encodedQuery() != null;
      boolean lastRoot =
          ROOT_PATH.matcher(last.encodedPath()).matches() && last.encodedQuery() == null;
      if (citedDeep && lastRoot) {
        return Optional.of("redirected to the site's home page (" + last + ")");
      }
      String lastPath =
          last.encodedPath() + (last.encodedQuery() == null ? "" : "?" + last.encodedQuery());
      String citedPath =
          cited.encodedPath() + (cited.encodedQuery() == null ? "" : "?" + cited.encodedQuery());
      if (NOT_FOUND_PATH.matcher(lastPath).find() && !NOT_FOUND_PATH.matcher(citedPath).find()) {
        return Optional.of("redirected to a not-found page (" + last + ")");
      }
    }
    if (page == null) {
      return Optional.empty();
    }
    if (page.parkingScript()) {
      return Optional.of("the domain is parked (the page is served by a domain-parking service)");
    }
    for (String heading : new String[] {page.title(), page.h1()}) {
      if (heading != null && PARKED.matcher(heading).find()) {
        return Optional.of("the domain is parked or for sale (\"" + heading + "\")");
      }
      if (heading != null && errorHeading(heading)) {
        return Optional.of("the page reads as an error page (\"" + heading + "\")");
      }
    }
    String text = page.text() == null ? "" : page.text();
    if (PARKED.matcher(text).find()) {
      return Optional.of("the domain is parked or for sale");
    }
    if (text.length() < SHORT_TEXT && ERROR_TEXT.matcher(text).find()) {
      return Optional.of("the page's text reads as an error page");
    }
    return Optional.empty();
  }

  /** True when one part of the heading says only that the page is an error. */
  static boolean errorHeading(String heading) {
    for (String segment : SEGMENT_BREAK.split(heading)) {
      if (ERROR_TITLE.matcher(segment).find()) {
        String rest = FILLER.matcher(ERROR_TITLE.matcher(segment).replaceAll(" ")).replaceAll("");
        if (rest.isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }
}
