package org.citecheck.audit.markers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Picks, among the candidates in text order, the chain of markers that best follows the notes'
 * sequence: strictly rising numbers, each candidate adding its form's weight, each note number the
 * chain passes over costing {@link #SKIP_COST}. A prose number ("Russia. 10 Turkey" against "for 25
 * years") joins the chain only where the sequence expects it, so a number that would make the chain
 * skip notes costs more than it brings.
 *
 * <p>The best chain ending at each candidate is found with a Fenwick tree of prefix maxima over
 * note numbers: O(n log N) for n candidates and N notes, so long documents stay fast.
 */
final class MarkerChain {

  /** Cost of a note number the chain does not reference; above a loose number's weight of 1. */
  static final double SKIP_COST = 1.5;

  private MarkerChain() {}

  /**
   * The indices of the chosen candidates, in text order.
   *
   * @param candidates candidates in text order
   * @param first the first note's number
   * @param last the last note's number
   */
  static List<Integer> choose(List<MarkerCandidate> candidates, int first, int last) {
    int size = candidates.size();
    double[] score = new double[size];
    int[] previous = new int[size];
    PrefixMax best = new PrefixMax(last - first + 1);
    int bestEnd = -1;
    double bestTotal = -SKIP_COST * (last - first + 1);
    for (int j = 0; j < size; j++) {
      int number = candidates.get(j).number();
      if (number < first || number > last) {
        score[j] = Double.NEGATIVE_INFINITY;
        continue;
      }
      double chain = -SKIP_COST * (number - first);
      previous[j] = -1;
      int before = best.argmax(number - first);
      if (before >= 0) {
        double through = score[before] - SKIP_COST * (number - candidates.get(before).number() - 1);
        if (through > chain) {
          chain = through;
          previous[j] = before;
        }
      }
      score[j] = chain + candidates.get(j).form().weight();
      best.offer(number - first + 1, score[j] + SKIP_COST * number, j);
      double total = score[j] - SKIP_COST * (last - number);
      if (total > bestTotal) {
        bestTotal = total;
        bestEnd = j;
      }
    }
    List<Integer> chosen = new ArrayList<>();
    for (int j = bestEnd; j >= 0; j = previous[j]) {
      chosen.add(j);
    }
    Collections.reverse(chosen);
    return chosen;
  }

  /**
   * Prefix maxima over positions 1..n, each value with the candidate it came from; ties keep the
   * first.
   */
  private static final class PrefixMax {
    private final double[] value;
    private final int[] index;

    PrefixMax(int n) {
      value = new double[n + 1];
      index = new int[n + 1];
      java.util.Arrays.fill(value, Double.NEGATIVE_INFINITY);
      java.util.Arrays.fill(index, -1);
    }

    void offer(int position, double v, int candidate) {
      for (int i = position; i < value.length; i += i & -i) {
        if (v > value[i]) {
          value[i] = v;
          index[i] = candidate;
        }
      }
    }

    /** The candidate with the largest value at positions 1..position, or -1. */
    int argmax(int position) {
      double top = Double.NEGATIVE_INFINITY;
      int at = -1;
      for (int i = position; i > 0; i -= i & -i) {
        if (value[i] > top) {
          top = value[i];
          at = index[i];
        }
      }
      return at;
    }
  }
}
