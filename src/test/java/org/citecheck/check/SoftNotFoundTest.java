package org.citecheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import okhttp3.HttpUrl;
import org.citecheck.check.page.PageTitles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When a 2xx answer is not the cited page. Each row is a redirect or a page a reader would call a
 * soft 404 (the reason's first words given), or one that is the page, which must never be called
 * one: a false soft 404 sends a user hunting for nothing.
 */
class SoftNotFoundTest {

  /** cited | where the redirects ended ("-": no redirect) | reason's start ("-": the real page). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "a deep page sent to the home page      | https://e.org/news/2020/ceasefire | https://e.org/          | redirected to the site's home page",
        "a deep page sent to a language root    | https://e.org/news/1              | https://e.org/en/       | redirected to the site's home page",
        "a deep page sent to index.html         | https://e.org/a/b                 | https://e.org/index.html | redirected to the site's home page",
        "a query sent to the home page          | https://e.org/?p=123              | https://e.org/          | redirected to the site's home page",
        "a deep page sent to a not-found path   | https://e.org/a/b                 | https://e.org/errors/404.html | redirected to a not-found page",
        "a deep page sent to page-not-found     | https://e.org/a/b                 | https://e.org/page-not-found?from=a | redirected to a not-found page",
        "a redirect to a domain marketplace     | https://e.org/a                   | https://www.sedo.com/search?d=e.org | redirected to the domain marketplace",
        "the home page cited, the home page served | https://e.org/                 | https://e.org/en/       | -",
        "a deep page moved to another deep page | https://e.org/a/b                 | https://e.org/c/d       | -",
        "a cited not-found path stays so        | https://e.org/404/report          | https://e.org/404/      | -",
        "a path that only contains 404          | https://e.org/a                   | https://e.org/report-4040 | -",
        "no redirect at all                     | https://e.org/a/b                 | -                       | -",
      })
  void readsTheRedirect(String what, String cited, String last, String reason) {
    String found =
        SoftNotFound.detect(
                HttpUrl.get(cited), last == null ? null : HttpUrl.get(last), last != null, null)
            .orElse(null);
    assertStarts(reason, found, what);
  }

  /** title | h1 | text | reason's start ("-": the real page). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "a 404 title                        | 404 - Example                 | -                  | -                                  | the page reads as an error page",
        "a not-found heading                | Example News                  | Page not found     | -                                  | the page reads as an error page",
        "a Russian error title              | Страница не найдена           | -                  | -                                  | the page reads as an error page",
        "a German error title               | Seite nicht gefunden – Beispiel | -                | -                                  | the page reads as an error page",
        "a parked title                     | This domain is for sale!      | -                  | -                                  | the domain is parked or for sale",
        "a parked text                      | e.org                         | -                  | Buy this domain today.             | the domain is parked or for sale",
        "a short error text                 | Example                       | -                  | Sorry, the page you are looking for has moved. | the page's text reads as an error page",
        "a title that mentions 'found'      | Found: the missing papers     | -                  | -                                  | -",
        "a number 4040 in a title           | Report 4040 on trade          | -                  | -                                  | -",
        "Google's error title               | Error 404 (Not Found)!!1      | -                  | -                                  | the page reads as an error page",
        "an apologetic heading              | Example                       | Oops! That page can’t be found. | -                     | the page reads as an error page",
        "a site name before the error       | Example News · Page Not Found | -                  | -                                  | the page reads as an error page",
        "an article about 404 pages         | Why 404 pages matter          | -                  | -                                  | -",
        "a headline with 'not found'        | Bodies not found in river, police say | -          | -                                  | -",
        "a guide to error pages             | Page not found: how to fix broken links | -        | -                                  | -",
        "an ordinary page                   | Why negotiations failed       | Why negotiations failed | Long article text.            | -",
      })
  void readsThePage(String what, String title, String h1, String text, String reason) {
    PageTitles page = new PageTitles(title, null, h1, text, false);
    String found =
        SoftNotFound.detect(
                HttpUrl.get("https://e.org/a/b"), HttpUrl.get("https://e.org/a/b"), false, page)
            .orElse(null);
    assertStarts(reason, found, what);
  }

  @ParameterizedTest(
      name = "an error text in a long page is an article about errors ({0} characters)")
  @CsvSource({"1000, true", "2000, false"})
  void onlyAShortTextReadsAsAnErrorPage(int length, boolean soft) {
    String text = "The page you are looking for. " + "x".repeat(length);
    PageTitles page = new PageTitles("Example", null, null, text, false);
    assertEquals(
        soft, SoftNotFound.detect(HttpUrl.get("https://e.org/a"), null, false, page).isPresent());
  }

  @Test
  void aParkingScriptParksThePage() {
    PageTitles page = new PageTitles("e.org", null, null, "", true);
    assertStarts(
        "the domain is parked",
        SoftNotFound.detect(HttpUrl.get("https://e.org/a"), null, false, page).orElse(null),
        "a page served by a parking service");
  }

  private static void assertStarts(String expected, String actual, String what) {
    if (expected == null || actual == null) {
      assertEquals(expected, actual, what);
    } else {
      assertEquals(
          expected,
          actual.substring(0, Math.min(expected.length(), actual.length())),
          what + ": " + actual);
    }
  }
}
