package org.citecheck.archive.drift;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citecheck.verdict.DriftResult;
import org.citecheck.verdict.DriftVerdict;

/**
 * Compares the live page with the snapshot near the cite date and gives the drift verdict.
 *
 * <p>unchanged: 3-shingle Jaccard at least {@value #JACCARD} and TF cosine at least {@value
 * #COSINE}, unless the live title no longer carries the cited title that the snapshot carried;
 * changed: otherwise; unknown: either text has fewer than {@value #MIN_WORDS} words. The thresholds
 * sit between the scores of the calibration pairs (see the README and DriftCalibrationTest): edits
 * that leave the content in place score at or above them, rewording and replacement below.
 */
public final class DriftMeter {

  static final double JACCARD = 0.5;
  static final double COSINE = 0.9;
  static final int MIN_WORDS = 30;

  /**
   * A title scoring at least this carries the cited title; under {@link #TITLE_LOST} it does not.
   */
  static final double TITLE_KEPT = 0.8;

  static final double TITLE_LOST = 0.5;

  private DriftMeter() {}

  public static DriftResult compare(PageText live, PageText snapshot, String citedTitle) {
    Map<String, Double> scores = new LinkedHashMap<>();
    Double titleLive = titleScore(citedTitle, live.title());
    Double titleSnapshot = titleScore(citedTitle, snapshot.title());
    if (live.words().size() < MIN_WORDS || snapshot.words().size() < MIN_WORDS) {
      putTitles(scores, titleLive, titleSnapshot);
      return new DriftResult(
          DriftVerdict.UNKNOWN,
          scores,
          "too little text to compare (live "
              + live.words().size()
              + " words, snapshot "
              + snapshot.words().size()
              + ")");
    }
    double jaccard = TextMeasures.shingleJaccard(live.words(), snapshot.words());
    double cosine = TextMeasures.cosine(live.words(), snapshot.words());
    scores.put("shingleJaccard", round(jaccard));
    scores.put("cosine", round(cosine));
    scores.put("simhash", round(TextMeasures.simhash(live.words(), snapshot.words())));
    putTitles(scores, titleLive, titleSnapshot);
    boolean textKept = jaccard >= JACCARD && cosine >= COSINE;
    boolean titleLost =
        titleLive != null
            && titleSnapshot != null
            && titleSnapshot >= TITLE_KEPT
            && titleLive < TITLE_LOST;
    if (textKept && titleLost) {
      return new DriftResult(
          DriftVerdict.CHANGED,
          scores,
          "the text is alike but the live title no longer carries the cited title");
    }
    if (textKept) {
      return new DriftResult(
          DriftVerdict.UNCHANGED, scores, "the main text matches the snapshot's");
    }
    return new DriftResult(
        DriftVerdict.CHANGED,
        scores,
        cosine >= COSINE
            ? "the main text was reworded since the snapshot"
            : "the main text differs from the snapshot's");
  }

  /**
   * How much of the cited title a page title carries: the share of the cited title's words found in
   * it (a site name added to the page title does not count against it); null when either is
   * missing.
   */
  public static Double titleScore(String cited, String pageTitle) {
    if (cited == null || pageTitle == null) {
      return null;
    }
    List<String> citedWords = PageText.words(cited);
    if (citedWords.isEmpty()) {
      return null;
    }
    Set<String> page = new HashSet<>(PageText.words(pageTitle));
    Set<String> wanted = new HashSet<>(citedWords);
    long found = wanted.stream().filter(page::contains).count();
    return round((double) found / wanted.size());
  }

  private static void putTitles(Map<String, Double> scores, Double live, Double snapshot) {
    if (live != null) {
      scores.put("titleLive", live);
    }
    if (snapshot != null) {
      scores.put("titleSnapshot", snapshot);
    }
  }

  static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
