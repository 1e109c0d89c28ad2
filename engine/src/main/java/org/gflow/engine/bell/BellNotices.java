package org.gflow.engine.bell;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.gflow.engine.errors.BadRequestException;
import org.gflow.engine.errors.ProblemException;
import org.gflow.engine.security.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's bell: the notices addressed to them or to one of their groups, but those they caused
 * themselves; the latest {@link #LATEST} only, newest first; their unread count, bounded. A
 * notice addressed to someone else is not found, whoever asks (administrators too: a bell is
 * personal).
 */
@Component
class BellNotices {

    /** The bell lists this many of the latest notices, in pages. */
    static final int LATEST = 50;

    /** The unread count stops here ("99+"): it never walks every notice. */
    static final int UNREAD_BOUND = 99;

    private final JdbcTemplate jdbc;

    BellNotices(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    BellPage page(CurrentUser user, int page, int size, boolean english) {
        if (size < 1 || size > LATEST) {
            throw new BadRequestException("size", "size must be between 1 and " + LATEST + ".");
        }
        if (page < 0 || page * size >= LATEST) {
            throw new BadRequestException("page", "The bell keeps the latest " + LATEST + " notices; page is too far.");
        }
        int first = page * size;
        int wanted = Math.min(size + 1, LATEST - first);
        Addressed addressed = Addressed.to(user);
        List<Object> parameters = new ArrayList<>(List.of(user.id(), user.id()));
        parameters.addAll(addressed.parameters());
        List<BellItem> rows = jdbc.query(
                "select n.id, n.kind, n.title, n.title_en, n.case_label, n.task_id, n.case_id, n.created_at, "
                        + "case when n.id <= coalesce((select c.read_through from gflow_bell_cursor c where c.user_id = ?), 0) "
                        + "then true else false end as all_read, "
                        + "exists (select 1 from gflow_bell_read r where r.notice_id = n.id and r.user_id = ?) as one_read "
                        + "from gflow_bell_notice n where " + addressed.condition() + " order by n.id desc offset "
                        + first + " rows fetch next " + wanted + " rows only",
                (rs, n) -> new BellItem(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        english && rs.getString("title_en") != null ? rs.getString("title_en") : rs.getString("title"),
                        rs.getString("case_label"),
                        rs.getString("task_id"),
                        rs.getString("case_id"),
                        new Date(rs.getTimestamp("created_at").getTime()),
                        rs.getBoolean("all_read") || rs.getBoolean("one_read")),
                parameters.toArray());
        boolean more = rows.size() > size;
        return new BellPage(more ? rows.subList(0, size) : rows, more, page, size, unread(user));
    }

    BellUnread unread(CurrentUser user) {
        Addressed addressed = Addressed.to(user);
        List<Object> parameters = new ArrayList<>(addressed.parameters());
        parameters.add(user.id());
        parameters.add(user.id());
        int[] rows = {0};
        jdbc.query(
                "select n.id from gflow_bell_notice n where " + addressed.condition()
                        + " and n.id > coalesce((select c.read_through from gflow_bell_cursor c where c.user_id = ?), 0)"
                        + " and not exists (select 1 from gflow_bell_read r where r.notice_id = n.id and r.user_id = ?)"
                        + " order by n.id desc fetch first " + (UNREAD_BOUND + 1) + " rows only",
                row -> {
                    rows[0]++;
                },
                parameters.toArray());
        return new BellUnread(Math.min(rows[0], UNREAD_BOUND), rows[0] > UNREAD_BOUND);
    }

    /** Marks one notice read; one addressed to someone else is not found. */
    @Transactional
    void markRead(CurrentUser user, long noticeId) {
        Addressed addressed = Addressed.to(user);
        List<Object> parameters = new ArrayList<>(addressed.parameters());
        parameters.add(noticeId);
        Integer found = jdbc.queryForObject(
                "select count(*) from gflow_bell_notice n where " + addressed.condition() + " and n.id = ?",
                Integer.class,
                parameters.toArray());
        if (found == null || found == 0) {
            throw ProblemException.notFound();
        }
        try {
            jdbc.update("insert into gflow_bell_read (user_id, notice_id) values (?, ?)", user.id(), noticeId);
        } catch (DuplicateKeyException alreadyRead) {
            // read twice: still read
        }
    }

    /** Marks every notice so far read: one cursor per person, and the single marks below it are dropped. */
    @Transactional
    void markAllRead(CurrentUser user) {
        Long newest = jdbc.queryForObject("select max(id) from gflow_bell_notice", Long.class);
        if (newest == null) {
            return;
        }
        int updated = jdbc.update(
                "update gflow_bell_cursor set read_through = ? where user_id = ? and read_through < ?",
                newest,
                user.id(),
                newest);
        if (updated == 0) {
            try {
                jdbc.update("insert into gflow_bell_cursor (user_id, read_through) values (?, ?)", user.id(), newest);
            } catch (DuplicateKeyException cursorExists) {
                // the cursor was already there (and as far), or another tab wrote it just now
            }
        }
        jdbc.update("delete from gflow_bell_read where user_id = ? and notice_id <= ?", user.id(), newest);
    }

    /** The notices addressed to a person: to them or to one of their groups, not of their own doing. */
    private record Addressed(String condition, List<Object> parameters) {

        static Addressed to(CurrentUser user) {
            List<Object> parameters = new ArrayList<>(List.of(user.id()));
            String groups = "";
            if (!user.groupIds().isEmpty()) {
                groups = " or (n.party_kind = 'g' and n.party_id in ("
                        + String.join(", ", Collections.nCopies(user.groupIds().size(), "?")) + "))";
                parameters.addAll(user.groupIds());
            }
            parameters.add(user.id());
            return new Addressed(
                    "((n.party_kind = 'u' and n.party_id = ?)" + groups
                            + ") and (n.actor_id is null or n.actor_id <> ?)",
                    parameters);
        }
    }
}
