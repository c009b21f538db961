package org.citecheck.audit.markers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The note markers of a body: the chain that follows the notes' sequence (see {@link MarkerChain})
 * and the superscripts and bracketed numbers off that chain, which are markers beyond doubt and so
 * are repeated, out of order, or without a note. Plain numbers off the chain are prose and are
 * dropped. The chain's numbers rise along the text, so lookups on it are binary searches.
 */
public final class MarkerScan {

  /** The on-chain markers nearest in number below and above a note, either null. */
  public record Neighbours(MarkerCandidate below, MarkerCandidate above) {}

  private final List<MarkerCandidate> markers;
  private final List<MarkerCandidate> chain;
  private final Set<MarkerCandidate> offChain = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<Integer, List<MarkerCandidate>> byNumber = new TreeMap<>();

  private MarkerScan(List<MarkerCandidate> markers, List<MarkerCandidate> chain) {
    this.markers = List.copyOf(markers);
    this.chain = List.copyOf(chain);
    Set<MarkerCandidate> onChain = Collections.newSetFromMap(new IdentityHashMap<>());
    onChain.addAll(this.chain);
    for (MarkerCandidate marker : this.markers) {
      byNumber.computeIfAbsent(marker.number(), n -> new ArrayList<>()).add(marker);
      if (!onChain.contains(marker)) {
        offChain.add(marker);
      }
    }
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
    List<Integer> chosen = MarkerChain.choose(candidates, first, last);
    boolean[] onChain = new boolean[candidates.size()];
    chosen.forEach(i -> onChain[i] = true);
    List<MarkerCandidate> markers = new ArrayList<>();
    List<MarkerCandidate> chain = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      MarkerCandidate candidate = candidates.get(i);
      if (onChain[i]) {
        markers.add(candidate);
        chain.add(candidate);
      } else if (candidate.form() == MarkerCandidate.Form.SUPERSCRIPT
          || candidate.form() == MarkerCandidate.Form.BRACKETED) {
        markers.add(candidate);
      }
    }
    return new MarkerScan(markers, chain);
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

  /** The last on-chain marker before the given one in the text, when its number is larger; else null. */
  public MarkerCandidate largerBefore(MarkerCandidate marker) {
    int at = chainIndexAfter(marker) - 1;
    return at >= 0 && chain.get(at).number() > marker.number() ? chain.get(at) : null;
  }

  /** The first on-chain marker after the given one in the text, when its number is smaller; else null. */
  public MarkerCandidate smallerAfter(MarkerCandidate marker) {
    int at = chainIndexAfter(marker);
    return at < chain.size() && chain.get(at).number() < marker.number() ? chain.get(at) : null;
  }

  /** The on-chain markers nearest in number below and above {@code number}. */
  public Neighbours neighbours(int number) {
    int low = 0;
    int high = chain.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (chain.get(mid).number() < number) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    int above = low < chain.size() && chain.get(low).number() == number ? low + 1 : low;
    return new Neighbours(low > 0 ? chain.get(low - 1) : null, above < chain.size() ? chain.get(above) : null);
  }

  /** The index of the first chain marker after the given marker's place in the text. */
  private int chainIndexAfter(MarkerCandidate marker) {
    int low = 0;
    int high = chain.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      MarkerCandidate at = chain.get(mid);
      boolean before = at.line() < marker.line() || at.line() == marker.line() && at.column() <= marker.column();
      if (before) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
