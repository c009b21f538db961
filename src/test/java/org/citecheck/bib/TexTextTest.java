package org.citecheck.bib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TexTextTest {

  private final TexText biblatex = new TexText(false);
  private final TexText bibtex = new TexText(true);

  @Test
  void theTenSpecialsAreEscaped() {
    assertEquals(
        "\\# \\$ \\% \\& \\_ \\{ \\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}",
        biblatex.escape("# $ % & _ { } ~ ^ \\"));
  }

  @Test
  void loneBracesUseTextCommandsSoTheFieldStaysBalanced() {
    String escaped = biblatex.escape("a } b {");
    assertEquals("a \\textbraceright{} b \\textbraceleft{}", escaped);
    assertEquals(true, BibtexFieldWriter.balanced(escaped));
  }

  @Test
  void biblatexKeepsUnicodeAndBibtexWritesLatexCommands() {
    assertEquals("Erdoğan: çözüm, ılık", biblatex.escape("Erdoğan: çözüm, ılık"));
    assertEquals(
        "Erdo{\\u{g}}an: {\\c{c}}{\\\"{o}}z{\\\"{u}}m, {\\i}l{\\i}k",
        bibtex.escape("Erdoğan: çözüm, ılık"));
  }

  @Test
  void charactersWithoutALatexFormStayUtf8() {
    assertEquals("Лавров", bibtex.escape("Лавров"));
  }

  @Test
  void whitespaceCollapses() {
    assertEquals("a b c", biblatex.escape("  a \n b\t\tc "));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "OSCE Minsk Group: Lessons from the Past | {OSCE Minsk Group: Lessons} from the {Past}",
        "why negotiations failed | why negotiations failed",
        "A step, this time a big step | {A} step, this time a big step",
        "Erdoğan: Time to resolve | {Erdoğan: Time} to resolve",
      })
  void runsOfCapitalisedWordsAreBraced(String title, String protectedTitle) {
    assertEquals(protectedTitle, biblatex.protectCapitals(title));
  }

  @Test
  void capitalProtectionKeepsEscapesInside() {
    assertEquals("{{\\\"{U}}ber} 100\\% {R\\&D}", bibtex.protectCapitals("Über 100% R&D"));
  }

  /**
   * Every letter of Latin-1 Supplement and Latin Extended-A has a LaTeX form, except the few that
   * LaTeX's standard encodings lack.
   */
  @Test
  void latin1AndLatinExtendedAHaveLatexForms() {
    Set<Integer> without = Set.of(0x126, 0x127, 0x138, 0x13F, 0x140, 0x149, 0x166, 0x167, 0x17F);
    for (int codePoint = 0xC0; codePoint <= 0x17F; codePoint++) {
      int c = codePoint;
      String form = LatexAccents.of(c);
      if (without.contains(c)) {
        assertNull(form, Integer.toHexString(c));
      } else {
        assertNotNull(form, () -> "no LaTeX form for U+" + Integer.toHexString(c));
        assertEquals(true, form.chars().allMatch(ch -> ch < 0x80), form);
        assertEquals(true, BibtexFieldWriter.balanced(form), form);
      }
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ç | {\\c{c}}", "ğ | {\\u{g}}", "ı | {\\i}", "í | {\\'{\\i}}", "Ş | {\\c{S}}",
            "ő | {\\H{o}}",
        "ą | {\\k{a}}", "ž | {\\v{z}}", "Å | {\\r{A}}", "ß | {\\ss}", "Ø | {\\O}", "ł | {\\l}",
        "– | --", "— | ---", "« | {\\guillemotleft}",
      })
  void lettersTakeTheirUsualLatexForm(String letter, String latex) {
    assertEquals(latex, LatexAccents.of(letter.codePointAt(0)));
  }
}
