package org.gflow.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gflow.engine.testing.Eventually;
import org.gflow.engine.testing.OwnEngine;
import org.gflow.engine.testing.PackagedEngine;
import org.gflow.engine.testing.PostgresServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The engine's own figures: cold start of the packaged jar on its embedded defaults, and
 * 1,000 hotline cases end to end through the Java API on H2 and on PostgreSQL, measured side
 * by side in one run. Writes {@code docs/benchmarks/engine.md}.
 */
@Tag("bench")
class EngineBench {

    private static final int CASES = 1000;
    private static final int PERMITS = 50;

    @Test
    void engineFigures() throws Exception {
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            starts.add(coldStartMillis());
        }
        starts.sort(null);

        double[] permitShare = new double[2];
        double h2 = casesPerSecond(
                Map.of(
                        "gflow.data-dir",
                        "target/bench-h2",
                        "camunda.bpm.process-engine-name",
                        "benchH2",
                        "gflow.db.url",
                        "jdbc:h2:mem:bench-h2;DB_CLOSE_DELAY=-1"),
                context -> {
                    double[] measured = PermitCases.documentShare(context, PERMITS);
                    permitShare[0] = measured[0];
                    permitShare[1] = measured[1];
                });
        double postgres;
        try (PostgresServer server = PostgresServer.start()) {
            postgres = casesPerSecond(server.engineSettings("target/bench-postgres", "benchPostgres"), context -> {});
        }

        new BenchmarkTable("Engine", "what", "figure", "budget")
                .row(
                        "cold start of `java -jar engine/target/gflow-engine.jar` to health UP (median of 3)",
                        String.format("%.1f s (runs: %s ms)", starts.get(1) / 1000.0, starts),
                        "≤ 15 s")
                .row(CASES + " hotline cases end to end, Java API, H2 in memory", String.format("%.1f cases/s", h2), "")
                .row(
                        CASES + " hotline cases end to end, Java API, PostgreSQL 15 on loopback",
                        String.format("%.1f cases/s (%.2f× H2)", postgres, postgres / h2),
                        "")
                .row(
                        PERMITS
                                + " business-licence permits one after another, H2: share of a case's engine time in the "
                                + "document step",
                        String.format(
                                "%.1f %% (case %.0f ms, certificate %.1f ms)",
                                100 * permitShare[1] / permitShare[0], permitShare[0], permitShare[1]),
                        "")
                .note("A case here: start, registration (external task through dispatch), triage, verification, "
                        + "explanation, publication and notification (two more external tasks).")
                .writeTo("engine.md");
        assertThat(h2).isPositive();
    }

    /** Starts the packaged engine in a fresh JVM with a fresh data folder; stops it once healthy. */
    private static long coldStartMillis() throws Exception {
        long started = System.nanoTime();
        try (PackagedEngine engine = PackagedEngine.start(List.of())) {
            engine.awaitHealthy(Duration.ofSeconds(120));
            return (System.nanoTime() - started) / 1_000_000;
        }
    }

    private static double casesPerSecond(
            Map<String, Object> properties, java.util.function.Consumer<ConfigurableApplicationContext> more)
            throws InterruptedException {
        // a case ends a second after its answer rather than waiting out the citizen's reopen window
        Map<String, Object> all = new java.util.HashMap<>(Map.of("gflow.hotline.reopen.window", "calendar:PT1S"));
        all.putAll(properties);
        try (ConfigurableApplicationContext context = OwnEngine.start(all)) {
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            long started = System.nanoTime();
            for (int i = 0; i < CASES; i++) {
                engine.getRuntimeService()
                        .startProcessInstanceByKey(
                                "hotline-1516",
                                Map.of(
                                        "channel",
                                        "phone",
                                        "complaintText",
                                        "ໄຟຟ້າດັບເລື້ອຍໆ ໃນບ້ານ " + i,
                                        "category",
                                        "public-service",
                                        "province",
                                        "bokeo"));
            }
            driveUserTasks(engine);
            HistoryService history = engine.getHistoryService();
            Eventually.eventually(
                    "every case ends",
                    Duration.ofMinutes(15),
                    Duration.ofMillis(20),
                    () -> history.createHistoricProcessInstanceQuery()
                                    .processDefinitionKey("hotline-1516")
                                    .finished()
                                    .count()
                            >= CASES);
            double perSecond = CASES / ((System.nanoTime() - started) / 1e9);
            more.accept(context);
            return perSecond;
        }
    }

    /** Completes triage, verification and explanation as they appear, until none is left to come. */
    private static void driveUserTasks(ProcessEngine engine) throws InterruptedException {
        TaskService tasks = engine.getTaskService();
        HistoryService history = engine.getHistoryService();
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (history.createHistoricProcessInstanceQuery()
                        .processDefinitionKey("hotline-1516")
                        .unfinished()
                        .count()
                > 0) {
            List<Task> open =
                    tasks.createTaskQuery().processDefinitionKey("hotline-1516").listPage(0, 200);
            if (open.isEmpty()) {
                Eventually.eventually(
                        "a user task appears or every case ends",
                        Duration.ofMinutes(15),
                        Duration.ofMillis(10),
                        () -> tasks.createTaskQuery()
                                                .processDefinitionKey("hotline-1516")
                                                .count()
                                        > 0
                                || history.createHistoricProcessInstanceQuery()
                                                .processDefinitionKey("hotline-1516")
                                                .unfinished()
                                                .count()
                                        == 0);
            }
            for (Task task : open) {
                tasks.complete(
                        task.getId(),
                        switch (task.getTaskDefinitionKey()) {
                            case "verifyComplaint" -> Map.of("complaintTrue", false);
                            case "writeExplanation" -> Map.of("answerText", "ໄດ້ແກ້ໄຂແລ້ວ");
                            default -> Map.of();
                        });
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The cases did not finish within 15 minutes");
            }
        }
    }
}
