package org.gflow.engine.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.camunda.bpm.engine.ProcessEngine;
import org.gflow.engine.Api;
import org.gflow.engine.bench.BenchmarkTable;
import org.gflow.engine.bench.JitWarmUp;
import org.gflow.engine.testing.OwnEngine;
import org.gflow.engine.testing.PostgresServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The inbox at a ministry's 8:30 on a Monday: 100,000 open cases spread over twelve groups of
 * eight organisations; ten users only searching, then 50 and 200 users at once, all with no think
 * time — half signed in with a
 * session cookie as the web app is, half sending HTTP Basic as API clients do — each paging
 * through their task list and searching it by a Lao word (typed with and without spaces), a
 * tracking number and a title. The same engine build on H2 in memory and on PostgreSQL (Debian's,
 * started here), side by side in one run, three rounds each. The control, measured in the same
 * rounds by the same clients, is the cheapest signed-in request there is ({@code GET
 * /api/auth/session}): the inbox's figures over the control's are what the inbox itself costs on
 * this shared machine. Writes {@code docs/benchmarks/inbox.md}.
 */
@Tag("bench")
class InboxTaskListBench {

    private static final int TASKS = Integer.getInteger("gflow.bench.inbox.tasks", 100_000);
    private static final Duration MEASURED = Duration.ofSeconds(Integer.getInteger("gflow.bench.inbox.seconds", 20));
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    /** Before the first load, each engine gets the inbox mix in rounds of this long until its JIT has settled. */
    private static final Duration WARM_UP_ROUND = Duration.ofSeconds(10);

    private static final int WARM_UP_CLIENTS = 50;
    private static final int ROUNDS = 3;
    /**
     * Users who only search, at once, no think time: a search's own time with the machine not
     * saturated. The inbox loads below keep every core busy, where any request mostly waits its turn.
     */
    private static final int SEARCHERS = 10;

    /**
     * The databases and loads measured; fewer of them make a shorter run, to compare two commits on
     * the same day: {@code -Dgflow.bench.inbox.databases=PostgreSQL -Dgflow.bench.inbox.loads=10,200}.
     */
    private static final List<String> DATABASES = listProperty("gflow.bench.inbox.databases", "H2,PostgreSQL");

    private static final List<Integer> LOADS = listProperty("gflow.bench.inbox.loads", SEARCHERS + ",50,200").stream()
            .map(Integer::valueOf)
            .toList();
    /** Each group's one member in the seeded directory: twelve accounts of eight organisations. */
    private static final Map<String, String> ACCOUNTS = pairs(
            "bokeo-hotline-verifiers",
            "nalinh.bokeo",
            "vientiane-hotline-verifiers",
            "khonesavanh.vientiane",
            "xaisomboun-hotline-verifiers",
            "xaysomphone.xaisomboun",
            "mtc-hotline-verifiers",
            "mixay.mtc",
            "moic-hotline-verifiers",
            "ounkham.moic",
            "monre-hotline-verifiers",
            "toui.monre",
            "mof-hotline-verifiers",
            "bouakham.mof",
            "opm-hotline-triage",
            "vilayvanh.opm",
            "moic-licence-reviewers",
            "chanthala.moic",
            "monre-licence-reviewers",
            "anousone.monre",
            "mtc-licence-reviewers",
            "daovone.mtc",
            "mof-registry",
            "khamsing.mof");

    private static final List<String> GROUPS = List.copyOf(ACCOUNTS.keySet());
    private static final List<String> USERS = List.copyOf(ACCOUNTS.values());
    private static final String CONTROL = "control: `GET /api/auth/session`";
    /** The request kinds, in the order the table shows them, with their goals. */
    private static final Map<String, String> KINDS = pairs(
            "task list, first page (`GET /api/inbox/tasks`, the web app's default)", "",
            "task list, next pages (`?page=1`, `?page=2`)", "",
            "search: a Lao word typed without spaces (`?q=ບ້ານໜອງບົວ`)", "p95 ≤ 100 ms",
            "search: Lao words typed with spaces (`?q=ບ້ານ ໜອງບົວ`)", "p95 ≤ 100 ms",
            "search: a tracking number (`?q=1516-B001234`)", "p95 ≤ 100 ms",
            "search: a case's title", "p95 ≤ 100 ms");

