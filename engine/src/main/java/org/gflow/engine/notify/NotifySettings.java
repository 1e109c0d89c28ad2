package org.gflow.engine.notify;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gflow.notify.*}: how the outbox is delivered.
 *
 * @param enabled whether this node sends at all (every node may: leases keep them apart)
 * @param poll how often the sender looks for due messages
 * @param batch how many messages one look claims
 * @param lease how long a claimed message is this node's; a node that died holds it no longer
 * @param maxAttempts attempts before a message is {@code failed} and its case's office is told
 * @param firstRetry the wait after the first failed attempt; it doubles with each further failure
 * @param maxRetry the longest wait between two attempts
 * @param mailFrom the sender of G-Flow's e-mails
 * @param messageIdDomain the right-hand side of the e-mails' Message-IDs
 */
@ConfigurationProperties("gflow.notify")
public record NotifySettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("5s") Duration poll,
        @DefaultValue("20") int batch,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("1m") Duration firstRetry,
        @DefaultValue("1h") Duration maxRetry,
        @DefaultValue("G-Flow <no-reply@gflow.gov.la>") String mailFrom,
        @DefaultValue("gflow.gov.la") String messageIdDomain) {

    public NotifySettings {
        if (batch < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("gflow.notify.batch and max-attempts must be at least 1");
        }
    }

    /** The wait before attempt {@code failedAttempts + 1}: doubling from the first, never above the ceiling. */
    Duration backOff(int failedAttempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < failedAttempts && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
