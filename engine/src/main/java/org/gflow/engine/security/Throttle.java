package org.gflow.engine.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * G-Flow's one rate-limit mechanism: a token bucket per key (an account, a client address),
 * with one or more limits such as "5 within 5 minutes and 20 within an hour". Layered limits
 * make the wait grow as the attempts go on. Keys quiet for the longest period are forgotten,
 * so memory stays small however many addresses knock.
 */
public final class Throttle {

    /** At most {@code count} events within {@code within}, refilled evenly over that period. */
    public record Limit(int count, Duration within) {

        public Limit {
            if (count < 1 || within == null || within.isZero() || within.isNegative()) {
                throw new IllegalArgumentException(
                        "a limit needs a positive count and period: " + count + "/" + within);
            }
        }
    }

    private static final long MAX_KEYS = 100_000;

    private final List<Limit> limits;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    public Throttle(List<Limit> limits) {
        this(limits, TimeMeter.SYSTEM_NANOTIME);
    }

    Throttle(List<Limit> limits, TimeMeter time) {
        if (limits == null || limits.isEmpty()) {
            throw new IllegalArgumentException("a throttle needs at least one limit");
        }
        this.limits = List.copyOf(limits);
        this.time = time;
        Duration longest = limits.stream()
                .map(Limit::within)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        // bounded, so that a flood of made-up user names or addresses cannot fill the heap
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(longest)
                .maximumSize(MAX_KEYS)
                .build();
    }

    /** Takes one event for the key if the limits allow it; otherwise tells how long to wait. */
    public Optional<Duration> take(String key) {
        var probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(retryAfter(probe.getNanosToWaitForRefill()));
    }

    /** How long the key must wait before its next event, without taking one; empty if it may go on. */
    public Optional<Duration> waitFor(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket == null) {
            return Optional.empty();
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Optional.empty() : Optional.of(retryAfter(probe.getNanosToWaitForRefill()));
    }

    /** Counts one event for the key, even past the limit (a failure that already happened). */
    public void record(String key) {
        bucket(key).tryConsumeAsMuchAsPossible(1);
    }

    /** Forgets the key's history (e.g. an account after a successful login). */
    public void forget(String key) {
        buckets.invalidate(key);
    }

    private Bucket bucket(String key) {
        return buckets.get(key, k -> newBucket());
    }

    private Bucket newBucket() {
        LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(time);
        for (Limit limit : limits) {
            builder.addLimit(Bandwidth.builder()
                    .capacity(limit.count())
                    .refillGreedy(limit.count(), limit.within())
                    .build());
        }
        return builder.build();
    }

    /** Whole seconds, rounded up: what a {@code Retry-After} header can say. */
    private static Duration retryAfter(long nanos) {
        long seconds = Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
        return Duration.ofSeconds(seconds);
    }
}
