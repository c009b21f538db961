package org.citecheck.audit.markers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MarkerScanTest {

  private static MarkerScan scan(int notes, String body) {
    return MarkerScan.of(body.lines().toList(), IntStream.rangeClosed(1, notes).boxed().toList());
  }

  /**
   * The markers: the chain and the candidates off it printed as markers beyond doubt, in text
   * order.
   */
  private static List<MarkerCandidate> markers(MarkerScan scan) {
    List<MarkerCandidate> markers = new java.util.ArrayList<>(scan.chain());
    scan.offChain().stream().filter(MarkerCandidate::strong).forEach(markers::add);
    markers.sort(
        java.util.Comparator.comparingInt(MarkerCandidate::line)
            .thenComparingInt(MarkerCandidate::column));
    return markers;
  }

  private static List<Integer> numbers(MarkerScan scan) {
    return markers(scan).stream().map(MarkerCandidate::number).toList();
  }

  @Test
  void superscriptsAreMarkers() {
    MarkerScan scan =
        scan(3, "Introduction¹\n\nThe war began.² It ended in 1994, after ten years.³");
    assertEquals(List.of(1, 2, 3), numbers(scan));
    assertEquals(3, scan.of(3).get(0).line());
  }

  @Test
  void digitsGluedToPunctuationFollowTheSequence() {
    MarkerScan scan =
        scan(
            4,
            "Deals agreed by the leaders.1 Indeed, he said \"death.\"2 In 1999 gunmen came."
                + "\nThe plan failed.3 Then it was Stepanakert.4");
    assertEquals(List.of(1, 2, 3, 4), numbers(scan));
  }

  @Test
  void numbersSetOffBySpacesCountWhereTheSequenceExpectsThem() {
    MarkerScan scan =
        scan(3, "Support for Aliyev.¹ Pressure on Russia. 2 Turkey moved mercenaries.³");
    assertEquals(List.of(1, 2, 3), numbers(scan));
    MarkerScan lowercase =
        scan(
            3,
            "Lavrov's statement of 14 October,¹ offered little; his note of 14 October, 2 offered"
                + " only a freeze.³");
    assertEquals(List.of(1, 2, 3), numbers(lowercase));
  }

  @Test
  void proseNumbersAreNotMarkers() {
    String body =
        "The fighting began on 27 September 2020.¹ About 1,960 peacekeepers came, resisted for 25 years."
            + "\nSee p.5 of the report, version 2.0, 10⁶ people, 12 km² and F-16s, in 1993. 3 years later,"
            + " TB2 drones arrived.² At https://example.org/report/3 and mail a3@example.org.";
    assertEquals(List.of(1, 2), numbers(scan(3, body)));
  }

  @Test
  void aSpacedNumberBeforeAQuantityOrMonthIsNotAMarker() {
    MarkerScan scan =
        scan(3, "He spoke.¹ It lasted, 2 years in all. On the 10th, 2 November came. More.³");
    assertEquals(List.of(1, 3), numbers(scan));
    assertEquals(
        List.of(1, 2, 3),
        numbers(scan(3, "He spoke.¹ They left. 2 And so on. More.³")),
        "a capitalised word starts a sentence");
  }

  @Test
  void aNumberThatWouldBreakTheSequenceIsLeftOut() {
    MarkerScan scan = scan(4, "First.1 Second.2 In the end, 20 people died. Third.3 Fourth.4");
    assertEquals(List.of(1, 2, 3, 4), numbers(scan));
  }

  @Test
  void aMissingMarkerLeavesAGapWithNeighbours() {
    MarkerScan scan = scan(4, "One.¹ Two.²\nGarbled here. Haussia went on. Four.⁴");
    assertEquals(List.of(1, 2, 4), numbers(scan));
    MarkerScan.Neighbours around = scan.neighbours(3);
    assertEquals(2, around.below().number());
    assertEquals(4, around.above().number());
  }

  @Test
  void superscriptsOffTheSequenceAreKeptAsRepeatedOutOfOrderOrOrphan() {
    MarkerScan scan = scan(4, "One.¹ Two.² Four.⁴ Three.³ Two again.² Nine.⁹");
    assertEquals(List.of(1, 2, 4, 3, 2, 9), numbers(scan));
    assertEquals(2, scan.of(2).size());
    assertFalse(scan.isOnChain(scan.of(9).get(0)));
    assertFalse(scan.isOnChain(scan.of(2).get(1)));
    assertTrue(scan.isOnChain(scan.of(1).get(0)));
    long offChain = markers(scan).stream().filter(m -> !scan.isOnChain(m)).count();
    assertEquals(3, offChain, "one of 3 and 4, the repeated 2 and the 9 are off the chain");
  }

  @Test
  void aMarkerAfterAYearsFullStop() {
    assertEquals(
        List.of(1, 2, 3),
        numbers(
            scan(
                3,
                "The ceasefire.1 Observers.2\nThe mediators met again in 2021.3 They"
                    + " achieved little; growth was 2.5 percent.")));
  }

  @Test
  void numericCitationsInBracketsMayRecurAndCoverRanges() {
    MarkerScan scan =
        scan(
            6,
            "Sources [1], [2] and [3] agree; later studies [4–6] and [2; 5] do not. See [2020] too.");
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 2, 5), numbers(scan));
    assertFalse(scan.isOnChain(scan.of(2).get(1)));
    assertEquals(MarkerCandidate.Form.BRACKETED, scan.of(2).get(1).form());
  }

  @Test
  void aBodyWithoutMarkersIsEmpty() {
    assertTrue(scan(3, "A body that cites nothing in 2020, with 25 years of prose.").isEmpty());
  }

  @Test
  void contextShowsTheTextAroundTheMarker() {
    MarkerScan scan =
        scan(
            1,
            "A long sentence that goes on and on before the leaders agreed.1 Indeed, after"
                + " that the sentence goes on for a long while yet.");
    String context = scan.of(1).get(0).context();
    assertTrue(context.startsWith("…") && context.endsWith("…"), context);
    assertTrue(context.contains("agreed.1 Indeed"), context);
  }

  @Test
  void tenThousandNotesScanInOnePass() {
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= 10_000; i++) {
      body.append("Sentence ")
          .append(i % 7 == 0 ? "for 25 years, " : "")
          .append("number ")
          .append("x.")
          .append(i)
          .append(" Next\n");
    }
    MarkerScan scan = scan(10_000, body.toString());
    assertEquals(10_000, scan.chain().size());
    assertEquals(IntStream.rangeClosed(1, 10_000).boxed().toList(), numbers(scan));
  }

  @Test
  void markersARendererKnowsAreRaisedWeighAsSuperscripts() {
    List<MarkerCandidate> raised =
        List.of(
            new MarkerCandidate(1, 1, 10, MarkerCandidate.Form.RAISED, "One"),
            new MarkerCandidate(2, 2, 10, MarkerCandidate.Form.RAISED, "Two"),
            new MarkerCandidate(2, 3, 10, MarkerCandidate.Form.RAISED, "Two again"),
            new MarkerCandidate(3, 4, 10, MarkerCandidate.Form.RAISED, "Three"),
            new MarkerCandidate(9, 5, 10, MarkerCandidate.Form.RAISED, "Nine"));
    MarkerScan scan = MarkerScan.placing(raised, List.of(1, 2, 3));
    assertEquals(List.of(1, 2, 3), scan.chain().stream().map(MarkerCandidate::number).toList());
    assertTrue(
        scan.offChain().stream().allMatch(MarkerCandidate::strong),
        "a repeat and an orphan beyond doubt");
    assertEquals(List.of(2, 9), scan.offChain().stream().map(MarkerCandidate::number).toList());
  }
}
