package org.gflow.engine.inbox;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Narrows a task-list query to the work items holding every search term, in the way that keeps one
 * page cheap on H2 and PostgreSQL alike. A term tested on every row the page walks costs in
 * proportion to the rows walked: nothing for a common word such as ບ້ານ ("village"), every open
 * task for a tracking number. A term read from the index costs in proportion to its matches: nothing
 * for a tracking number, every open task for a common word. So each term is first counted in the
 * index, at most {@link #RARE} matches deep; the rarest term under that bound drives the query and
 * the others are tested per row. When every term is common, all are tested per row. A driving
 * term of {@link #FEW} tasks or fewer brings their keys, and the page looks them up by key.
 *
 * <p>Counting a common word reads as many index rows as the bound, and the words people search by
 * are the same few again and again (a village, a kind of complaint), so a count is kept for
 * {@link #COUNTS_KEPT}. A count only chooses how the query runs, never what it finds, so one some
 * seconds old does no harm — except a count of none, which ends the search without a query: that one
 * is never kept, so a task that has just brought the word is found.
 *
 * <p>On PostgreSQL the words tested per row are tested on the row each door reads
 * ({@link WorkItemQuery#wordsOnDoorRows}): at 200 users that walk was half of the database's time,
 * and testing the party rows themselves answered 9–23 % more requests. On H2 the same made a
 * common word's search several times slower (p95 140 against 20 ms with ten users searching), and
 * still did with the group's door reading its index alone, not joined to the work items (148 ms), so
 * H2 tests the words on the work item.
 */
@Component
class TermSearch {

    /**
     * Matches up to which a term is read from the index rather than tested per row. Measured on H2
     * at 100,000 open tasks: a term with 10,000 matches costs ~100 ms either way when the user sees
     * a twelfth of them, but walking costs 650 ms when the user sees none of them (a word of another
     * province's village), as the walk then reads every open task.
     */
    static final int RARE = 10_000;

    /**
     * The same bound for a page that reads the user's own doors ({@link WorkItemQuery}): such a walk
     * stops at the page's end among the user's own work items only, so a term drives the query only
     * when it is rarer still.
     */
    static final int RARE_BEHIND_DOORS = 1_000;

    static final Duration COUNTS_KEPT = Duration.ofSeconds(30);

    /**
     * Matches up to which a driving term's tasks are read first, and the page looks them up by their
     * keys ({@link WorkItemQuery#drivenByTasks}): a tracking number, a case's number in its title.
     */
    static final int FEW = 64;

    private final JdbcTemplate jdbc;
    private final int rare;
    private final boolean wordsOnDoorRows;
    private final Cache<String, Long> counts = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(COUNTS_KEPT)
            .build();

    @Autowired
    TermSearch(JdbcTemplate jdbc) {
        this(jdbc, RARE);
    }

    TermSearch(JdbcTemplate jdbc, int rare) {
        this.jdbc = jdbc;
        this.rare = rare;
        this.wordsOnDoorRows = "PostgreSQL".equals(jdbc.execute((ConnectionCallback<String>)
                connection -> connection.getMetaData().getDatabaseProductName()));
    }

    /** Adds the terms' conditions to the query; no terms, no change. */
    void narrow(WorkItemQuery query, Collection<String> terms) {
        // the first tasks of each term this search counted itself, rather than found counted
        Map<String, List<String>> counted = new HashMap<>();
        String driving = null;
        long fewest = (query.inDoorOrder() ? Math.min(rare, RARE_BEHIND_DOORS) : rare) + 1L;
        for (String term : terms) {
            long matches = recentMatches(term, counted);
            if (matches == 0) {
                query.where("1 = 0");
                return;
            }
            if (matches < fewest) {
                fewest = matches;
                driving = term;
            }
        }
        List<String> tested = new ArrayList<>();
        for (String term : terms) {
            if (term.equals(driving)) {
                drive(query, term, fewest, counted.get(term));
            } else {
                tested.add(term);
            }
        }
        if (wordsOnDoorRows) {
            query.wordsOnDoorRows();
        }
        query.withTermPrefixes(tested);
    }

    /**
     * A term with few matches drives the page by its tasks' keys, read now (or by the count just
     * made); one with more, by its index range inside the page's statement.
     */
    private void drive(WorkItemQuery query, String term, long matches, List<String> counted) {
        List<String> tasks = counted;
        if (tasks == null && matches <= FEW) {
            tasks = read(term, FEW + 1).first();
        }
        if (tasks != null && tasks.size() <= FEW) {
            query.drivenByTasks(tasks);
        } else {
            query.drivenByTermPrefix(term);
        }
    }

    /**
     * The kept count, or a fresh one. Many users search by the same word at once, so when its count
     * has expired one of them counts it and the others wait for that count rather than each reading
     * the same thousands of index rows (Caffeine loads a key once at a time). The one who counts
     * keeps the first tasks it read in {@code counted}.
     */
    private long recentMatches(String term, Map<String, List<String>> counted) {
        Long matches = counts.get(term, key -> keptMatches(key, counted));
        return matches == null ? 0 : matches;
    }

    /** A count to keep: null (not kept) for none. */
    private Long keptMatches(String term, Map<String, List<String>> counted) {
        Matches matches = read(term, rare + 1);
        counted.put(term, matches.first());
        return matches.count() == 0 ? null : matches.count();
    }

    /** How many term rows a read found, up to its limit, and the tasks of the first {@link #FEW} + 1. */
    private record Matches(long count, List<String> first) {}

    /**
     * The term rows starting with this term, read no further than {@code limit}. The rows are counted
     * here: on H2 a {@code count(*)} over the same bounded subquery took 90 ms for a tracking number
     * at 10,000 open tasks, reading the rows under a millisecond.
     */
    private Matches read(String term, int limit) {
        long[] count = {0};
        List<String> first = new ArrayList<>();
        jdbc.query(
                "select c.task_id from gflow_work_item_term c where c.term like ? escape '\\' fetch first " + limit
                        + " rows only",
                row -> {
                    if (count[0]++ <= FEW) {
                        first.add(row.getString(1));
                    }
                },
                WorkItemQuery.prefixPattern(term));
        return new Matches(count[0], first);
    }
}
