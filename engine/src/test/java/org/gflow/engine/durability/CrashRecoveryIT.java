package org.gflow.engine.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gflow.engine.Api;
import org.gflow.engine.testing.PackagedEngine;
import org.gflow.engine.testing.PostgresServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The packaged engine, killed with {@code kill -9} while clients file and triage complaints,
 * then started again on the same data: every start and completion the engine confirmed is
 * there, and no tracking number was ever given to two cases — also not to complaints filed
 * after the restart. On the embedded H2 and on PostgreSQL.
 */
@Tag("own-engine")
class CrashRecoveryIT {

    private static final List<String> JVM = List.of("-Xmx512m");
    private static final Duration START_LIMIT = Duration.ofMinutes(5);
    private static final int CLIENTS = 4;
    private static final int WRITES_BEFORE_THE_KILL = 150;
    private static final int COMPLAINTS_AFTER_THE_RESTART = 10;

    @Test
    void onTheEmbeddedH2() throws Exception {
        survivesAKill(newDataDir("crash-h2-"));
    }

    @Test
    void onPostgres() throws Exception {
        try (PostgresServer postgres = PostgresServer.start()) {
            survivesAKill(newDataDir("crash-postgres-"), postgres.packagedEngineArguments());
        }
    }

    private static void survivesAKill(Path data, String... settings) throws Exception {
        ConfirmedWrites confirmed = new ConfirmedWrites();
        PackagedEngine first = PackagedEngine.startOn(data, JVM, settings);
        try (HotlineClients clients = startClientsOn(first, confirmed)) {
            // 1. the clients work until a good number of writes was confirmed, and some completions
            await("confirmed writes")
                    .atMost(Duration.ofMinutes(5))
                    .until(() -> confirmed.count() >= WRITES_BEFORE_THE_KILL
                            && confirmed.completedTasks().size() >= 20);
            // 2. kill -9 in the middle of their work
            first.kill();
            clients.awaitEnd();
        } finally {
            first.kill();
        }

        // 3. the same data, a new process
        try (PackagedEngine second = PackagedEngine.startOn(data, JVM, settings)) {
            second.awaitHealthy(START_LIMIT);
            Api admin = Api.as(second.baseUrl(), "admin");
            // 4. complaints filed after the restart get numbers of their own
            List<String> later = fileComplaints(second.baseUrl());
            await("tracking numbers after the restart")
                    .atMost(Duration.ofMinutes(3))
                    .until(() -> HotlineHistory.trackingNumbers(admin).keySet().containsAll(later));
            // 5. nothing the engine confirmed is lost, no number given twice
            HotlineHistory.assertKeepsEverythingConfirmed(admin, confirmed);
        }
    }

    private static HotlineClients startClientsOn(PackagedEngine engine, ConfirmedWrites confirmed) throws Exception {
        engine.awaitHealthy(START_LIMIT);
        return HotlineClients.start(engine.baseUrl(), CLIENTS, confirmed);
    }

    private static List<String> fileComplaints(String baseUrl) {
        Api operator = Api.as(baseUrl, HotlineClients.OPERATOR);
        List<String> filed = new ArrayList<>();
        for (int i = 0; i < COMPLAINTS_AFTER_THE_RESTART; i++) {
            String caseId = HotlineClients.fileComplaint(operator);
            assertThat(caseId).as("a complaint filed after the restart").isNotNull();
            filed.add(caseId);
        }
        return filed;
    }

    private static Path newDataDir(String prefix) throws Exception {
        return Files.createTempDirectory(Path.of("target").toAbsolutePath(), prefix);
    }
}
