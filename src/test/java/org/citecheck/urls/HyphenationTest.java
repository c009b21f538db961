package org.citecheck.urls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Liang's algorithm over plain TeX's patterns gives the breaks TeX itself makes. */
class HyphenationTest {

  private static String hyphenate(String word) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int at = 1; at < word.length(); at++) {
      if (Hyphenation.english().allows(word, at)) {
        parts.add(word.substring(from, at));
        from = at;
      }
    }
    parts.add(word.substring(from));
    return String.join("-", parts);
  }

  @ParameterizedTest
  @CsvSource({
    // as TeX prints them with plain TeX's patterns (\showhyphens)
    "hyphenation, hy-phen-ation",
    "governance, gov-er-nance",
    "implementation, im-ple-men-ta-tion",
    "transparency, trans-parency",
    "table, ta-ble",
    "associate, as-so-ciate",
    "project, project",
    "gpu, gpu",
    "agpu, agpu",
  })
  void breaksWhereTexBreaks(String word, String expected) {
    assertEquals(expected, hyphenate(word));
  }
}
