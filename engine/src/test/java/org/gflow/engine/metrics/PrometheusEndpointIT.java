package org.gflow.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;

/**
 * Operators read the engine's figures at {@code /actuator/prometheus}: only members of
 * {@code gflow-admins} may, and they find request latency, the inbox query time, both
 * connection pools, the admission limit and the job executor's state there.
 */
class PrometheusEndpointIT extends EngineIT {

    @Test
    void onlyAdminsReadTheFigures() {
        assertThat(Api.anonymous(baseUrl()).download("/actuator/prometheus").status())
                .isEqualTo(401);
        assertThat(Api.as(baseUrl(), "nalinh.bokeo")
                        .download("/actuator/prometheus")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theFiguresOperatorsNeedAreThere() {
        // an inbox page, so the inbox query has been timed at least once
        assertThat(Api.as(baseUrl(), "nalinh.bokeo").get("/api/inbox/tasks").status())
                .isEqualTo(200);

        Api.Reply scrape = Api.as(baseUrl(), "admin").download("/actuator/prometheus");
        assertThat(scrape.status()).isEqualTo(200);
        String figures = scrape.raw().body();
        assertThat(figures)
                .contains("http_server_requests_seconds_count{")
                .contains("uri=\"/api/inbox/tasks\"")
                .contains("gflow_inbox_query_seconds_count")
                .contains("gflow_inbox_streams")
                .contains("hikaricp_connections_active")
                .contains("gflow_ldap_pool_available{pool=\"gflow-ldap\"}")
                .contains("gflow_ldap_pool_available{pool=\"gflow-ldap-password-checks\"}")
                .contains("gflow_admission_in_progress")
                .contains("gflow_admission_refused_total")
                .contains("gflow_job_executor_active 1.0")
                .contains("gflow_jobs_due");
    }
}
