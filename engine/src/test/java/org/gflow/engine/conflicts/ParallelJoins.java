package org.gflow.engine.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.gflow.engine.Api;
import org.gflow.engine.testing.Eventually;

/**
 * The test model {@code parallel-joins.bpmn} and what a remote client does with it: deploy it
 * (as an administrator, through {@code /engine-rest/deployment/create}), start cases, fetch and
 * complete its external tasks.
 */
final class ParallelJoins {

    static final String KEY = "gflow-it-parallel-joins";
    static final List<String> TOPICS = List.of("gflow-it.look-up", "gflow-it.register");
    private static final String BOUNDARY = "gflow-parallel-joins";

    private ParallelJoins() {}

    /** Deploys the model unless this version is there already. */
    static void deploy(Api admin) {
        byte[] model;
        try (InputStream in = ParallelJoins.class.getResourceAsStream("parallel-joins.bpmn")) {
            model = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String head = part("deployment-name", "gflow-it-parallel-joins") + part("enable-duplicate-filtering", "true")
                + "--" + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"parallel-joins.bpmn\"\r\n"
                + "Content-Type: application/xml\r\n\r\n";
        byte[] body = concat(
                head.getBytes(StandardCharsets.UTF_8),
                model,
                ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Api.Reply reply =
                admin.postRaw("/engine-rest/deployment/create", "multipart/form-data; boundary=" + BOUNDARY, body);
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
    }

    /** Starts a case whose variable {@code lane} lets one pair of clients find its tasks; returns its id. */
    static String start(Api client, String lane) {
        Api.Reply reply = patiently(() -> client.post(
                "/engine-rest/process-definition/key/" + KEY + "/start",
                Map.of("variables", Map.of("lane", Map.of("value", lane)))));
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        return reply.text("id");
    }

    static Api.Reply fetchAndLock(Api worker, String workerId, int maxTasks) {
        return fetchAndLock(worker, workerId, maxTasks, null);
    }

    /** Fetches only tasks of the cases in this lane (null: of every case). */
    static Api.Reply fetchAndLock(Api worker, String workerId, int maxTasks, String lane) {
        return patiently(() -> worker.post(
                "/engine-rest/external-task/fetchAndLock",
                Map.of(
                        "workerId",
                        workerId,
                        "maxTasks",
                        maxTasks,
                        "topics",
                        TOPICS.stream().map(topic -> topic(topic, lane)).toList())));
    }

    private static Map<String, Object> topic(String topic, String lane) {
        Map<String, Object> fetched =
                new java.util.LinkedHashMap<>(Map.of("topicName", topic, "lockDuration", 600_000));
        if (lane != null) {
            fetched.put("processVariables", Map.of("lane", lane));
        }
        return fetched;
    }

    static Api.Reply completeExternal(Api worker, String workerId, String taskId) {
        return patiently(
                () -> worker.post("/engine-rest/external-task/" + taskId + "/complete", Map.of("workerId", workerId)));
    }

    static Api.Reply completeUserTask(Api user, String taskId) {
        return patiently(() -> user.post("/engine-rest/task/" + taskId + "/complete", Map.of()));
    }

    /**
     * Sends again, as a well-behaved client does, while the engine answers 503 with Retry-After
     * (all its database connections busy); any other answer is returned as it is.
     */
    static Api.Reply patiently(Supplier<Api.Reply> request) {
        return Eventually.eventually(
                "an answer other than 503 busy",
                Eventually.CEILING,
                Duration.ofSeconds(1),
                request::get,
                reply -> reply.status() != 503);
    }

    private static String part(String name, String value) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
