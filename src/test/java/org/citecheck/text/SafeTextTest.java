package org.citecheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SafeTextTest {

  @Test
  void putsTextOnOneLineAndDropsHiddenCharacters() {
    assertEquals("a b c d", SafeText.line(" a\nb\u2028c\td\u0000\u0007 "));
    assertEquals("abc", SafeText.line("a\u202Eb\u2066c\u2069"));
    assertEquals("", SafeText.line(null));
    assertEquals("x", SafeText.line("x\uD800"), "an unpaired surrogate is dropped");
    assertEquals("😀", SafeText.line("😀"), "a pair is kept");
  }

  @Test
  void clipsByCodePointWithoutSplittingAPair() {
    assertEquals("ab…", SafeText.clip("abcdef", 3));
    assertEquals("😀…", SafeText.clip("😀😀😀", 2));
    assertEquals("abc", SafeText.clip("abc", 3));
  }

  @Test
  void escapesForMarkupAndDropsWhatXmlForbids() {
    assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", Markup.escape("<a href=\"x\">&'"));
    assertEquals("ab", Markup.escape("a\u0001\uFFFEb"));
  }

  @Test
  void linksOnlyWebUrls() {
    assertTrue(WebUrl.isLinkable("https://example.org/a?b=c"));
    assertTrue(WebUrl.isLinkable("HTTP://example.org/"));
    assertFalse(WebUrl.isLinkable("javascript:alert(1)"));
    assertFalse(WebUrl.isLinkable(" javascript:alert(1)"));
    assertFalse(WebUrl.isLinkable("data:text/html,<script>alert(1)</script>"));
    assertFalse(WebUrl.isLinkable("https://exa mple.org/"));
    assertFalse(WebUrl.isLinkable("https://"));
    assertFalse(WebUrl.isLinkable(null));
  }

  @Test
  void escapesMarkdownSoItStaysText() {
    assertEquals("\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\| \\~g\\~ \\$h\\$ \\&amp; \\\\", MarkdownText.escape("*a* _b_ `c` [d](e) <f> | ~g~ $h$ &amp; \\"));
    assertEquals("mail a@\u2060b and @ alone", MarkdownText.escapeForComment("mail a@b and @ alone"));
    assertEquals("[x](https://e.org/a\\(c\\)%7C%22%3C'\\[1\\])", MarkdownText.link("x", "https://e.org/a(c)|\"<'[1]", true));
    assertEquals("<https://e.org/a(c)%7C%22%3C'[1]>", MarkdownText.autolink("https://e.org/a(c)|\"<'[1]"));
    assertEquals("x", MarkdownText.link("x", "https://e.org/a b", true), "a URL with a space is not linked");
    assertEquals("javascript:x\\(\\)".replace("\\", ""), MarkdownText.link("javascript:x()", "javascript:x()", false));
  }
}
