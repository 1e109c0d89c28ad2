package org.gflow.engine.notify;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The notification outbox: every message G-Flow sends to a citizen, an applicant, a civil
 * servant or an office, kept with its case. It is also the delivery queue: a row is recorded
 * {@code pending} in the transaction of the step that sends it, and the {@link OutboxSender}
 * delivers it by e-mail or SMS afterwards (a message to the status page needs no delivery and is
 * recorded {@code skipped}). Recording the same message twice (a retried step) keeps one.
 */
@Component
public class Notifications {

    /**
     * One recorded message and what became of it: {@code status} is {@code pending}, {@code sent},
     * {@code failed} (after its last attempt, {@code lastError} the gateway's reason) or
     * {@code skipped} (nothing to send, e.g. the public status page).
     */
    public record Message(
            String caseBusinessKey,
            String recipientKind,
            String recipient,
            String channel,
            String subject,
            String body,
            Instant createdAt,
            String status,
            int attempts,
            String lastError,
            Instant sentAt) {}

    private final JdbcTemplate jdbc;

    Notifications(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether it was new (false when this step already recorded it) */
    public boolean record(
            String dedupKey,
            String processInstanceId,
            String businessKey,
            Recipient recipient,
            NotificationTexts.Text text) {
        Timestamp now = Timestamp.from(Instant.now());
        try {
            jdbc.update(
                    "insert into gflow_notification (id, dedup_key, process_instance_id, business_key, recipient_kind, "
                            + "recipient, channel, subject, body, body_html, language, status, next_attempt_at, created_at) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    UUID.randomUUID().toString(),
                    dedupKey,
                    processInstanceId,
                    businessKey,
                    recipient.kind(),
                    recipient.address(),
                    recipient.channel(),
                    text.subject(),
                    text.body(),
                    text.html(),
                    text.language(),
                    Recipient.STATUS_PAGE.equals(recipient.channel()) ? OutboxQueue.SKIPPED : OutboxQueue.PENDING,
                    now,
                    now);
            return true;
        } catch (DuplicateKeyException alreadyRecorded) {
            return false;
        }
    }

    /** The case's messages, oldest first. */
    public List<Message> ofCase(String businessKey) {
        return jdbc.query(
                "select * from gflow_notification where business_key = ? order by created_at, id",
                (rs, n) -> new Message(
                        rs.getString("business_key"),
                        rs.getString("recipient_kind"),
                        rs.getString("recipient"),
                        rs.getString("channel"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("status"),
                        rs.getInt("attempts"),
                        rs.getString("last_error"),
                        rs.getTimestamp("sent_at") == null
                                ? null
                                : rs.getTimestamp("sent_at").toInstant()),
                businessKey);
    }
}
