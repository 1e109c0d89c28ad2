package org.gflow.engine.absence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Escalation steps that passed over an absent person ({@code gflow_task_passed_over}), written in
 * the same transaction as the assignment, read by the case history to say so.
 */
@Component
public class PassedOverRecords {

    private final JdbcTemplate jdbc;

    PassedOverRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The marks of these tasks, by task id; tasks that passed over no one are not in the answer. */
    public Map<String, PassedOver> of(Collection<String> taskIds) {
        return TaskMarks.of(
                jdbc,
                "select task_id, passed_over, taken_by from gflow_task_passed_over",
                taskIds,
                (row, n) -> new PassedOver(
                        row.getString("task_id"), row.getString("passed_over"), row.getString("taken_by")));
    }

    /** The latest passing over of a task is the one it tells (a task handed on again replaces it). */
    void record(String taskId, String caseId, String passedOver, String takenBy, Instant now) {
        jdbc.update("delete from gflow_task_passed_over where task_id = ?", taskId);
        jdbc.update(
                "insert into gflow_task_passed_over (task_id, case_id, passed_over, taken_by, recorded_at) "
                        + "values (?, ?, ?, ?, ?)",
                taskId,
                caseId,
                passedOver,
                takenBy,
                Timestamp.from(now));
    }
}
