package org.gflow.engine.notify;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.gflow.engine.errors.BadRequestException;
import org.gflow.engine.errors.ConflictException;
import org.gflow.engine.errors.ProblemException;
import org.gflow.engine.paging.PageKey;
import org.gflow.engine.security.CurrentUser;
import org.gflow.engine.tasks.Oversight;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The messages that failed for good across the cases an overseer watches ({@link Oversight}): the
 * Office's and the administrators' every case, a supervisor's the cases of their organisation —
 * those with a task ever offered to one of its groups ({@code <org>-…}). Newest first, by key. A
 * failed message may be sent again, once: it goes back to the outbox for one more attempt.
 */
@Component
class FailedMessages {

    static final int MAX_SIZE = 50;

    /** Not for this person: they oversee no organisation. */
    static final String NOT_OVERSEER = "not-messages-overseer";
    /** The message is no longer failed: sent again already, by someone or by this person before. */
    static final String NOT_FAILED = "message-not-failed";

    /** A task of the case was offered to a group of the organisation: its name begins {@code <org>-}. */
    private static final String OFFERED_TO_ORGANISATION = "exists (select 1 from ACT_HI_TASKINST t "
            + "join ACT_HI_IDENTITYLINK l on l.TASK_ID_ = t.ID_ where t.PROC_INST_ID_ = n.process_instance_id "
            + "and l.TYPE_ = 'candidate' and substring(l.GROUP_ID_ from 1 for ?) = ?)";

    /** One message that failed for good, as an overseer sees it: the address shown in part, no text. */
    @Schema(name = "FailedMessage")
    record Item(
            String id,
            String caseId,
            String caseNumber,
            String recipientKind,
            String recipient,
            String channel,
            String subject,
            int attempts,

            @Schema(description = "the gateway's own words for the last failure")
            String reason,

            Instant createdAt) {}

    /** A page of failed messages; {@code next}, when another page follows, is passed back as {@code after}. */
    @Schema(name = "FailedMessagePage")
    record Page(List<Item> items, String next) {}

    private final JdbcTemplate jdbc;
    private final OutboxQueue queue;

    FailedMessages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.queue = new OutboxQueue(jdbc, Clock.systemUTC());
    }

    Page page(CurrentUser user, String after, int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("size", "size must be between 1 and " + MAX_SIZE + ".");
        }
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder(
                "select n.id, n.process_instance_id, n.business_key, n.recipient_kind, n.recipient, n.channel, "
                        + "n.subject, n.attempts, n.last_error, n.created_at from gflow_notification n "
                        + "where n.status = ?");
        parameters.add(OutboxQueue.FAILED);
        sql.append(watchedBy(user, parameters));
        if (after != null && !after.isBlank()) {
            PageKey key = PageKey.read(after);
            sql.append(" and (n.created_at < ? or (n.created_at = ? and n.id < ?))");
            parameters.add(Timestamp.from(key.at()));
            parameters.add(Timestamp.from(key.at()));
            parameters.add(key.id());
        }
        sql.append(" order by n.created_at desc, n.id desc fetch first ")
                .append(size + 1)
                .append(" rows only");
        List<Item> rows = jdbc.query(sql.toString(), FailedMessages::item, parameters.toArray());
        if (rows.size() <= size) {
            return new Page(rows, null);
        }
        Item last = rows.get(size - 1);
        return new Page(rows.subList(0, size), new PageKey(last.createdAt(), last.id()).text());
    }

    /**
     * Puts a failed message back in the outbox for one more attempt, now. A message the reader does
     * not oversee is not found; one no longer failed is a conflict.
     */
    void sendAgain(CurrentUser user, String id) {
        List<Object> parameters = new ArrayList<>(List.of(id));
        String watched = watchedBy(user, parameters);
        List<String> status = jdbc.queryForList(
                "select n.status from gflow_notification n where n.id = ?" + watched,
                String.class,
                parameters.toArray());
        if (status.isEmpty()) {
            throw new NotFoundException("No message " + id + " of a case you oversee");
        }
        if (!queue.sendAgain(id)) {
            throw new ConflictException(
                    NOT_FAILED, "The message is " + status.get(0) + ", not failed: it was sent again already.");
        }
    }

    /** The condition for the cases this person oversees, its parameters added; 403 for one who oversees none. */
    private static String watchedBy(CurrentUser user, List<Object> parameters) {
        if (Oversight.seesAll(user.isAdmin(), user.groupIds())) {
            return "";
        }
        Set<String> organisations = Oversight.supervised(user.groupIds());
        if (organisations.isEmpty()) {
            throw ProblemException.of(
                    HttpStatus.FORBIDDEN,
                    NOT_OVERSEER,
                    "Failed messages are for the organisations' supervisors and the Office.");
        }
        List<String> offered = new ArrayList<>();
        for (String organisation : organisations) {
            String groupPrefix = organisation + "-";
            offered.add(OFFERED_TO_ORGANISATION);
            parameters.add(groupPrefix.length());
            parameters.add(groupPrefix);
        }
        return " and (" + String.join(" or ", offered) + ")";
    }

    private static Item item(ResultSet rs, int n) throws SQLException {
        String channel = rs.getString("channel");
        return new Item(
                rs.getString("id"),
                rs.getString("process_instance_id"),
                rs.getString("business_key"),
                rs.getString("recipient_kind"),
                Recipient.shown(channel, rs.getString("recipient")),
                channel,
                rs.getString("subject"),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant());
    }
}
