package org.gflow.engine.notify;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox: claims a few due messages under a lease of its own, hands each to its
 * channel, and marks it sent the moment the gateway accepted it; a refused message is tried
 * again with doubling waits and, after the last attempt, is {@code failed} and its case's office
 * is told in the case's history ({@link DeliveryFailures}). Each sender is a node of its own
 * (a restarted engine is a new node), so leases keep two nodes — or a node and its successor —
 * from sending one message twice. Scheduled by {@link OutboxSchedule}.
 */
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxQueue queue;
    private final Map<String, NotificationChannel> byOutboxChannel;
    private final DeliveryFailures failures;
    private final NotifySettings settings;
    private final Clock clock;
    private final String node;
    private final MeterRegistry meters;

    OutboxSender(
            OutboxQueue queue,
            List<NotificationChannel> channels,
            DeliveryFailures failures,
            NotifySettings settings,
            Clock clock,
            MeterRegistry meters) {
        this.queue = queue;
        this.byOutboxChannel = channels.stream()
                .flatMap(channel -> channel.outboxChannels().stream().map(name -> Map.entry(name, channel)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        this.failures = failures;
        this.settings = settings;
        this.clock = clock;
        this.node = "node-" + UUID.randomUUID();
        this.meters = meters;
    }

    /** Sends what is due now, one batch. @return how many messages the gateways accepted */
    public int sendDue() {
        Set<String> served = byOutboxChannel.entrySet().stream()
                .filter(entry -> entry.getValue().enabled())
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        int sent = 0;
        for (OutboxMessage message : queue.claim(node, served, settings.batch(), settings.lease())) {
            sent += deliver(message) ? 1 : 0;
        }
        return sent;
    }

    private boolean deliver(OutboxMessage message) {
        NotificationChannel.Outcome outcome;
        try {
            outcome = byOutboxChannel.get(message.channel()).deliver(message);
        } catch (NotificationChannel.PermanentFailure e) {
            fail(message, describe(e));
            return false;
        } catch (Exception e) {
            int failed = message.attempts() + 1;
            if (failed >= settings.maxAttempts()) {
                fail(message, describe(e));
            } else {
                count(message, "retried");
                log.info(
                        "Message {} ({}) not delivered, attempt {}: {}",
                        message.id(),
                        message.channel(),
                        failed,
                        describe(e));
                queue.retryLater(message, node, describe(e), clock.instant().plus(settings.backOff(failed)));
            }
            return false;
        }
        // outside the try: once the gateway accepted, nothing may turn this into a retry
        if (outcome == NotificationChannel.Outcome.NO_ADDRESS) {
            queue.markSkipped(message, node, "no address to deliver to");
            count(message, "skipped");
            return false;
        }
        queue.markSent(message, node);
        count(message, "sent");
        return true;
    }

    private void fail(OutboxMessage message, String error) {
        log.warn(
                "Message {} ({}) to a {} of case {} failed for good: {}",
                message.id(),
                message.channel(),
                message.recipientKind(),
                message.businessKey(),
                error);
        count(message, "failed");
        if (queue.markFailed(message, node, error)) {
            failures.tellOffice(message, error);
        }
    }

    /** {@code gflow_notifications_total} by outbox channel and outcome, for operators' alerts on failures. */
    private void count(OutboxMessage message, String outcome) {
        meters.counter("gflow.notifications", "channel", message.channel(), "outcome", outcome)
                .increment();
    }

    /** The failure and its first cause, briefly: what an office or an operator can act on. */
    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String cause = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return root == e ? cause : e.getClass().getSimpleName() + " ← " + cause;
    }
}
