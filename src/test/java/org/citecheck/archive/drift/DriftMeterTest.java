package org.citecheck.archive.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.citecheck.verdict.DriftResult;
import org.citecheck.verdict.DriftVerdict;
import org.junit.jupiter.api.Test;

class DriftMeterTest {

  static final String CITED = DriftPages.CITED;

  @Test
  void tooLittleTextIsUnknown() throws Exception {
    PageText snapshot = PageText.of(DriftPages.page("snapshot"));
    PageText stub = PageText.of("<title>Statement</title><main>Page moved.</main>");

    DriftResult result = DriftMeter.compare(stub, snapshot, CITED);

    assertEquals(DriftVerdict.UNKNOWN, result.verdict());
    assertTrue(result.reason().contains("live 2 words"), result.reason());
  }

  @Test
  void alikeTextUnderATitleThatNoLongerCarriesTheCitedOneIsChanged() throws Exception {
    String snapshotHtml = DriftPages.page("snapshot");
    PageText snapshot = PageText.of(snapshotHtml);
    PageText retitled =
        PageText.of(
            snapshotHtml.replace(
                "<title>Statement by the Co-Chairs on the ceasefire | Regional Peace Office</title>",
                "<title>Archive | Regional Peace Office</title>"));

    DriftResult result = DriftMeter.compare(retitled, snapshot, CITED);

    assertEquals(DriftVerdict.CHANGED, result.verdict());
    assertEquals(1.0, result.scores().get("shingleJaccard"));
    assertTrue(result.reason().contains("title"), result.reason());
  }

  @Test
  void titleScoreIsTheShareOfTheCitedTitleThatThePageTitleCarries() {
    assertEquals(
        1.0,
        DriftMeter.titleScore(
            "Why negotiations failed", "Why Negotiations Failed | The Armenian Mirror-Spectator"));
    assertEquals(0.333, DriftMeter.titleScore("Why negotiations failed", "Negotiations"));
    assertEquals(null, DriftMeter.titleScore(null, "x"));
    assertEquals(null, DriftMeter.titleScore("—", "x"));
  }

  @Test
  void measuresAreOneForIdenticalTextsAndLowForUnrelatedOnes() {
    var a = PageText.words("the quick brown fox jumps over the lazy dog");
    var b = PageText.words("a completely different sentence about rivers and water");
    assertEquals(1.0, TextMeasures.shingleJaccard(a, a));
    assertEquals(1.0, TextMeasures.cosine(a, a), 1e-9);
    assertEquals(1.0, TextMeasures.simhash(a, a));
    assertEquals(0.0, TextMeasures.shingleJaccard(a, b));
    assertEquals(0.0, TextMeasures.cosine(a, b));
  }
}
