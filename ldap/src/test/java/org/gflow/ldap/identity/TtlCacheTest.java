package org.gflow.ldap.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

/**
 * An expired entry under load is loaded once, not once per waiting request; an entry in use is
 * read again before it expires, without keeping anybody waiting; nothing outlives its TTL.
 */
class TtlCacheTest {

    private static final int CONCURRENT_REQUESTS = 8;

    private final MutableClock clock = MutableClock.of(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    /** What the directory answers now; a test swaps it to make the directory slow, changed or down. */
    private volatile Function<String, String> directory = id -> "groups v1";

    private final AtomicInteger loads = new AtomicInteger();
    private final TtlCache<String, String> cache = new TtlCache<>(clock, Duration.ofSeconds(60), id -> {
        loads.incrementAndGet();
        return directory.apply(id);
    });

    @Test
    void concurrentRequestsAfterExpiryShareOneDirectoryLoad() throws Exception {
        assertThat(cache.get("nalinh.bokeo")).isEqualTo("groups v1");
        clock.add(Duration.ofSeconds(60));

        CountDownLatch loadStarted = new CountDownLatch(1);
        CountDownLatch directoryAnswers = new CountDownLatch(1);
        directory = id -> {
            loadStarted.countDown();
            waitFor(directoryAnswers);
            return "groups v2";
        };
        ExecutorService requests = Executors.newFixedThreadPool(CONCURRENT_REQUESTS);
        try {
            List<Thread> waiting = new ArrayList<>();
            List<Future<String>> answers = new ArrayList<>();
            // 1. the first request finds the entry expired and starts the (slow) directory load
            answers.add(requests.submit(() -> cache.get("nalinh.bokeo")));
            assertThat(loadStarted.await(30, TimeUnit.SECONDS)).isTrue();
            // 2. more requests arrive while it loads; each blocks on the load under way
            for (int i = 1; i < CONCURRENT_REQUESTS; i++) {
                answers.add(requests.submit(() -> {
                    synchronized (waiting) {
                        waiting.add(Thread.currentThread());
                    }
                    return cache.get("nalinh.bokeo");
                }));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> allBlocked(waiting));
            // 3. the directory answers: everybody gets that one answer
            directoryAnswers.countDown();
            for (Future<String> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo("groups v2");
            }
            assertThat(loads).hasValue(2);
        } finally {
            directoryAnswers.countDown();
            requests.shutdownNow();
        }
    }

    @Test
    void anEntryInUseIsReadAgainBeforeItExpiresWhileCallersKeepTheCachedValue() throws Exception {
        assertThat(cache.get("nalinh.bokeo")).isEqualTo("groups v1");
        CountDownLatch directoryAnswers = new CountDownLatch(1);
        directory = id -> {
            waitFor(directoryAnswers);
            return "groups v2";
        };
        // past half the TTL: the cached value answers at once, although the directory is slow
        clock.add(Duration.ofSeconds(50));
        assertThat(cache.get("nalinh.bokeo")).isEqualTo("groups v1");
        assertThat(cache.get("nalinh.bokeo")).isEqualTo("groups v1");
        // the background read finishes: its answer is served from then on, and lives a full TTL
        directoryAnswers.countDown();
        await().atMost(Duration.ofSeconds(30)).until(() -> "groups v2".equals(cache.get("nalinh.bokeo")));
        // 75 s: past the first read's expiry (60 s), before the new read is due again (50 + 30 s)
        clock.add(Duration.ofSeconds(25));
        directory = id -> "groups v3";
        assertThat(cache.getIfPresent("nalinh.bokeo"))
                .as("read again at 50 s, so still fresh at 75 s")
                .isEqualTo("groups v2");
    }

    @Test
    void nothingIsServedPastItsTtlEvenWhileTheDirectoryIsDown() {
        assertThat(cache.get("somsak")).isEqualTo("groups v1");
        directory = id -> {
            throw new IllegalStateException("directory down");
        };
        clock.add(Duration.ofSeconds(60));
        assertThatThrownBy(() -> cache.get("somsak")).hasMessageContaining("directory down");
    }

    @Test
    void aFailedLoadCachesNothing() {
        directory = id -> {
            throw new IllegalStateException("directory down");
        };
        assertThatThrownBy(() -> cache.get("somsak")).hasMessageContaining("directory down");
        directory = id -> "groups";
        assertThat(cache.get("somsak")).isEqualTo("groups");
        assertThat(loads).hasValue(2);
    }

    @Test
    void aZeroTtlLoadsEveryTime() {
        TtlCache<String, Integer> uncached = new TtlCache<>(clock, Duration.ZERO, id -> loads.incrementAndGet());
        uncached.get("a");
        uncached.get("a");
        assertThat(loads).hasValue(2);
    }

    private static boolean allBlocked(List<Thread> threads) {
        synchronized (threads) {
            return threads.size() == CONCURRENT_REQUESTS - 1
                    && threads.stream()
                            .allMatch(
                                    t -> t.getState() == Thread.State.BLOCKED || t.getState() == Thread.State.WAITING);
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
