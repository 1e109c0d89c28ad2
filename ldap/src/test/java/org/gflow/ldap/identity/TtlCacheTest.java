package org.gflow.ldap.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gflow.ldap.MutableClock;
import org.junit.jupiter.api.Test;

/** An expired entry under load is loaded once, not once per waiting request. */
class TtlCacheTest {

  private static final int CONCURRENT_REQUESTS = 8;

  private final MutableClock clock = new MutableClock();
  private final TtlCache<String, String> cache = new TtlCache<>(clock, Duration.ofSeconds(60));

  @Test
  void concurrentRequestsAfterExpiryShareOneDirectoryLoad() throws Exception {
    assertThat(cache.get("nalinh.bokeo", id -> "groups v1")).isEqualTo("groups v1");
    clock.advance(Duration.ofSeconds(60));

    AtomicInteger loads = new AtomicInteger();
    CountDownLatch loadStarted = new CountDownLatch(1);
    CountDownLatch directoryAnswers = new CountDownLatch(1);
    ExecutorService requests = Executors.newFixedThreadPool(CONCURRENT_REQUESTS);
    try {
      List<Thread> waiting = new ArrayList<>();
      List<Future<String>> answers = new ArrayList<>();
      // 1. the first request finds the entry expired and starts the (slow) directory load
      answers.add(requests.submit(() -> cache.get("nalinh.bokeo", id -> {
        loads.incrementAndGet();
        loadStarted.countDown();
        waitFor(directoryAnswers);
        return "groups v2";
      })));
      assertThat(loadStarted.await(30, TimeUnit.SECONDS)).isTrue();
      // 2. more requests arrive while it loads; each blocks on the load under way
      for (int i = 1; i < CONCURRENT_REQUESTS; i++) {
        answers.add(requests.submit(() -> {
          synchronized (waiting) {
            waiting.add(Thread.currentThread());
          }
          return cache.get("nalinh.bokeo", id -> {
            loads.incrementAndGet();
            return "groups from a second load";
          });
        }));
      }
      await().atMost(Duration.ofSeconds(30)).until(() -> allBlocked(waiting));
      // 3. the directory answers: everybody gets that one answer
      directoryAnswers.countDown();
      for (Future<String> answer : answers) {
        assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo("groups v2");
      }
      assertThat(loads).hasValue(1);
    } finally {
      directoryAnswers.countDown();
      requests.shutdownNow();
    }
  }

  @Test
  void aFailedLoadCachesNothing() {
    AtomicInteger loads = new AtomicInteger();
    try {
      cache.get("somsak", id -> {
        loads.incrementAndGet();
        throw new IllegalStateException("directory down");
      });
    } catch (IllegalStateException expected) {
      // the caller sees the failure
    }
    assertThat(cache.get("somsak", id -> {
      loads.incrementAndGet();
      return "groups";
    })).isEqualTo("groups");
    assertThat(loads).hasValue(2);
  }

  @Test
  void aZeroTtlLoadsEveryTime() {
    TtlCache<String, Integer> uncached = new TtlCache<>(clock, Duration.ZERO);
    AtomicInteger loads = new AtomicInteger();
    uncached.get("a", id -> loads.incrementAndGet());
    uncached.get("a", id -> loads.incrementAndGet());
    assertThat(loads).hasValue(2);
  }

  private static boolean allBlocked(List<Thread> threads) {
    synchronized (threads) {
      return threads.size() == CONCURRENT_REQUESTS - 1 && threads.stream()
          .allMatch(t -> t.getState() == Thread.State.BLOCKED || t.getState() == Thread.State.WAITING);
    }
  }

  private static void waitFor(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never let the load finish");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
