package org.citecheck.bib;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Folds text to lower-case ASCII letters and digits for citation keys: accents dropped ("Erdoğan"
 * gives "erdogan"), special Latin letters spelled out ("ß" gives "ss", "ı" gives "i"), Cyrillic
 * transliterated ("Лавров" gives "lavrov"). Anything else is dropped.
 */
final class AsciiFolder {

  /** Latin letters that do not decompose into an ASCII base and a mark. */
  private static final Map<Character, String> LATIN =
      Map.ofEntries(
          Map.entry('ß', "ss"),
          Map.entry('ı', "i"),
          Map.entry('ł', "l"),
          Map.entry('ø', "o"),
          Map.entry('æ', "ae"),
          Map.entry('œ', "oe"),
          Map.entry('đ', "d"),
          Map.entry('ð', "d"),
          Map.entry('þ', "th"),
          Map.entry('ŋ', "n"),
          Map.entry('ħ', "h"),
          Map.entry('ĸ', "k"),
          Map.entry('ŀ', "l"),
          Map.entry('ſ', "s"),
          Map.entry('ĳ', "ij"));

  /** Russian, Ukrainian and Belarusian letters, transliterated after BGN/PCGN, simplified. */
  private static final Map<Character, String> CYRILLIC =
      Map.ofEntries(
          Map.entry('а', "a"),
          Map.entry('б', "b"),
          Map.entry('в', "v"),
          Map.entry('г', "g"),
          Map.entry('д', "d"),
          Map.entry('е', "e"),
          Map.entry('ё', "e"),
          Map.entry('ж', "zh"),
          Map.entry('з', "z"),
          Map.entry('и', "i"),
          Map.entry('й', "y"),
          Map.entry('к', "k"),
          Map.entry('л', "l"),
          Map.entry('м', "m"),
          Map.entry('н', "n"),
          Map.entry('о', "o"),
          Map.entry('п', "p"),
          Map.entry('р', "r"),
          Map.entry('с', "s"),
          Map.entry('т', "t"),
          Map.entry('у', "u"),
          Map.entry('ф', "f"),
          Map.entry('х', "kh"),
          Map.entry('ц', "ts"),
          Map.entry('ч', "ch"),
          Map.entry('ш', "sh"),
          Map.entry('щ', "shch"),
          Map.entry('ъ', ""),
          Map.entry('ы', "y"),
          Map.entry('ь', ""),
          Map.entry('э', "e"),
          Map.entry('ю', "yu"),
          Map.entry('я', "ya"),
          Map.entry('і', "i"),
          Map.entry('ї', "i"),
          Map.entry('є', "ye"),
          Map.entry('ґ', "g"),
          Map.entry('ў', "u"));

  private AsciiFolder() {}

  static String fold(String text) {
    if (text == null) {
      return "";
    }
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder spelled = new StringBuilder();
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      String replacement = LATIN.containsKey(c) ? LATIN.get(c) : CYRILLIC.get(c);
      spelled.append(replacement != null ? replacement : String.valueOf(c));
    }
    String decomposed = Normalizer.normalize(spelled, Normalizer.Form.NFKD);
    StringBuilder folded = new StringBuilder();
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        folded.append(c);
      }
    }
    return folded.toString();
  }
}
