package org.gflow.engine.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.gflow.engine.security.CurrentUser;
import org.gflow.engine.testing.MigratedDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Searching the task list on the projection's own tables (made by the engine's migrations): the
 * same answers whether a term drives the query from the index or is tested on each row — the bound
 * between the two is varied, from every term rare to every term common. On H2 here, and on
 * PostgreSQL in {@link TermSearchPostgresIT}.
 */
class TermSearchTest {

    @RegisterExtension
    static final MigratedDatabase DATABASE = MigratedDatabase.h2();

    private static final CurrentUser BOKEO = new CurrentUser("nalinh.bokeo", List.of("bokeo-hotline-verifiers"));
    private static final Instant NOW = Instant.parse("2026-03-01T03:00:00Z");

    private static final ModelNames NAMES = new ModelNames();

    private JdbcTemplate jdbc;

    /** A database with G-Flow's migrations run. */
    DataSource dataSource() {
        return DATABASE.dataSource();
    }

    @BeforeEach
    void projection() {
        jdbc = new JdbcTemplate(dataSource());
        for (String table : List.of("gflow_work_item_term", "gflow_work_item_party", "gflow_work_item")) {
            jdbc.update("delete from " + table);
        }
        workItem("t1", "ໄຟຟ້າດັບ ໃນ ບ້ານໜອງບົວ", "1516-B000001", 1, "bokeo-hotline-verifiers");
        workItem("t2", "ນ້ຳປະປາບໍ່ໄຫຼ ໃນ ບ້ານນ້ຳແກ້ວ", "1516-B000002", 2, "bokeo-hotline-verifiers");
        workItem("t3", "ໄຟຟ້າດັບ ໃນ ບ້ານໜອງບົວ", "1516-B000003", 3, "moic-hotline-verifiers");
        workItem("t4", "ຖະໜົນເປ່ເພ ບ້ານໜອງບົວ", "1516-B000014", 4, "bokeo-hotline-verifiers");
        for (int n = 5; n <= 9; n++) {
            workItem("t" + n, "Street light ບ້ານນາໄຊ", "1516-C00000" + n, n, "bokeo-hotline-verifiers");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, TermSearch.RARE})
    void laoWordsAreFoundWithOrWithoutSpacesAndOnlyInWorkTheUserMaySee(int rare) {
        assertThat(search(rare, "ບ້ານໜອງບົວ", 0, 20)).containsExactly("t4", "t1");
        assertThat(search(rare, "ບ້ານ ໜອງບົວ", 0, 20)).containsExactly("t4", "t1");
        assertThat(search(rare, "ໜອງບົວ ໄຟຟ້າດັບ", 0, 20)).containsExactly("t1");
        assertThat(search(rare, "ບ້ານ", 0, 20)).containsExactly("t9", "t8", "t7", "t6", "t5", "t4", "t2", "t1");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, TermSearch.RARE})
    void trackingNumbersAreFoundByPrefixAndTitlesByTheirWords(int rare) {
        assertThat(search(rare, "1516-B000001", 0, 20)).containsExactly("t1");
        assertThat(search(rare, "1516-b00000", 0, 20)).containsExactly("t2", "t1");
        assertThat(search(rare, "1516-b00000_", 0, 20)).isEmpty();
        assertThat(search(rare, "1516-B000003", 0, 20))
                .as("offered to another ministry")
                .isEmpty();
        assertThat(search(rare, "street light", 0, 20)).containsExactly("t9", "t8", "t7", "t6", "t5");
        assertThat(search(rare, "street ໜອງບົວ", 0, 20)).isEmpty();
        assertThat(search(rare, "ນ້ຳປະປາ", 0, 20)).containsExactly("t2");
        assertThat(search(rare, "nothing-like-this", 0, 20)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, TermSearch.RARE})
    void pagesOfASearchFollowEachOtherWithoutOverlap(int rare) {
        assertThat(search(rare, "street", 0, 2)).containsExactly("t9", "t8", "t7");
        assertThat(search(rare, "street", 1, 2)).containsExactly("t7", "t6", "t5");
        assertThat(search(rare, "street", 2, 2)).containsExactly("t5");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, TermSearch.RARE})
    void tasksAreFoundByTheirNameInLaoAndInEnglish(int rare) {
        workItem("n1", "ຂຽນ", "1516-D000001", 11, "writeExplanation", "ຂຽນຄຳອະທິບາຍ");
        workItem("n2", "ຂຽນ", "1516-D000002", 12, "triageComplaint", "ຄັດແຍກຄຳຮ້ອງທຸກ");

        assertThat(search(rare, "explanation", 0, 20)).containsExactly("n1");
        assertThat(search(rare, "write the expl", 0, 20)).containsExactly("n1");
        assertThat(search(rare, "Triage", 0, 20)).containsExactly("n2");
        assertThat(search(rare, "ຄຳອະທິບາຍ", 0, 20)).containsExactly("n1");
        assertThat(search(rare, "verify ໜອງບົວ", 0, 20)).containsExactly("t4", "t1");
    }

    @ParameterizedTest
    @ValueSource(ints = {TermSearch.FEW, TermSearch.RARE})
    void aRareWordOfMoreThanAFewTasksIsFoundAsWellAsOneOfFew(int rare) {
        int many = TermSearch.FEW + 6;
        for (int n = 0; n < many; n++) {
            workItem("m" + n, "ໂຄມໄຟເສຍ ບ້ານດອນໃໝ່", "1516-E" + (1000 + n), 100 + n, "bokeo-hotline-verifiers");
        }
        List<String> newest = new ArrayList<>();
        for (int n = many - 1; n >= many - 21; n--) {
            newest.add("m" + n);
        }
        TermSearch search = new TermSearch(jdbc, rare);
        assertThat(search(search, "ໂຄມໄຟເສຍ", 0, 20)).containsExactlyElementsOf(newest);
        assertThat(search(search, "ໂຄມໄຟເສຍ 1516-e1003", 0, 20)).containsExactly("m3");
        assertThat(search(search, "1516-e100", 0, 20))
                .containsExactly("m9", "m8", "m7", "m6", "m5", "m4", "m3", "m2", "m1", "m0");
    }

    @Test
    void aWordANewTaskBringsIsFoundAtOnceThoughCountsAreKept() {
        TermSearch search = new TermSearch(jdbc, 3);
        assertThat(search(search, "ໂພນສະຫວັນ", 0, 20)).isEmpty();

        workItem("t10", "ໄຟຟ້າດັບ ໃນ ບ້ານໂພນສະຫວັນ", "1516-B000010", 10, "bokeo-hotline-verifiers");
        assertThat(search(search, "ໂພນສະຫວັນ", 0, 20)).containsExactly("t10");

        // the count kept from the last search (one) is now too low: it changes the plan, not the answer
        for (int n = 11; n <= 15; n++) {
            workItem("t" + n, "ທາງເປັນຂຸມ ບ້ານໂພນສະຫວັນ", "1516-B0000" + n, n, "bokeo-hotline-verifiers");
        }
        assertThat(search(search, "ໂພນສະຫວັນ", 0, 20)).containsExactly("t15", "t14", "t13", "t12", "t11", "t10");
        assertThat(search(search, "ໂພນສະຫວັນ ທາງເປັນຂຸມ", 0, 20)).containsExactly("t15", "t14", "t13", "t12", "t11");
    }

    @Test
    void usersSearchingTheSameWordAtOnceCountItOnce() throws Exception {
        int users = 16;
        List<Thread> userThreads = new CopyOnWriteArrayList<>();
        AtomicInteger counted = new AtomicInteger();
        JdbcTemplate heldIndex = new JdbcTemplate(dataSource()) {
            @Override
            public void query(String sql, RowCallbackHandler rows, Object... parameters) {
                if (sql.contains("from gflow_work_item_term c") && sql.contains((TermSearch.RARE + 1) + " rows")) {
                    counted.incrementAndGet();
                    // a count of thousands of rows: held until every user has asked for it and waits
                    await().atMost(Duration.ofMinutes(1)).until(() -> everyUserWaits(userThreads, users));
                }
                super.query(sql, rows, parameters);
            }
        };
        TermSearch search = new TermSearch(heldIndex, TermSearch.RARE);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(users, task -> {
            Thread thread = new Thread(task, "searching-user");
            userThreads.add(thread);
            return thread;
        });
        try {
            List<Future<List<String>>> pages = new ArrayList<>();
            for (int n = 0; n < users; n++) {
                pages.add(pool.submit(() -> {
                    start.await();
                    return search(search, "ບ້ານໜອງບົວ", 0, 20);
                }));
            }
            start.countDown();
            for (Future<List<String>> page : pages) {
                assertThat(page.get()).containsExactly("t4", "t1");
            }
        } finally {
            pool.shutdownNow();
        }
        int words = new TaskListRequest(null, null, null, null, null, "ບ້ານໜອງບົວ", null, null, 0, 20, null)
                .searchTerms()
                .size();
        assertThat(counted).as("index counts").hasValue(words);
    }

    /**
     * Every user is waiting: for a count (the one counting, in this test's hold; were counts not
     * shared, each in a count of their own), or for more work once their page is done.
     */
    private static boolean everyUserWaits(List<Thread> userThreads, int users) {
        return userThreads.size() == users
                && userThreads.stream()
                        .map(Thread::getState)
                        .noneMatch(state -> state == Thread.State.RUNNABLE || state == Thread.State.NEW);
    }

    @Test
    void sortingByNameFollowsTheNamesTheReaderSees() {
        workItem("n1", "ກ", "1516-D000001", 11, "writeExplanation", "ຂຽນຄຳອະທິບາຍ");
        workItem("n2", "ກ", "1516-D000002", 12, "triageComplaint", "ຄັດແຍກຄຳຮ້ອງທຸກ");
        workItem("n3", "ກ", "1516-D000003", 13, "verifyComplaint", "ກວດສອບຄວາມຈິງ");

        // Lao: ກວດສອບ… (verify) < ຂຽນ… (write) < ຄັດແຍກ… (triage); English: Triage < Verify < Write
        assertThat(sortedByName("1516-d", "lo")).containsExactly("n3", "n1", "n2");
        assertThat(sortedByName("1516-d", "en-GB,en;q=0.9")).containsExactly("n2", "n3", "n1");
    }

    private List<String> sortedByName(String q, String language) {
        TaskListRequest request = new TaskListRequest(null, null, null, null, null, q, "name", "asc", 0, 20, language);
        WorkItemQuery query = request.toQuery(BOKEO, NOW);
        new TermSearch(jdbc).narrow(query, request.searchTerms());
        WorkItemQuery.Statement page = query.page("w.task_id", "", 0, 20);
        return jdbc.queryForList(page.sql(), String.class, page.parameters());
    }

    /**
     * One page as the task list reads it (its keys cut, then their rows read in the page's order):
     * the page's rows and one more when there is a next page.
     */
    private List<String> search(int rare, String q, int page, int size) {
        return search(new TermSearch(jdbc, rare), q, page, size);
    }

    private List<String> search(TermSearch search, String q, int page, int size) {
        TaskListRequest request = new TaskListRequest(null, null, null, null, null, q, null, null, page, size, null);
        WorkItemQuery query = request.toQuery(BOKEO, NOW);
        search.narrow(query, request.searchTerms());
        WorkItemQuery.Statement statement = query.page("w.task_id", "", page * size, size);
        return jdbc.queryForList(statement.sql(), String.class, statement.parameters());
    }

    private void workItem(String taskId, String title, String number, int minute, String group) {
        workItem(taskId, title, number, minute, "verifyComplaint", "ກວດສອບຄວາມຈິງ", group);
    }

    private void workItem(String taskId, String title, String number, int minute, String taskKey, String name) {
        workItem(taskId, title, number, minute, taskKey, name, "bokeo-hotline-verifiers");
    }

    /** A work item as the projection writes it, its English name from the models' one list. */
    private void workItem(
            String taskId, String title, String number, int minute, String taskKey, String name, String group) {
        String english = NAMES.english(taskKey).orElseThrow();
        Timestamp created = Timestamp.from(NOW.plusSeconds(60L * minute));
        Set<String> terms = WorkItemProjection.terms(title, number, name, english);
        jdbc.update(
                "insert into gflow_work_item (task_id, task_name, task_name_en, task_key, case_title, case_number, "
                        + "created_at, priority, search_text) values (?, ?, ?, ?, ?, ?, ?, 50, ?)",
                taskId,
                name,
                english,
                taskKey,
                title,
                number,
                created,
                SearchTerms.asText(terms));
        jdbc.update(
                "insert into gflow_work_item_party (kind, party_id, task_id, created_at, search_text) "
                        + "values ('g', ?, ?, ?, ?)",
                group,
                taskId,
                created,
                SearchTerms.asText(terms));
        terms.forEach(
                term -> jdbc.update("insert into gflow_work_item_term (term, task_id) values (?, ?)", term, taskId));
    }
}
