package org.citecheck.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DriftResultTest {

  @Test
  void scoresIterateInMeasureNameOrderWhateverTheInputOrder() {
    Map<String, Double> scores = new HashMap<>();
    for (String name : List.of("tfCosine", "simhash", "jaccard", "title", "bodyLength")) {
      scores.put(name, 0.5);
    }
    DriftResult drift = new DriftResult(DriftVerdict.CHANGED, scores, null);
    assertEquals(
        List.of("bodyLength", "jaccard", "simhash", "tfCosine", "title"),
        List.copyOf(drift.scores().keySet()));
  }
}
