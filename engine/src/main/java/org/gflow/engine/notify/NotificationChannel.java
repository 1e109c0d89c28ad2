package org.gflow.engine.notify;

import java.util.Set;

/**
 * A way G-Flow delivers the messages of its outbox: e-mail ({@link EmailChannel}) and SMS
 * ({@link SmsChannel}, through the built-in gateway or a plugin's). Implementations are Spring
 * beans; the {@link OutboxSender} finds them all.
 *
 * <p>{@link #deliver} is called on the sender's own thread, outside any transaction, once per
 * attempt of a message. It returns when the gateway has accepted the message; it throws when it
 * did not, and the message is tried again later with back-off, up to a limit. Delivery is
 * at-least-once: a node that stops after the gateway accepted and before the row is marked sent
 * sends that message again once its lease runs out.
 */
public interface NotificationChannel {

    /** What came of an attempt that did not throw. */
    enum Outcome {
        /** The gateway accepted the message. */
        SENT,
        /** There was nobody to deliver it to (e.g. no e-mail address in the directory). */
        NO_ADDRESS
    }

    /** A failure no retry can mend (a malformed address): the message fails at once. */
    class PermanentFailure extends RuntimeException {
        public PermanentFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The outbox channels this delivers, e.g. {@code email} and {@code inbox}. */
    Set<String> outboxChannels();

    /** False when not configured: its messages then wait, pending, until it is. */
    boolean enabled();

    /**
     * @throws PermanentFailure when the message can never be delivered
     * @throws Exception when the gateway refused it or could not be reached: tried again
     */
    Outcome deliver(OutboxMessage message) throws Exception;
}
