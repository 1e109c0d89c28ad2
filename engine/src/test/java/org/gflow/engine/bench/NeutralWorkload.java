package org.gflow.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The REST benchmarks' neutral workload: a trivial model (start → user task → end) that any
 * Camunda-compatible engine runs, driven over HTTP by client threads that each loop start the case,
 * find its task, complete it. Every request must succeed; the rate is requests per second.
 */
final class NeutralWorkload {

    static final String MODEL_KEY = "rest-bench";

    private static final ObjectMapper JSON = new ObjectMapper();

    private NeutralWorkload() {}

    static BpmnModelInstance model() {
        return Bpmn.createExecutableProcess(MODEL_KEY)
                .camundaHistoryTimeToLive(30)
                .startEvent()
                .userTask("work")
                .name("Work")
                .endEvent()
                .done();
    }

    static String basicAuthorization(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Runs {@code cases} cases (three requests each) from {@code clients} threads; answers requests/s. */
    static double driveCases(Target target, int clients, int cases) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            AtomicInteger left = new AtomicInteger(cases);
            List<Future<?>> workers = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < clients; i++) {
                workers.add(pool.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        target.runOneCase();
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            return 3.0 * cases / ((System.nanoTime() - started) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The median of one column of the rounds, with the lowest and highest. */
    static String spread(List<double[]> rounds, int column, String format) {
        double[] values =
                rounds.stream().mapToDouble(round -> round[column]).sorted().toArray();
        return String.format(
                format + " (" + format + "–" + format + ")",
                values[values.length / 2],
                values[0],
                values[values.length - 1]);
    }

    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** One engine's REST API ({@code base} ends before {@code /process-definition}), as one client sees it. */
    record Target(URI base, String authorization) {

        private static final HttpClient CLIENT = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();

        void runOneCase() throws IOException, InterruptedException {
            String processInstanceId = JSON.readTree(send(post("/process-definition/key/" + MODEL_KEY + "/start"), 200))
                    .get("id")
                    .asText();
            JsonNode tasks = JSON.readTree(
                    send(request("/task?processInstanceId=" + processInstanceId).GET(), 200));
            assertThat(tasks).as("open tasks of %s", processInstanceId).hasSize(1);
            send(post("/task/" + tasks.get(0).get("id").asText() + "/complete"), 204);
        }

        /** Deploys the model through this REST API. */
        void deployModel() throws IOException, InterruptedException {
            String boundary = "gflow-bench-" + System.nanoTime();
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
                    + MODEL_KEY + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\""
                    + MODEL_KEY + ".bpmn\"\r\nContent-Type: application/xml\r\n\r\n" + Bpmn.convertToString(model())
                    + "\r\n--" + boundary + "--\r\n";
            send(
                    request("/deployment/create")
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)),
                    200);
        }

        private HttpRequest.Builder post(String path) {
            return request(path)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}"));
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder builder =
                    HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
            return authorization == null ? builder : builder.header("Authorization", authorization);
        }

        private static String send(HttpRequest.Builder request, int expectedStatus)
                throws IOException, InterruptedException {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException(request.build().method() + " "
                        + request.build().uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        }
    }
}
