package org.gflow.engine.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The delivery state of the outbox rows, in SQL that runs alike on H2 and PostgreSQL. A sender
 * claims a few due rows by writing its lease on them in one {@code UPDATE} (the database's row
 * locks make two nodes' claims exclusive), reads back what it claimed, and settles each row in a
 * statement of its own, so a row marked sent stays sent whatever happens next.
 */
final class OutboxQueue {

    static final String PENDING = "pending";
    static final String SENT = "sent";
    static final String FAILED = "failed";
    static final String SKIPPED = "skipped";

    private static final int MAX_ERROR = 1000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    OutboxQueue(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Leases up to {@code limit} due, pending rows of these channels to {@code node} until
     * now + {@code lease}: those nobody holds and those whose holder's lease ran out.
     */
    List<OutboxMessage> claim(String node, Collection<String> channels, int limit, Duration lease) {
        if (channels.isEmpty()) {
            return List.of();
        }
        Timestamp now = now();
        Timestamp until = Timestamp.from(now.toInstant().plus(lease));
        String in = String.join(",", channels.stream().map(c -> "?").toList());
        String due = "status = 'pending' and channel in (" + in + ") and next_attempt_at <= ? "
                + "and (lease_until is null or lease_until < ?)";
        List<Object> args = new ArrayList<>(List.of(node, until));
        args.addAll(channels);
        args.addAll(List.of(now, now));
        args.addAll(channels);
        args.addAll(List.of(now, now));
        jdbc.update(
                "update gflow_notification set lease_node = ?, lease_until = ? where " + due
                        + " and id in (select id from gflow_notification where " + due
                        + " order by next_attempt_at fetch first " + limit + " rows only)",
                args.toArray());
        return jdbc.query(
                "select * from gflow_notification where lease_node = ? and lease_until = ? and status = 'pending'",
                OutboxQueue::message,
                node,
                until);
    }

    /** The gateway accepted it: never again. Only the lease holder settles a row. */
    void markSent(OutboxMessage message, String node) {
        settle(message, node, SENT, null, null);
    }

    /** Nothing to deliver (e.g. an office without e-mail addresses); why is kept. */
    void markSkipped(OutboxMessage message, String node, String why) {
        settle(message, node, SKIPPED, why, null);
    }

    /** Tried again at {@code nextAttempt}. */
    void retryLater(OutboxMessage message, String node, String error, Instant nextAttempt) {
        settle(message, node, PENDING, error, Timestamp.from(nextAttempt.truncatedTo(ChronoUnit.MILLIS)));
    }

    /** @return whether this node settled it (and so is the one to tell the office) */
    boolean markFailed(OutboxMessage message, String node, String error) {
        return settle(message, node, FAILED, error, null);
    }

    /**
     * A row that failed for good goes back to the queue for one more attempt, now (its attempts
     * stay counted, so one more failure fails it again).
     *
     * @return whether it was failed; false when someone sent it again first
     */
    boolean sendAgain(String id) {
        return jdbc.update(
                        "update gflow_notification set status = ?, next_attempt_at = ?, lease_node = null, "
                                + "lease_until = null where id = ? and status = ?",
                        PENDING,
                        now(),
                        id,
                        FAILED)
                == 1;
    }

    private boolean settle(OutboxMessage message, String node, String status, String error, Timestamp nextAttempt) {
        Timestamp now = now();
        return jdbc.update(
                        "update gflow_notification set status = ?, attempts = attempts + 1, last_error = ?, "
                                + "sent_at = ?, next_attempt_at = coalesce(?, next_attempt_at), "
                                + "lease_node = null, lease_until = null "
                                + "where id = ? and lease_node = ? and status = 'pending'",
                        status,
                        error == null ? null : truncate(error),
                        SENT.equals(status) ? now : null,
                        nextAttempt,
                        message.id(),
                        node)
                == 1;
    }

    /** A row's delivery state, as operators and tests read it. */
    Optional<Delivery> delivery(String id) {
        return jdbc
                .query(
                        "select status, attempts, last_error, sent_at, next_attempt_at from gflow_notification where id = ?",
                        (rs, n) -> new Delivery(
                                rs.getString("status"),
                                rs.getInt("attempts"),
                                rs.getString("last_error"),
                                instant(rs.getTimestamp("sent_at")),
                                instant(rs.getTimestamp("next_attempt_at"))),
                        id)
                .stream()
                .findFirst();
    }

    /** The rows of a case, oldest first. */
    List<OutboxMessage> ofCase(String businessKey) {
        return jdbc.query(
                "select * from gflow_notification where business_key = ? order by created_at, id",
                OutboxQueue::message,
                businessKey);
    }

    record Delivery(String status, int attempts, String lastError, Instant sentAt, Instant nextAttemptAt) {}

    /** Millisecond precision, so the lease written is the lease read back on either database. */
    private Timestamp now() {
        return Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    private static String truncate(String error) {
        return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static OutboxMessage message(ResultSet rs, int n) throws SQLException {
        return new OutboxMessage(
                rs.getString("id"),
                rs.getString("process_instance_id"),
                rs.getString("business_key"),
                rs.getString("recipient_kind"),
                rs.getString("recipient"),
                rs.getString("channel"),
                rs.getString("language"),
                rs.getString("subject"),
                rs.getString("body"),
                rs.getString("body_html"),
                rs.getInt("attempts"));
    }
}
