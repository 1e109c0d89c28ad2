package org.gflow.engine.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
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
 * (one row more than the page, to tell whether there is a next) that brings each task's groups
 * and "on behalf of" mark with it, plus the holders' names from the directory's cache. No count of
 * all visible tasks — with a ministry's tens of thousands of open tasks that count alone cost more
 * than the page.
 */
@Component
class TaskList {

    private static final String COLUMNS =
            "w.task_id, w.task_name, w.task_key, w.process_key, w.process_name, w.case_id, "
                    + "w.case_title, w.case_number, w.assignee, w.created_at, w.due_date, og.party_id as offered_to, "
                    + OnBehalfRecords.COLUMNS;

    /** Each task's groups (a row per group) and its "on behalf of" mark, read with the page. */
    private static final String JOINS =
            " left join gflow_work_item_party og on og.task_id = w.task_id and og.kind = 'g'"
                    + OnBehalfRecords.joinedTo("w.task_id");

    /** A task of the page with what its joined rows brought. */
    private record PageRow(TaskSummary task, List<String> groups, OnBehalf onBehalf) {}

    private final JdbcTemplate jdbc;
    private final UserNames userNames;
    private final TermSearch termSearch;
    private final WorkingTime workingTime;
    private final Clock clock;
    private final Timer queryTime;

    TaskList(
            JdbcTemplate jdbc,
            UserNames userNames,
            TermSearch termSearch,
            WorkingTime workingTime,
            MeterRegistry meters) {
        this.jdbc = jdbc;
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
        WorkItemQuery.Statement statement = query.page(COLUMNS, JOINS, request.page() * request.size(), request.size());
        List<PageRow> rows = new ArrayList<>();
        jdbc.query(
                statement.sql(),
                rs -> {
                    String taskId = rs.getString("task_id");
                    if (rows.isEmpty() || !rows.get(rows.size() - 1).task().id().equals(taskId)) {
                        rows.add(new PageRow(row(rs), new ArrayList<>(), OnBehalfRecords.read(taskId, rs)));
                    }
                    String group = rs.getString("offered_to");
                    if (group != null) {
                        rows.get(rows.size() - 1).groups().add(group);
                    }
                },
                statement.parameters());
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
    private List<TaskSummary> withNames(List<PageRow> rows, Instant now) {
        Map<String, String> names = userNames.of(rows.stream()
                .flatMap(row -> Stream.of(
                        row.task().assignee(),
                        row.onBehalf() == null ? null : row.onBehalf().onBehalfOf()))
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return rows.stream().map(row -> withNames(row, names, now)).toList();
    }

    private TaskSummary withNames(PageRow page, Map<String, String> names, Instant now) {
        TaskSummary row = page.task();
        String onBehalfOf = page.onBehalf() == null ? null : page.onBehalf().onBehalfOf();
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
                page.groups().stream().sorted().toList(),
                onBehalfOf,
                onBehalfOf == null ? null : names.get(onBehalfOf));
    }

    private static Date date(Timestamp timestamp) {
        return timestamp == null ? null : new Date(timestamp.getTime());
    }
}
