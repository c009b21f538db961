package org.citecheck.verdict;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether today's page still says what the snapshot near the cite date said.
 *
 * @param verdict whether the page still says what the snapshot said
 * @param scores each measure's score, 0 to 1 (1 = identical), in measure-name order
 * @param reason how the verdict was reached
 */
public record DriftResult(DriftVerdict verdict, Map<String, Double> scores, String reason) {

  public DriftResult {
    // Sorted by measure name whatever map the caller built: Map.copyOf's iteration order changes
    // from one JVM run to the next, which would make identical runs write different reports.
    scores = scores == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(scores));
  }

  public static DriftResult unknown(String reason) {
    return new DriftResult(DriftVerdict.UNKNOWN, Map.of(), reason);
  }
}
