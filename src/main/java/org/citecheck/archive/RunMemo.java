package org.citecheck.archive;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Remembers answers for a run, computing each key once even when several threads ask for it at the
 * same time (so that a URL is never looked up or saved twice), without holding a lock while the
 * answer is fetched.
 */
final class RunMemo<V> {

  private final ConcurrentMap<String, CompletableFuture<V>> answers = new ConcurrentHashMap<>();

  V get(String key, Supplier<V> compute) {
    CompletableFuture<V> mine = new CompletableFuture<>();
    CompletableFuture<V> known = answers.putIfAbsent(key, mine);
    if (known != null) {
      return known.join();
    }
    try {
      V value = compute.get();
      mine.complete(value);
      return value;
    } catch (RuntimeException | Error e) {
      answers.remove(key, mine);
      mine.completeExceptionally(e);
      throw e;
    }
  }
}
