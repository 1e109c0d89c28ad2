package org.gflow.ldap.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * A time-to-live cache with single-flight loading: an entry is served until {@code ttl} after
 * it was loaded, never longer; concurrent callers for a missing or expired key wait for one load
 * instead of each asking the directory. A failing load (directory down) caches nothing. A zero
 * TTL disables caching.
 *
 * <p>With a loader, an entry in use is read again in the background once half its TTL has
 * passed, while callers keep the cached value: under steady load nobody waits for the
 * directory when an entry ages — not the request that happens to arrive at expiry, nor the
 * requests behind it, some of which hold a database connection while they ask.
 */
final class TtlCache<K, V> {

    private static final long MAXIMUM_ENTRIES = 10_000;

    private final Cache<K, V> entries;
    private final Function<K, V> loader;

    /** A cache filled by {@link #put}, read by {@link #getIfPresent}. */
    TtlCache(Clock clock, Duration ttl) {
        this(clock, ttl, null);
    }

    /** A cache that loads what {@link #get} asks for with {@code loader}. */
    TtlCache(Clock clock, Duration ttl, Function<K, V> loader) {
        this.loader = loader;
        if (ttl.isZero() || ttl.isNegative()) {
            this.entries = null;
            return;
        }
        Caffeine<Object, Object> builder = Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .maximumSize(MAXIMUM_ENTRIES)
                .ticker(ticker(clock));
        this.entries = loader == null
                ? builder.build()
                : builder.refreshAfterWrite(ttl.dividedBy(2)).build(loader::apply);
    }

    V get(K key) {
        if (entries == null) {
            return loader.apply(key);
        }
        return ((LoadingCache<K, V>) entries).get(key);
    }

    V getIfPresent(K key) {
        return entries == null ? null : entries.getIfPresent(key);
    }

    void put(K key, V value) {
        if (entries != null) {
            entries.put(key, value);
        }
    }

    void evict(K key) {
        if (entries != null) {
            entries.invalidate(key);
        }
    }

    /** The configured clock drives expiry, so tests can move time on. */
    private static Ticker ticker(Clock clock) {
        return () -> {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
    }
}
