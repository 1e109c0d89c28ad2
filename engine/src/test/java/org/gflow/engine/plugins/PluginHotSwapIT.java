package org.gflow.engine.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.ExternalTaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.gflow.engine.plugins.fixtures.echo.EchoActivator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The running engine with its plugins directory: bundled plugins, drop-in and removal, and a
 * plugin installed, updated, uninstalled and installed again while 50 cases run through its
 * topic. How fast a swap is followed is measured by the benchmarks, not here.
 */
class PluginHotSwapIT extends EngineIT {

    private static final String TOPIC = "it.swap";
    private static final int CASES = 50;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    HistoryService historyService;

    @Autowired
    ExternalTaskService externalTaskService;

    @Autowired
    PluginFramework framework;

    @Value("${gflow.data-dir}")
    Path dataDir;

    private Path plugins;
    private TestBundles staging;
    private Api admin;
    private final List<Gate> gates = new ArrayList<>();

    /** A gate the echo plugin's calls wait at (see {@link EchoActivator}), shut until permits are released. */
    private record Gate(String name, Semaphore calls, ServiceRegistration<Semaphore> registration) {}

    @BeforeEach
    void prepare() throws Exception {
        plugins = dataDir.resolve("plugins");
        staging = new TestBundles(Files.createDirectories(dataDir.resolve("staging")));
        admin = Api.as(baseUrl(), "admin");
        removeTestJars();
    }

    @AfterEach
    void closeGates() {
        // a call still held at a gate is let go, so no worker stays blocked for the next test
        for (Gate gate : gates) {
            gate.calls().release(CASES);
            gate.registration().unregister();
        }
        gates.clear();
    }

    @AfterEach
    void removeTestJars() throws Exception {
        try (var jars = Files.list(Files.createDirectories(plugins))) {
            for (Path jar : jars.filter(file -> file.getFileName().toString().startsWith("it-"))
                    .toList()) {
                Files.delete(jar);
            }
        }
        Api.eventually("test plugins gone", () -> ids().stream().noneMatch(id -> id.startsWith("it-")));
    }

    @Test
    void theBundledExamplePluginsAreActiveWithTheirTopics() {
        JsonNode list = admin.get("/api/plugins").json();

        assertThat(plugin(list, "moic-business-licence").path("state").asText()).isEqualTo("ACTIVE");
        assertThat(texts(plugin(list, "moic-business-licence").path("topics")))
                .containsExactly("moic.enterprise-lookup");
        // the permit and hotline forms live once, beside their processes: no plugin ships a second copy
        assertThat(texts(plugin(list, "moic-business-licence").path("forms"))).isEmpty();
        assertThat(texts(plugin(list, "opm-hotline").path("forms"))).isEmpty();
        assertThat(texts(plugin(list, "opm-hotline").path("topics"))).containsExactly("opm.hotline-publish-answer");
        assertThat(texts(plugin(list, "mof-payment").path("topics"))).containsExactly("mof.fee-payment");
        assertThat(repositoryService
                        .createDeploymentQuery()
                        .deploymentName("plugin:moic-business-licence")
                        .count())
                .isOne();
        assertThat(repositoryService
                        .createDecisionDefinitionQuery()
                        .decisionDefinitionKey("moic-business-licence-fee")
                        .count())
                .isOne();
    }

    @Test
    void onlyAdminsSeeThePlugins() {
        assertThat(Api.anonymous(baseUrl()).get("/api/plugins").status()).isEqualTo(401);
        assertThat(Api.as(baseUrl(), "khamla.opm").get("/api/plugins").status()).isEqualTo(403);
    }

    @Test
    void aJarDroppedInIsListedActiveAndGoneWhenDeleted() throws Exception {
        Path jar = staging.echo("it-drop.jar", "it-drop", "1.0.0", "it.drop", "ok");

        Files.move(jar, plugins.resolve("it-drop.jar"), StandardCopyOption.ATOMIC_MOVE);
        Api.eventually("it-drop active", () -> {
            JsonNode found = plugin(admin.get("/api/plugins").json(), "it-drop");
            return found != null
                    && "ACTIVE".equals(found.path("state").asText())
                    && texts(found.path("topics")).contains("it.drop");
        });

        Files.delete(plugins.resolve("it-drop.jar"));
        Api.eventually("it-drop gone", () -> !ids().contains("it-drop"));
        assertThat(Api.anonymous(baseUrl()).get("/actuator/health").text("status"))
                .isEqualTo("UP");
    }

