package org.gflow.engine.notify;

/**
 * A message of the outbox as a {@link NotificationChannel} delivers it.
 *
 * @param id the outbox row's id: stable across attempts, nodes and restarts (the e-mail's
 *           Message-ID is made from it, so a mail client shows a message sent twice once)
 * @param recipientKind {@code citizen}, {@code applicant}, {@code user} or {@code group}
 * @param recipient the address for {@code email}/{@code sms}; the user or group id for {@code inbox}
 * @param channel the outbox channel: {@code email}, {@code sms} or {@code inbox}
 * @param language {@code lo} or {@code en}, the language subject and bodies are written in
 * @param html the HTML body fragment (values escaped), or null for rows recorded without one
 * @param attempts the attempts made before this one
 */
public record OutboxMessage(
        String id,
        String processInstanceId,
        String businessKey,
        String recipientKind,
        String recipient,
        String channel,
        String language,
        String subject,
        String body,
        String html,
        int attempts) {}
