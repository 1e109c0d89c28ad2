package org.gflow.engine.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gflow.engine.testing.Eventually.eventually;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gflow.engine.plugins.PluginContributions;
import org.gflow.engine.plugins.PluginFramework;
import org.gflow.engine.plugins.PluginHost;
import org.gflow.engine.plugins.PluginJar;
import org.gflow.engine.plugins.PluginOrigin;
import org.gflow.engine.plugins.TestBundles;
import org.gflow.engine.plugins.fixtures.echo.EchoActivator;
import org.gflow.plugin.api.BusinessError;
import org.gflow.plugin.api.Integration;
import org.gflow.plugin.api.IntegrationCall;
import org.gflow.plugin.api.IntegrationResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calls made in the transaction that reaches the task ({@link DirectCallBehavior}): every test of
 * the pool gives the same outcome this way (they are inherited), and what only this path does —
 * no external-task round trip for a quick call, a slow call handed over without being repeated,
 * a failed first call counted as the first attempt, remote workers and hot swap untouched.
 */
class DirectCallTest extends ExternalTaskDispatcherTest {

    /** Short, for the tests that make a call slow on purpose. */
    private static final Duration SHORT_WINDOW = Duration.ofMillis(50);

    @TempDir
    Path work;

    private PluginFramework framework;
    /** Serve the test's integrations as the engine's built-ins instead of a plugin's services. */
    private boolean asBuiltIns;

    /** The test's integrations as a plugin's services: only plugins are called in the case's transaction. */
    @Override
    IntegrationRegistry registry(List<Integration> integrations) {
        if (asBuiltIns) {
            return super.registry(integrations);
        }
        framework = PluginFramework.start(work.resolve("felix"));
        IntegrationRegistry plugins = new IntegrationRegistry(List.of(), signal);
        plugins.trackPlugins(framework.context());
        integrations.forEach(integration -> framework.context().registerService(Integration.class, integration, null));
        return plugins;
    }

    @AfterEach
    void closeFramework() {
        stop();
        if (framework != null) {
            framework.close();
        }
    }

    /** As long as the time limit: a quick call answers in the transaction however busy the machine. */
    @Override
    Duration inlineWindow(Duration timeLimit) {
        return timeLimit;
    }

    @Test
    void aQuickCallEndsItsTaskInTheTransactionThatReachedItWithTheHistoryOfAJavaDelegate() {
        AtomicReference<IntegrationCall> seen = new AtomicReference<>();
        start(
                integration(call -> {
                    seen.set(call);
                    return IntegrationResult.of("receiptNumber", "MOF-2026-000002");
                }),
                Duration.ofSeconds(5),
                RetryPolicy.standard(3));

        ProcessInstance instance =
                engine.getRuntimeService().startProcessInstanceByKey("work", "APP-2", Map.of("feeAmount", 100));

        // ended by the time the start returns: no fetch, no second transaction
        assertThat(instance.isEnded()).isTrue();
        assertThat(historicVariable(instance, "receiptNumber")).isEqualTo("MOF-2026-000002");
        assertThat(seen.get().variables()).containsEntry("feeAmount", 100);
        assertThat(seen.get().businessKey()).isEqualTo("APP-2");
        leftTheHistoryOfAJavaDelegate(instance);
        assertThat(meters.get("gflow.plugin.calls")
                        .tags("topic", TOPIC, "outcome", "completed")
                        .timer()
                        .count())
                .isOne();
    }

    @Test
    void aBusinessErrorAnsweredInTheTransactionAlsoLeavesTheHistoryOfAJavaDelegate() {
        start(
                integration(call -> {
                    throw new BusinessError("WRONG_AMOUNT", "paid 1, fee is 2", Map.of());
                }),
                Duration.ofSeconds(5),
                RetryPolicy.standard(3));

        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("work");

        assertThat(instance.isEnded()).isTrue();
        assertThat(endActivity(instance)).isEqualTo("refused");
        leftTheHistoryOfAJavaDelegate(instance);
    }

