package org.gflow.engine.mycases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.gflow.engine.errors.BadRequestException;
import org.gflow.engine.inbox.ModelNames;
import org.gflow.engine.inbox.SearchTerms;
import org.gflow.engine.paging.PageKey;
import org.gflow.engine.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a person's cases: one query over their own participant rows (newest activity first, by
 * the index on user and activity) joined to each case's summary, narrowed by state and search
 * terms. Pages follow by key — the next page starts after the last case shown (its activity and
 * id) — so a case that moves while the reader pages is never shown twice, and one more row than
 * the page tells whether another page follows, without counting them all.
 */
@Component
class MyCases {

    static final int MAX_SIZE = 50;

    private final JdbcTemplate jdbc;
    private final ModelNames names;

    MyCases(JdbcTemplate jdbc, ModelNames names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    MyCase.Page page(CurrentUser user, String q, String state, String after, int size, boolean english) {
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("size", "size must be between 1 and " + MAX_SIZE + ".");
        }
        StringBuilder sql = new StringBuilder(
                "select p.case_id, p.started, p.worked, p.follows, p.last_activity, s.process_key, s.process_name, "
                        + "s.case_title, s.case_number, s.started_at, s.ended_at from gflow_case_participant p "
                        + "join gflow_case_summary s on s.case_id = p.case_id where p.user_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(user.id()));
        String wanted = state == null || state.isBlank() ? "all" : state.strip().toLowerCase(Locale.ROOT);
        switch (wanted) {
            case "open" -> sql.append(" and s.ended_at is null");
            case "closed" -> sql.append(" and s.ended_at is not null");
            case "all" -> {}
            default -> throw new BadRequestException("state", "state must be open, closed or all.");
        }
        for (String term : SearchTerms.ofQuery(q)) {
            sql.append(" and exists (select 1 from gflow_case_term t where t.case_id = p.case_id "
                    + "and t.term like ? escape '\\')");
            parameters.add(SearchTerms.prefixPattern(term));
        }
        if (after != null && !after.isBlank()) {
            PageKey key = PageKey.read(after);
            sql.append(" and (p.last_activity < ? or (p.last_activity = ? and p.case_id < ?))");
            parameters.add(Timestamp.from(key.at()));
            parameters.add(Timestamp.from(key.at()));
            parameters.add(key.id());
        }
        sql.append(" order by p.last_activity desc, p.case_id desc fetch first ")
                .append(size + 1)
                .append(" rows only");
        List<Row> rows = jdbc.query(sql.toString(), (rs, n) -> row(rs, english), parameters.toArray());
        boolean more = rows.size() > size;
        List<Row> shown = more ? rows.subList(0, size) : rows;
        String next = more ? shown.get(shown.size() - 1).cursor().text() : null;
        return new MyCase.Page(shown.stream().map(Row::item).toList(), more, next, size);
    }

    /** A case as listed, with where the next page starts if it is the page's last. */
    private record Row(MyCase item, PageKey cursor) {}

    private Row row(ResultSet rs, boolean english) throws SQLException {
        String processKey = rs.getString("process_key");
        String processName = rs.getString("process_name");
        if (english) {
            processName = names.english(processKey).orElse(processName);
        }
        Date ended = date(rs, "ended_at");
        MyCase item = new MyCase(
                rs.getString("case_id"),
                rs.getString("case_number"),
                rs.getString("case_title"),
                processKey,
                processName,
                ended == null ? "open" : "closed",
                date(rs, "started_at"),
                ended,
                date(rs, "last_activity"),
                rs.getBoolean("started"),
                rs.getBoolean("worked"),
                rs.getBoolean("follows"));
        return new Row(item, new PageKey(rs.getTimestamp("last_activity").toInstant(), item.caseId()));
    }

    private static Date date(ResultSet rs, String column) throws SQLException {
        var time = rs.getTimestamp(column);
        return time == null ? null : new Date(time.getTime());
    }
}
