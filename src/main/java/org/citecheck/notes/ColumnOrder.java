package org.citecheck.notes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.citecheck.document.Months;

/**
 * Endnotes set in two columns come out of plain pdftotext with the columns' blocks interleaved: "1.
 * ... 10.", then the right column's "16. ... 23.", then "11.", "24.", "12.", "25."... Read in
 * sequence, every note after the first jump is lost. When the numbered lines of a notes list are a
 * shuffled run 1..n (each number printed once, in the punctuated form of a list), each of them
 * starts its note whatever its place, and the notes are put back in the order of their numbers.
 */
final class ColumnOrder {

  /** A list's printed number: "12.", "12)", "[12]", "(12)" before the note's text. */
  private static final Pattern LIST_NUMBER =
      Pattern.compile("^\\s*(?:[-–—•]\\s+)?(?:\\d{1,4}[.)]|\\[\\d{1,4}]|\\(\\d{1,4}\\))");

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;,][\"”’')\\]]*$");

  /** Fewer numbered lines than this are read in sequence as before. */
  private static final int MIN_NOTES = 6;

  private ColumnOrder() {}

  /**
   * The indexes of the lines that start notes when the list's order is shuffled, or an empty set
   * when the numbers run in order (then the sequence rules read them, which also infer lost
   * numbers).
   */
  static Set<Integer> anchors(List<NoteLine> lines) {
    Map<Integer, List<Integer>> byNumber = new HashMap<>();
    int count = 0;
    for (int i = 0; i < lines.size(); i++) {
      NoteLine line = lines.get(i);
      if (candidate(lines, i)) {
        byNumber.computeIfAbsent(line.number(), n -> new ArrayList<>()).add(i);
        count++;
      }
    }
    if (count < MIN_NOTES) {
      return Set.of();
    }
    // numbers far beyond the list's length are years ("2020." starting a continuation line)
    int limit = count + count / 5 + 2;
    Set<Integer> chosen = new HashSet<>();
    int covered = 0;
    int duplicated = 0;
    for (Map.Entry<Integer, List<Integer>> entry : byNumber.entrySet()) {
      if (entry.getKey() > limit) {
        continue;
      }
      covered++;
      if (entry.getValue().size() == 1) {
        chosen.add(entry.getValue().get(0));
      } else {
        duplicated++;
      }
    }
    int highest =
        byNumber.keySet().stream().filter(n -> n <= limit).max(Integer::compare).orElse(0);
    // the numbers must be (nearly) every number from 1 to the highest, each printed once
    // a number printed twice is a fault of the numbering, for the audit to report as printed
    if (covered < MIN_NOTES || covered * 10 < highest * 9 || duplicated > 0) {
      return Set.of();
    }
    return twoColumns(lines, chosen) ? chosen : Set.of();
  }

  /** A line printed as a list item: a punctuated number, then text that is not a date's rest. */
  private static boolean candidate(List<NoteLine> lines, int i) {
    NoteLine line = lines.get(i);
    if (line.number() == null || line.number() <= 0 || line.body().isEmpty()) {
      return false;
    }
    if (!LIST_NUMBER.matcher(line.raw()).find()) {
      return false;
    }
    boolean previousOpen = i > 0 && !SENTENCE_END.matcher(lines.get(i - 1).raw().strip()).find();
    return !(previousOpen && Months.startsWithMonth(line.body()));
  }

  /** Fewer numbers than this printed ahead of a smaller one are a fault, not a column. */
  private static final int MIN_AHEAD_RUN = 3;

  /**
   * Whether the numbers read as two columns interleaved, not as a list with a note out of place
   * (which the audit must see as printed): they split into two runs that each go up (the longest
   * run going down is two long), and the numbers printed ahead of a smaller one include a block of
   * consecutive notes (the other column's), not one note moved.
   */
  private static boolean twoColumns(List<NoteLine> lines, Set<Integer> chosen) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (chosen.contains(i)) {
        order.add(lines.get(i).number());
      }
    }
    Set<Integer> ahead = new HashSet<>();
    int lowestAfter = Integer.MAX_VALUE;
    for (int k = order.size() - 1; k >= 0; k--) {
      if (order.get(k) > lowestAfter) {
        ahead.add(order.get(k));
      }
      lowestAfter = Math.min(lowestAfter, order.get(k));
    }
    int longestRun = 0;
    for (int n : ahead) {
      int run = 0;
      while (ahead.contains(n + run)) {
        run++;
      }
      longestRun = Math.max(longestRun, run);
    }
    return longestRun >= MIN_AHEAD_RUN && longestDecrease(order) <= 2;
  }

  /**
   * The length of the longest run of numbers that goes down, in order (not necessarily adjacent).
   */
  private static int longestDecrease(List<Integer> order) {
    int[] longest = new int[order.size()];
    int best = 0;
    for (int k = 0; k < order.size(); k++) {
      longest[k] = 1;
      for (int j = 0; j < k; j++) {
        if (order.get(j) > order.get(k)) {
          longest[k] = Math.max(longest[k], longest[j] + 1);
        }
      }
      best = Math.max(best, longest[k]);
    }
    return best;
  }
}
