package org.gflow.engine.dispatch;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.externaltask.ExternalTaskQueryBuilder;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.gflow.engine.dispatch.TaskOutcomeReporter.HeldTask;
import org.gflow.engine.dispatch.TimedIntegrationCaller.StartedCall;
import org.gflow.plugin.api.Integration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process worker pool, and the taker-over of calls that {@link DirectCallBehavior} began in
 * a case's transaction but that did not end well or soon enough there. A fetcher thread locks tasks of the topics served now, several in
 * one fetch-and-lock, keeping at most one task waiting per worker; each worker calls one task's integration with a
 * time limit and reports the outcome to Camunda: complete, BPMN error, or failure with retries and
 * back-off. When there is no work the fetcher sleeps until {@link DispatchSignal} wakes it (new
 * work committed, a topic served) or the safety poll comes round. Camunda is called with no user
 * authenticated, as the engine itself, so case authorizations do not apply.
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
    private final DispatchMeters meters;
    /** Room for tasks locked but not finished: one running and one waiting per worker. */
    private final Semaphore freeSlots;

    private final AtomicInteger waiting = new AtomicInteger();
    /** Waits for calls begun in a case's transaction and handed over here; they are few and already running. */
    private final ExecutorService handovers = Executors.newCachedThreadPool(daemon("gflow-dispatch-handover"));

    private final ScheduledExecutorService retryAlarms =
            Executors.newSingleThreadScheduledExecutor(daemon("gflow-dispatch-retry-alarm"));
    private ExecutorService workers;
    private Thread fetcher;
    private volatile boolean running;

    public ExternalTaskDispatcher(
            ExternalTaskService externalTasks,
            IdentityService identityService,
            IntegrationRegistry registry,
            DispatchSignal signal,
            DispatchSettings settings) {
        this(externalTasks, identityService, registry, signal, settings, DispatchMeters.unobserved());
    }

    /** @param meters where each plugin call's time and failures are recorded */
    public ExternalTaskDispatcher(
            ExternalTaskService externalTasks,
            IdentityService identityService,
            IntegrationRegistry registry,
            DispatchSignal signal,
            DispatchSettings settings,
            DispatchMeters meters) {
        this.meters = meters;
        this.externalTasks = externalTasks;
        this.identityService = identityService;
        this.registry = registry;
        this.signal = signal;
        this.settings = settings;
        this.caller = new TimedIntegrationCaller(settings.callTimeout(), meters);
        this.reporter = new TaskOutcomeReporter(externalTasks, settings, this::wakeAfter);
        this.freeSlots = new Semaphore(2 * settings.workers());
    }

    /** Starts the fetcher and the workers. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        AtomicInteger count = new AtomicInteger();
        workers = Executors.newFixedThreadPool(
                settings.workers(),
                runnable -> daemon("gflow-dispatch-" + count.incrementAndGet()).newThread(runnable));
        fetcher = daemon("gflow-dispatch-fetcher").newThread(this::fetchLoop);
        fetcher.start();
        LOG.info(
                "Dispatch: {} workers as {}, call time limit {}",
                settings.workers(),
                settings.workerId(),
                settings.callTimeout());
    }

    public boolean isRunning() {
        return running;
    }

    private void fetchLoop() {
        identityService.clearAuthentication();
        while (running) {
            try {
                long seen = signal.generation();
                // While tasks wait, the workers are busy anyway: gather room for a whole batch, so a
                // busy node does one fetch per several tasks instead of one per task.
                int batch = waiting.get() > 0 ? settings.workers() : 1;
                freeSlots.acquire(batch);
                int capacity = batch + freeSlots.drainPermits();
                int fetched;
                try {
                    fetched = fetchAndDispatch(capacity);
                } catch (RuntimeException e) {
                    // the database may be briefly unreachable: wait for the next poll, never die
                    LOG.warn("Dispatch could not fetch work: {}", e.toString());
                    fetched = 0;
                }
                if (fetched == 0) {
                    signal.awaitAfter(seen, settings.safetyPoll().toMillis());
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Locks up to {@code capacity} tasks, for which the caller holds free slots, and hands them to
     * the workers; gives back the slots it did not use. Returns how many it locked.
     */
    int fetchAndDispatch(int capacity) {
        List<LockedExternalTask> tasks = List.of();
        try {
            Set<String> topics = registry.servedTopics();
            if (!topics.isEmpty()) {
                // no priority ordering: sorting the whole backlog on every fetch is what makes a busy engine slow
                ExternalTaskQueryBuilder fetch = externalTasks.fetchAndLock(capacity, settings.workerId(), false);
                // lists and maps (approvers, recipients) reach the plugin as plain Java values
                topics.forEach(
                        topic -> fetch.topic(topic, settings.lockMillis()).enableCustomObjectDeserialization());
                tasks = fetch.execute();
            }
        } finally {
            freeSlots.release(capacity - tasks.size());
        }
        for (LockedExternalTask task : tasks) {
            waiting.incrementAndGet();
            workers.execute(() -> {
                waiting.decrementAndGet();
                try {
                    handle(task);
                } finally {
                    freeSlots.release();
                }
            });
        }
        return tasks.size();
    }

    private void handle(LockedExternalTask task) {
        HeldTask held = HeldTask.of(task);
        Optional<Integration> integration = registry.find(task.getTopicName());
        if (integration.isEmpty()) {
            // its plugin went away between fetch and call: give the task back at once
            reporter.release(held);
            return;
        }
        int retriesLeft = settings.retryPolicy().retriesLeftAfterFailure(task.getRetries());
        report(held, caller.call(integration.get(), LockedTaskCall.of(task, retriesLeft)));
    }

    private void report(HeldTask task, CallOutcome outcome) {
        try {
            reporter.report(task, outcome);
        } catch (RuntimeException e) {
            LOG.warn(
                    "Outcome of task {} ({}) could not be reported; its lock will run out and it runs again: {}",
                    task.id(),
                    task.topicName(),
                    e.toString());
        }
    }

    /**
     * The integration to call in the transaction that reaches a task of {@code topic}: a plugin's.
     * Empty when no plugin on this node serves it, when the dispatcher is not running (nobody could
     * take a slow call over) or when calls in the transaction are turned off. The engine's built-in
     * integrations are left to the pool: they work on the case through the engine (the hotline
     * registration sets variables on the new case), which they can only see once its transaction
     * has committed.
     */
    Optional<Integration> servingInTransaction(String topic) {
        if (!running || settings.inlineWindow().isZero()) {
            return Optional.empty();
        }
        return registry.fromPlugin(topic);
    }

    /** Starts a call made in a case's transaction, under the same time limit and meters as the pool's. */
    StartedCall start(Integration integration, LockedTaskCall call) {
        return caller.start(integration, call);
    }

    /**
     * Takes over a call begun in a case's transaction, now committed with its task locked to this
     * node: reports the outcome when the call ends, as for a task this pool fetched.
     *
     * @param reason why it was handed over, for the meters: {@code slow} or {@code failed}
     */
    void takeOver(HeldTask task, StartedCall call, String reason) {
        meters.handedOver(task.topicName(), reason);
        if (!running) {
            // the engine is stopping: the task's lock runs out and it runs again, as for a fetched task
            call.abandon();
            return;
        }
        try {
            handovers.execute(() -> report(task, call.outcome()));
        } catch (RejectedExecutionException stopping) {
            call.abandon();
        }
    }

    DispatchSettings settings() {
        return settings;
    }

    private void wakeAfter(Duration delay) {
        if (running) {
            retryAlarms.schedule(signal::wake, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Stops fetching; calls under way are interrupted, their tasks' locks run out and they run again. */
    @Override
    public synchronized void close() {
        if (!running) {
            return;
        }
        running = false;
        fetcher.interrupt();
        workers.shutdownNow();
        try {
            fetcher.join(settings.callTimeout().toMillis());
            workers.awaitTermination(settings.callTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        handovers.shutdownNow();
        caller.close();
        retryAlarms.shutdownNow();
    }
}
