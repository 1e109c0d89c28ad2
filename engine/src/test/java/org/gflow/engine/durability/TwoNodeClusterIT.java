package org.gflow.engine.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.gflow.engine.Api;
import org.gflow.engine.inbox.EventStream;
import org.gflow.engine.testing.HaproxyServer;
import org.gflow.engine.testing.PackagedEngine;
import org.gflow.engine.testing.PostgresServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two packaged engine nodes on one PostgreSQL behind HAProxy, as a ministry runs G-Flow for its
 * whole staff: the hotline's clients work through the proxy and both nodes serve them; one node
 * is killed with {@code kill -9} in the middle of the work; the clients carry on through the proxy
 * on the other node, and afterwards every case start and completion the cluster confirmed is
 * there, no tracking number was given twice, and every case the dead node had started registering
 * (its external tasks locked by that node) is registered by the surviving node once the locks
 * run out. And the live inbox spans the nodes: a task that arrives through one node reaches an
 * inbox open on the other.
 */
@Tag("own-engine")
class TwoNodeClusterIT {

    private static final List<String> JVM = List.of("-Xmx512m");
    private static final Duration START_LIMIT = Duration.ofMinutes(5);
    private static final int CLIENTS = 4;
    private static final int WRITES_BEFORE_THE_KILL = 100;
    private static final int WRITES_AFTER_THE_KILL = 60;

    /** A task started on one node arrives, and its claim is heard, in an inbox open on the other. */
    private static void liveInboxSpansTheNodes(PackagedEngine one, PackagedEngine other) {
        try (EventStream triage = EventStream.open(other.baseUrl(), "vilayvanh.opm", null)) {
            Api operator = Api.as(one.baseUrl(), "phonsavanh.opm");
            String caseId = operator.startPhoneComplaint("ຂີ້ເຫຍື້ອບໍ່ມີຄົນເກັບ", "public-service", "bokeo");
            Api triageOnOne = Api.as(one.baseUrl(), "vilayvanh.opm");
            String query = "/engine-rest/task?processInstanceId=" + caseId;
            await("the triage task")
                    .atMost(Duration.ofMinutes(2))
                    .until(() -> triageOnOne.get(query).json().size() == 1);
            String taskId = triageOnOne.get(query).json().get(0).path("id").asText();
            await("the task arrives on the other node")
                    .atMost(Duration.ofMinutes(1))
                    .until(() -> triage.received("task-added", taskId));
            assertThat(triageOnOne
                            .post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "vilayvanh.opm"))
                            .status())
                    .isEqualTo(204);
            await("the claim is heard on the other node")
                    .atMost(Duration.ofMinutes(1))
                    .until(() -> triage.received("task-changed", taskId));
        }
    }

    /** The browser is signed in as this user on the node it reaches: its session, and its inbox. */
    private static void signedIn(Api browser, String user) {
        Api.Reply session = browser.get("/api/auth/session");
        assertThat(session.json().path("authenticated").asBoolean())
                .as("signed in")
                .isTrue();
        assertThat(session.text("id")).isEqualTo(user);
        assertThat(browser.get("/api/inbox/tasks").status()).isEqualTo(200);
    }

    @Test
    void bothNodesServeAndOneKilledLosesAndDoublesNothing() throws Exception {
        try (PostgresServer postgres = PostgresServer.start()) {
            String[] settings = postgres.packagedEngineArguments(
                    // locks of a dead node run out soon: a call may take 5 s (+30 s margin), a job 15 s
                    "--gflow.dispatch.call-timeout=5s", "--camunda.bpm.job-execution.lock-time-in-millis=15000");
            // one after the other: the first creates the schema and deploys the models, the second joins
            PackagedEngine first = PackagedEngine.start(JVM, settings);
            first.awaitHealthy(START_LIMIT);
            try (PackagedEngine second = PackagedEngine.start(JVM, settings)) {
                second.awaitHealthy(START_LIMIT);
                ConfirmedWrites confirmed = new ConfirmedWrites();
                try (HaproxyServer proxy = HaproxyServer.start(List.of(first.baseUrl(), second.baseUrl()));
                        HotlineClients clients =
                                HotlineClients.startBehindAProxy(proxy.baseUrl(), CLIENTS, confirmed)) {
                    // 1. both nodes serve the clients
                    await("confirmed writes on two nodes")
                            .atMost(Duration.ofMinutes(5))
                            .until(() -> confirmed.count() >= WRITES_BEFORE_THE_KILL
                                    && confirmed.completedTasks().size() >= 10);
                    Map<String, Long> served = proxy.requestsPerNode();
                    assertThat(served).as("requests each node was sent").containsOnlyKeys("node1", "node2");
                    assertThat(served.values())
                            .as("requests each node was sent")
                            .allSatisfy(n -> assertThat(n).isPositive());
                    liveInboxSpansTheNodes(first, second);
                    // a browser signs in on the first node and is known on the second
                    Api browser = Api.browser(first.baseUrl());
                    assertThat(browser.post(
                                            "/api/auth/login",
                                            Map.of("username", "vilayvanh.opm", "password", Api.PASSWORD))
                                    .status())
                            .isEqualTo(200);
                    signedIn(browser, "vilayvanh.opm");
                    signedIn(browser.at(second.baseUrl()), "vilayvanh.opm");

                    // 2. one node dies in the middle of the work; the clients go on through the proxy
                    first.kill();
                    int atTheKill = confirmed.count();
                    await("confirmed writes after the kill")
                            .atMost(Duration.ofMinutes(5))
                            .until(() -> confirmed.count() >= atTheKill + WRITES_AFTER_THE_KILL);

                    // 3. the node it signed in on is gone: on the other it is still signed in, and signs out
                    Api sameBrowser = browser.at(proxy.baseUrl());
                    signedIn(sameBrowser, "vilayvanh.opm");
                    assertThat(sameBrowser.post("/api/auth/logout", Map.of()).status())
                            .isEqualTo(200);
                    assertThat(sameBrowser
                                    .get("/api/auth/session")
                                    .json()
                                    .path("authenticated")
                                    .asBoolean())
                            .isFalse();
                } finally {
                    first.kill();
                }

                // 4. the surviving node has everything, registers what the dead node left locked
                Api admin = Api.as(second.baseUrl(), "admin");
                await("every confirmed case registered by the surviving node")
                        .atMost(Duration.ofMinutes(3))
                        .until(() ->
                                HotlineHistory.trackingNumbers(admin).keySet().containsAll(confirmed.startedCases()));
                HotlineHistory.assertKeepsEverythingConfirmed(admin, confirmed);
            }
        }
    }
}
