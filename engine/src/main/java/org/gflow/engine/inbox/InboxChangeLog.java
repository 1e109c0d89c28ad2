package org.gflow.engine.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The inbox's change log ({@code gflow_inbox_change}): written with the task change in one
 * transaction, read by every node's {@link InboxEventFeed} by increasing id, pruned after a few
 * minutes.
 */
@Component
class InboxChangeLog {

    private static final String COLUMNS = "id, task_id, case_id, assignee, task_open, seen_before, seen_after";

    private final JdbcTemplate jdbc;

    InboxChangeLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the change of each task from who saw it before to who sees it now; a task nobody
     * saw and nobody sees (the engine's own bookkeeping) is not recorded.
     */
    void record(
            Collection<String> taskIds,
            Map<String, Audience> before,
            Map<String, Audience> after,
            Map<String, String> casesOf,
            Instant now) {
        List<Object[]> rows = new ArrayList<>();
        Timestamp at = Timestamp.from(now);
        for (String taskId : taskIds) {
            Audience was = before.getOrDefault(taskId, Audience.NOBODY);
            Audience is = after.get(taskId);
            if (was.isEmpty() && (is == null || is.isEmpty())) {
                continue;
            }
            rows.add(new Object[] {
                taskId,
                casesOf.get(taskId),
                is == null ? null : is.assignee(),
                is != null,
                limit(was.encode()),
                is == null ? null : limit(is.encode()),
                at
            });
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(
                    "insert into gflow_inbox_change (task_id, case_id, assignee, task_open, seen_before, seen_after, "
                            + "changed_at) values (?, ?, ?, ?, ?, ?, ?)",
                    rows);
        }
    }

    /** The changes after this id, oldest first, at most {@code limit}. */
    List<InboxChange> after(long id, int limit) {
        return jdbc.query(
                "select " + COLUMNS + " from gflow_inbox_change where id > ? order by id fetch first " + limit
                        + " rows only",
                (rs, n) -> change(rs),
                id);
    }

    /** The changes after {@code from} up to and including {@code to}, oldest first: a reconnecting inbox's catch-up. */
    List<InboxChange> between(long from, long to) {
        return jdbc.query(
                "select " + COLUMNS + " from gflow_inbox_change where id > ? and id <= ? order by id",
                (rs, n) -> change(rs),
                from,
                to);
    }

    /** The newest change's id, 0 when there is none. */
    long newest() {
        Long id = jdbc.queryForObject("select max(id) from gflow_inbox_change", Long.class);
        return id == null ? 0 : id;
    }

    /** The oldest change still kept, or null when the log is empty. */
    Long oldest() {
        return jdbc.queryForObject("select min(id) from gflow_inbox_change", Long.class);
    }

    /** Forgets the changes older than this moment. */
    int prune(Instant before) {
        return jdbc.update("delete from gflow_inbox_change where changed_at < ?", Timestamp.from(before));
    }

    private static InboxChange change(ResultSet rs) throws SQLException {
        return new InboxChange(
                rs.getLong("id"),
                rs.getString("task_id"),
                rs.getString("case_id"),
                rs.getString("assignee"),
                rs.getBoolean("task_open"),
                Audience.decode(rs.getString("seen_before")),
                Audience.decode(rs.getString("seen_after")));
    }

    /** A task offered to very many parties: the end of the list is dropped rather than the change. */
    private static String limit(String encoded) {
        if (encoded == null || encoded.length() <= 4000) {
            return encoded;
        }
        String cut = encoded.substring(0, 4000);
        return Objects.requireNonNull(cut.substring(0, cut.lastIndexOf('\n')));
    }
}
