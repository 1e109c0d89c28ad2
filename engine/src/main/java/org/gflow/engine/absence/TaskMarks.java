package org.gflow.engine.absence;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** Reads the marks absences leave on tasks, by task id, a bounded batch of ids per query. */
final class TaskMarks {

    private static final int BATCH = 200;

    private TaskMarks() {}

    /**
     * The marks of these tasks, by task id. {@code select} is the query up to its {@code where}:
     * it must select a {@code task_id} column.
     */
    static <T> Map<String, T> of(JdbcTemplate jdbc, String select, Collection<String> taskIds, RowMapper<T> mark) {
        List<String> ids = taskIds.stream().distinct().toList();
        Map<String, T> marks = new HashMap<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            jdbc.query(
                    select + " where task_id in (" + String.join(", ", Collections.nCopies(batch.size(), "?")) + ")",
                    row -> {
                        marks.put(row.getString("task_id"), mark.mapRow(row, 0));
                    },
                    batch.toArray());
        }
        return marks;
    }
}
