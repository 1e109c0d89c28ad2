package org.gflow.processes.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.gflow.plugin.api.LaoTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of the process tests: a plain in-memory engine from {@code camunda.cfg.xml}, a
 * controlled clock, and the few moves every test makes — work an external task the way a
 * plugin would, complete a user task the way the inbox would, let time pass.
 */
public abstract class ProcessTest {

    /** Where the models and forms live on the classpath. */
    protected static final String MODELS = "gflow/processes/";

    /** Per test instance: the engine itself is built once and cached by Camunda's test helper. */
    @RegisterExtension
    protected final ProcessEngineExtension engine =
            ProcessEngineExtension.builder().build();

    private static final String WORKER = "process-test-worker";

    /** A fixed "now", so due dates and timers are predictable: Monday 2 March 2026, 08:00 in Vientiane. */
    protected static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

    @BeforeEach
    void startTheClock() {
        ClockUtil.setCurrentTime(Date.from(START));
        BpmnAwareTests.init(engine.getProcessEngine());
    }

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    protected RuntimeService runtime() {
        return engine.getRuntimeService();
    }

    protected TaskService tasks() {
        return engine.getTaskService();
    }

    protected ExternalTaskService externalTasks() {
        return engine.getExternalTaskService();
    }

    protected ManagementService management() {
        return engine.getManagementService();
    }

    /**
     * Fetches the one open external task of {@code topic} in {@code instance} and completes it
     * with {@code results}; returns the variables the worker was given.
     */
    protected Map<String, Object> completeExternal(
            ProcessInstance instance, String topic, Map<String, Object> results) {
        LockedExternalTask task = lockOne(instance, topic);
        externalTasks().complete(task.getId(), WORKER, results);
        return task.getVariables();
    }

    /** Fetches the one open external task of {@code topic} and reports a BPMN error on it. */
    protected void failExternalWithBpmnError(ProcessInstance instance, String topic, String errorCode) {
        LockedExternalTask task = lockOne(instance, topic);
        externalTasks().handleBpmnError(task.getId(), WORKER, errorCode);
    }

    private LockedExternalTask lockOne(ProcessInstance instance, String topic) {
        List<LockedExternalTask> locked = externalTasks()
                .fetchAndLock(10, WORKER)
                .topic(topic, 60_000L)
                .enableCustomObjectDeserialization()
                .execute();
        assertThat(locked).as("open external tasks on topic %s", topic).hasSize(1);
        assertThat(locked.get(0).getProcessInstanceId()).isEqualTo(instance.getId());
        return locked.get(0);
    }

    /** The one open user task of {@code instance} with the given activity id. */
    protected Task openTask(ProcessInstance instance, String activityId) {
        Task task = tasks().createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(activityId)
                .singleResult();
        assertThat(task).as("open task %s", activityId).isNotNull();
        return task;
    }

    /** Completes the one open user task with the given activity id, as the inbox would. */
    protected void completeTask(ProcessInstance instance, String activityId, Map<String, Object> formValues) {
        tasks().complete(openTask(instance, activityId).getId(), formValues);
    }

    /** Moves Camunda's clock forward and runs every timer that has become due. */
    protected void passTime(Duration duration) {
        passTimeUntil(ClockUtil.getCurrentTime().toInstant().plus(duration));
    }

    /** Sets Camunda's clock to {@code moment} and runs every timer that has become due. */
    protected void passTimeUntil(Instant moment) {
        ClockUtil.setCurrentTime(Date.from(moment));
        List<Job> due = management()
                .createJobQuery()
                .timers()
                .duedateLowerThan(Date.from(moment.plusMillis(1)))
                .list();
        due.forEach(job -> management().executeJob(job.getId()));
    }

    /** Moves the clock to the instance's next timer and runs what has become due. */
    protected void passUntilNextTimer(ProcessInstance instance) {
        Job next = management()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .timers()
                .orderByJobDuedate()
                .asc()
                .listPage(0, 1)
                .get(0);
        passTimeUntil(next.getDuedate().toInstant());
    }

    /** A local date-time in Lao time, as a user reads deadlines: {@code lao("2026-04-23T16:00")}. */
    protected static Instant lao(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(LaoTime.ZONE).toInstant();
    }

    /** Candidate groups of a user task. */
    protected List<String> candidateGroupsOf(Task task) {
        return tasks().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> link.getGroupId() != null)
                .map(link -> link.getGroupId())
                .sorted()
                .toList();
    }
}
