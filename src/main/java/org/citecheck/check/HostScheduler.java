package org.citecheck.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
 * Each host gets up to {@code perHost} "lanes"; a lane is one thread's turn at the host, running
 * the host's tasks one after another until its queue is empty. The lock is held only to take a
 * task, never while running one or while handing work to the thread pool.
 */
final class HostScheduler implements AutoCloseable {

  private final int perHost;
  private final ExecutorService threads;
  private final Map<String, Queue<Runnable>> waiting = new HashMap<>();
  private final Map<String, Integer> lanes = new HashMap<>();
  private final List<String> held = new ArrayList<>();
  private boolean holding;

  HostScheduler(int perHost, int total) {
    this.perHost = perHost;
    AtomicInteger count = new AtomicInteger();
    this.threads =
        new ThreadPoolExecutor(
            total,
            total,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            runnable -> {
              Thread thread = new Thread(runnable, "citecheck-check-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Queues a task for a host; tasks must not throw (a lane would be lost). */
  void submit(String host, Runnable task) {
    synchronized (this) {
      waiting.computeIfAbsent(host, h -> new ArrayDeque<>()).add(task);
      int running = lanes.getOrDefault(host, 0);
      if (running >= perHost) {
        return;
      }
      lanes.put(host, running + 1);
      if (holding) {
        held.add(host);
        return;
      }
    }
    threads.execute(() -> lane(host));
  }

  /**
   * Until {@link #release}, submitted tasks only queue: a caller submitting many is not starved.
   */
  synchronized void hold() {
    holding = true;
  }

  /** Starts the lanes of everything queued while holding. */
  void release() {
    List<String> start;
    synchronized (this) {
      holding = false;
      start = new ArrayList<>(held);
      held.clear();
    }
    for (String host : start) {
      threads.execute(() -> lane(host));
    }
  }

  private void lane(String host) {
    for (Runnable task = next(host); task != null && !threads.isShutdown(); task = next(host)) {
      task.run();
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
