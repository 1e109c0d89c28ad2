package org.gflow.engine.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.gflow.engine.security.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A page read through the user's doors (the newest rows of each index range, merged) is exactly
 * the page the visibility rule gives, worked out here in Java over the same rows: every way a task
 * reaches a user (group, candidate user, assignee, owner, several at once), creation times shared
 * by several tasks, pages turned forwards in both orders, and the scopes "mine" and "groups".
 * Run on H2 ({@link WorkItemDoorsTest}) and PostgreSQL ({@link WorkItemDoorsPostgresIT}).
 */
abstract class WorkItemDoorsContract {

    static final Instant START = Instant.parse("2026-03-01T01:00:00Z");
    private static final List<String> GROUPS =
            List.of("bokeo-hotline-verifiers", "bokeo-registry", "moic-hotline-verifiers", "mof-registry");
    private static final List<String> PEOPLE = List.of("nalinh.bokeo", "ounkham.moic", "khamsing.mof");
    static final CurrentUser NALINH =
            new CurrentUser("nalinh.bokeo", List.of("bokeo-hotline-verifiers", "bokeo-registry"));

    /** A work item and everyone it reaches. */
    private record Item(
            String id, Timestamp created, String assignee, String owner, Set<String> groups, Set<String> users) {}

    private JdbcTemplate jdbc;
    private final List<Item> items = new ArrayList<>();

    /** A database with G-Flow's migrations run. */
    abstract DataSource dataSource();

    @BeforeEach
    void manyWorkItemsReachingPeopleInEveryWay() {
        jdbc = new JdbcTemplate(dataSource());
        for (String table : List.of("gflow_work_item_party", "gflow_work_item")) {
            jdbc.update("delete from " + table);
        }
        Random random = new Random(11);
        for (int n = 0; n < 400; n++) {
            // a few seconds apart at most, so that many share their creation time
            Timestamp created = Timestamp.from(START.plusSeconds(n / 3));
            Item item = new Item(
                    "task-" + random.nextInt(1_000_000) + "-" + n,
                    created,
                    random.nextInt(5) == 0 ? pick(random, PEOPLE) : null,
                    random.nextInt(9) == 0 ? pick(random, PEOPLE) : null,
                    random.nextInt(6) == 0 ? Set.of() : Set.copyOf(List.of(pick(random, GROUPS), pick(random, GROUPS))),
                    random.nextInt(8) == 0 ? Set.of(pick(random, PEOPLE)) : Set.of());
            items.add(item);
            write(item);
        }
    }

    @ParameterizedTest
    @CsvSource({"all, desc", "all, asc", "mine, desc", "mine, asc", "groups, desc", "groups, asc"})
    void everyPageIsThePageTheVisibilityRuleGives(String scope, String order) {
        Predicate<Item> wanted = switch (scope) {
            case "mine" -> item -> NALINH.id().equals(item.assignee());
            case "groups" ->
                item -> item.assignee() == null && item.groups().stream().anyMatch(NALINH.groupIds()::contains);
            default -> this::visibleToNalinh;
        };
        Comparator<Item> newestFirst = Comparator.comparing(Item::created).thenComparing(Item::id);
        List<String> expected = items.stream()
                .filter(wanted)
                .sorted("asc".equals(order) ? newestFirst : newestFirst.reversed())
                .map(Item::id)
                .toList();
        assertThat(expected).hasSizeGreaterThan(10);

        int size = 7;
        List<String> readPageByPage = new ArrayList<>();
        for (int page = 0; page * size <= expected.size(); page++) {
            List<String> rows =
                    page(new TaskListRequest(scope, null, null, null, null, null, "created", order, page, size, null));
            assertThat(rows)
                    .as("page %d holds its rows and one more while there is a next", page)
                    .hasSize(Math.min(size + 1, expected.size() - page * size));
            readPageByPage.addAll(rows.subList(0, Math.min(size, rows.size())));
        }
        assertThat(readPageByPage).containsExactlyElementsOf(expected);
    }

    private boolean visibleToNalinh(Item item) {
        return NALINH.id().equals(item.assignee())
                || NALINH.id().equals(item.owner())
                || item.users().contains(NALINH.id())
                || item.groups().stream().anyMatch(NALINH.groupIds()::contains);
    }

    private List<String> page(TaskListRequest request) {
        WorkItemQuery query = request.toQuery(NALINH, START);
        WorkItemQuery.Statement page = query.page("w.task_id", "", request.page() * request.size(), request.size());
        assertThat(page.sql()).as("read through the doors").contains(" fetch first ");
        return jdbc.queryForList(page.sql(), String.class, page.parameters());
    }

    private void write(Item item) {
        jdbc.update(
                "insert into gflow_work_item (task_id, task_name, assignee, owner_id, created_at, priority) "
                        + "values (?, 'ກວດສອບ', ?, ?, ?, 50)",
                item.id(),
                item.assignee(),
                item.owner(),
                item.created());
        item.groups().forEach(group -> party("g", group, item));
        item.users().forEach(user -> party("u", user, item));
    }

    private void party(String kind, String party, Item item) {
        jdbc.update(
                "insert into gflow_work_item_party (kind, party_id, task_id, created_at) values (?, ?, ?, ?)",
                kind,
                party,
                item.id(),
                item.created());
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
