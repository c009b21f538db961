package org.citecheck.archive.drift;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Three ways to say how alike two texts are, each from 0 (nothing shared) to 1 (the same): word
 * 3-shingle Jaccard (shared phrasing, order-sensitive, drops fast under rewording), TF cosine
 * (shared vocabulary, order-blind, stays high while the topic stays) and 64-bit simhash over the
 * 3-shingles (a fingerprint's bit agreement, as near-duplicate detectors use; about 0.5 for
 * unrelated texts, so it reads on a different scale from the other two).
 */
public final class TextMeasures {

  static final int SHINGLE = 3;

  private TextMeasures() {}

  public static double shingleJaccard(List<String> a, List<String> b) {
    Set<String> left = shingles(a);
    Set<String> right = shingles(b);
    if (left.isEmpty() && right.isEmpty()) {
      return 1.0;
    }
    Set<String> union = new HashSet<>(left);
    union.addAll(right);
    left.retainAll(right);
    return (double) left.size() / union.size();
  }

  public static double cosine(List<String> a, List<String> b) {
    Map<String, Integer> left = frequencies(a);
    Map<String, Integer> right = frequencies(b);
    if (left.isEmpty() || right.isEmpty()) {
      return left.isEmpty() && right.isEmpty() ? 1.0 : 0.0;
    }
    double dot = 0;
    for (Map.Entry<String, Integer> entry : left.entrySet()) {
      dot += (double) entry.getValue() * right.getOrDefault(entry.getKey(), 0);
    }
    return dot / (norm(left) * norm(right));
  }

  /** 1 minus the share of differing bits between the two texts' simhash fingerprints. */
  public static double simhash(List<String> a, List<String> b) {
    return 1.0 - Long.bitCount(fingerprint(a) ^ fingerprint(b)) / 64.0;
  }

  static long fingerprint(List<String> words) {
    int[] votes = new int[64];
    for (String shingle : shingles(words)) {
      long hash = fnv1a64(shingle);
      for (int bit = 0; bit < 64; bit++) {
        votes[bit] += ((hash >>> bit) & 1L) == 1L ? 1 : -1;
      }
    }
    long fingerprint = 0;
    for (int bit = 0; bit < 64; bit++) {
      if (votes[bit] > 0) {
        fingerprint |= 1L << bit;
      }
    }
    return fingerprint;
  }

  /** FNV-1a, then a final avalanche so that similar words do not share bit patterns. */
  static long fnv1a64(String text) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    hash ^= hash >>> 33;
    hash *= 0xff51afd7ed558ccdL;
    hash ^= hash >>> 33;
    return hash;
  }

  static Set<String> shingles(List<String> words) {
    Set<String> shingles = new HashSet<>();
    if (words.size() < SHINGLE) {
      if (!words.isEmpty()) {
        shingles.add(String.join(" ", words));
      }
      return shingles;
    }
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      shingles.add(String.join(" ", words.subList(i, i + SHINGLE)));
    }
    return shingles;
  }

  private static Map<String, Integer> frequencies(List<String> words) {
    Map<String, Integer> counts = new HashMap<>();
    for (String word : words) {
      counts.merge(word, 1, Integer::sum);
    }
    return counts;
  }

  private static double norm(Map<String, Integer> counts) {
    double sum = 0;
    for (int count : counts.values()) {
      sum += (double) count * count;
    }
    return Math.sqrt(sum);
  }
}
