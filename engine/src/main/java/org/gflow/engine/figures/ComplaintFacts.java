package org.gflow.engine.figures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.gflow.processes.calendar.WorkingDayCalendar;
import org.gflow.processes.calendar.WorkingTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes {@code gflow_complaint_fact} from what the engine's history holds of a complaint: its
 * start and end, its variables and when its answer went out to the citizen (the first end of
 * {@code notifyCitizen}). The same rebuild serves the change of one complaint, in that change's
 * transaction, and the backfill of complaints older than the table. Deadlines and the time to
 * answer count working days on the business calendar.
 */
@Component
class ComplaintFacts {

    static final String PROCESS_KEY = "hotline-1516";

    /** The variables a fact is made of: a change of one of them rebuilds the fact. */
    static final List<String> VARIABLES = List.of(
            "trackingNumber",
            "complaintText",
            "responsibleOrg",
            "province",
            "category",
            "verificationDeadline",
            "answerPublished",
            "reopenCount",
            "citizenRating");

    /** The hotline model's default, for a complaint filed without one. */
    private static final String DEFAULT_DEADLINE = "P7D";

    private static final int TITLE_LENGTH = 160;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final WorkingTime workingTime;
    private final WorkingDayCalendar calendar;

    ComplaintFacts(JdbcTemplate jdbc, WorkingTime workingTime) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.workingTime = workingTime;
        this.calendar = new WorkingDayCalendar(workingTime, new DueDateBusinessCalendar());
    }

    /** What a complaint's fact is made of, as read from the engine. */
    record Source(
            String caseId, Instant receivedAt, Instant endedAt, Instant answeredAt, Map<String, Object> variables) {}

    /** Rebuilds the facts of these complaints from the engine's history (those not complaints are skipped). */
    void refresh(Collection<String> caseIds) {
        if (caseIds.isEmpty()) {
            return;
        }
        MapSqlParameterSource cases = new MapSqlParameterSource("cases", List.copyOf(caseIds));
        Map<String, Source> sources = new HashMap<>();
        named.query(
                "select ID_, START_TIME_, END_TIME_ from ACT_HI_PROCINST where ID_ in (:cases) and PROC_DEF_KEY_ = '"
                        + PROCESS_KEY + "'",
                cases,
                row -> {
                    sources.put(
                            row.getString(1),
                            new Source(row.getString(1), instant(row, 2), instant(row, 3), null, new HashMap<>()));
                });
        if (sources.isEmpty()) {
            return;
        }
        Map<String, Instant> answered = new HashMap<>();
        named.query(
                "select PROC_INST_ID_, min(END_TIME_) from ACT_HI_ACTINST where PROC_INST_ID_ in (:cases) "
                        + "and ACT_ID_ = 'notifyCitizen' and END_TIME_ is not null group by PROC_INST_ID_",
                cases,
                row -> {
                    answered.put(row.getString(1), instant(row, 2));
                });
        named.query(
                "select PROC_INST_ID_, NAME_, TEXT_, LONG_ from ACT_HI_VARINST where PROC_INST_ID_ in (:cases) "
                        + "and EXECUTION_ID_ = PROC_INST_ID_ and TASK_ID_ is null and NAME_ in (:names)",
                cases.addValue("names", VARIABLES),
                row -> {
                    Source source = sources.get(row.getString(1));
                    String text = row.getString(3);
                    long number = row.getLong(4);
                    Object value = text != null ? text : row.wasNull() ? null : number;
                    if (source != null && value != null) {
                        source.variables().put(row.getString(2), value);
                    }
                });
        for (Source source : sources.values()) {
            write(new Source(
                    source.caseId(),
                    source.receivedAt(),
                    source.endedAt(),
                    answered.get(source.caseId()),
                    source.variables()));
        }
    }

    /** Writes (or rewrites) one complaint's fact. */
    void write(Source source) {
        Map<String, Object> variables = source.variables();
        Instant deadline = deadline(source.receivedAt(), text(variables.get("verificationDeadline")));
        Instant answeredAt = source.answeredAt();
        Boolean onTime = answeredAt == null || deadline == null ? null : !answeredAt.isAfter(deadline);
        Integer workingDays = answeredAt == null ? null : workingTime.workingDaysLeft(source.receivedAt(), answeredAt);
        Object published = variables.get("answerPublished");
        boolean answerOut = published instanceof Number number ? number.longValue() != 0 : "true".equals(published);
        jdbc.update("delete from gflow_complaint_fact where case_id = ?", source.caseId());
        jdbc.update(
                "insert into gflow_complaint_fact (case_id, case_number, title, organisation, province, category, "
                        + "received_at, deadline_at, answered_at, answered_on_time, working_days_to_answer, "
                        + "answer_out, reopen_count, rating, closed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                source.caseId(),
                text(variables.get("trackingNumber")),
                title(text(variables.get("complaintText"))),
                text(variables.get("responsibleOrg")),
                text(variables.get("province")),
                text(variables.get("category")),
                timestamp(source.receivedAt()),
                timestamp(deadline),
                timestamp(answeredAt),
                onTime,
                workingDays,
                answerOut,
                number(variables.get("reopenCount")) == null ? 0 : number(variables.get("reopenCount")),
                number(variables.get("citizenRating")),
                timestamp(source.endedAt()));
    }

    /** Fills the facts of complaints the table does not hold yet; answers how many. */
    int backfill() {
        List<String> missing = jdbc.queryForList(
                "select p.ID_ from ACT_HI_PROCINST p where p.PROC_DEF_KEY_ = '" + PROCESS_KEY + "' and not exists "
                        + "(select 1 from gflow_complaint_fact f where f.case_id = p.ID_)",
                String.class);
        for (int from = 0; from < missing.size(); from += 200) {
            refresh(missing.subList(from, Math.min(missing.size(), from + 200)));
        }
        return missing.size();
    }

    private Instant deadline(Instant received, String description) {
        if (received == null) {
            return null;
        }
        String duration = description == null || description.isBlank() ? DEFAULT_DEADLINE : description;
        try {
            return calendar.resolveDuedate(duration, Date.from(received)).toInstant();
        } catch (RuntimeException unreadable) {
            return null; // a deadline the calendar cannot read counts as none, never as a failed change
        }
    }

    private static String title(String text) {
        if (text == null) {
            return null;
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= TITLE_LENGTH ? oneLine : oneLine.substring(0, TITLE_LENGTH - 1) + "…";
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Integer number(Object value) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        return value == null ? null : Integer.valueOf(value.toString());
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
