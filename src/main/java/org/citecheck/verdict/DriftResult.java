package org.citecheck.verdict;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether today's page still says what the snapshot near the cite date said.
 *
 * @param verdict unchanged, changed or unknown
 * @param scores each measure's score, 0 to 1 (1 = identical), in the order the measures were taken
 * @param reason how the verdict was reached
 */
public record DriftResult(String verdict, Map<String, Double> scores, String reason) {

  public DriftResult {
    scores = scores == null
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(scores));
  }

  public static DriftResult unknown(String reason) {
    return new DriftResult("unknown", Map.of(), reason);
  }
}
