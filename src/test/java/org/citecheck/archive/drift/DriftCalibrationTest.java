package org.citecheck.archive.drift;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.citecheck.testing.GoldenFile;
import org.citecheck.verdict.DriftResult;
import org.junit.jupiter.api.Test;

/**
 * The calibration pairs the drift thresholds were set on: the snapshot against five live pages
 * (identical, boilerplate-only changes, a light edit, a rewording, a replacement). The table of
 * scores and verdicts is a golden file: it is what the README quotes, and it changes only when a
 * measure or a threshold does. Run with -Dcitecheck.golden.update=true to rewrite it.
 */
class DriftCalibrationTest {

  static final List<String> PAIRS =
      List.of("snapshot", "boilerplate", "edited", "reworded", "replaced");

  static String table() throws IOException {
    PageText snapshot = PageText.of(DriftPages.page("snapshot"));
    StringBuilder out =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%-12s %5s %8s %7s %8s %6s %6s  %s%n",
                "live page",
                "words",
                "jaccard",
                "cosine",
                "simhash",
                "tLive",
                "tSnap",
                "verdict"));
    for (String pair : PAIRS) {
      PageText live = PageText.of(DriftPages.page(pair));
      DriftResult result = DriftMeter.compare(live, snapshot, DriftPages.CITED);
      out.append(
          String.format(
              Locale.ROOT,
              "%-12s %5d %8.3f %7.3f %8.3f %6.3f %6.3f  %s%n",
              pair.equals("snapshot") ? "identical" : pair,
              live.words().size(),
              result.scores().get("shingleJaccard"),
              result.scores().get("cosine"),
              result.scores().get("simhash"),
              result.scores().get("titleLive"),
              result.scores().get("titleSnapshot"),
              result.verdict()));
    }
    return out.toString();
  }

  @Test
  void scoresAndVerdictsOfTheCalibrationPairsAreAsRecorded() throws IOException {
    GoldenFile.assertMatches(Path.of("src/test/resources/drift/calibration.expected.txt"), table());
  }
}
