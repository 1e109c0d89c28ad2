package org.gflow.engine.identity;

import com.unboundid.ldap.sdk.LDAPConnectionPoolStatistics;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Map;
import org.gflow.ldap.LdapDirectory;
import org.springframework.stereotype.Component;

/**
 * The directory connection pools, for operators ({@code gflow.ldap.pool.*}, tagged by pool:
 * {@code gflow-ldap} for look-ups, {@code gflow-ldap-password-checks} for binds): connections
 * idle, the pool's size, and check-outs that found no connection.
 */
@Component
class DirectoryPoolMeters implements MeterBinder {

    private final LdapDirectory directory;

    DirectoryPoolMeters(LdapDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Map.Entry<String, LDAPConnectionPoolStatistics> pool :
                directory.poolStatistics().entrySet()) {
            LDAPConnectionPoolStatistics statistics = pool.getValue();
            Gauge.builder(
                            "gflow.ldap.pool.available",
                            statistics,
                            LDAPConnectionPoolStatistics::getNumAvailableConnections)
                    .description("Idle directory connections in the pool")
                    .tag("pool", pool.getKey())
                    .register(registry);
            Gauge.builder(
                            "gflow.ldap.pool.max",
                            statistics,
                            LDAPConnectionPoolStatistics::getMaximumAvailableConnections)
                    .description("Most connections the pool holds")
                    .tag("pool", pool.getKey())
                    .register(registry);
            FunctionCounter.builder(
                            "gflow.ldap.pool.checkouts.failed",
                            statistics,
                            LDAPConnectionPoolStatistics::getNumFailedCheckouts)
                    .description("Requests that could not get a directory connection")
                    .tag("pool", pool.getKey())
                    .register(registry);
            FunctionCounter.builder("gflow.ldap.pool.checkouts", statistics, s -> s.getNumSuccessfulCheckouts())
                    .description("Directory connections handed out")
                    .tag("pool", pool.getKey())
                    .register(registry);
        }
    }
}
