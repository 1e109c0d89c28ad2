package org.gflow.engine.admission;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.Semaphore;
import org.springframework.stereotype.Component;

/** What operators see of admission control: requests in progress and requests refused. */
@Component
class AdmissionMeters {

    private final MeterRegistry registry;
    private final Counter refused;

    AdmissionMeters(MeterRegistry registry) {
        this.registry = registry;
        this.refused = Counter.builder("gflow.admission.refused")
                .description("Signed-in API requests answered 503 because the engine was busy")
                .register(registry);
    }

    void watch(Semaphore places, int limit) {
        Gauge.builder("gflow.admission.in.progress", places, p -> limit - p.availablePermits())
                .description("Signed-in API requests being worked on")
                .register(registry);
        Gauge.builder("gflow.admission.limit", () -> limit).register(registry);
    }

    void refused() {
        refused.increment();
    }
}
