package org.citecheck.check;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks keyed by host with at most {@code perHost} running per host and {@code total} overall,
 * without head-of-line blocking: a thread never waits for a busy host while another host has work.
 * Each host gets up to {@code perHost} "lanes"; a lane runs one task of its host and then queues
 * itself again behind the other lanes, so hosts take turns.
 */
final class HostScheduler implements AutoCloseable {

  private final int perHost;
  private final ExecutorService threads;
  private final Map<String, Queue<Runnable>> waiting = new HashMap<>();
  private final Map<String, Integer> lanes = new HashMap<>();

  HostScheduler(int perHost, int total) {
    this.perHost = perHost;
    AtomicInteger count = new AtomicInteger();
    this.threads =
        new ThreadPoolExecutor(total, total, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
          Thread thread = new Thread(runnable, "citecheck-check-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }

  void submit(String host, Runnable task) {
    synchronized (this) {
      waiting.computeIfAbsent(host, h -> new ArrayDeque<>()).add(task);
      int running = lanes.getOrDefault(host, 0);
      if (running >= perHost) {
        return;
      }
      lanes.put(host, running + 1);
    }
    threads.execute(() -> lane(host));
  }

  private void lane(String host) {
    Runnable task = next(host);
    if (task == null) {
      return;
    }
    try {
      task.run();
    } finally {
      synchronized (this) {
        if (threads.isShutdown()) {
          return; // closed early (an error elsewhere): the remaining tasks are abandoned
        }
        if (waiting.containsKey(host) && !waiting.get(host).isEmpty()) {
          threads.execute(() -> lane(host));
        } else {
          leave(host);
        }
      }
    }
  }

  /** The host's next task, or null after giving the lane up when there is none. */
  private synchronized Runnable next(String host) {
    Queue<Runnable> queue = waiting.get(host);
    Runnable task = queue == null ? null : queue.poll();
    if (task == null) {
      leave(host);
    }
    return task;
  }

  private void leave(String host) {
    int left = lanes.merge(host, -1, Integer::sum);
    if (left <= 0) {
      lanes.remove(host);
      waiting.remove(host);
    }
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