    @Test
    void fiftyCasesSurviveInstallUpdateUninstallAndReinstall() throws Exception {
        repositoryService
                .createDeployment()
                .name("it-swap")
                .addModelInstance(
                        "it-swap.bpmn",
                        Bpmn.createExecutableProcess("it-swap")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .serviceTask("callPlugin")
                                .camundaExternalTask(TOPIC)
                                .endEvent("done")
                                .done())
                .deploy();

        // The plugin's calls pass gates the test opens: how many cases each version completes,
        // and which calls are under way at a swap, is decided here, not by the machine's speed.
        Gate v1 = gate();
        Gate v2 = gate();
        Semaphore v1Calls = v1.calls();
        Semaphore v2Calls = v2.calls();

        // 1. nobody serves the topic: every case waits at the service task, its task untouched
        List<String> cases = startConcurrently(CASES);
        assertThat(completed(cases)).isZero();
        assertThat(tasks(cases).notLocked().count()).isEqualTo(CASES);

        // 2. install while the cases wait: v1 may answer 10 calls; the next ones are held under way
        v1Calls.release(10);
        drop(staging.gatedEcho("it-swap.jar", "it-swap", "1.0.0", TOPIC, "v1", v1.name()));
        Api.eventually("10 cases done on v1", () -> completed(cases) == 10);
        Api.eventually("calls under way in v1", v1Calls::hasQueuedThreads);

        // 3. update under load: once v2 serves the topic, the calls under way finish on v1 and new
        //    calls go to v2, which may answer 15; its next calls are held under way
        v2Calls.release(15);
        drop(staging.gatedEcho("it-swap.jar", "it-swap", "2.0.0", TOPIC, "v2", v2.name()));
        Api.eventually(
                "v2 active",
                () -> "2.0.0"
                        .equals(plugin(admin.get("/api/plugins").json(), "it-swap")
                                .path("version")
                                .asText()));
        v1Calls.release(CASES);
        Api.eventually(
                "15 calls answered by v2, more under way",
                () -> v2Calls.availablePermits() == 0 && v2Calls.hasQueuedThreads());

        // 4. uninstall: the calls under way finish; the cases left wait, their tasks untouched
        Files.delete(plugins.resolve("it-swap.jar"));
        Api.eventually("it-swap gone", () -> !ids().contains("it-swap"));
        v2Calls.release(CASES);
        Api.eventually("no call under way", () -> tasks(cases).locked().count() == 0);
        long doneWhileGone = completed(cases);
        assertThat(doneWhileGone).isGreaterThanOrEqualTo(25).isLessThan(CASES);
        assertThat(tasks(cases).notLocked().count()).isEqualTo(CASES - doneWhileGone);

        // 5. install again: every case completes
        drop(staging.echo("it-swap.jar", "it-swap", "3.0.0", TOPIC, "v3"));
        Api.eventually("all cases done", () -> completed(cases) == CASES);

        for (String id : cases) {
            assertThat(historyService
                            .createHistoricExternalTaskLogQuery()
                            .processInstanceId(id)
                            .successLog()
                            .count())
                    .as("case %s completed exactly once", id)
                    .isOne();
            assertThat(historyService
                            .createHistoricExternalTaskLogQuery()
                            .processInstanceId(id)
                            .failureLog()
                            .count())
                    .isZero();
            // this test's cases only: other tests leave incidents of their own on purpose
            assertThat(historyService
                            .createHistoricIncidentQuery()
                            .processInstanceId(id)
                            .count())
                    .as("incidents of case %s", id)
                    .isZero();
        }
        Set<Object> replies = Set.copyOf(historyService
                .createHistoricVariableInstanceQuery()
                .variableName("reply")
                .processInstanceIdIn(cases.toArray(String[]::new))
                .list()
                .stream()
                .map(variable -> variable.getValue())
                .toList());
        assertThat(replies).containsExactlyInAnyOrder("v1", "v2", "v3");
    }

