package org.gflow.engine.inbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gflow.engine.bell.Announcement;
import org.gflow.engine.bell.Bell;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells the bell of the work-item changes people want to hear of, from the same before-and-after
 * audiences the live inbox uses: a task newly offered to a group while nobody holds it
 * ({@code task-offered}, to the group), and a task handed to a person by someone else or by the
 * process — a letter returned to its drafter, a task assigned by a supervisor
 * ({@code task-assigned}, to the person). Who caused the change is not told of it.
 */
@Component
class TaskNotices {

    static final String OFFERED = "task-offered";
    static final String ASSIGNED = "task-assigned";

    private final JdbcTemplate jdbc;
    private final Bell bell;

    TaskNotices(JdbcTemplate jdbc, Bell bell) {
        this.jdbc = jdbc;
        this.bell = bell;
    }

    void tell(Collection<String> taskIds, Map<String, Audience> before, Map<String, Audience> after, String actorId) {
        List<Pending> pending = new ArrayList<>();
        for (String taskId : taskIds) {
            Audience is = after.get(taskId);
            if (is == null || is.isEmpty()) {
                continue;
            }
            Audience was = before.getOrDefault(taskId, Audience.NOBODY);
            if (is.assignee() == null) {
                is.groups().stream()
                        .filter(group -> !was.groups().contains(group))
                        .forEach(group -> pending.add(new Pending(taskId, Announcement.GROUP, group, OFFERED)));
            } else if (!is.assignee().equals(was.assignee())) {
                pending.add(new Pending(taskId, Announcement.PERSON, is.assignee(), ASSIGNED));
            }
        }
        if (pending.isEmpty()) {
            return;
        }
        Map<String, String[]> titles =
                titlesOf(pending.stream().map(Pending::taskId).distinct().toList());
        bell.post(pending.stream()
                .filter(notice -> titles.containsKey(notice.taskId()))
                .map(notice -> {
                    String[] title = titles.get(notice.taskId());
                    return new Announcement(
                            notice.partyKind(),
                            notice.partyId(),
                            notice.kind(),
                            actorId,
                            notice.taskId(),
                            title[0],
                            title[1],
                            title[2],
                            title[3]);
                })
                .toList());
    }

    /** Each task's case, Lao and English names and case label, from the projection just refreshed. */
    private Map<String, String[]> titlesOf(List<String> taskIds) {
        Map<String, String[]> titles = new HashMap<>();
        jdbc.query(
                "select task_id, case_id, task_name, task_name_en, case_number, case_title from gflow_work_item "
                        + "where task_id in (" + String.join(", ", Collections.nCopies(taskIds.size(), "?")) + ")",
                rs -> {
                    String number = rs.getString("case_number");
                    titles.put(rs.getString("task_id"), new String[] {
                        rs.getString("case_id"),
                        rs.getString("task_name") == null ? "" : rs.getString("task_name"),
                        rs.getString("task_name_en"),
                        number != null ? number : rs.getString("case_title")
                    });
                },
                taskIds.toArray());
        return titles;
    }

    private record Pending(String taskId, String partyKind, String partyId, String kind) {}
}
