package org.gflow.engine.dispatch;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.gflow.plugin.api.BusinessError;
import org.gflow.plugin.api.Integration;
import org.gflow.plugin.api.IntegrationCall;
import org.gflow.plugin.api.IntegrationResult;

/**
 * Calls an integration on a thread of its own with a time limit. A call that runs past the limit
 * is interrupted and abandoned — the worker goes on with other work — and counts as a technical
 * failure. The call runs with the plugin's class loader as context class loader.
 */
final class TimedIntegrationCaller implements AutoCloseable {

    private static final int MAX_DETAILS = 4000;

    private final ExecutorService calls = Executors.newCachedThreadPool(new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "gflow-integration-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    });
    private final Duration timeLimit;
    private final DispatchMeters meters;

    /** @param meters where each call's time and outcome are recorded */
    TimedIntegrationCaller(Duration timeLimit, DispatchMeters meters) {
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("gflow.dispatch.call-timeout must be positive, got " + timeLimit);
        }
        this.timeLimit = timeLimit;
        this.meters = meters;
    }

    /** Calls and waits for the outcome, at most the time limit. */
    CallOutcome call(Integration integration, IntegrationCall call) {
        return start(integration, call).outcome();
    }

    /**
     * Starts a call and returns at once; the caller may look at the outcome within a short wait
     * ({@link StartedCall#outcomeWithin}) and, if it is not there yet, leave it to someone who
     * waits for it ({@link StartedCall#outcome}). The time limit counts from here either way.
     */
    StartedCall start(Integration integration, IntegrationCall call) {
        Future<IntegrationResult> result;
        try {
            result = calls.submit(() -> withPluginClassLoader(integration, call));
        } catch (RejectedExecutionException stopping) {
            result = CompletableFuture.failedFuture(new IllegalStateException("the engine is stopping"));
        }
        return new StartedCall(call.topic(), result, System.nanoTime());
    }

    /** A call under way. Its outcome is recorded in the meters once, when it is first learnt. */
    final class StartedCall {

        private final String topic;
        private final Future<IntegrationResult> result;
        private final long startedAt;
        private CallOutcome outcome;

        private StartedCall(String topic, Future<IntegrationResult> result, long startedAt) {
            this.topic = topic;
            this.result = result;
            this.startedAt = startedAt;
        }

        String topic() {
            return topic;
        }

        /** The outcome if the call ends within {@code wait} (and within its time limit), else empty. */
        synchronized Optional<CallOutcome> outcomeWithin(Duration wait) {
            if (outcome != null) {
                return Optional.of(outcome);
            }
            long waitNanos = Math.min(wait.toNanos(), nanosLeft());
            try {
                return Optional.of(learnt(outcomeOf(result.get(Math.max(0, waitNanos), TimeUnit.NANOSECONDS))));
            } catch (TimeoutException e) {
                return nanosLeft() > 0 ? Optional.empty() : Optional.of(learnt(timedOut()));
            } catch (ExecutionException e) {
                return Optional.of(learnt(failureOf(e.getCause())));
            } catch (InterruptedException e) {
                // the waiting thread is asked to stop, not the call: whoever takes the call over gets its outcome
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }

        /** Waits for the outcome until the call's time limit; a call past it is interrupted and abandoned. */
        synchronized CallOutcome outcome() {
            if (outcome != null) {
                return outcome;
            }
            try {
                return learnt(outcomeOf(result.get(Math.max(0, nanosLeft()), TimeUnit.NANOSECONDS)));
            } catch (TimeoutException e) {
                return learnt(timedOut());
            } catch (ExecutionException e) {
                return learnt(failureOf(e.getCause()));
            } catch (InterruptedException e) {
                result.cancel(true);
                Thread.currentThread().interrupt();
                return new CallOutcome.TechnicalFailure("the engine stopped during the call", null);
            }
        }

        /** Nobody wants the outcome any more (the transaction that started the call rolled back). */
        void abandon() {
            result.cancel(true);
        }

        private long nanosLeft() {
            return timeLimit.toNanos() - (System.nanoTime() - startedAt);
        }

        private CallOutcome timedOut() {
            result.cancel(true);
            return new CallOutcome.TechnicalFailure(
                    "call timed out after " + describe(timeLimit) + " (topic " + topic + ")", null);
        }

        private CallOutcome learnt(CallOutcome learnt) {
            outcome = learnt;
            meters.record(topic, learnt, System.nanoTime() - startedAt);
            return learnt;
        }
    }

    private static CallOutcome outcomeOf(IntegrationResult done) {
        return new CallOutcome.Completed(done == null ? Map.of() : done.variables());
    }

    private static IntegrationResult withPluginClassLoader(Integration integration, IntegrationCall call)
            throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(integration.getClass().getClassLoader());
        try {
            return integration.execute(call);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static CallOutcome failureOf(Throwable failure) {
        if (failure instanceof BusinessError error) {
            return new CallOutcome.BusinessFailure(error.code(), error.getMessage(), error.variables());
        }
        String message = failure.getMessage() == null || failure.getMessage().isBlank()
                ? failure.getClass().getName()
                : failure.getMessage();
        return new CallOutcome.TechnicalFailure(message, stackTrace(failure));
    }

    private static String stackTrace(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        String text = trace.toString();
        return text.length() <= MAX_DETAILS ? text : text.substring(0, MAX_DETAILS);
    }

    private static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    @Override
    public void close() {
        calls.shutdownNow();
    }
}
