package org.gflow.engine.inbox;

import java.time.Clock;
import org.gflow.engine.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How many tasks a task-list request shows a person, counted no further than a bound: the query
 * is the list's own (its visibility rule included) and reads at most {@code bound + 1} rows, so a
 * count never walks every visible task. Rows are read rather than {@code count(*)}-ed, as a count
 * over the bounded subquery was the slower of the two on H2 ({@link TermSearch}).
 */
@Component
public class TaskCount {

    /** A count up to its bound; {@code more}: there are more than {@code count}. */
    public record Bounded(int count, boolean more) {}

    private final JdbcTemplate jdbc;
    private final TermSearch termSearch;
    private final Clock clock = Clock.systemUTC();

    TaskCount(JdbcTemplate jdbc, TermSearch termSearch) {
        this.jdbc = jdbc;
        this.termSearch = termSearch;
    }

    public Bounded upTo(int bound, TaskListRequest request, CurrentUser user) {
        WorkItemQuery query = request.toQuery(user, clock.instant());
        termSearch.narrow(query, request.searchTerms());
        WorkItemQuery.Statement page = query.keys(0, bound);
        int[] rows = {0};
        jdbc.query(
                page.sql(),
                row -> {
                    rows[0]++;
                },
                page.parameters());
        return new Bounded(Math.min(rows[0], bound), rows[0] > bound);
    }
}
