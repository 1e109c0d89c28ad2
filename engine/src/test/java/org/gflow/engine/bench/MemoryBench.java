package org.gflow.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.gflow.engine.testing.Eventually;
import org.gflow.engine.testing.PackagedEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The memory budget: the packaged engine in {@code -Xmx512m} with 10,000 open cases and 200
 * civil servants working their inboxes at once. Cases are hotline complaints waiting for the
 * Office's triage; the 200 users cycle through the demo accounts of every office, each asking
 * for their task list again and again for a fixed time. Writes {@code docs/benchmarks/memory.md}.
 */
@Tag("bench")
class MemoryBench {

    private static final int OPEN_CASES = 10_000;
    private static final int USERS = 200;
    private static final Duration WORKING = Duration.ofSeconds(60);
    private static final List<String> ACCOUNTS = List.of(
            "vilayvanh.opm",
            "nalinh.bokeo",
            "ounkham.moic",
            "mixay.mtc",
            "toui.monre",
            "bouakham.mof",
            "khonesavanh.vientiane",
            "xaysomphone.xaisomboun",
            "phonsavanh.opm",
            "bouasone.moic");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void tenThousandOpenCasesAndTwoHundredUsersIn512Megabytes() throws Exception {
        try (PackagedEngine engine = PackagedEngine.start(
                List.of("-Xmx512m"), "--management.endpoints.web.exposure.include=health,metrics")) {
            engine.awaitHealthy(Duration.ofSeconds(120));
            long startedCases = openCases(engine.baseUrl());
            // every new complaint is registered by dispatch first; the inbox load starts once that
            // backlog is done, so it measures the inbox, not the inbox beside 10,000 registrations
            awaitNoExternalWork(engine.baseUrl());
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            Map<Integer, AtomicInteger> refusals = new ConcurrentSkipListMap<>();
            workInboxes(engine.baseUrl(), latencies, refusals);
            assertThat(engine.isAlive())
                    .as("the engine survived; see " + engine.log())
                    .isTrue();
            double heapMiB = metric(engine.baseUrl(), "jvm.memory.used?tag=area:heap") / (1024 * 1024);
            double maxMiB = metric(engine.baseUrl(), "jvm.memory.max?tag=area:heap") / (1024 * 1024);

            List<Long> sorted = new ArrayList<>(latencies);
            sorted.sort(null);
            new BenchmarkTable("Memory: 10,000 open cases and 200 inbox users in -Xmx512m", "what", "figure", "budget")
                    .row("open cases (hotline complaints waiting for triage)", startedCases, "10,000")
                    .row("inbox users working at once, for " + WORKING.toSeconds() + " s", USERS, "200")
                    .row(
                            "task-list requests made / not answered 200, by status (none: no answer in 60 s)",
                            sorted.size() + " / " + refused(refusals),
                            "0")
                    .row(
                            "task-list latency p50 / p95 under that load",
                            String.format("%d / %d ms", percentile(sorted, 50), percentile(sorted, 95)),
                            "")
                    .row(
                            "heap in use after the run / heap limit",
                            String.format("%.0f MiB / %.0f MiB", heapMiB, maxMiB),
                            "≤ 512 MiB")
                    .note("The inbox load starts once dispatch has registered every new complaint. "
                            + "The packaged jar on its embedded defaults (H2 file, embedded directory, bundled plugins), "
                            + "started with -Xmx512m; load from " + USERS + " client threads on this machine, cycling "
                            + "through " + ACCOUNTS.size() + " demo accounts of different offices, each calling "
                            + "GET /api/inbox/tasks with HTTP Basic.")
                    .writeTo("memory.md");
            // the budget is memory: the engine must have lived through it; slowness is in the table
            assertThat(engine.isAlive()).isTrue();
        }
    }

    private long openCases(String baseUrl) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        AtomicInteger started = new AtomicInteger();
        for (int i = 0; i < OPEN_CASES; i++) {
            int n = i;
            clients.execute(() -> {
                String body =
                        "{\"variables\":{\"channel\":{\"value\":\"phone\"},\"category\":{\"value\":\"public-service\"},"
                                + "\"province\":{\"value\":\"bokeo\"},\"complaintText\":{\"value\":\"ໄຟທາງບໍ່ໄດ້ເປີດມາດົນແລ້ວ ບ້ານ "
                                + n + "\"}}}";
                if (send(baseUrl + "/engine-rest/process-definition/key/hotline-1516/start", "phonsavanh.opm", body)
                        == 200) {
                    started.incrementAndGet();
                }
            });
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.MINUTES)).isTrue();
        return started.get();
    }

    /** Registration runs at 6–50 cases/s depending on what else the machine does: up to half an hour. */
    private void awaitNoExternalWork(String baseUrl) throws Exception {
        Eventually.eventually(
                "the registrations finish",
                Duration.ofMinutes(60),
                Duration.ofSeconds(1),
                () -> metricLike(baseUrl, "/engine-rest/external-task/count") == 0);
    }

    private long metricLike(String baseUrl, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                .build();
        return JSON.readTree(
                        http.send(request, HttpResponse.BodyHandlers.ofString()).body())
                .path("count")
                .asLong();
    }

    /** "0", or the count and each status: "272 (503 × 250, none × 22)". */
    private static String refused(Map<Integer, AtomicInteger> refusals) {
        int all = refusals.values().stream().mapToInt(AtomicInteger::get).sum();
        if (all == 0) {
            return "0";
        }
        return all + " ("
                + refusals.entrySet().stream()
                        .map(status -> (status.getKey() < 0 ? "none" : status.getKey()) + " × " + status.getValue())
                        .collect(Collectors.joining(", "))
                + ")";
    }

    private void workInboxes(String baseUrl, List<Long> latencies, Map<Integer, AtomicInteger> refusals)
            throws Exception {
        ExecutorService users = Executors.newFixedThreadPool(USERS);
        CountDownLatch done = new CountDownLatch(USERS);
        long until = System.nanoTime() + WORKING.toNanos();
        for (int u = 0; u < USERS; u++) {
            String account = ACCOUNTS.get(u % ACCOUNTS.size());
            users.execute(() -> {
                try {
                    while (System.nanoTime() < until) {
                        long asked = System.nanoTime();
                        int status = send(baseUrl + "/api/inbox/tasks?scope=groups&page=0&size=20", account, null);
                        latencies.add((System.nanoTime() - asked) / 1_000_000);
                        if (status != 200) {
                            refusals.computeIfAbsent(status, code -> new AtomicInteger())
                                    .incrementAndGet();
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        users.shutdown();
    }

    private int send(String url, String user, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        if (body != null) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private double metric(String baseUrl, String name) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/metrics/" + name))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                .build();
        JsonNode reply = JSON.readTree(
                http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        return reply.path("measurements").get(0).path("value").asDouble();
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }
}
