package org.citecheck.bib;

import java.text.Normalizer;
import java.util.Map;

/**
 * LaTeX forms of non-ASCII characters, for classic BibTeX, whose styles assume ASCII: every letter
 * of Latin-1 and Latin Extended-A that LaTeX can typeset (accented letters as {@code {\c{c}}},
 * special letters as {@code {\i}} or {@code {\ss}}), and common typographic punctuation. Characters
 * with no LaTeX form (Cyrillic, Greek, and the few Latin letters T1 lacks: ħ Ħ ĸ Ŀ ŀ ŉ Ŧ ŧ ſ) have
 * no entry: the caller keeps them as UTF-8, which LaTeX's default UTF-8 input reads when the
 * document's fonts cover them.
 */
final class LatexAccents {

  /** Combining marks and the accent commands that place them over a base letter. */
  private static final Map<Character, String> ACCENTS =
      Map.ofEntries(
          Map.entry('\u0300', "`"),
          Map.entry('\u0301', "'"),
          Map.entry('\u0302', "^"),
          Map.entry('\u0303', "~"),
          Map.entry('\u0304', "="),
          Map.entry('\u0306', "u"),
          Map.entry('\u0307', "."),
          Map.entry('\u0308', "\""),
          Map.entry('\u030A', "r"),
          Map.entry('\u030B', "H"),
          Map.entry('\u030C', "v"),
          Map.entry('\u0327', "c"),
          Map.entry('\u0328', "k"),
          Map.entry('\u0323', "d"),
          Map.entry('\u0331', "b"));

  /** Letters and signs that are commands of their own. */
  private static final Map<Character, String> SYMBOLS =
      Map.ofEntries(
          Map.entry('ı', "{\\i}"),
          Map.entry('ȷ', "{\\j}"),
          Map.entry('ß', "{\\ss}"),
          Map.entry('æ', "{\\ae}"),
          Map.entry('Æ', "{\\AE}"),
          Map.entry('œ', "{\\oe}"),
          Map.entry('Œ', "{\\OE}"),
          Map.entry('ø', "{\\o}"),
          Map.entry('Ø', "{\\O}"),
          Map.entry('ł', "{\\l}"),
          Map.entry('Ł', "{\\L}"),
          Map.entry('đ', "{\\dj}"),
          Map.entry('Đ', "{\\DJ}"),
          Map.entry('ð', "{\\dh}"),
          Map.entry('Ð', "{\\DH}"),
          Map.entry('þ', "{\\th}"),
          Map.entry('Þ', "{\\TH}"),
          Map.entry('ŋ', "{\\ng}"),
          Map.entry('Ŋ', "{\\NG}"),
          Map.entry('ĳ', "{\\ij}"),
          Map.entry('Ĳ', "{\\IJ}"),
          Map.entry('\u00A0', "~"),
          Map.entry('–', "--"),
          Map.entry('—', "---"),
          Map.entry('‘', "`"),
          Map.entry('’', "'"),
          Map.entry('“', "``"),
          Map.entry('”', "''"),
          Map.entry('„', "{\\quotedblbase}"),
          Map.entry('«', "{\\guillemotleft}"),
          Map.entry('»', "{\\guillemotright}"),
          Map.entry('…', "{\\ldots}"),
          Map.entry('§', "{\\S}"),
          Map.entry('¶', "{\\P}"),
          Map.entry('©', "{\\copyright}"),
          Map.entry('£', "{\\pounds}"),
          Map.entry('€', "{\\texteuro}"),
          Map.entry('°', "{\\textdegree}"),
          Map.entry('×', "{\\texttimes}"),
          Map.entry('÷', "{\\textdiv}"),
          Map.entry('¡', "{\\textexclamdown}"),
          Map.entry('¿', "{\\textquestiondown}"),
          Map.entry('·', "{\\textperiodcentered}"),
          Map.entry('ª', "{\\textordfeminine}"),
          Map.entry('º', "{\\textordmasculine}"),
          Map.entry('¢', "{\\textcent}"),
          Map.entry('¥', "{\\textyen}"),
          Map.entry('¦', "{\\textbrokenbar}"),
          Map.entry('¨', "{\\textasciidieresis}"),
          Map.entry('¬', "{\\textlnot}"),
          Map.entry('®', "{\\textregistered}"),
          Map.entry('¯', "{\\textasciimacron}"),
          Map.entry('±', "{\\textpm}"),
          Map.entry('´', "{\\textasciiacute}"),
          Map.entry('µ', "{\\textmu}"),
          Map.entry('¹', "{\\textonesuperior}"),
          Map.entry('²', "{\\texttwosuperior}"),
          Map.entry('³', "{\\textthreesuperior}"),
          Map.entry('¼', "{\\textonequarter}"),
          Map.entry('½', "{\\textonehalf}"),
          Map.entry('¾', "{\\textthreequarters}"),
          Map.entry('¤', "{\\textcurrency}"),
          Map.entry('\u00AD', "\\-"));

  private LatexAccents() {}

  /** The LaTeX form of one character, or null when it has none. */
  static String of(int codePoint) {
    if (codePoint < 0x80 || codePoint > 0xFFFF) {
      return null;
    }
    String symbol = SYMBOLS.get((char) codePoint);
    if (symbol != null) {
      return symbol;
    }
    String decomposed =
        Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFD);
    char base = decomposed.charAt(0);
    if (decomposed.length() < 2 || base >= 0x80 || !Character.isLetter(base)) {
      return null;
    }
    String letter = base == 'i' ? "\\i" : base == 'j' ? "\\j" : String.valueOf(base);
    for (int i = 1; i < decomposed.length(); i++) {
      String accent = ACCENTS.get(decomposed.charAt(i));
      if (accent == null) {
        return null;
      }
      letter = "\\" + accent + "{" + letter + "}";
    }
    return "{" + letter + "}";
  }
}
