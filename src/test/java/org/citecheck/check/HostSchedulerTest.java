package org.citecheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HostSchedulerTest {

  @Test
  void neverMoreThanTheLimitsRunAtOnce() throws InterruptedException {
    Map<String, AtomicInteger> running = new ConcurrentHashMap<>();
    Map<String, AtomicInteger> peak = new ConcurrentHashMap<>();
    AtomicInteger total = new AtomicInteger();
    AtomicInteger totalPeak = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(90);
    try (HostScheduler scheduler = new HostScheduler(3, 5)) {
      for (int i = 0; i < 90; i++) {
        String host = "host" + (i % 3);
        scheduler.submit(
            host,
            () -> {
              int now = running.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
              peak.computeIfAbsent(host, h -> new AtomicInteger()).accumulateAndGet(now, Math::max);
              totalPeak.accumulateAndGet(total.incrementAndGet(), Math::max);
              try {
                Thread.sleep(2);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              total.decrementAndGet();
              running.get(host).decrementAndGet();
              done.countDown();
            });
      }
      assertTrue(done.await(30, TimeUnit.SECONDS));
    }
    peak.values().forEach(p -> assertTrue(p.get() <= 3, "per host " + p));
    assertTrue(totalPeak.get() <= 5, "total " + totalPeak);
  }

  @Test
  void aBusyHostDoesNotHoldUpAnotherHostsWork() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch otherDone = new CountDownLatch(1);
    AtomicInteger busyFinished = new AtomicInteger();
    try (HostScheduler scheduler = new HostScheduler(2, 3)) {
      for (int i = 0; i < 20; i++) {
        scheduler.submit(
            "busy",
            () -> {
              try {
                release.await(30, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              busyFinished.incrementAndGet();
            });
      }
      scheduler.submit("other", otherDone::countDown);
      assertTrue(
          otherDone.await(10, TimeUnit.SECONDS),
          "the other host's task ran while the busy host waited");
      assertEquals(0, busyFinished.get());
      release.countDown();
    }
  }

  @Test
  void heldTasksWaitForRelease() throws InterruptedException {
    CountDownLatch ran = new CountDownLatch(3);
    try (HostScheduler scheduler = new HostScheduler(2, 2)) {
      scheduler.hold();
      for (int i = 0; i < 3; i++) {
        scheduler.submit("h" + i, ran::countDown);
      }
      assertEquals(false, ran.await(200, TimeUnit.MILLISECONDS));
      assertEquals(3, ran.getCount());
      scheduler.release();
      assertTrue(ran.await(10, TimeUnit.SECONDS));
    }
  }
}
