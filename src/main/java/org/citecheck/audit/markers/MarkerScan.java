package org.citecheck.audit.markers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.citecheck.document.pdf.RaisedNumber;

/**
 * The note markers of a body: the chain that follows the notes' sequence (see {@link MarkerChain})
 * and the candidates off that chain, which may be repeated, out of order or without a note, or may
 * be prose. How sure each is comes from how it is printed ({@link MarkerCandidate.Form}) and from
 * the chain around it ({@link #sequenceFits}). The chain's numbers rise along the text, so lookups
 * on it are binary searches.
 */
public final class MarkerScan {

  /** The on-chain markers nearest in number below and above a note, either null. */
  public record Neighbours(MarkerCandidate below, MarkerCandidate above) {}

  /**
   * How far above the last note a plain number is still read as a marker (a marker without a note).
   */
  static final int ABOVE_LAST = 5;

  private final List<MarkerCandidate> chain;
  private final List<MarkerCandidate> offChain;
  private final Set<MarkerCandidate> onChain = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<Integer, List<MarkerCandidate>> byNumber = new TreeMap<>();
  private final boolean numericStyle;
  private final int last;

  private MarkerScan(List<MarkerCandidate> candidates, boolean[] onChain, int last) {
    List<MarkerCandidate> chained = new ArrayList<>();
    List<MarkerCandidate> off = new ArrayList<>();
    Map<Integer, Integer> bracketed = new TreeMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      MarkerCandidate candidate = candidates.get(i);
      (onChain[i] ? chained : off).add(candidate);
      byNumber.computeIfAbsent(candidate.number(), n -> new ArrayList<>()).add(candidate);
      if (candidate.form() == MarkerCandidate.Form.BRACKETED) {
        bracketed.merge(candidate.number(), 1, Integer::sum);
      }
    }
    this.chain = List.copyOf(chained);
    this.onChain.addAll(chained);
    this.offChain = List.copyOf(off);
    this.last = last;
    long recurring = bracketed.values().stream().filter(count -> count > 1).count();
    this.numericStyle = recurring > 1;
  }

  /**
   * Scans a body for the markers of the given notes.
   *
   * @param body the body's lines; line {@code i} is line {@code i + 1} of the document
   * @param noteNumbers the notes' numbers
   */
  public static MarkerScan of(List<String> body, Collection<Integer> noteNumbers) {
    if (noteNumbers.isEmpty()) {
      return new MarkerScan(List.of(), new boolean[0], 0);
    }
    int last = noteNumbers.stream().max(Integer::compare).orElseThrow();
    return placing(MarkerCandidates.find(body, last + ABOVE_LAST), noteNumbers);
  }

  /**
   * Scans a PDF's body, where the layout shows which numbers are raised in smaller type: those are
   * {@link MarkerCandidate.Form#RAISED} markers, whatever the text around them. When the raised
   * numbers cover at least half of the notes, the document marks its notes that way, and a number
   * the layout shows on the baseline is not a marker (only bracketed numbers are kept beside them):
   * "in 2021.3 They" is then a decimal, not note 3.
   *
   * @param body the body's lines; line {@code i} is line {@code i + 1} of the document
   * @param noteNumbers the notes' numbers
   * @param raised the raised numbers the PDF's layout found in the body
   */
  public static MarkerScan of(
      List<String> body, Collection<Integer> noteNumbers, List<RaisedNumber> raised) {
    List<RaisedNumber> inBody = raised.stream().filter(r -> r.line() < body.size()).toList();
    if (inBody.isEmpty() || noteNumbers.isEmpty()) {
      return of(body, noteNumbers);
    }
    int last = noteNumbers.stream().max(Integer::compare).orElseThrow();
    Set<Integer> raisedNumbers = new java.util.HashSet<>();
    inBody.forEach(r -> raisedNumbers.add(r.number()));
    long covered = noteNumbers.stream().distinct().filter(raisedNumbers::contains).count();
    boolean byLayout = covered * 2 >= noteNumbers.stream().distinct().count();
    List<MarkerCandidate> merged = new ArrayList<>();
    List<RaisedNumber> unmatched = new ArrayList<>(inBody);
    for (MarkerCandidate candidate : MarkerCandidates.find(body, last + ABOVE_LAST)) {
      RaisedNumber match = null;
      for (RaisedNumber r : unmatched) {
        if (r.line() + 1 == candidate.line()
            && r.number() == candidate.number()
            && Math.abs(r.column() - candidate.column()) <= 1) {
          match = r;
          break;
        }
      }
      if (match != null) {
        unmatched.remove(match);
        merged.add(raised(body, match));
      } else if (!byLayout || candidate.form() == MarkerCandidate.Form.BRACKETED) {
        merged.add(candidate);
      }
    }
    unmatched.forEach(r -> merged.add(raised(body, r)));
    merged.sort(
        java.util.Comparator.comparingInt(MarkerCandidate::line)
            .thenComparingInt(MarkerCandidate::column));
    return placing(merged, noteNumbers);
  }

  private static MarkerCandidate raised(List<String> body, RaisedNumber r) {
    String line = body.get(r.line());
    int end = r.column();
    while (end < line.length() && Character.isDigit(line.charAt(end))) {
      end++;
    }
    return new MarkerCandidate(
        r.number(),
        r.line() + 1,
        r.column(),
        MarkerCandidate.Form.RAISED,
        MarkerText.context(line, r.column(), Math.max(end, r.column())));
  }

  /**
   * Places candidates found by a reader that knows more than the text: a PDF's fonts and baselines
   * give {@link MarkerCandidate.Form#RAISED} markers, which weigh as superscripts do.
   *
   * @param candidates the candidates in text order
   * @param noteNumbers the notes' numbers
   */
  public static MarkerScan placing(
      List<MarkerCandidate> candidates, Collection<Integer> noteNumbers) {
    if (noteNumbers.isEmpty()) {
      return new MarkerScan(List.of(), new boolean[0], 0);
    }
    int first = noteNumbers.stream().min(Integer::compare).orElseThrow();
    int last = noteNumbers.stream().max(Integer::compare).orElseThrow();
    boolean[] onChain = new boolean[candidates.size()];
    MarkerChain.choose(candidates, first, last).forEach(i -> onChain[i] = true);
    return new MarkerScan(candidates, onChain, last);
  }

  /** The markers that follow the notes' sequence, in text order (their numbers rise). */
  public List<MarkerCandidate> chain() {
    return chain;
  }

  /**
   * The candidates the sequence could not place, in text order: repeats, markers out of order,
   * prose.
   */
  public List<MarkerCandidate> offChain() {
    return offChain;
  }

  /** True when the body holds no marker: nothing on the chain and no strong candidate off it. */
  public boolean isEmpty() {
    return chain.isEmpty() && offChain.stream().noneMatch(MarkerCandidate::strong);
  }

  /** The candidates of one number, on and off the chain, in text order. */
  public List<MarkerCandidate> of(int number) {
    return byNumber.getOrDefault(number, List.of());
  }

  /** The marker of this number on the chain, or null. */
  public MarkerCandidate placed(int number) {
    for (MarkerCandidate candidate : of(number)) {
      if (isOnChain(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** The numbers that have candidates, ascending. */
  public Collection<Integer> numbers() {
    return byNumber.keySet();
  }

  /** The last note's number the scan was made for. */
  public int last() {
    return last;
  }

  /**
   * True when more than one bracketed number recurs: the numeric citation style, where a reference
   * is cited as often as needed. One recurring number in a body that cites each note once is a
   * fault.
   */
  public boolean numericStyle() {
    return numericStyle;
  }

  public boolean isOnChain(MarkerCandidate marker) {
    return onChain.contains(marker);
  }

  /**
   * True when the sequence expects this number here: the chain markers just before and after it in
   * the text are the numbers just below and above it (or it follows the last marker and is the next
   * number). This is what makes a weakly printed number a marker.
   */
  public boolean sequenceFits(MarkerCandidate marker) {
    int after = chainIndexAfter(marker);
    int before = isOnChain(marker) ? after - 2 : after - 1;
    MarkerCandidate previous = before >= 0 ? chain.get(before) : null;
    MarkerCandidate next = after < chain.size() ? chain.get(after) : null;
    boolean fromBelow =
        previous == null ? marker.number() == 1 : previous.number() == marker.number() - 1;
    boolean toAbove = next == null || next.number() == marker.number() + 1;
    return fromBelow && toAbove;
  }

  /**
   * The marker of a note that the sequence could not place, when there is one to report as out of
   * order: the first printed as a marker beyond doubt, else the first weakly printed one that sits
   * within two places of where the sequence expects it (its chain neighbours in the text are
   * numbers close to its own, as when two markers are swapped). Null when the note has a placed
   * marker.
   */
  public MarkerCandidate misplaced(int number) {
    if (placed(number) != null) {
      return null;
    }
    MarkerCandidate near = null;
    for (MarkerCandidate candidate : of(number)) {
      if (candidate.strong()) {
        return candidate;
      }
      if (near == null && nearPlace(candidate)) {
        near = candidate;
      }
    }
    return near;
  }

  private boolean nearPlace(MarkerCandidate marker) {
    int after = chainIndexAfter(marker);
    MarkerCandidate previous = after > 0 ? chain.get(after - 1) : null;
    MarkerCandidate next = after < chain.size() ? chain.get(after) : null;
    int n = marker.number();
    return previous != null
        && Math.abs(previous.number() - n) <= 2
        && (next == null || Math.abs(next.number() - n) <= 3);
  }

  /**
   * The last on-chain marker before the given one in the text, when its number is larger; else
   * null.
   */
  public MarkerCandidate largerBefore(MarkerCandidate marker) {
    int at = chainIndexAfter(marker) - 1;
    if (at >= 0 && chain.get(at) == marker) {
      at--;
    }
    return at >= 0 && chain.get(at).number() > marker.number() ? chain.get(at) : null;
  }

  /**
   * The first on-chain marker after the given one in the text, when its number is smaller; else
   * null.
   */
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
    return new Neighbours(
        low > 0 ? chain.get(low - 1) : null, above < chain.size() ? chain.get(above) : null);
  }

  /** The index of the first chain marker after the given marker's place in the text. */
  private int chainIndexAfter(MarkerCandidate marker) {
    int low = 0;
    int high = chain.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      MarkerCandidate at = chain.get(mid);
      boolean before =
          at.line() < marker.line() || at.line() == marker.line() && at.column() <= marker.column();
      if (before) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
