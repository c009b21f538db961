package org.citecheck.verdict;

import java.util.Map;

/**
 * Whether today's page still says what the snapshot near the cite date said.
 *
 * @param verdict unchanged, changed or unknown
 * @param scores each measure's score, 0 to 1 (1 = identical)
 * @param reason how the verdict was reached
 */
public record DriftResult(String verdict, Map<String, Double> scores, String reason) {

  public DriftResult {
    scores = scores == null ? Map.of() : Map.copyOf(scores);
  }
}
