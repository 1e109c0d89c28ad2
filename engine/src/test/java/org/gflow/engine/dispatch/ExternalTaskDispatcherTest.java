package org.gflow.engine.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gflow.engine.testing.Eventually.eventually;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.gflow.engine.testing.Eventually;
import org.gflow.plugin.api.BusinessError;
import org.gflow.plugin.api.Integration;
import org.gflow.plugin.api.IntegrationCall;
import org.gflow.plugin.api.IntegrationResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The dispatcher against a real in-memory Camunda engine, one integration per test, every call
 * through the worker pool (fetch-and-lock). {@link DirectCallTest} runs the same tests with calls
 * made in the transaction that reaches the task: the outcomes must be the same.
 */
class ExternalTaskDispatcherTest {

    static final String TOPIC = "test.work";
    /**
     * Idle workers would wait this long without a wake-up — far beyond the tests' ceiling for any
     * wait, so a test that sees its work done proves the wake-up, however busy the machine.
     */
    private static final Duration SLOW_SAFETY_POLL = Duration.ofHours(1);

    ProcessEngine engine;
    ExternalTaskDispatcher dispatcher;
    final DispatchSignal signal = new DispatchSignal();
    IntegrationRegistry registry;
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    /** How long a case's transaction waits for a call made in it; zero: every call goes through the pool. */
    Duration inlineWindow(Duration timeLimit) {
        return Duration.ZERO;
    }

    /** The registry serving the test's integrations: here as the engine's built-ins. */
    IntegrationRegistry registry(List<Integration> integrations) {
        return new IntegrationRegistry(integrations, signal);
    }

    void start(Integration integration, Duration timeLimit, RetryPolicy retries) {
        start(List.of(integration), timeLimit, retries, inlineWindow(timeLimit));
    }

