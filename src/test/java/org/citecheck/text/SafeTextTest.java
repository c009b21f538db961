package org.citecheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one policy for untrusted text, and the escaping each output adds on top. */
class SafeTextTest {

  static Stream<Arguments> lines() {
    return Stream.of(
        Arguments.of(
            "line breaks and tabs become spaces",
            " a\nb\r\nc\td\u000Be\ff\u0085g\u2028h\u2029i ",
            "a b  c d e f g h i"),
        Arguments.of(
            "C0 and C1 controls are dropped",
            "a\u0000b\u0007c\u001Bd\u007Fe\u0080f\u009Fg",
            "abcdefg"),
        Arguments.of(
            "bidi overrides and embeddings are dropped (Trojan Source)",
            "a\u202Ab\u202Bc\u202Cd\u202De\u202Ef",
            "abcdef"),
        Arguments.of("bidi isolates are dropped", "a\u2066b\u2067c\u2068d\u2069e", "abcde"),
        Arguments.of("bidi marks are dropped", "a\u200Eb\u200Fc\u061Cd", "abcd"),
        Arguments.of(
            "invisible format characters are dropped",
            "in\u00ADvi\u200Bsi\u2060ble\uFEFF",
            "invisible"),
        Arguments.of(
            "tag characters (a plane-14 format block) are dropped",
            "a\uDB40\uDC01\uDB40\uDC41b",
            "ab"),
        Arguments.of(
            "the joiners scripts need are kept",
            "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 👩\u200D💻",
            "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 👩\u200D💻"),
        Arguments.of("right-to-left letters are kept as they are", "تقرير: الحرب", "تقرير: الحرب"),
        Arguments.of("a surrogate pair is kept", "😀 𝒳", "😀 𝒳"),
        Arguments.of("an unpaired high surrogate is dropped", "x\uD800y", "xy"),
        Arguments.of("an unpaired low surrogate is dropped", "x\uDC00y", "xy"),
        Arguments.of("two high surrogates in a row are both dropped", "x\uD800\uD800", "x"),
        Arguments.of("non-characters are dropped", "a\uFFFEb\uFFFFc\uFDD0d\uD83F\uDFFEe", "abcde"),
        Arguments.of("private use and unassigned code points are kept", "a\uE000b", "a\uE000b"),
        Arguments.of("null is empty", null, ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void putsTextOnOneLineAndDropsHiddenCharacters(String what, String untrusted, String line) {
    assertEquals(line, SafeText.line(untrusted));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("clips")
  void clipsByCodePointWithoutSplittingAPair(String text, int max, String clipped) {
    assertEquals(clipped, SafeText.clip(text, max));
    assertEquals(clipped, SafeText.words(text, max), "the console form cuts the same way");
  }

  static Stream<Arguments> clips() {
    return Stream.of(
        Arguments.of("abcdef", 3, "ab…"),
        Arguments.of("abc", 3, "abc"),
        Arguments.of("😀😀😀", 2, "😀…"),
        Arguments.of("😀😀😀", 3, "😀😀😀"),
        Arguments.of("a😀b😀c", 4, "a😀b…"),
        Arguments.of("\u202Eabc\u202C", 3, "abc"));
  }

  static Stream<Arguments> consoleWords() {
    return Stream.of(
        Arguments.of(
            "escape sequences go whole, breaks become one space",
            "a\u001b[31m\nb\t\u202Ec\u0007",
            "a b c"),
        Arguments.of("an OSC title sequence goes whole", "x\u001B]0;pwned\u0007y", "xy"),
        Arguments.of("a C1 CSI goes whole", "x\u009B2Jy", "xy"),
        Arguments.of(
            "runs of white space, any kind, become one space",
            "  a \u00A0\u2003 b\u3000c \r\n",
            "a b c"),
        Arguments.of("trimmed", "  Title \r\n", "Title"),
        Arguments.of("null stays null", null, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("consoleWords")
  void consoleFormKeepsWordsOnly(String what, String untrusted, String words) {
    assertEquals(words, SafeText.words(untrusted));
  }

  @Test
  void theConsoleFormAndTheReportFormHideTheSameCharacters() {
    StringBuilder every = new StringBuilder();
    for (int c = 0; c <= 0x10FFFF; c++) {
      if (c < 0xD800 || c > 0xDFFF) {
        every.appendCodePoint(c).append('x');
      }
    }
    String text = every.toString().replace("\u001B", "").replace("\u009B", "");
    String line = SafeText.line(text).replaceAll("(?U)\\s+", " ");
    assertEquals(
        line,
        SafeText.words(text),
        "one policy: the console only collapses white space and escapes");
    assertNull(SafeText.words(null));
  }

  @Test
  void escapesForMarkupAndDropsWhatXmlForbids() {
    assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", Markup.escape("<a href=\"x\">&'"));
    assertEquals("ab", Markup.escape("a\u0001\uFFFEb"));
  }

  @Test
  void escapesMarkdownSoItStaysText() {
    assertEquals(
        "\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\| \\~g\\~ \\$h\\$ \\&amp; \\\\",
        MarkdownText.escape("*a* _b_ `c` [d](e) <f> | ~g~ $h$ &amp; \\"));
    assertEquals(
        "mail a@\u2060b and @ alone", MarkdownText.escapeForComment("mail a@b and @ alone"));
    assertEquals(
        "[x](https://e.org/a\\(c\\)%7C%22%3C'\\[1\\])",
        MarkdownText.link("x", "https://e.org/a(c)|\"<'[1]", true));
    assertEquals(
        "<https://e.org/a(c)%7C%22%3C'[1]>", MarkdownText.autolink("https://e.org/a(c)|\"<'[1]"));
    assertEquals(
        "x", MarkdownText.link("x", "https://e.org/a b", true), "a URL with a space is not linked");
    assertEquals(
        "javascript:x\\(\\)".replace("\\", ""),
        MarkdownText.link("javascript:x()", "javascript:x()", false));
  }
}
