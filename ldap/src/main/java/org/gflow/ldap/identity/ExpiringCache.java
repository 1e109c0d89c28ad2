package org.gflow.ldap.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A small time-to-live cache: an entry is served until {@code ttl} after it was loaded, then
 * loaded again. Expired entries are dropped when they are next asked for and, so the map cannot
 * grow without end, swept whenever the map passes a size bound. A zero TTL disables caching.
 */
final class ExpiringCache<K, V> {

  private static final int SWEEP_ABOVE = 10_000;

  private record Timed<V>(V value, Instant expires) {
  }

  private final Map<K, Timed<V>> entries = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration ttl;

  ExpiringCache(Clock clock, Duration ttl) {
    this.clock = clock;
    this.ttl = ttl;
  }

  V get(K key, Function<K, V> loader) {
    if (ttl.isZero() || ttl.isNegative()) {
      return loader.apply(key);
    }
    Instant now = clock.instant();
    Timed<V> cached = entries.get(key);
    if (cached != null && now.isBefore(cached.expires())) {
      return cached.value();
    }
    V value = loader.apply(key); // a failing load (directory down) caches nothing
    if (entries.size() >= SWEEP_ABOVE) {
      entries.values().removeIf(t -> !now.isBefore(t.expires()));
    }
    entries.put(key, new Timed<>(value, now.plus(ttl)));
    return value;
  }

  void clear() {
    entries.clear();
  }
}
