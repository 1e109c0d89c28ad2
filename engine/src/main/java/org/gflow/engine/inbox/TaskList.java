package org.gflow.engine.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.gflow.engine.absence.OnBehalf;
import org.gflow.engine.absence.OnBehalfRecords;
import org.gflow.engine.security.CurrentUser;
import org.gflow.processes.calendar.WorkingTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The inbox task list, read from the work-item projection only: one indexed query per page
 * (one row more than the page, to tell whether there is a next), plus the assignees' names.
 * No count of all visible tasks — with a ministry's tens of thousands of open tasks that count
 * alone cost more than the page.
 */
@Component
class TaskList {

    private static final String COLUMNS =
            "w.task_id, w.task_name, w.task_key, w.process_key, w.process_name, w.case_id, "
                    + "w.case_title, w.case_number, w.assignee, w.created_at, w.due_date";

    private final JdbcTemplate jdbc;
    private final UserNames userNames;
    private final TermSearch termSearch;
    private final WorkingTime workingTime;
    private final Clock clock;
    private final Timer queryTime;
    private final OnBehalfRecords onBehalf;

    TaskList(
            JdbcTemplate jdbc,
            UserNames userNames,
            TermSearch termSearch,
            WorkingTime workingTime,
            MeterRegistry meters,
            OnBehalfRecords onBehalf) {
        this.jdbc = jdbc;
        this.onBehalf = onBehalf;
        this.userNames = userNames;
        this.termSearch = termSearch;
        this.workingTime = workingTime;
        this.clock = Clock.systemUTC();
        this.queryTime = Timer.builder("gflow.inbox.query")
                .description("The inbox's task-list query over the work-item projection (one page)")
                .register(meters);
    }

    TaskSummary.Page page(TaskListRequest request, CurrentUser user) {
        Instant now = clock.instant();
        WorkItemQuery query = request.toQuery(user, now, workingTime.dueSoonUntil(now));
        Timer.Sample timing = Timer.start();
        termSearch.narrow(query, request.searchTerms());
        WorkItemQuery.Statement statement = query.page(COLUMNS, request.page() * request.size(), request.size());
        List<TaskSummary> rows = jdbc.query(statement.sql(), (rs, n) -> row(rs), statement.parameters());
        timing.stop(queryTime);
        boolean more = rows.size() > request.size();
        List<TaskSummary> items = withNames(more ? rows.subList(0, request.size()) : rows, now);
        return new TaskSummary.Page(items, more, request.page(), request.size(), Date.from(now));
    }

    /** How many tasks the user may see arrived after {@code since}: the web app's cheap poll. */
    long arrivedSince(Date since, CurrentUser user) {
        WorkItemQuery query = WorkItemQuery.visibleTo(user).where("w.created_at > ?", new Timestamp(since.getTime()));
        WorkItemQuery.Statement count = query.count();
        Long arrived = jdbc.queryForObject(count.sql(), Long.class, count.parameters());
        return arrived == null ? 0 : arrived;
    }

    Date now() {
        return Date.from(clock.instant());
    }

    private static TaskSummary row(ResultSet rs) throws SQLException {
        return new TaskSummary(
                rs.getString("task_id"),
                rs.getString("task_name"),
                rs.getString("task_key"),
                rs.getString("process_key"),
                rs.getString("process_name"),
                rs.getString("case_id"),
                rs.getString("case_title"),
                rs.getString("case_number"),
                rs.getString("assignee"),
                null,
                date(rs.getTimestamp("created_at")),
                date(rs.getTimestamp("due_date")),
                null,
                List.of(),
                null,
                null);
    }

    /**
     * The page's rows with their holders' names, the working days left to their due dates, the
     * groups they are offered to (which name their organisations) and, for a task a delegate
     * holds, whom they hold it for.
     */
    private List<TaskSummary> withNames(List<TaskSummary> rows, Instant now) {
        List<String> taskIds = rows.stream().map(TaskSummary::id).toList();
        Map<String, OnBehalf> delegated = onBehalf.of(taskIds);
        Map<String, String> names = userNames.of(Stream.concat(
                        rows.stream().map(TaskSummary::assignee),
                        delegated.values().stream().map(OnBehalf::onBehalfOf))
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        Map<String, List<String>> groups = candidateGroupsOf(taskIds);
        return rows.stream()
                .map(row -> withNames(row, names, groups, delegated.get(row.id()), now))
                .toList();
    }

    private TaskSummary withNames(
            TaskSummary row,
            Map<String, String> names,
            Map<String, List<String>> groups,
            OnBehalf delegated,
            Instant now) {
        String onBehalfOf = delegated == null ? null : delegated.onBehalfOf();
        return new TaskSummary(
                row.id(),
                row.name(),
                row.taskKey(),
                row.processKey(),
                row.processName(),
                row.processInstanceId(),
                row.caseTitle(),
                row.trackingNumber(),
                row.assignee(),
                row.assignee() == null ? null : names.get(row.assignee()),
                row.created(),
                row.due(),
                row.due() == null
                        ? null
                        : workingTime.workingDaysLeft(now, row.due().toInstant()),
                groups.getOrDefault(row.id(), List.of()),
                onBehalfOf,
                onBehalfOf == null ? null : names.get(onBehalfOf));
    }

    private Map<String, List<String>> candidateGroupsOf(List<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> groups = new HashMap<>();
        jdbc.query(
                "select task_id, party_id from gflow_work_item_party where kind = 'g' and task_id in ("
                        + String.join(", ", Collections.nCopies(taskIds.size(), "?")) + ") order by party_id",
                rs -> {
                    groups.computeIfAbsent(rs.getString("task_id"), id -> new ArrayList<>())
                            .add(rs.getString("party_id"));
                },
                taskIds.toArray());
        return groups;
    }

    private static Date date(Timestamp timestamp) {
        return timestamp == null ? null : new Date(timestamp.getTime());
    }
}
