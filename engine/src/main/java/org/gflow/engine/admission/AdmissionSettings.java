package org.gflow.engine.admission;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gflow.admission.*}: how many API requests with credentials the engine works on at once, and
 * what a request beyond that is told. A request that cannot start soon is better answered at once
 * with 503 than left waiting thirty seconds for a connection. The default, 32 places, is a little
 * above the database pool: fewer places leave connections idle between requests, more only make
 * requests queue for a connection inside, where nothing refuses them. A request waits up to two
 * seconds for a place, as long as a refused one is asked to wait before it tries again: a shorter
 * wait refused requests that a moment's patience would have served (docs/benchmarks/inbox.md).
 *
 * @param enabled whether requests are counted at all
 * @param maxConcurrent {@code /api/**} and {@code /engine-rest/**} requests with credentials in progress at once
 * @param queueWait how long a request beyond the limit may wait for a place before it is refused
 * @param retryAfter what the refusal's {@code Retry-After} asks the client to wait
 */
@ConfigurationProperties("gflow.admission")
public record AdmissionSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("32") int maxConcurrent,
        @DefaultValue("2s") Duration queueWait,
        @DefaultValue("2s") Duration retryAfter) {

    public AdmissionSettings {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("gflow.admission.max-concurrent must be at least 1");
        }
    }
}
