package org.gflow.engine.dispatch;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    TimedIntegrationCaller(Duration timeLimit) {
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("gflow.dispatch.call-timeout must be positive, got " + timeLimit);
        }
        this.timeLimit = timeLimit;
    }

    CallOutcome call(Integration integration, IntegrationCall call) {
        Future<IntegrationResult> result = calls.submit(() -> withPluginClassLoader(integration, call));
        try {
            IntegrationResult done = result.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
            return new CallOutcome.Completed(done == null ? Map.of() : done.variables());
        } catch (TimeoutException e) {
            result.cancel(true);
            return new CallOutcome.TechnicalFailure("call timed out after " + describe(timeLimit) + " (topic " + call.topic() + ")", null);
        } catch (ExecutionException e) {
            return outcomeOf(e.getCause());
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            return new CallOutcome.TechnicalFailure("the engine stopped during the call", null);
        }
    }

    private static IntegrationResult withPluginClassLoader(Integration integration, IntegrationCall call) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(integration.getClass().getClassLoader());
        try {
            return integration.execute(call);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static CallOutcome outcomeOf(Throwable failure) {
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
