package org.gflow.engine.dispatch;

import java.time.Duration;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports a call's outcome to Camunda. A task whose lock was lost (it ran out, or the case was
 * cancelled) cannot be reported: that is logged and not retried, so no task completes twice.
 */
final class TaskOutcomeReporter {

    private static final Logger LOG = LoggerFactory.getLogger(TaskOutcomeReporter.class);
    private static final int MAX_MESSAGE = 600;

    private final ExternalTaskService externalTasks;
    private final DispatchSettings settings;
    private final Consumer<Duration> wakeAfter;

    /** @param wakeAfter asked to wake the workers when a failed task's back-off is over */
    TaskOutcomeReporter(ExternalTaskService externalTasks, DispatchSettings settings, Consumer<Duration> wakeAfter) {
        this.externalTasks = externalTasks;
        this.settings = settings;
        this.wakeAfter = wakeAfter;
    }

    /**
     * A task this node holds the lock of: fetched by the pool, or created locked by the
     * transaction that began its call.
     *
     * @param retries the task's retries before this attempt, null when it never failed
     */
    record HeldTask(String id, String topicName, Integer retries) {

        static HeldTask of(LockedExternalTask task) {
            return new HeldTask(task.getId(), task.getTopicName(), task.getRetries());
        }
    }

    void report(HeldTask task, CallOutcome outcome) {
        try {
            if (outcome instanceof CallOutcome.Completed completed) {
                externalTasks.complete(task.id(), settings.workerId(), completed.variables());
            } else if (outcome instanceof CallOutcome.BusinessFailure error) {
                externalTasks.handleBpmnError(
                        task.id(), settings.workerId(), error.code(), error.message(), error.variables());
            } else if (outcome instanceof CallOutcome.TechnicalFailure failure) {
                fail(task, failure.message(), failure.details());
            }
        } catch (ProcessEngineException e) {
            if (lockLost(task)) {
                LOG.warn(
                        "Task {} ({}) was done but its lock was lost; not reported again: {}",
                        task.id(),
                        task.topicName(),
                        e.getMessage());
            } else {
                // Camunda refused the result itself (e.g. a variable it cannot store): a failure of the call
                fail(task, "the engine refused the result: " + e.getMessage(), null);
            }
        }
    }

    /** Gives a task back at once, without using a retry. */
    void release(HeldTask task) {
        try {
            externalTasks.unlock(task.id());
        } catch (ProcessEngineException e) {
            LOG.debug("Task {} could not be unlocked: {}", task.id(), e.getMessage());
        }
    }

    private void fail(HeldTask task, String message, String details) {
        int retriesLeft = settings.retryPolicy().retriesLeftAfterFailure(task.retries());
        Duration backOff = settings.retryPolicy().backOffFor(retriesLeft);
        String shortMessage = message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE);
        try {
            externalTasks.handleFailure(
                    task.id(), settings.workerId(), shortMessage, details, retriesLeft, backOff.toMillis());
        } catch (ProcessEngineException e) {
            LOG.warn("Failure of task {} ({}) could not be reported: {}", task.id(), task.topicName(), e.getMessage());
            return;
        }
        if (retriesLeft > 0) {
            LOG.info(
                    "Task {} ({}) failed, {} retries left, next in {}: {}",
                    task.id(),
                    task.topicName(),
                    retriesLeft,
                    backOff,
                    shortMessage);
            wakeAfter.accept(backOff);
        } else {
            LOG.warn(
                    "Task {} ({}) failed for the last time, incident raised: {}",
                    task.id(),
                    task.topicName(),
                    shortMessage);
        }
    }

    /** Whether this worker still holds the task's lock: if not, someone else may have it now. */
    private boolean lockLost(HeldTask task) {
        var current = externalTasks
                .createExternalTaskQuery()
                .externalTaskId(task.id())
                .singleResult();
        return current == null
                || !settings.workerId().equals(current.getWorkerId())
                || current.getLockExpirationTime() == null
                || current.getLockExpirationTime().getTime() < System.currentTimeMillis();
    }
}