    /** The step's activity instance, and no external-task log: the task was never in the database. */
    private void leftTheHistoryOfAJavaDelegate(ProcessInstance instance) {
        assertThat(engine.getHistoryService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(instance.getId())
                        .activityId("callPlugin")
                        .finished()
                        .count())
                .isOne();
        assertThat(engine.getHistoryService()
                        .createHistoricExternalTaskLogQuery()
                        .processInstanceId(instance.getId())
                        .count())
                .isZero();
    }

    @Test
    void aSlowCallIsHandedOverSoTheCaseTransactionDoesNotWaitForItAndItIsNotRepeated() {
        CountDownLatch answer = new CountDownLatch(1);
        List<IntegrationCall> calls = new CopyOnWriteArrayList<>();
        start(
                List.of(integration(call -> {
                    calls.add(call);
                    answer.await();
                    return IntegrationResult.of("registryAnswer", "found");
                })),
                Duration.ofSeconds(30),
                RetryPolicy.standard(3),
                SHORT_WINDOW);

        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("work");

        // the start returned while the plugin still works: the task is committed, locked to this node
        ExternalTask task = engine.getExternalTaskService()
                .createExternalTaskQuery()
                .processInstanceId(instance.getId())
                .singleResult();
        assertThat(task.getWorkerId()).isEqualTo("test-node");
        // the call runs on a thread of its own; on a busy machine it may not have begun yet
        eventually("the plugin is called", () -> !calls.isEmpty());
        assertThat(task.getId()).isEqualTo(calls.get(0).taskId());
        answer.countDown();
        awaitEnded(instance);
        assertThat(historicVariable(instance, "registryAnswer")).isEqualTo("found");
        assertThat(calls).hasSize(1);
        assertThat(meters.get("gflow.plugin.handovers")
                        .tags("topic", TOPIC, "reason", "slow")
                        .counter()
                        .count())
                .isEqualTo(1.0);
    }

    @Test
    void aFailedFirstCallUsesTheFirstRetryAndTheRetriesSeeTheSameTask() {
        List<IntegrationCall> calls = new CopyOnWriteArrayList<>();
        start(
                integration(call -> {
                    calls.add(call);
                    if (calls.size() == 1) {
                        throw new IllegalStateException("enterprise registry unreachable");
                    }
                    return IntegrationResult.of("registryAnswer", "found");
                }),
                Duration.ofSeconds(5),
                new RetryPolicy(3, List.of(Duration.ofMillis(50))));

        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("work");

        awaitEnded(instance);
        assertThat(calls)
                .extracting(IntegrationCall::taskId)
                .containsOnly(calls.get(0).taskId())
                .hasSize(2);
        assertThat(calls).extracting(IntegrationCall::retriesLeft).containsExactly(2, 1);
        assertThat(engine.getHistoryService()
                        .createHistoricExternalTaskLogQuery()
                        .processInstanceId(instance.getId())
                        .failureLog()
                        .singleResult()
                        .getErrorMessage())
                .isEqualTo("enterprise registry unreachable");
        assertThat(meters.get("gflow.plugin.handovers")
                        .tags("topic", TOPIC, "reason", "failed")
                        .counter()
                        .count())
                .isEqualTo(1.0);
    }

    @Test
    void anEngineBuiltInIsLeftToThePoolSoItSeesItsCaseCommitted() {
        // a built-in such as the hotline registration works on its case through the engine
        asBuiltIns = true;
        AtomicReference<Long> casesSeen = new AtomicReference<>();
        start(
                integration(call -> {
                    casesSeen.set(engine.getRuntimeService()
                            .createProcessInstanceQuery()
                            .processInstanceId(call.processInstanceId())
                            .count());
                    return IntegrationResult.done();
                }),
                Duration.ofSeconds(5),
                RetryPolicy.standard(3));

        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("work");

        awaitEnded(instance);
        assertThat(casesSeen.get()).as("the case, seen by the built-in").isOne();
    }

