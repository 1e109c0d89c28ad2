package org.gflow.engine.dispatch;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * What operators see of plugin calls: how long each topic's calls take
 * ({@code gflow.plugin.calls}, by topic and outcome) and how many fail
 * ({@code gflow.plugin.failures}, by topic and kind: business or technical), and how many calls
 * began in the transaction that reached their task but were handed over to an external task
 * ({@code gflow.plugin.handovers}, by topic and reason: slow or failed).
 */
public final class DispatchMeters {

    private final MeterRegistry registry;

    /** A topic's timer by outcome, found once: every in-window call records one, and building its id costs. */
    private final Map<TimerKey, Timer> callTimers = new ConcurrentHashMap<>();

    private record TimerKey(String topic, String outcome) {}

    public DispatchMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Meters nobody reads, for dispatchers built outside the application (tests, benches). */
    static DispatchMeters unobserved() {
        return new DispatchMeters(new SimpleMeterRegistry());
    }

    /** Records one call that took {@code nanos}, wherever its outcome was learnt. */
    void record(String topic, CallOutcome outcome, long nanos) {
        String result = outcomeName(outcome);
        callTimers.computeIfAbsent(new TimerKey(topic, result), this::callTimer).record(nanos, TimeUnit.NANOSECONDS);
        if (!(outcome instanceof CallOutcome.Completed)) {
            Counter.builder("gflow.plugin.failures")
                    .description("Plugin integration calls that failed, by topic and kind")
                    .tags("topic", topic, "kind", result)
                    .register(registry)
                    .increment();
        }
    }

    /** Counts a call begun in a case's transaction that finishes as an external task instead. */
    void handedOver(String topic, String reason) {
        Counter.builder("gflow.plugin.handovers")
                .description(
                        "Plugin calls begun in the case's transaction and handed over to an external task, by topic and reason")
                .tags("topic", topic, "reason", reason)
                .register(registry)
                .increment();
    }

    private Timer callTimer(TimerKey key) {
        return Timer.builder("gflow.plugin.calls")
                .description("Plugin integration calls, by topic and outcome")
                .tags("topic", key.topic(), "outcome", key.outcome())
                .register(registry);
    }

    private static String outcomeName(CallOutcome outcome) {
        if (outcome instanceof CallOutcome.Completed) {
            return "completed";
        }
        return outcome instanceof CallOutcome.BusinessFailure ? "business-failure" : "technical-failure";
    }
}
