package org.citecheck.urls;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The readings of a URL that PDF extraction broke: the best one takes every break whose
 * continuation probability is at least one half; each alternative changes one uncertain decision
 * (end the URL earlier, take one more fragment, drop a hyphen at a line break, keep a list marker
 * as a hyphen). Ranked by how plausible the changed decision is.
 */
final class Readings {

  /** Readings beyond this many are too unlikely to be worth a request each. */
  static final int MAX_READINGS = 6;

  private final String core;
  private final List<UrlScanner.Decision> decisions;
  private final int joined;

  private Readings(String core, List<UrlScanner.Decision> decisions) {
    this.core = core;
    this.decisions = decisions;
    int count = 0;
    while (count < decisions.size() && decisions.get(count).p() >= 0.5) {
      count++;
    }
    this.joined = count;
  }

  static Readings of(String core, List<UrlScanner.Decision> decisions) {
    return new Readings(core, decisions);
  }

  /** How many breaks the best reading takes in. */
  int joinedCount() {
    return joined;
  }

  String best() {
    return join(joined, -1, -1);
  }

  /** End offset of the best reading in the printed text, before trailing punctuation is removed. */
  int bestEnd(int coreEnd) {
    return joined == 0 ? coreEnd : decisions.get(joined - 1).tokenEnd();
  }

  /** Every reading, best first, trailing punctuation removed, duplicates dropped. */
  List<String> all() {
    record Scored(String reading, double score) {}
    List<Scored> alternatives = new ArrayList<>();
    for (int k = 0; k < joined; k++) {
      UrlScanner.Decision decision = decisions.get(k);
      String shorter = join(k, -1, -1);
      boolean bareHost = shorter.matches("(?i)^([a-z]+://)?[^/]+/?$");
      if (decision.p() < 0.9 && !(bareHost && decision.p() >= 0.8)) {
        alternatives.add(new Scored(shorter, 1 - decision.p()));
      }
      if (decision.hyphenBreak()) {
        // the other reading of the hyphen: less likely when the document gave evidence
        alternatives.add(new Scored(join(joined, k, -1), decision.typesetHyphen() ? 0.3 : 0.4));
      }
      if (decision.bullet()) {
        alternatives.add(new Scored(join(joined, -1, k), 0.3));
      }
    }
    if (joined < decisions.size() && decisions.get(joined).p() >= 0.1) {
      alternatives.add(new Scored(join(joined + 1, -1, -1), decisions.get(joined).p()));
    }
    alternatives.sort(Comparator.comparingDouble(Scored::score).reversed());
    Set<String> readings = new LinkedHashSet<>();
    readings.add(UrlEnd.trim(best()));
    for (Scored alternative : alternatives) {
      String reading = UrlEnd.trim(alternative.reading());
      if (!reading.isEmpty() && readings.size() < MAX_READINGS) {
        readings.add(reading);
      }
    }
    return new ArrayList<>(readings);
  }

  /**
   * Joins the first {@code count} fragments to the core. A hyphen before a line break is dropped
   * where the document's evidence says the typesetter put it there; at decision {@code flipHyphen}
   * the other reading is taken. At {@code keepMarker} the list marker is kept as a hyphen.
   */
  private String join(int count, int flipHyphen, int keepMarker) {
    StringBuilder url = new StringBuilder(core);
    for (int i = 0; i < count; i++) {
      UrlScanner.Decision decision = decisions.get(i);
      boolean drop = decision.hyphenBreak() && (decision.typesetHyphen() != (i == flipHyphen));
      if (drop && url.length() > 0 && url.charAt(url.length() - 1) == '-') {
        url.setLength(url.length() - 1);
      }
      if (i == keepMarker) {
        url.append('-');
      }
      url.append(decision.token());
    }
    return url.toString();
  }
}