    void start(List<Integration> integrations, Duration timeLimit, RetryPolicy retries, Duration inlineWindow) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
                ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                        .setJdbcUrl("jdbc:h2:mem:dispatch-" + UUID.randomUUID())
                        .setJobExecutorActivate(false)
                        .setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setProcessEnginePlugins(List.of(new DispatchEnginePlugin(signal::wake, () -> dispatcher)));
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService()
                .createDeployment()
                .addModelInstance("work.bpmn", model())
                .deploy();
        registry = registry(integrations);
        dispatcher = new ExternalTaskDispatcher(
                engine.getExternalTaskService(),
                engine.getIdentityService(),
                registry,
                signal,
                new DispatchSettings(2, timeLimit, retries, SLOW_SAFETY_POLL, "test-node", inlineWindow),
                new DispatchMeters(meters));
        dispatcher.start();
    }

    static BpmnModelInstance model() {
        return Bpmn.createExecutableProcess("work")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("callPlugin")
                .camundaExternalTask(TOPIC)
                .boundaryEvent("wrongAmount")
                .error("WRONG_AMOUNT")
                .endEvent("refused")
                .moveToActivity("callPlugin")
                .endEvent("done")
                .done();
    }

    /** Stops everything the test started; tests that own a plugin framework call it before closing the framework. */
    @AfterEach
    void stop() {
        if (dispatcher != null) {
            dispatcher.close();
            dispatcher = null;
        }
        if (registry != null) {
            registry.close();
            registry = null;
        }
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }

    @Test
    void newWorkIsPickedUpAtOnceAndCompletedWithTheResult() throws Exception {
        start(
                integration(call -> IntegrationResult.of("receiptNumber", "MOF-2026-000001")),
                Duration.ofSeconds(5),
                RetryPolicy.standard(3));

        ProcessInstance instance =
                engine.getRuntimeService().startProcessInstanceByKey("work", Map.of("feeAmount", 100));

        awaitEnded(instance);
        assertThat(historicVariable(instance, "receiptNumber")).isEqualTo("MOF-2026-000001");
        assertThat(endActivity(instance)).isEqualTo("done");
    }

    @Test
    void theCallSeesTheCaseAndItsRetriesLeft() throws Exception {
        // what the plugin saw is checked here, on the test's thread: an assertion failing on a
        // worker thread would only show up as a case that never ends
        AtomicReference<IntegrationCall> seen = new AtomicReference<>();
        start(
                integration(call -> {
                    seen.set(call);
                    return IntegrationResult.of("echo", call.requireText("name"));
                }),
                Duration.ofSeconds(5),
                RetryPolicy.standard(3));

        ProcessInstance instance =
                engine.getRuntimeService().startProcessInstanceByKey("work", "APP-1", Map.of("name", "ສົມສັກ"));

        awaitEnded(instance);
        assertThat(seen.get()).isNotNull();
        assertThat(seen.get().processDefinitionKey()).isEqualTo("work");
        assertThat(seen.get().activityId()).isEqualTo("callPlugin");
        assertThat(seen.get().businessKey()).isEqualTo("APP-1");
        assertThat(seen.get().processInstanceId()).isEqualTo(instance.getId());
        assertThat(seen.get().retriesLeft()).isEqualTo(2);
        assertThat(historicVariable(instance, "echo")).isEqualTo("ສົມສັກ");
    }

    @Test
    void aBusinessErrorIsThrownIntoTheProcess() throws Exception {
        start(
                integration(call -> {
                    throw new BusinessError(
                            "WRONG_AMOUNT", "paid 1, fee is 2", Map.of("paymentProblem", "wrong-amount"));
                }),
                Duration.ofSeconds(5),
                RetryPolicy.standard(3));

        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("work");

        awaitEnded(instance);
        assertThat(endActivity(instance)).isEqualTo("refused");
        assertThat(historicVariable(instance, "paymentProblem")).isEqualTo("wrong-amount");
    }

    @Test
    void aThrowingPluginIsRetriedThenLeavesAnIncidentWithItsMessage() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        start(
                integration(call -> {
                    attempts.incrementAndGet();
                    throw new IllegalStateException("enterprise registry unreachable");
                }),
                Duration.ofSeconds(5),
                new RetryPolicy(3, List.of(Duration.ofMillis(50))));

        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("work");

        Incident incident = awaitIncident(instance);
        assertThat(incident.getIncidentMessage()).isEqualTo("enterprise registry unreachable");
        assertThat(attempts).hasValue(3);
        assertThat(engine.getExternalTaskService().getExternalTaskErrorDetails(incident.getConfiguration()))
                .contains("IllegalStateException");
    }

    @Test
    void aHangingPluginIsCutOffAtItsTimeLimit() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        start(
                integration(call -> {
                    try {
                        new CountDownLatch(1).await(); // a call that never answers, until it is cut off
                    } catch (InterruptedException e) {
                        interrupted.countDown();
                        throw e;
                    }
                    return IntegrationResult.done();
                }),
                Duration.ofMillis(300),
                new RetryPolicy(1, List.of(Duration.ofMillis(50))));

        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("work");

        Incident incident = awaitIncident(instance);
        assertThat(incident.getIncidentMessage()).isEqualTo("call timed out after 300 ms (topic test.work)");
        assertThat(interrupted.await(Eventually.CEILING.toSeconds(), TimeUnit.SECONDS))
                .as("the hanging call was interrupted")
                .isTrue();
    }

    @Test
    void aTopicNobodyServesIsNotTouched() {
        start(integration(call -> IntegrationResult.done()), Duration.ofSeconds(5), RetryPolicy.standard(3));
        engine.getRepositoryService()
                .createDeployment()
                .addModelInstance(
                        "other.bpmn",
                        Bpmn.createExecutableProcess("other")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .serviceTask("x")
                                .camundaExternalTask("nobody.serves-this")
                                .endEvent()
                                .done())
                .deploy();

        // 1. a task of a topic nobody serves, then one of the served topic: a witness
        engine.getRuntimeService().startProcessInstanceByKey("other");
        ProcessInstance witness = engine.getRuntimeService().startProcessInstanceByKey("work");

        // 2. once the witness is done, the dispatcher has fetched with both tasks waiting
        awaitEnded(witness);
        var waiting = engine.getExternalTaskService()
                .createExternalTaskQuery()
                .topicName("nobody.serves-this")
                .singleResult();
        assertThat(waiting.getWorkerId()).isNull();
        assertThat(waiting.getRetries()).isNull();
    }

    /** A test integration for {@link #TOPIC}. */
    static Integration integration(Work work) {
        return integration(TOPIC, work);
    }

    static Integration integration(String topic, Work work) {
        return new Integration() {
            @Override
            public String topic() {
                return topic;
            }

            @Override
            public IntegrationResult execute(IntegrationCall call) throws Exception {
                return work.run(call);
            }
        };
    }

    @FunctionalInterface
    interface Work {
        IntegrationResult run(IntegrationCall call) throws Exception;
    }

    void awaitEnded(ProcessInstance instance) {
        eventually(
                "the case ends",
                () -> engine.getRuntimeService()
                                .createProcessInstanceQuery()
                                .processInstanceId(instance.getId())
                                .count()
                        == 0);
    }

    Incident awaitIncident(ProcessInstance instance) {
        eventually(
                "the case has an incident",
                () -> engine.getRuntimeService()
                                .createIncidentQuery()
                                .processInstanceId(instance.getId())
                                .count()
                        > 0);
        return engine.getRuntimeService()
                .createIncidentQuery()
                .processInstanceId(instance.getId())
                .singleResult();
    }

    Object historicVariable(ProcessInstance instance, String name) {
        return engine.getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .variableName(name)
                .singleResult()
                .getValue();
    }

    String endActivity(ProcessInstance instance) {
        return engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId())
                .singleResult()
                .getEndActivityId();
    }
}