    private static final List<String> KIND_NAMES = List.copyOf(KINDS.keySet());

    @Test
    void theInboxOfTwelveOrganisationsUnderFiftyAndTwoHundredUsersOnH2AndPostgres() throws Exception {
        String loadBefore = loadAverage();
        List<Database> databases = new ArrayList<>();
        if (DATABASES.contains("H2")) {
            String h2 = "jdbc:h2:mem:bench-inbox;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
            databases.add(measure(
                    "H2",
                    Map.of(
                            "gflow.db.url",
                            h2,
                            "gflow.data-dir",
                            "target/bench-inbox-h2",
                            "camunda.bpm.process-engine-name",
                            "benchInboxH2")));
            // PostgreSQL's rounds run in the same JVM: without this, H2's 100,000 cases stay in its heap
            drop(h2);
        }
        if (DATABASES.contains("PostgreSQL")) {
            try (PostgresServer server = PostgresServer.start()) {
                databases.add(
                        measure("PostgreSQL", server.engineSettings("target/bench-inbox-postgres", "benchInboxPg")));
            }
        }
        write(databases, loadBefore, loadAverage());
    }

    private static List<String> listProperty(String name, String otherwise) {
        return List.of(System.getProperty(name, otherwise).split(","));
    }

    /** Drops an in-memory H2 database, which {@code DB_CLOSE_DELAY=-1} otherwise keeps until the JVM ends. */
    private static void drop(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("shutdown");
        }
    }

    /** One database's figures: how long the fill took and every round of every load. */
    private record Database(String name, long fillMillis, int warmUpRounds, Map<Integer, List<Round>> rounds) {}

    /** One round: the inbox load, then the control load, by the same clients. */
    private record Round(InboxLoad.Result inbox, InboxLoad.Result control) {}

    private Database measure(String name, Map<String, Object> properties) throws Exception {
        // the directory cache as in production, not the tests' 5 s
        Map<String, Object> all = new HashMap<>(Map.of("gflow.ldap.cache-ttl", "60s"));
        all.putAll(properties);
        try (ConfigurableApplicationContext context = OwnEngine.start(all)) {
            String baseUrl = "http://127.0.0.1:"
                    + ((WebServerApplicationContext) context).getWebServer().getPort();
            long fillMillis = new OpenTasks(context.getBean(ProcessEngine.class), GROUPS).open(TASKS);
            eachAccountSeesOnlyItsOwnCasesAndFindsThem(baseUrl);
            InboxLoad load = new InboxLoad(baseUrl);
            List<InboxLoad.Client> warmUpUsers = signIn(baseUrl, WARM_UP_CLIENTS);
            int warmUpRounds = JitWarmUp.untilSettled(
                    () -> load.run(warmUpUsers, InboxTaskListBench::inboxCall, Duration.ZERO, WARM_UP_ROUND));
            Map<Integer, List<Round>> rounds = new LinkedHashMap<>();
            for (int clients : LOADS) {
                List<InboxLoad.Client> users = signIn(baseUrl, clients);
                List<Round> measured = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    InboxLoad.Result inbox = load.run(
                            users,
                            clients == SEARCHERS ? InboxTaskListBench::searchCall : InboxTaskListBench::inboxCall,
                            WARM_UP,
                            MEASURED);
                    InboxLoad.Result control = load.run(
                            users,
                            (client, step) -> new InboxLoad.Call(CONTROL, "/api/auth/session"),
                            WARM_UP,
                            MEASURED);
                    measured.add(new Round(inbox, control));
                }
                rounds.put(clients, measured);
            }
            return new Database(name, fillMillis, warmUpRounds, rounds);
        }
    }

    /** Client {@code n} is the {@code n % 12}-th account; the odd ones are browsers, the even ones API clients. */
    private static List<InboxLoad.Client> signIn(String baseUrl, int clients) {
        List<InboxLoad.Client> users = new ArrayList<>();
        for (int n = 0; n < clients; n++) {
            String user = USERS.get(n % USERS.size());
            users.add(n % 2 == 1 ? InboxLoad.Client.browser(n, baseUrl, user) : InboxLoad.Client.basic(n, user));
        }
        return users;
    }

    /** A searcher's loop: the four kinds of search of the inbox mix, in turn. */
    private static InboxLoad.Call searchCall(InboxLoad.Client client, int step) {
        return inboxCall(client, 3 + Math.floorMod(step, 4));
    }

    /** A user's loop: the first page, two next pages, then each kind of search, for ever changing cases. */
    private static InboxLoad.Call inboxCall(InboxLoad.Client client, int step) {
        int account = client.number() % USERS.size();
        int anyCase = ownCase(account, client.number() * 7919 + step);
        String village = OpenTasks.VILLAGES.get((client.number() + step) % OpenTasks.VILLAGES.size());
        return switch (step % 7) {
            case 0 -> new InboxLoad.Call(KIND_NAMES.get(0), "/api/inbox/tasks");
            case 1 -> new InboxLoad.Call(KIND_NAMES.get(1), "/api/inbox/tasks?page=1");
            case 2 -> new InboxLoad.Call(KIND_NAMES.get(1), "/api/inbox/tasks?page=2");
            case 3 -> new InboxLoad.Call(KIND_NAMES.get(2), search(village));
            case 4 -> new InboxLoad.Call(KIND_NAMES.get(3), search(spaced(village)));
            case 5 -> new InboxLoad.Call(KIND_NAMES.get(4), search(OpenTasks.trackingNumber(anyCase)));
            default -> new InboxLoad.Call(KIND_NAMES.get(5), search(OpenTasks.title(anyCase)));
        };
    }

    /** Case numbers of an account's group are {@code account}, {@code account + 12}, …; the k-th of them. */
    private static int ownCase(int account, int k) {
        int own = (TASKS - account + GROUPS.size() - 1) / GROUPS.size();
        return account + Math.floorMod(k, own) * GROUPS.size();
    }

    /** "ບ້ານໜອງບົວ" as someone types it who puts a space after ບ້ານ. */
    private static String spaced(String village) {
        return "ບ້ານ " + village.substring("ບ້ານ".length());
    }

    private static String search(String q) {
        return "/api/inbox/tasks?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    /** What the load asks for works: each account sees its own group's cases only, and every kind of search finds them. */
    private static void eachAccountSeesOnlyItsOwnCasesAndFindsThem(String baseUrl) {
        for (int account = 0; account < USERS.size(); account++) {
            Api user = Api.as(baseUrl, USERS.get(account));
            JsonNode page = user.get("/api/inbox/tasks").json();
            assertThat(page.path("items").size())
                    .as(USERS.get(account) + " has work")
                    .isEqualTo(Math.min(20, TASKS / 12));
            for (JsonNode item : page.path("items")) {
                assertThat(item.path("candidateGroups").toString()).contains(GROUPS.get(account));
            }
            int own = ownCase(account, 5);
            for (String q : List.of(OpenTasks.trackingNumber(own), OpenTasks.title(own))) {
                JsonNode found = user.get(search(q)).json();
                assertThat(found.path("items").findValuesAsText("trackingNumber"))
                        .as(q)
                        .contains(OpenTasks.trackingNumber(own));
            }
            assertThat(user.get(search(OpenTasks.trackingNumber(ownCase((account + 1) % USERS.size(), 5))))
                            .json()
                            .path("items")
                            .size())
                    .as("another group's case is not " + USERS.get(account) + "'s")
                    .isZero();
            String village = OpenTasks.VILLAGES.get(account % OpenTasks.VILLAGES.size());
            JsonNode typedTogether = user.get(search(village)).json().path("items");
            assertThat(typedTogether.size()).as(village).isPositive();
            assertThat(user.get(search(spaced(village))).json().path("items"))
                    .as("with a space")
                    .isEqualTo(typedTogether);
        }
    }

    /** A row of latencies only: what one kind of request, or one kind of client, saw over the rounds. */
    private static void latencyRow(
            BenchmarkTable table,
            String database,
            int clients,
            String label,
            List<InboxLoad.Latencies> rounds,
            String goal) {
        table.row(
                database,
                clients,
                label,
                rounds.stream().mapToInt(InboxLoad.Latencies::count).sum(),
                ms(rounds, l -> l.p(50)),
                spread(rounds),
                ms(rounds, l -> l.p(99)),
                "",
                "",
                "",
                goal);
    }

    private static void write(List<Database> databases, String loadBefore, String loadAfter) {
        BenchmarkTable table = new BenchmarkTable(
                "Inbox under concurrent users",
                "database",
                "clients",
                "request",
                "requests",
                "p50",
                "p95 (median of 3; spread)",
                "p99",
                "per second",
                "errors",
                "503",
                "goal");
        List<String> verdicts = new ArrayList<>();
        for (Database database : databases) {
            database.rounds().forEach((clients, rounds) -> {
                boolean goalLoad = clients == ("PostgreSQL".equals(database.name()) ? 200 : 50);
                boolean searchers = clients == SEARCHERS;
                for (String kind : KIND_NAMES) {
                    List<InboxLoad.Latencies> series = rounds.stream()
                            .map(r -> r.inbox().byKind().get(kind))
                            .filter(Objects::nonNull)
                            .toList();
                    if (series.isEmpty()) {
                        continue;
                    }
                    String goal = goalLoad || searchers ? KINDS.get(kind) : "";
                    latencyRow(table, database.name(), clients, kind, series, goal);
                    if (!goal.isEmpty()) {
                        verdicts.add(verdict(
                                database.name() + ", " + clients + " clients, " + kind,
                                median(series, l -> l.p(95)),
                                100));
                    }
                }
                List<InboxLoad.Result> inbox = rounds.stream().map(Round::inbox).toList();
                List<InboxLoad.Result> control =
                        rounds.stream().map(Round::control).toList();
                String goal = goalLoad ? "p95 ≤ 300 ms, 0 errors" : "";
                table.row(
                        database.name(),
                        clients,
                        searchers ? "**every search**" : "**every inbox request**",
                        count(inbox),
                        ms(all(inbox), l -> l.p(50)),
                        spread(all(inbox)),
                        ms(all(inbox), l -> l.p(99)),
                        perSecond(inbox),
                        errors(inbox),
                        busy(inbox),
                        goal);
                for (String signing : List.of(InboxLoad.Client.BROWSERS, InboxLoad.Client.API_CLIENTS)) {
                    List<InboxLoad.Latencies> series = inbox.stream()
                            .map(r -> r.bySigning().get(signing))
                            .filter(Objects::nonNull)
                            .toList();
                    latencyRow(table, database.name(), clients, "… of " + signing, series, "");
                }
                table.row(
                        database.name(),
                        clients,
                        CONTROL,
                        count(control),
                        ms(all(control), l -> l.p(50)),
                        spread(all(control)),
                        ms(all(control), l -> l.p(99)),
                        perSecond(control),
                        errors(control),
                        busy(control),
                        "");
                if (goalLoad) {
                    long failed =
                            inbox.stream().mapToLong(r -> r.errors() + r.busy()).sum();
                    verdicts.add(verdict(
                                    database.name() + ", " + clients + " clients, every inbox request",
                                    median(all(inbox), l -> l.p(95)),
                                    300)
                            + (failed == 0 ? ", 0 errors" : ", but " + failed + " errors or 503 (goal: 0)"));
                }
                inbox.stream()
                        .map(InboxLoad.Result::firstError)
                        .filter(Objects::nonNull)
                        .findFirst()
                        .ifPresent(e -> verdicts.add("first error, " + database.name() + " at " + clients
                                + " clients: `" + e.replace('`', '\'').replace('\n', ' ') + "`"));
            });
        }
        if (TASKS < 100_000) {
            table.note(String.format(
                    "**%,d open cases, not the goal's 100,000** (run with `-Dgflow.bench.inbox.tasks=%d`): "
                            + "these figures do not show the goal's scale.",
                    TASKS, TASKS));
        }
        table.note(String.format(
                        "%,d open cases (one task each), one in every twelve offered to each of the twelve groups "
                                + "(%s), each group's member in the seeded directory signing in: %s — twelve accounts of the directory's "
                                + "eight organisations (seven ministries and provinces have two). Client n is account n mod 12; odd clients "
                                + "signed in once through `POST /api/auth/login` as the web app does (CSRF cookie first) and send the "
                                + "session cookie and, as a browser does, ask for a compressed answer (`Accept-Encoding` as Chromium's; a "
                                + "page of tasks comes back gzipped) and unpack it; even clients send HTTP Basic on every request. Each client loops without think time over "
                                + "the first page, pages 2 and 3, and the four searches, of ever other villages and cases of its own group; "
                                + "at %d clients each only searches (the four searches in turn), to show a search's own time on a "
                                + "machine that is not saturated. "
                                + "Titles are \"<complaint> ໃນ <village> ເລກທີ <n>\" over ten villages, so a village's word finds a tenth of "
                                + "an account's ~%,d cases.",
                        TASKS, String.join(", ", GROUPS), String.join(", ", USERS), SEARCHERS, TASKS / 12))
                .note(String.format(
                        "Each round: %d s warm-up, then %d s measured with the inbox mix, then the same for the "
                                + "control, by the same clients; three rounds per load, the table gives the median of the rounds' p50, "
                                + "p95, p99 and requests per second, the spread of p95 (lowest–highest round), and errors (any answer "
                                + "neither 2xx nor 503, or none) and 503s of the admission control summed over the rounds; the rows "
                                + "\"… of browsers\" and \"… of API clients\" split the requests of the row above them by how their "
                                + "clients sign them. The load "
                                + "generator runs in the engine's JVM on the same two shared cores: the control's figures show what that "
                                + "and the machine cost.",
                        WARM_UP.toSeconds(), MEASURED.toSeconds()))
                .note(databases.stream()
                                .map(d -> String.format(
                                        "%s: filled in %.0f s through the Java API (%.0f cases/s), then %s of %d s of the inbox mix at %d users",
                                        d.name(),
                                        d.fillMillis() / 1000.0,
                                        TASKS * 1000.0 / Math.max(1, d.fillMillis()),
                                        JitWarmUp.described(d.warmUpRounds()),
                                        WARM_UP_ROUND.toSeconds(),
                                        WARM_UP_CLIENTS))
                                .reduce((a, b) -> a + "; " + b)
                                .orElse("")
                        + ". Load average of the shared machine before / after: "
                        + loadBefore + " / " + loadAfter + ".")
                .note(
                        "Goals (issue 11): p95 ≤ 300 ms and 0 errors at 200 clients on PostgreSQL and at 50 on H2; searches "
                                + "p95 ≤ 100 ms. Measured:\n\n- " + String.join("\n- ", verdicts))
                .writeTo("inbox.md");
    }

    private static String verdict(String what, double p95, int goalMs) {
        return String.format(
                "%s: p95 %.0f ms — %s", what, p95, p95 <= goalMs ? "met" : "**not met** (goal " + goalMs + " ms)");
    }

    private static List<InboxLoad.Latencies> all(List<InboxLoad.Result> results) {
        return results.stream().map(InboxLoad.Result::all).toList();
    }

    private static int count(List<InboxLoad.Result> results) {
        return results.stream().mapToInt(r -> r.all().count()).sum();
    }

    private static String perSecond(List<InboxLoad.Result> results) {
        double[] each = results.stream()
                .mapToDouble(InboxLoad.Result::perSecond)
                .sorted()
                .toArray();
        return String.format("%.0f", each[each.length / 2]);
    }

    private static long errors(List<InboxLoad.Result> results) {
        return results.stream().mapToLong(InboxLoad.Result::errors).sum();
    }

    private static long busy(List<InboxLoad.Result> results) {
        return results.stream().mapToLong(InboxLoad.Result::busy).sum();
    }

    private static double median(List<InboxLoad.Latencies> series, ToDoubleFunction<InboxLoad.Latencies> figure) {
        double[] each = series.stream().mapToDouble(figure).sorted().toArray();
        return each.length == 0 ? Double.NaN : each[each.length / 2];
    }

    private static String ms(List<InboxLoad.Latencies> series, ToDoubleFunction<InboxLoad.Latencies> figure) {
        return String.format("%.0f ms", median(series, figure));
    }

    private static String spread(List<InboxLoad.Latencies> series) {
        double[] each = series.stream().mapToDouble(l -> l.p(95)).sorted().toArray();
        return each.length == 0
                ? "—"
                : String.format("**%.0f ms** (%.0f–%.0f)", each[each.length / 2], each[0], each[each.length - 1]);
    }

    /** Other work on the shared machine shows in the figures; the table says how busy it was. */
    private static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    private static Map<String, String> pairs(String... keyThenValue) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 0; i < keyThenValue.length; i += 2) {
            pairs.put(keyThenValue[i], keyThenValue[i + 1]);
        }
        return pairs;
    }
}
