package org.gflow.ldap.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * A time-to-live cache with single-flight loading: an entry is served until {@code ttl} after
 * it was loaded; when it has expired, concurrent callers for the same key wait for one load
 * instead of each asking the directory. A failing load (directory down) caches nothing. A zero
 * TTL disables caching.
 */
final class TtlCache<K, V> {

  private static final long MAXIMUM_ENTRIES = 10_000;

  private final Cache<K, V> entries;

  TtlCache(Clock clock, Duration ttl) {
    this.entries = ttl.isZero() || ttl.isNegative() ? null : Caffeine.newBuilder()
        .expireAfterWrite(ttl)
        .maximumSize(MAXIMUM_ENTRIES)
        .ticker(ticker(clock))
        .executor(Runnable::run) // housekeeping on the caller: no extra threads, deterministic in tests
        .build();
  }

  V get(K key, Function<K, V> loader) {
    return entries == null ? loader.apply(key) : entries.get(key, loader);
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
