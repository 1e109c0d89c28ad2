package org.gflow.engine.hotline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps one address from flooding the hotline through the public form: at most
 * {@code gflow.hotline.public-submissions-per-hour} complaints per address per hour
 * (sliding window). The phone line stays open to everyone.
 */
@Component
class SubmissionLimiter {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final int limit;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    @Autowired
    SubmissionLimiter(@Value("${gflow.hotline.public-submissions-per-hour:20}") int limit) {
        this(limit, Clock.systemUTC());
    }

    SubmissionLimiter(int limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    boolean tryAcquire(String address) {
        Instant now = clock.instant();
        Deque<Instant> times = recent.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** Forgets addresses that have been quiet for a whole window, so memory stays small. */
    @Scheduled(fixedDelayString = "PT10M")
    void forgetQuietAddresses() {
        Instant cutoff = clock.instant().minus(WINDOW);
        recent.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                Instant last = entry.getValue().peekLast();
                return last == null || last.isBefore(cutoff);
            }
        });
    }
}
