package org.gflow.engine.absence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tasks that went to a delegate ({@code gflow_task_on_behalf}), written in the same transaction
 * as the assignment, read by the inbox and the case history to say "on behalf of".
 */
@Component
public class OnBehalfRecords {

    private final JdbcTemplate jdbc;

    OnBehalfRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The columns a query reads a task's mark by, after joining {@link #joinedTo}; read them back
     * with {@link #read}.
     */
    public static final String COLUMNS = "ob.delegate_id as on_behalf_delegate, ob.on_behalf_of as on_behalf_of";

    /** A left join of the marks to a query's tasks, whose ids are in {@code taskIdColumn}. */
    public static String joinedTo(String taskIdColumn) {
        return " left join gflow_task_on_behalf ob on ob.task_id = " + taskIdColumn;
    }

    /** The mark read by {@link #COLUMNS} on a row of this task, or null when the task has none. */
    public static OnBehalf read(String taskId, ResultSet row) throws SQLException {
        String delegate = row.getString("on_behalf_delegate");
        return delegate == null ? null : new OnBehalf(taskId, delegate, row.getString("on_behalf_of"));
    }

    /** The "on behalf of" marks of these tasks, by task id; tasks without one are not in the answer. */
    public Map<String, OnBehalf> of(Collection<String> taskIds) {
        return TaskMarks.of(
                jdbc,
                "select ob.task_id, " + COLUMNS + " from gflow_task_on_behalf ob",
                taskIds,
                (row, n) -> read(row.getString("task_id"), row));
    }

    Optional<OnBehalf> of(String taskId) {
        return Optional.ofNullable(of(List.of(taskId)).get(taskId));
    }

    void record(String taskId, String caseId, String delegateId, String onBehalfOf, Instant now) {
        forget(taskId);
        jdbc.update(
                "insert into gflow_task_on_behalf (task_id, case_id, delegate_id, on_behalf_of, assigned_at) "
                        + "values (?, ?, ?, ?, ?)",
                taskId,
                caseId,
                delegateId,
                onBehalfOf,
                Timestamp.from(now));
    }

    void forget(String taskId) {
        jdbc.update("delete from gflow_task_on_behalf where task_id = ?", taskId);
    }
}
