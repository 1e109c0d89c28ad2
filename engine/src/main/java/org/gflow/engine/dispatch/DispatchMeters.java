package org.gflow.engine.dispatch;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * What operators see of plugin calls: how long each topic's calls take
 * ({@code gflow.plugin.calls}, by topic and outcome) and how many fail
 * ({@code gflow.plugin.failures}, by topic and kind: business or technical).
 */
public final class DispatchMeters {

    private final MeterRegistry registry;

    public DispatchMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Meters nobody reads, for dispatchers built outside the application (tests, benches). */
    static DispatchMeters unobserved() {
        return new DispatchMeters(new SimpleMeterRegistry());
    }

    CallOutcome timed(String topic, Supplier<CallOutcome> call) {
        long start = System.nanoTime();
        CallOutcome outcome = call.get();
        String result = outcomeName(outcome);
        Timer.builder("gflow.plugin.calls")
            .description("Plugin integration calls, by topic and outcome")
            .tags("topic", topic, "outcome", result)
            .register(registry)
            .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        if (!(outcome instanceof CallOutcome.Completed)) {
            Counter.builder("gflow.plugin.failures")
                .description("Plugin integration calls that failed, by topic and kind")
                .tags("topic", topic, "kind", result)
                .register(registry)
                .increment();
        }
        return outcome;
    }

    private static String outcomeName(CallOutcome outcome) {
        if (outcome instanceof CallOutcome.Completed) {
            return "completed";
        }
        return outcome instanceof CallOutcome.BusinessFailure ? "business-failure" : "technical-failure";
    }
}