    @Test
    void aTopicWithoutALocalPluginWaitsForARemoteWorkerAndIsServedHereOnceThePluginIsInstalled() throws Exception {
        start(List.of(), Duration.ofSeconds(5), RetryPolicy.standard(3), Duration.ofSeconds(5));
        PluginHost host = new PluginHost(framework, Optional.empty(), new NoContributions());
        TestBundles bundles = new TestBundles(Files.createDirectories(work.resolve("jars")));

        // 1. nobody here serves the topic: a remote worker (a ministry's own machine) takes the task
        ProcessInstance remote = engine.getRuntimeService().startProcessInstanceByKey("work");
        LockedExternalTask fetched = engine.getExternalTaskService()
                .fetchAndLock(1, "ministry-machine")
                .topic(TOPIC, 10_000)
                .execute()
                .get(0);
        assertThat(fetched.getProcessInstanceId()).isEqualTo(remote.getId());
        engine.getExternalTaskService().complete(fetched.getId(), "ministry-machine", Map.of("reply", "remote"));
        assertThat(historicVariable(remote, "reply")).isEqualTo("remote");

        // 2. a case waiting when the plugin is installed is served by the worker pool
        ProcessInstance waiting = engine.getRuntimeService().startProcessInstanceByKey("work");
        host.installOrUpdate(bundles.echo("echo.jar", "echo", "1.0.0", TOPIC, "v1"), PluginOrigin.DIRECTORY);
        awaitEnded(waiting);
        assertThat(historicVariable(waiting, "reply")).isEqualTo("v1");

        // 3. a new case is served in its own transaction
        ProcessInstance served = engine.getRuntimeService().startProcessInstanceByKey("work");
        assertThat(served.isEnded()).isTrue();
        assertThat(historicVariable(served, "reply")).isEqualTo("v1");
    }

    @Test
    void aCallUnderWayWhenItsPluginIsUninstalledStillEndsItsCase() throws Exception {
        start(List.of(), Duration.ofSeconds(30), RetryPolicy.standard(3), SHORT_WINDOW);
        PluginHost host = new PluginHost(framework, Optional.empty(), new NoContributions());
        TestBundles bundles = new TestBundles(Files.createDirectories(work.resolve("jars")));
        Semaphore gate = new Semaphore(0);
        String gateName = "gate-" + UUID.randomUUID();
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(EchoActivator.GATE_PROPERTY, gateName);
        framework.context().registerService(Semaphore.class, gate, properties);
        String plugin = host.installOrUpdate(
                        bundles.gatedEcho("echo.jar", "echo", "1.0.0", TOPIC, "v1", gateName), PluginOrigin.DIRECTORY)
                .id();

        // 1. the call is held at the gate, so it is handed over and under way when the plugin goes
        ProcessInstance underWay = engine.getRuntimeService().startProcessInstanceByKey("work");
        eventually("the call waits at the gate", gate::hasQueuedThreads);
        host.uninstall(plugin);
        ProcessInstance afterwards = engine.getRuntimeService().startProcessInstanceByKey("work");

        // 2. the call under way ends its case; the case started afterwards waits, its task untouched
        gate.release(1);
        awaitEnded(underWay);
        assertThat(historicVariable(underWay, "reply")).isEqualTo("v1");
        ExternalTask waiting = engine.getExternalTaskService()
                .createExternalTaskQuery()
                .processInstanceId(afterwards.getId())
                .singleResult();
        assertThat(waiting.getWorkerId()).isNull();
    }

    /** These tests deploy no plugin resources. */
    private static final class NoContributions implements PluginContributions {
        @Override
        public void publish(PluginJar jar) {}

        @Override
        public void withdraw(String symbolicName) {}
    }
}
