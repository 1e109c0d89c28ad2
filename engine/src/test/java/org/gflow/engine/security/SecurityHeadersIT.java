package org.gflow.engine.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;

/** Every page of the web app carries G-Flow's Content-Security-Policy; Cockpit keeps its own. */
class SecurityHeadersIT extends EngineIT {

    @Test
    void theWebAppsPagesAllowNoInlineOrForeignScript() {
        for (String page : List.of(
                "/",
                "/tasks",
                "/tasks/some-task",
                "/track",
                "/track/1516-2026-000001",
                "/complaint",
                "/verify/ABC",
                "/api/public/hotline/answers")) {
            List<String> policies =
                    Api.anonymous(baseUrl()).get(page).raw().headers().allValues("Content-Security-Policy");
            assertThat(policies).as(page).containsExactly(SecurityHeaders.CONTENT_SECURITY_POLICY);
        }
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY)
                .contains("script-src 'self';")
                .contains("object-src 'none'")
                .contains("frame-ancestors 'self'");
    }

    @Test
    void cockpitSendsOnlyItsOwnPolicy() {
        List<String> policies = Api.anonymous(baseUrl())
                .get("/camunda/app/cockpit/default/")
                .raw()
                .headers()
                .allValues("Content-Security-Policy");
        assertThat(policies).doesNotContain(SecurityHeaders.CONTENT_SECURITY_POLICY);
    }
}
