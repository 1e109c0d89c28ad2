package org.gflow.engine.mycases;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gflow.engine.inbox.CaseFacts;
import org.gflow.engine.inbox.ModelNames;
import org.gflow.engine.inbox.SearchTerms;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes what "My cases" reads, from the engine's own history tables in the current transaction:
 * a case's summary and search terms (rebuilt whole, so a new case, a changed title and an ended
 * case are the same work) and who takes part in it.
 */
@Component
class CaseRecords {

    /** Cases rebuilt per statement: keeps IN lists short on every database. */
    static final int BATCH = 200;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ModelNames names;

    CaseRecords(JdbcTemplate jdbc, ModelNames names) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.names = names;
    }

    /**
     * Rebuilds the summaries and terms of these cases as the history holds them now. {@code
     * activity}: when the case last moved, null to take it from the history (its end, else its
     * start — for cases recorded after the fact).
     */
    void refresh(Collection<String> caseIds, Timestamp activity) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(caseIds));
        for (int from = 0; from < ids.size(); from += BATCH) {
            refreshBatch(ids.subList(from, Math.min(ids.size(), from + BATCH)), activity);
        }
    }

    private void refreshBatch(List<String> ids, Timestamp activity) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("ids", ids).addValue("names", CaseFacts.ALL);
        Map<String, Map<String, Object>> facts = new HashMap<>();
        named.query(
                "select PROC_INST_ID_, NAME_, TEXT_ from ACT_HI_VARINST where PROC_INST_ID_ in (:ids) "
                        + "and NAME_ in (:names) and TASK_ID_ is null and TEXT_ is not null",
                parameters,
                row -> {
                    facts.computeIfAbsent(row.getString(1), id -> new HashMap<>())
                            .put(row.getString(2), row.getString(3));
                });
        List<Object[]> summaries = new ArrayList<>();
        List<Object[]> terms = new ArrayList<>();
        named.query(
                "select h.ID_, h.PROC_DEF_KEY_, d.NAME_, h.BUSINESS_KEY_, h.START_TIME_, h.END_TIME_ "
                        + "from ACT_HI_PROCINST h left join ACT_RE_PROCDEF d on d.ID_ = h.PROC_DEF_ID_ "
                        + "where h.ID_ in (:ids)",
                parameters,
                row -> {
                    String caseId = row.getString(1);
                    String processKey = row.getString(2);
                    String processName = row.getString(3);
                    Map<String, Object> variables = facts.getOrDefault(caseId, Map.of());
                    String title = CaseFacts.title(variables);
                    String number = CaseFacts.number(variables);
                    if (number == null) {
                        number = row.getString(4);
                    }
                    Timestamp started = row.getTimestamp(5);
                    Timestamp ended = row.getTimestamp(6);
                    Timestamp last = activity != null ? activity : ended != null ? ended : started;
                    summaries.add(new Object[] {
                        caseId, processKey, processName, cut(title, 500), cut(number, 64), started, ended, last
                    });
                    Set<String> words = new LinkedHashSet<>();
                    words.addAll(SearchTerms.of(title));
                    words.addAll(SearchTerms.of(number));
                    words.addAll(SearchTerms.of(processName));
                    names.english(processKey).ifPresent(english -> words.addAll(SearchTerms.of(english)));
                    words.forEach(term -> terms.add(new Object[] {caseId, term}));
                });
        named.update("delete from gflow_case_term where case_id in (:ids)", parameters);
        named.update("delete from gflow_case_summary where case_id in (:ids)", parameters);
        jdbc.batchUpdate(
                "insert into gflow_case_summary (case_id, process_key, process_name, case_title, case_number, "
                        + "started_at, ended_at, last_activity) values (?, ?, ?, ?, ?, ?, ?, ?)",
                summaries);
        jdbc.batchUpdate("insert into gflow_case_term (case_id, term) values (?, ?)", terms);
        if (activity != null) {
            named.update(
                    "update gflow_case_participant set last_activity = :at where case_id in (:ids)",
                    parameters.addValue("at", activity));
        }
    }

    /** Records that a person takes part in a case this way; their row carries the case's last activity. */
    void mark(String caseId, String userId, Participation participation) {
        String column = participation.column();
        int updated = jdbc.update(
                "update gflow_case_participant set " + column + " = true where user_id = ? and case_id = ?",
                userId,
                caseId);
        if (updated == 0) {
            jdbc.update(
                    "insert into gflow_case_participant (user_id, case_id, started, worked, follows, last_activity) "
                            + "select ?, s.case_id, ?, ?, ?, s.last_activity from gflow_case_summary s "
                            + "where s.case_id = ?",
                    userId,
                    participation == Participation.STARTED,
                    participation == Participation.WORKED,
                    participation == Participation.FOLLOWS,
                    caseId);
        }
    }

    /**
     * Records whether the case's answer is out; true when this makes it so (it was not before), the
     * moment its followers are told.
     */
    boolean answerOut(String caseId, boolean out) {
        if (!out) {
            jdbc.update("delete from gflow_case_answered where case_id = ?", caseId);
            return false;
        }
        return jdbc.update(
                        "insert into gflow_case_answered (case_id) select cast(? as varchar(64)) "
                                + "where not exists (select 1 from gflow_case_answered where case_id = ?)",
                        caseId,
                        caseId)
                == 1;
    }

    /** An ended case's answer can no longer change: its row goes, so the table holds open cases only. */
    void forgetAnswers(Collection<String> closedCaseIds) {
        if (!closedCaseIds.isEmpty()) {
            named.update(
                    "delete from gflow_case_answered where case_id in (:ids)",
                    new MapSqlParameterSource("ids", closedCaseIds));
        }
    }

    /**
     * The same for every case that has ended, for rows an older G-Flow kept: read from the small
     * table of answers, each looked up in the history by its key.
     */
    void forgetAnswersOfEndedCases() {
        jdbc.update("delete from gflow_case_answered a where exists (select 1 from ACT_HI_PROCINST h "
                + "where h.ID_ = a.case_id and h.END_TIME_ is not null)");
    }

    /** Stops following a case; a person who no longer takes part in it in any way loses its row. */
    void unfollow(String caseId, String userId) {
        jdbc.update(
                "update gflow_case_participant set follows = false where user_id = ? and case_id = ?", userId, caseId);
        jdbc.update(
                "delete from gflow_case_participant where user_id = ? and case_id = ? "
                        + "and started = false and worked = false and follows = false",
                userId,
                caseId);
    }

    boolean summarised(String caseId) {
        Integer found =
                jdbc.queryForObject("select count(*) from gflow_case_summary where case_id = ?", Integer.class, caseId);
        return found != null && found > 0;
    }

    boolean follows(String caseId, String userId) {
        Integer found = jdbc.queryForObject(
                "select count(*) from gflow_case_participant where user_id = ? and case_id = ? and follows = true",
                Integer.class,
                userId,
                caseId);
        return found != null && found > 0;
    }

    /** Who follows these cases. */
    List<Follower> followers(Collection<String> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return named.query(
                "select p.user_id, p.case_id, s.case_number, s.case_title from gflow_case_participant p "
                        + "join gflow_case_summary s on s.case_id = p.case_id "
                        + "where p.case_id in (:ids) and p.follows = true",
                new MapSqlParameterSource("ids", List.copyOf(caseIds)),
                (row, n) -> new Follower(row.getString(1), row.getString(2), row.getString(3), row.getString(4)));
    }

    /** A follower of a case, with what names the case on their bell. */
    record Follower(String userId, String caseId, String caseNumber, String caseTitle) {

        String caseLabel() {
            return caseNumber != null ? caseNumber : caseTitle;
        }
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
