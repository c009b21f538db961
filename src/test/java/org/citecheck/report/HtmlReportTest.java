package org.citecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citecheck.testing.GoldenFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  private final String html = HtmlReport.format(ReportFixture.context());
  private final Document page = Jsoup.parse(html);

  @Test
  void matchesGoldenFile() {
    GoldenFile.assertMatches(ReportFixture.GOLDEN.resolve("verification.expected.html"), html);
  }

  @Test
  void rendersOneRowPerResultWithItsVerdict() {
    List<String> verdicts = page.select("#results tbody tr").eachAttr("data-verdict");
    assertEquals(
        List.of(
            "alive",
            "dead",
            "soft-404",
            "redirected",
            "blocked",
            "unreachable",
            "invalid",
            "dead",
            "offline",
            "skipped"),
        verdicts);
  }

  @Test
  void hostileTextStaysTextAndOnlyOurScriptRuns() {
    assertEquals(1, page.select("script").size(), "only the page's own script");
    assertTrue(page.select("img, iframe, object, embed, link, base, form").isEmpty());
    for (Element element : page.getAllElements()) {
      element
          .attributes()
          .forEach(
              attribute ->
                  assertFalse(
                      attribute.getKey().startsWith("on"), "event handler attribute " + attribute));
    }
    assertTrue(page.text().contains("<script>alert(1)</script>"), "server text shows as text");
    assertTrue(page.text().contains("<img src=x onerror=alert(1)>"), "document text shows as text");
    assertFalse(html.contains("\u202E"), "bidi overrides are dropped");
    assertFalse(html.contains("\u0000"), "control characters are dropped");
    assertFalse(html.contains("\u2028"), "line separators are dropped");
  }

  @Test
  void linksOnlyHttpUrlsAndNeverJavascript() {
    List<String> hrefs = page.select("a[href]").eachAttr("href");
    assertFalse(hrefs.isEmpty());
    for (String href : hrefs) {
      assertTrue(href.startsWith("https://") || href.startsWith("http://"), href);
    }
    assertTrue(page.select("a[href]").stream().allMatch(a -> a.attr("rel").contains("noopener")));
    assertTrue(
        page.text().contains(ReportFixture.JAVASCRIPT_URL), "the invalid URL is shown, unlinked");
    assertTrue(
        hrefs.contains(ReportFixture.LONG_URL), "a long URL with quotes and pipes links intact");
  }

  @Test
  void contentSecurityPolicyAllowsExactlyTheInlineStyleAndScript() {
    String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    String script = page.selectFirst("script").data();
    String style = page.selectFirst("style").data();
    assertTrue(policy.startsWith("default-src 'none';"), policy);
    assertTrue(policy.contains("script-src '" + HtmlReport.sha256(script) + "'"), policy);
    assertTrue(policy.contains("style-src '" + HtmlReport.sha256(style) + "'"), policy);
    assertFalse(policy.contains("unsafe-inline"), policy);
    assertTrue(
        page.select("[style]").isEmpty(), "no style attribute, which the policy would block");
  }

  @Test
  void isSelfContained() {
    assertTrue(page.select("[src]").isEmpty(), "no external asset");
    assertFalse(html.contains("url("), "no stylesheet fetch");
    assertFalse(html.contains("@import"), "no stylesheet import");
    assertEquals(1, page.select("svg.chart").size(), "the verdict chart is inline SVG");
    assertEquals(9, page.select("svg.chart rect.bar").size(), "one bar per verdict");
  }

  @Test
  void showsRescuedSnapshotAndRedirectTarget() {
    Element dead = page.select("#results tbody tr").get(1);
    assertEquals("1 June 2016", dead.select("td").last().text());
    assertEquals(
        "https://web.archive.org/web/20160601000000/https://www.ipinst.org/wp-content/uploads/2016/05/"
            + "1605-Chained-to-the-Caucasus.pdf",
        dead.select("td").last().selectFirst("a").attr("href"));
    Element redirected = page.select("#results tbody tr").get(3);
    assertTrue(
        redirected
            .select("td.url a")
            .eachAttr("href")
            .contains("https://tass.com/politics/1223451"));
  }
}
