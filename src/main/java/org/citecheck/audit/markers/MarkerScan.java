package org.citecheck.audit.markers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The note markers of a body: the chain that follows the notes' sequence (see {@link MarkerChain})
 * and the superscripts and bracketed numbers off that chain, which are markers beyond doubt and so
 * are repeated, out of order, or without a note. Plain numbers off the chain are prose and are dropped.
 */
public final class MarkerScan {

  private final List<MarkerCandidate> markers;
  private final Set<MarkerCandidate> offChain;
  private final Map<Integer, List<MarkerCandidate>> byNumber;

  private MarkerScan(List<MarkerCandidate> markers, List<MarkerCandidate> offChain) {
    this.markers = List.copyOf(markers);
    this.offChain = new HashSet<>(offChain);
    Map<Integer, List<MarkerCandidate>> grouped = new TreeMap<>();
    for (MarkerCandidate marker : markers) {
      grouped.computeIfAbsent(marker.number(), n -> new ArrayList<>()).add(marker);
    }
    this.byNumber = grouped;
  }

  /**
   * Scans a body for the markers of the given notes.
   *
   * @param body the body's lines; line {@code i} is line {@code i + 1} of the document
   * @param noteNumbers the notes' numbers
   */
  public static MarkerScan of(List<String> body, Collection<Integer> noteNumbers) {
    if (noteNumbers.isEmpty()) {
      return new MarkerScan(List.of(), List.of());
    }
    int first = noteNumbers.stream().min(Integer::compare).orElseThrow();
    int last = noteNumbers.stream().max(Integer::compare).orElseThrow();
    List<MarkerCandidate> candidates = MarkerCandidates.find(body, last);
    List<Integer> chain = MarkerChain.choose(candidates, first, last);
    boolean[] onChain = new boolean[candidates.size()];
    chain.forEach(i -> onChain[i] = true);
    List<MarkerCandidate> markers = new ArrayList<>();
    List<MarkerCandidate> offChain = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      MarkerCandidate candidate = candidates.get(i);
      if (onChain[i]) {
        markers.add(candidate);
      } else if (candidate.form() == MarkerCandidate.Form.SUPERSCRIPT
          || candidate.form() == MarkerCandidate.Form.BRACKETED) {
        markers.add(candidate);
        offChain.add(candidate);
      }
    }
    return new MarkerScan(markers, offChain);
  }

  /** Every marker, in text order. */
  public List<MarkerCandidate> markers() {
    return markers;
  }

  /** True when the body holds no marker at all. */
  public boolean isEmpty() {
    return markers.isEmpty();
  }

  /** The markers of one note number, in text order. */
  public List<MarkerCandidate> of(int number) {
    return byNumber.getOrDefault(number, List.of());
  }

  /** The numbers that have markers, ascending. */
  public Collection<Integer> numbers() {
    return byNumber.keySet();
  }

  /** True when the marker is a superscript or bracketed number that the sequence could not place. */
  public boolean isOffChain(MarkerCandidate marker) {
    return offChain.contains(marker);
  }

  /** The last on-chain marker before the given one in the text with a larger number, or null. */
  public MarkerCandidate largerBefore(MarkerCandidate marker) {
    MarkerCandidate found = null;
    for (MarkerCandidate other : markers) {
      if (other == marker) {
        break;
      }
      if (!isOffChain(other) && other.number() > marker.number()) {
        found = other;
      }
    }
    return found;
  }

  /** The first on-chain marker after the given one in the text with a smaller number, or null. */
  public MarkerCandidate smallerAfter(MarkerCandidate marker) {
    boolean seen = false;
    for (MarkerCandidate other : markers) {
      if (other == marker) {
        seen = true;
      } else if (seen && !isOffChain(other) && other.number() < marker.number()) {
        return other;
      }
    }
    return null;
  }

  /** The on-chain markers nearest in number below and above a note, either null. */
  public record Neighbours(MarkerCandidate below, MarkerCandidate above) {}

  /** The on-chain markers nearest in number below and above {@code number}. */
  public Neighbours neighbours(int number) {
    MarkerCandidate below = null;
    MarkerCandidate above = null;
    for (MarkerCandidate marker : markers) {
      if (isOffChain(marker)) {
        continue;
      }
      if (marker.number() < number && (below == null || marker.number() > below.number())) {
        below = marker;
      }
      if (marker.number() > number && (above == null || marker.number() < above.number())) {
        above = marker;
      }
    }
    return new Neighbours(below, above);
  }
}
