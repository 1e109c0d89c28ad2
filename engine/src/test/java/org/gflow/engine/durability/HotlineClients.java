package org.gflow.engine.durability;

import static org.gflow.engine.CamundaJson.variables;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.gflow.engine.Api;

/**
 * Client threads working the hotline through {@code /engine-rest} with HTTP Basic, as call
 * centre staff would: the operator records calls, the Office triages them once registered.
 * Every write the engine confirms, and every tracking number read back, goes into
 * {@link ConfirmedWrites}. Against one engine a client stops at its first transport failure (the
 * engine is gone); behind a proxy it carries on.
 */
final class HotlineClients implements AutoCloseable {

    static final String OPERATOR = "phonsavanh.opm";
    static final String TRIAGE = "vilayvanh.opm";
    static final String START = "/engine-rest/process-definition/key/hotline-1516/start";

    private final ExecutorService threads;
    private final boolean behindAProxy;
    private volatile boolean stopped;

    private HotlineClients(int count, boolean behindAProxy) {
        this.threads = Executors.newFixedThreadPool(count);
        this.behindAProxy = behindAProxy;
    }

    /** Starts {@code count} clients against one engine; each stops once the engine is gone. */
    static HotlineClients start(String baseUrl, int count, ConfirmedWrites confirmed) {
        return start(baseUrl, count, confirmed, false);
    }

    /**
     * Starts {@code count} clients against a proxy in front of several engine nodes; a request
     * lost with a node is not confirmed, and the client carries on through the proxy until closed.
     */
    static HotlineClients startBehindAProxy(String baseUrl, int count, ConfirmedWrites confirmed) {
        return start(baseUrl, count, confirmed, true);
    }

    private static HotlineClients start(String baseUrl, int count, ConfirmedWrites confirmed, boolean behindAProxy) {
        HotlineClients clients = new HotlineClients(count, behindAProxy);
        for (int i = 0; i < count; i++) {
            clients.threads.submit(() -> clients.work(baseUrl, confirmed));
        }
        return clients;
    }

    /** Files a complaint as the operator; the case id when the engine confirmed it. */
    static String fileComplaint(Api operator) {
        Api.Reply started = operator.post(
                START,
                variables(
                        "channel", "phone",
                        "complaintText", "ນ້ຳປະປາບ້ານໂພນສະຫວາດ ບໍ່ໄຫຼມາໄດ້ສອງອາທິດແລ້ວ",
                        "category", "public-service",
                        "province", "bokeo"));
        return started.status() == 200 ? started.text("id") : null;
    }

    private void work(String baseUrl, ConfirmedWrites confirmed) {
        Api operator = Api.as(baseUrl, OPERATOR);
        Api triage = Api.as(baseUrl, TRIAGE);
        Api admin = Api.as(baseUrl, "admin");
        Deque<String> awaitingTriage = new ArrayDeque<>();
        while (!stopped) {
            try {
                String caseId = fileComplaint(operator);
                if (caseId != null) {
                    confirmed.started(caseId);
                    awaitingTriage.add(caseId);
                }
                if (!awaitingTriage.isEmpty() && triaged(awaitingTriage.peek(), triage, admin, confirmed)) {
                    awaitingTriage.remove();
                }
            } catch (UncheckedIOException requestLost) {
                if (!behindAProxy) {
                    return; // the engine was killed: this client is done
                }
            }
        }
    }

    /** Triages a case once it is registered; whether the engine confirmed the completion. */
    private static boolean triaged(String caseId, Api triage, Api admin, ConfirmedWrites confirmed) {
        JsonNode tasks = triage.get(
                        "/engine-rest/task?processInstanceId=" + caseId + "&taskDefinitionKey=triageComplaint")
                .json();
        if (!tasks.isArray() || tasks.size() != 1) {
            return false; // not registered yet
        }
        Api.Reply number = admin.get("/engine-rest/process-instance/" + caseId + "/variables/trackingNumber");
        if (number.status() == 200) {
            confirmed.sawTrackingNumber(caseId, number.text("value"));
        }
        String taskId = tasks.get(0).path("id").asText();
        int status = triage.post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of()))
                .status();
        if (status / 100 == 2) {
            confirmed.completed(taskId);
            return true;
        }
        return false;
    }

    /** Waits until every client has stopped (after the engine was killed, each stops at once). */
    void awaitEnd() throws InterruptedException {
        threads.shutdown();
        if (!threads.awaitTermination(2, TimeUnit.MINUTES)) {
            throw new AssertionError("the clients did not stop after the engine was killed");
        }
    }

    @Override
    public void close() {
        stopped = true;
        threads.shutdownNow();
    }
}