    @Test
    void anUploadIsCheckedInstalledAndCanBeUninstalled() throws Exception {
        Api.Reply refused = upload("not-a-plugin.jar", Files.readAllBytes(staging.plainJar("it-plain.jar")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("detail")).contains("not an OSGi bundle");

        Api.Reply installed = upload(
                "anything.jar", Files.readAllBytes(staging.echo("it-up.jar", "it-upload", "1.0.0", "it.upload", "x")));
        assertThat(installed.status()).isEqualTo(201);
        assertThat(installed.text("state")).isEqualTo("ACTIVE");
        assertThat(texts(installed.json().path("topics"))).containsExactly("it.upload");
        assertThat(plugins.resolve("it-upload.jar")).exists();

        assertThat(admin.post("/api/plugins/it-upload/stop", "").text("state")).isEqualTo("STOPPED");
        assertThat(admin.post("/api/plugins/it-upload/start", "").text("state")).isEqualTo("ACTIVE");
        assertThat(admin.delete("/api/plugins/it-upload").status()).isEqualTo(204);
        assertThat(ids()).doesNotContain("it-upload");
        assertThat(plugins.resolve("it-upload.jar")).doesNotExist();
        assertThat(admin.delete("/api/plugins/it-upload").status()).isEqualTo(404);
    }

    @Test
    void elementTemplatesDownloadAsOneFileForTheModeler() {
        JsonNode templates = admin.get("/api/plugins/moic-business-licence/element-templates")
                .json();

        assertThat(templates.isArray()).isTrue();
        assertThat(templates.get(0).path("id").asText()).isEqualTo("org.gflow.moic.enterprise-lookup");
        assertThat(templates.get(0).path("appliesTo").get(0).asText()).isEqualTo("bpmn:ServiceTask");
    }

    private Api.Reply upload(String fileName, byte[] jar) {
        String boundary = "gflow-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/java-archive\r\n\r\n")
                .getBytes();
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
        byte[] body = new byte[head.length + jar.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(jar, 0, body, head.length, jar.length);
        System.arraycopy(tail, 0, body, head.length + jar.length, tail.length);
        return admin.postRaw("/api/plugins", "multipart/form-data; boundary=" + boundary, body);
    }

    private void drop(Path jar) throws Exception {
        Files.move(
                jar,
                plugins.resolve(jar.getFileName()),
                StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private List<String> startConcurrently(int count) throws Exception {
        ExecutorService starters = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> started = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                started.add(starters.submit(() -> runtimeService
                        .startProcessInstanceByKey("it-swap", Map.of("n", n))
                        .getId()));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> future : started) {
                ids.add(future.get());
            }
            return ids;
        } finally {
            starters.shutdown();
        }
    }

    private Gate gate() {
        String name = "gate-" + UUID.randomUUID();
        Semaphore calls = new Semaphore(0);
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(EchoActivator.GATE_PROPERTY, name);
        Gate gate = new Gate(name, calls, framework.context().registerService(Semaphore.class, calls, properties));
        gates.add(gate);
        return gate;
    }

    /** The external tasks of these cases at the swapped plugin's topic. */
    private ExternalTaskQuery tasks(List<String> cases) {
        return externalTaskService
                .createExternalTaskQuery()
                .topicName(TOPIC)
                .processInstanceIdIn(cases.toArray(String[]::new));
    }

    private long completed(List<String> cases) {
        return historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceIds(Set.copyOf(cases))
                .completed()
                .count();
    }

    private List<String> ids() {
        return texts(admin.get("/api/plugins").json(), "id");
    }

    private static JsonNode plugin(JsonNode list, String id) {
        return StreamSupport.stream(list.spliterator(), false)
                .filter(node -> id.equals(node.path("id").asText()))
                .findFirst()
                .orElse(null);
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(node -> node.path(field).asText())
                .toList();
    }
}
