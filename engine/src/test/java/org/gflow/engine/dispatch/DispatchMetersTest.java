package org.gflow.engine.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each plugin call is timed by topic and outcome; failures are counted by kind. */
class DispatchMetersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final DispatchMeters meters = new DispatchMeters(registry);

    @Test
    void callsAreTimedAndFailuresCountedByTopic() {
        meters.record("moic-permit", new CallOutcome.Completed(Map.of()), 1_000_000);
        meters.record("moic-permit", new CallOutcome.TechnicalFailure("timed out", null), 1_000_000);
        meters.record("moic-permit", new CallOutcome.BusinessFailure("REFUSED", "no", Map.of()), 1_000_000);

        assertThat(registry.get("gflow.plugin.calls")
                        .tags("topic", "moic-permit", "outcome", "completed")
                        .timer()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get("gflow.plugin.calls").tags("topic", "moic-permit").timers().stream()
                        .mapToLong(Timer::count)
                        .sum())
                .isEqualTo(3);
        assertThat(registry.get("gflow.plugin.failures")
                        .tags("topic", "moic-permit", "kind", "technical-failure")
                        .counter()
                        .count())
                .isEqualTo(1.0);
        assertThat(registry.get("gflow.plugin.failures")
                        .tags("topic", "moic-permit", "kind", "business-failure")
                        .counter()
                        .count())
                .isEqualTo(1.0);
        assertThat(registry.find("gflow.plugin.failures")
                        .tags("kind", "completed")
                        .counter())
                .isNull();
    }
}
