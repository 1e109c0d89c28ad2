package org.gflow.engine.inbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the inbox's work-item projection ({@code gflow_work_item} and its parties and search
 * terms) from the engine's own task, identity-link and variable tables. A refresh rebuilds the
 * rows of the given tasks from what the engine holds in the current transaction, so it is the
 * same for a new task, a claim, a re-offer, a changed case title or a finished task (whose rows
 * simply go).
 */
@Component
class WorkItemProjection {

    /** Tasks refreshed per statement: keeps IN lists short on every database. */
    private static final int BATCH = 200;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ModelNames names;

    WorkItemProjection(JdbcTemplate jdbc, ModelNames names) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.names = names;
    }

    /**
     * Rebuilds the rows of these tasks; a task no longer open loses its rows. Answers who may see
     * each task that is still open (a finished task is not in the answer).
     */
    Map<String, Audience> refresh(Collection<String> taskIds) {
        return refresh(taskIds, new HashMap<>());
    }

    /** {@link #refresh(Collection)}, noting the case of each task still open in {@code cases}. */
    Map<String, Audience> refresh(Collection<String> taskIds, Map<String, String> cases) {
        List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(taskIds));
        Map<String, Audience> audiences = new HashMap<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            refreshBatch(ids.subList(from, Math.min(ids.size(), from + BATCH)), audiences, cases);
        }
        return audiences;
    }

    /** The open tasks of these cases: their title or number changed. */
    List<String> openTasksOf(Collection<String> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return named.queryForList(
                "select ID_ from ACT_RU_TASK where PROC_INST_ID_ in (:cases)",
                new MapSqlParameterSource("cases", List.copyOf(caseIds)),
                String.class);
    }

    /**
     * Who may see these tasks as the projection holds them now (before a refresh: as they were),
     * noting the case of each in {@code cases}.
     */
    Map<String, Audience> audiences(Collection<String> taskIds, Map<String, String> cases) {
        Map<String, Audience> audiences = new HashMap<>();
        List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(taskIds));
        for (int from = 0; from < ids.size(); from += BATCH) {
            named.query(
                    "select w.task_id, w.case_id, w.assignee, w.owner_id, p.kind, p.party_id from gflow_work_item w "
                            + "left join gflow_work_item_party p on p.task_id = w.task_id where w.task_id in (:ids)",
                    new MapSqlParameterSource("ids", ids.subList(from, Math.min(ids.size(), from + BATCH))),
                    row -> {
                        if (row.getString("case_id") != null) {
                            cases.put(row.getString("task_id"), row.getString("case_id"));
                        }
                        Audience audience = audiences.computeIfAbsent(
                                row.getString("task_id"),
                                id -> new Audience(
                                        uncheckedString(row, "assignee"),
                                        uncheckedString(row, "owner_id"),
                                        List.of(),
                                        List.of()));
                        if (row.getString("kind") != null) {
                            audiences.put(
                                    row.getString("task_id"),
                                    audience.withParty(row.getString("kind").trim(), row.getString("party_id")));
                        }
                    });
        }
        return audiences;
    }

    /**
     * Brings the projection in line with the engine's open tasks: adds the missing, drops the
     * finished, and rebuilds the rows written before work items kept their task's key, English name
     * and search text (on the work item and on each of its parties), and those whose English name
     * the models' list has changed since. Running it again changes nothing.
     */
    int backfill() {
        List<String> missing = jdbc.queryForList(
                "select t.ID_ from ACT_RU_TASK t where not exists "
                        + "(select 1 from gflow_work_item w where w.task_id = t.ID_)",
                String.class);
        List<String> gone = jdbc.queryForList(
                "select w.task_id from gflow_work_item w where not exists "
                        + "(select 1 from ACT_RU_TASK t where t.ID_ = w.task_id)",
                String.class);
        List<String> withoutKey = jdbc.queryForList(
                "select w.task_id from gflow_work_item w join ACT_RU_TASK t "
                        + "on t.ID_ = w.task_id where (w.task_key is null and t.TASK_DEF_KEY_ is not null) "
                        + "or w.task_name_en is null or w.search_text is null or exists (select 1 from "
                        + "gflow_work_item_party p where p.task_id = w.task_id and p.search_text is null)",
                String.class);
        List<String> renamed = renamedSinceWritten();
        refresh(Stream.of(missing, gone, withoutKey, renamed)
                .flatMap(List::stream)
                .toList());
        return missing.size() + gone.size() + withoutKey.size() + renamed.size();
    }

    /** The work items whose task the models' list now names differently in English. */
    private List<String> renamedSinceWritten() {
        List<String> renamedKeys = new ArrayList<>();
        jdbc.query(
                "select distinct task_key, task_name_en from gflow_work_item where task_key is not null "
                        + "and task_name_en is not null",
                row -> {
                    String key = row.getString("task_key");
                    String written = row.getString("task_name_en");
                    names.english(key)
                            .filter(english -> !limit(english, 255).equals(written))
                            .ifPresent(english -> renamedKeys.add(key));
                });
        if (renamedKeys.isEmpty()) {
            return List.of();
        }
        return named.queryForList(
                "select task_id from gflow_work_item where task_key in (:keys)",
                new MapSqlParameterSource("keys", renamedKeys),
                String.class);
    }

    private void refreshBatch(List<String> taskIds, Map<String, Audience> audiences, Map<String, String> cases) {
        MapSqlParameterSource ids = new MapSqlParameterSource("ids", taskIds);
        for (String table : List.of("gflow_work_item_term", "gflow_work_item_party", "gflow_work_item")) {
            named.update("delete from " + table + " where task_id in (:ids)", ids);
        }
        List<Map<String, Object>> tasks = named.queryForList(
                "select t.ID_, t.NAME_, t.TASK_DEF_KEY_, t.PROC_INST_ID_, t.ASSIGNEE_, "
                        + "t.OWNER_, t.DUE_DATE_, t.CREATE_TIME_, t.PRIORITY_, d.KEY_ as PROC_KEY, d.NAME_ as PROC_NAME "
                        + "from ACT_RU_TASK t left join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_ where t.ID_ in (:ids)",
                ids);
        if (tasks.isEmpty()) {
            return;
        }
        Map<String, List<String>> groups = new HashMap<>();
        Map<String, List<String>> users = new HashMap<>();
        named.query(
                "select TASK_ID_, GROUP_ID_, USER_ID_ from ACT_RU_IDENTITYLINK where TYPE_ = 'candidate' "
                        + "and TASK_ID_ in (:ids) order by ID_",
                ids,
                row -> {
                    String taskId = row.getString("TASK_ID_");
                    if (row.getString("GROUP_ID_") != null) {
                        groups.computeIfAbsent(taskId, id -> new ArrayList<>()).add(row.getString("GROUP_ID_"));
                    } else if (row.getString("USER_ID_") != null) {
                        users.computeIfAbsent(taskId, id -> new ArrayList<>()).add(row.getString("USER_ID_"));
                    }
                });
        Map<String, Map<String, Object>> facts = caseVariables(tasks.stream()
                .map(task -> (String) task.get("PROC_INST_ID_"))
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        for (Map<String, Object> task : tasks) {
            String taskId = (String) task.get("ID_");
            if (task.get("PROC_INST_ID_") != null) {
                cases.put(taskId, (String) task.get("PROC_INST_ID_"));
            }
            List<String> taskGroups = groups.getOrDefault(taskId, List.of());
            List<String> taskUsers = users.getOrDefault(taskId, List.of());
            insert(task, facts.getOrDefault((String) task.get("PROC_INST_ID_"), Map.of()), taskGroups, taskUsers);
            audiences.put(
                    taskId,
                    new Audience(
                            (String) task.get("ASSIGNEE_"),
                            (String) task.get("OWNER_"),
                            taskUsers.stream().distinct().toList(),
                            taskGroups.stream().distinct().toList()));
        }
    }

    private void insert(
            Map<String, Object> task, Map<String, Object> variables, List<String> groups, List<String> users) {
        String taskId = (String) task.get("ID_");
        String title = CaseFacts.title(variables);
        String number = CaseFacts.number(variables);
        String name = (String) task.get("NAME_");
        String englishName = englishName((String) task.get("TASK_DEF_KEY_"), name);
        Set<String> terms = terms(title, number, name, englishName);
        String searchText = SearchTerms.asText(terms);
        jdbc.update(
                "insert into gflow_work_item (task_id, task_name, task_name_en, task_key, case_id, process_key, "
                        + "process_name, case_title, case_number, organisation, assignee, owner_id, due_date, "
                        + "created_at, priority, search_text) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                taskId,
                name,
                englishName,
                task.get("TASK_DEF_KEY_"),
                task.get("PROC_INST_ID_"),
                task.get("PROC_KEY"),
                task.get("PROC_NAME"),
                limit(title, 500),
                limit(number, 64),
                groups.stream()
                        .map(WorkItemProjection::organisationOf)
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse(null),
                task.get("ASSIGNEE_"),
                task.get("OWNER_"),
                task.get("DUE_DATE_"),
                task.get("CREATE_TIME_"),
                task.get("PRIORITY_") == null ? 50 : ((Number) task.get("PRIORITY_")).intValue(),
                searchText);
        Object created = task.get("CREATE_TIME_");
        List<Object[]> parties = new ArrayList<>();
        groups.stream()
                .distinct()
                .forEach(group -> parties.add(new Object[] {"g", group, taskId, created, searchText}));
        users.stream().distinct().forEach(user -> parties.add(new Object[] {"u", user, taskId, created, searchText}));
        jdbc.batchUpdate(
                "insert into gflow_work_item_party (kind, party_id, task_id, created_at, search_text) "
                        + "values (?, ?, ?, ?, ?)",
                parties);
        List<Object[]> termRows =
                terms.stream().map(term -> new Object[] {term, taskId}).collect(Collectors.toList());
        jdbc.batchUpdate("insert into gflow_work_item_term (term, task_id) values (?, ?)", termRows);
    }

    /**
     * The task's name for an English reader: the model list's English name of its key, else the
     * model's own name, never null (a row without it is one written before it was kept).
     */
    private String englishName(String taskKey, String ownName) {
        return limit(names.english(taskKey).orElse(ownName == null ? "" : ownName), 255);
    }

    /**
     * The search terms of a work item: the words of its case title and number and of its task's
     * name in Lao and English, so each reader finds a task by the name they see.
     */
    static Set<String> terms(String title, String number, String name, String englishName) {
        return Stream.of(title, number, name, englishName)
                .filter(Objects::nonNull)
                .flatMap(text -> SearchTerms.of(text).stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The case-level title and number variables (a task-local one of the same name is not the case's). */
    private Map<String, Map<String, Object>> caseVariables(List<String> caseIds) {
        if (caseIds.isEmpty()) {
            return Collections.emptyMap();
        }
        Map<String, Map<String, Object>> byCase = new HashMap<>();
        named.query(
                "select PROC_INST_ID_, NAME_, TEXT_, LONG_, DOUBLE_ from ACT_RU_VARIABLE "
                        + "where PROC_INST_ID_ in (:cases) and EXECUTION_ID_ = PROC_INST_ID_ and TASK_ID_ is null "
                        + "and NAME_ in (:names)",
                new MapSqlParameterSource("cases", caseIds).addValue("names", CaseFacts.ALL),
                row -> {
                    Object value = row.getString("TEXT_");
                    if (value == null) {
                        value = row.getObject("LONG_") != null ? row.getObject("LONG_") : row.getObject("DOUBLE_");
                    }
                    if (value != null) {
                        byCase.computeIfAbsent(row.getString("PROC_INST_ID_"), id -> new HashMap<>())
                                .put(row.getString("NAME_"), value);
                    }
                });
        return byCase;
    }

    private static String uncheckedString(java.sql.ResultSet row, String column) {
        try {
            return row.getString(column);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String organisationOf(String group) {
        int dash = group.indexOf('-');
        return dash > 0 ? group.substring(0, dash) : null;
    }

    private static String limit(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
