package org.gflow.ldap.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers successful password checks for a short time so that clients sending credentials
 * with every request (HTTP Basic) do not bind to the directory each time. Only a keyed hash of
 * the password is kept, under a key made at start-up that never leaves memory. A failed check
 * for a user forgets that user, so a changed or wrong password is always taken to the directory.
 */
final class RecentPasswordChecks {

    private static final String HMAC = "HmacSHA256";

    private final TtlCache<String, byte[]> succeeded;
    /** One keyed hash per thread, made once: looking one up and keying it cost more than hashing a password. */
    private final ThreadLocal<Mac> macs;

    RecentPasswordChecks(Clock clock, Duration ttl) {
        this.succeeded = new TtlCache<>(clock, ttl);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        SecretKeySpec key = new SecretKeySpec(secret, HMAC);
        this.macs = ThreadLocal.withInitial(() -> keyed(key));
    }

    /** True only if this very password succeeded for this user within the TTL. */
    boolean recentlySucceeded(String userId, String password) {
        byte[] remembered = succeeded.getIfPresent(key(userId));
        return remembered != null && MessageDigest.isEqual(remembered, hash(userId, password));
    }

    void succeeded(String userId, String password) {
        succeeded.put(key(userId), hash(userId, password));
    }

    void failed(String userId) {
        succeeded.evict(key(userId));
    }

    /** Directory ids compare without case: {@code ADMIN} and {@code admin} are one account. */
    private static String key(String userId) {
        return userId.toLowerCase(Locale.ROOT);
    }

    private byte[] hash(String userId, String password) {
        Mac mac = macs.get();
        mac.update(key(userId).getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0); // separates the id from the password
        return mac.doFinal(password.getBytes(StandardCharsets.UTF_8)); // and leaves the Mac keyed for the next
    }

    private static Mac keyed(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
