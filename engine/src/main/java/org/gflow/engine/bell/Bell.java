package org.gflow.engine.bell;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Posts notices to the bell, in the caller's transaction (so a change rolled back tells nobody). */
@Component
public class Bell {

    private final JdbcTemplate jdbc;

    Bell(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void post(List<Announcement> announcements) {
        if (announcements.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate(
                "insert into gflow_bell_notice (party_kind, party_id, kind, actor_id, task_id, case_id, title, "
                        + "title_en, case_label, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                announcements.stream()
                        .map(notice -> new Object[] {
                            notice.partyKind(),
                            notice.partyId(),
                            notice.kind(),
                            notice.actorId(),
                            notice.taskId(),
                            notice.caseId(),
                            cut(notice.title()),
                            cut(notice.titleEn()),
                            cut(notice.caseLabel()),
                            now
                        })
                        .toList());
    }

    private static String cut(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }
}
