package org.citecheck.archive.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTextTest {

  @Test
  void keepsTheArticleAndDropsChromeBannersAndScripts() throws Exception {
    PageText text = PageText.of(DriftPages.page("snapshot"));

    String joined = String.join(" ", text.words());
    assertTrue(joined.startsWith("statement by the co chairs on the ceasefire vienna"), joined);
    assertTrue(joined.endsWith("support the peace process"), joined);
    for (String chrome :
        List.of("cookies", "latest", "subscribe", "rights", "datalayer", "documents")) {
      assertFalse(text.words().contains(chrome), chrome);
    }
    assertEquals(
        "Statement by the Co-Chairs on the ceasefire | Regional Peace Office", text.title());
  }

  @Test
  void withoutMainOrArticleTheBodyMinusBoilerplateIsTheText() {
    PageText text =
        PageText.of(
            "<html><body class='has-sidebar'><nav>Home About</nav>"
                + "<div class='cookie-consent'>We use cookies</div><div id='content'><p>Peace talks resume"
                + " in Geneva.</p></div><footer>Copyright</footer></body></html>");

    assertEquals(List.of("peace", "talks", "resume", "in", "geneva"), text.words());
    assertEquals("Peace talks resume", PageText.of("<h1>Peace talks resume</h1>").title());
  }

  @Test
  void titleFallsBackToOpenGraphThenTheFirstHeading() {
    assertEquals(
        "OG title",
        PageText.of(
                "<html><head><meta property='og:title' content='OG title'></head><body><h1>H</h1></body></html>")
            .title());
    assertEquals(null, PageText.of("<p>no title at all</p>").title());
  }

  @Test
  void readsTheDeclaredCharsetAndNormalisesText() {
    byte[] cp1251 =
        "<html><body><main>Министр иностранных дел РФ</main></body></html>"
            .getBytes(Charset.forName("windows-1251"));

    assertEquals(
        List.of("министр", "иностранных", "дел", "рф"),
        PageText.of(cp1251, "windows-1251").words());
    assertEquals(List.of("osce", "office"), PageText.words("ＯＳＣＥ Oﬃce"));
  }
}
