package org.citecheck.document;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Month names as citations print them, in English, German, French and Spanish, full and
 * abbreviated. Dates are read with them, and a word after a number that names a month says the
 * number is a day, not a note number or a URL fragment.
 */
public final class Months {

  private static final Map<String, Integer> NUMBERS = numbers();

  private Months() {}

  /** The month a word names (1 to 12), ignoring case and a trailing full stop; null for none. */
  public static Integer number(String word) {
    String key = word.toLowerCase(Locale.ROOT);
    if (key.endsWith(".")) {
      key = key.substring(0, key.length() - 1);
    }
    return NUMBERS.get(key);
  }

  public static boolean isMonth(String word) {
    return number(word) != null;
  }

  /** True when the text's first word ("November 2020", "Nov. 12") names a month. */
  public static boolean startsWithMonth(String text) {
    String stripped = text.stripLeading();
    int end = 0;
    while (end < stripped.length() && Character.isLetter(stripped.charAt(end))) {
      end++;
    }
    return end > 0 && isMonth(stripped.substring(0, end));
  }

  private static Map<String, Integer> numbers() {
    Map<String, Integer> months = new HashMap<>();
    String[][] names = {
      {"january", "jan", "januar", "janvier", "enero"},
      {"february", "feb", "februar", "février", "fevrier", "febrero"},
      {"march", "mar", "märz", "maerz", "mars", "marzo"},
      {"april", "apr", "avril", "abril"},
      {"may", "mai", "mayo"},
      {"june", "jun", "juni", "juin", "junio"},
      {"july", "jul", "juli", "juillet", "julio"},
      {"august", "aug", "août", "aout", "agosto"},
      {"september", "sep", "sept", "septembre", "septiembre"},
      {"october", "oct", "oktober", "octobre", "octubre"},
      {"november", "nov", "novembre", "noviembre"},
      {"december", "dec", "dezember", "décembre", "decembre", "diciembre"}
    };
    for (int i = 0; i < names.length; i++) {
      for (String name : names[i]) {
        months.put(name, i + 1);
      }
    }
    return Map.copyOf(months);
  }
}
