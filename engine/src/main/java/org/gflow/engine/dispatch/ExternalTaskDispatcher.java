package org.gflow.engine.dispatch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.externaltask.ExternalTaskQueryBuilder;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.gflow.plugin.api.Integration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process worker pool. Each worker fetches and locks one task of a topic that is served
 * now, calls its integration with a time limit and reports the outcome to Camunda: complete, BPMN
 * error, or failure with retries and back-off. Idle workers sleep until {@link DispatchSignal}
 * wakes them (new work committed, a topic served) or the safety poll comes round. Workers call
 * Camunda with no user authenticated, as the engine itself, so authorizations do not apply.
 */
public final class ExternalTaskDispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExternalTaskDispatcher.class);

    private final ExternalTaskService externalTasks;
    private final IdentityService identityService;
    private final IntegrationRegistry registry;
    private final DispatchSignal signal;
    private final DispatchSettings settings;
    private final TimedIntegrationCaller caller;
    private final TaskOutcomeReporter reporter;
    private final ScheduledExecutorService retryAlarms = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "gflow-dispatch-retry-alarm");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    public ExternalTaskDispatcher(ExternalTaskService externalTasks, IdentityService identityService,
                                  IntegrationRegistry registry, DispatchSignal signal, DispatchSettings settings) {
        this.externalTasks = externalTasks;
        this.identityService = identityService;
        this.registry = registry;
        this.signal = signal;
        this.settings = settings;
        this.caller = new TimedIntegrationCaller(settings.callTimeout());
        this.reporter = new TaskOutcomeReporter(externalTasks, settings, this::wakeAfter);
    }

    /** Starts the workers. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        for (int i = 1; i <= settings.workers(); i++) {
            Thread worker = new Thread(this::work, "gflow-dispatch-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        LOG.info("Dispatch: {} workers as {}, call time limit {}", settings.workers(), settings.workerId(), settings.callTimeout());
    }

    public boolean isRunning() {
        return running;
    }

    private void work() {
        identityService.clearAuthentication();
        while (running) {
            long seen = signal.generation();
            boolean worked;
            try {
                worked = dispatchOne();
            } catch (RuntimeException e) {
                // the database may be briefly unreachable: wait for the next poll, never die
                LOG.warn("Dispatch could not fetch work: {}", e.toString());
                worked = false;
            }
            if (!worked) {
                try {
                    signal.awaitAfter(seen, settings.safetyPoll().toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** Fetches, calls and reports one task; false when there was nothing to do. */
    boolean dispatchOne() {
        Set<String> topics = registry.servedTopics();
        if (topics.isEmpty()) {
            return false;
        }
        ExternalTaskQueryBuilder fetch = externalTasks.fetchAndLock(1, settings.workerId(), true);
        topics.forEach(topic -> fetch.topic(topic, settings.lockMillis()));
        List<LockedExternalTask> tasks = fetch.execute();
        if (tasks.isEmpty()) {
            return false;
        }
        tasks.forEach(this::handle);
        return true;
    }

    private void handle(LockedExternalTask task) {
        Optional<Integration> integration = registry.find(task.getTopicName());
        if (integration.isEmpty()) {
            // its plugin went away between fetch and call: give the task back at once
            reporter.release(task);
            return;
        }
        int retriesLeft = settings.retryPolicy().retriesLeftAfterFailure(task.getRetries());
        CallOutcome outcome = caller.call(integration.get(), LockedTaskCall.of(task, retriesLeft));
        reporter.report(task, outcome);
    }

    private void wakeAfter(Duration delay) {
        if (running) {
            retryAlarms.schedule(signal::wake, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Stops the workers; calls under way are interrupted, their tasks' locks run out and they run again. */
    @Override
    public synchronized void close() {
        running = false;
        workers.forEach(Thread::interrupt);
        for (Thread worker : workers) {
            try {
                worker.join(settings.callTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.clear();
        caller.close();
        retryAlarms.shutdownNow();
    }
}
