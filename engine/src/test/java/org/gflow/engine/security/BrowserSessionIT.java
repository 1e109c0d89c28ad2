package org.gflow.engine.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The web app's session: sign in, CSRF on every change, sign out. */
class BrowserSessionIT extends EngineIT {

    @Autowired
    private MeterRegistry meters;

    @Test
    void aSignedInBrowserWorksWithItsSessionUntilItSignsOut() {
        Api browser = Api.browser(baseUrl());
        assertThat(browser.get("/api/auth/session").json().path("authenticated").asBoolean())
                .isFalse();

        Api.Reply login = browser.post("/api/auth/login", Map.of("username", "nalinh.bokeo", "password", "demo"));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().path("groups").toString()).contains("bokeo-hotline-verifiers");
        assertThat(login.json().path("name").asText()).isEqualTo("ນາລິນ ຈັນທະວົງ");
        assertThat(browser.get("/engine-rest/task").status()).isEqualTo(200);

        assertThat(browser.post("/api/auth/logout", Map.of()).status()).isEqualTo(200);
        assertThat(browser.get("/engine-rest/task").status()).isEqualTo(401);
    }

    @Test
    void aChangeWithoutTheCsrfTokenIsRefused() {
        Api.Reply forged = Api.anonymous(baseUrl())
                .post("/api/auth/login", Map.of("username", "nalinh.bokeo", "password", "demo"));
        assertThat(forged.status()).isEqualTo(403);
    }

    @Test
    void aWrongPasswordIsA401WithoutHints() {
        Api.Reply wrong =
                Api.browser(baseUrl()).post("/api/auth/login", Map.of("username", "nalinh.bokeo", "password", "guess"));
        Api.Reply unknown =
                Api.browser(baseUrl()).post("/api/auth/login", Map.of("username", "*)(uid=*", "password", "guess"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.raw().body()).isEqualTo(unknown.raw().body());
    }

    @Test
    void onlyAdministratorsReachTheAdminApis() {
        assertThat(Api.as(baseUrl(), "nalinh.bokeo").get("/api/plugins").status())
                .isEqualTo(403);
        assertThat(Api.as(baseUrl(), "admin").get("/api/plugins").status()).isEqualTo(200);
        assertThat(Api.anonymous(baseUrl()).get("/api/plugins").status()).isEqualTo(401);
    }

    /**
     * Asking who is signed in needs nothing from the database but the session, and Spring Session
     * asks the store for it twice a request: the second is answered from the request's own copy.
     * Counted as connections borrowed from the pool; the engine's own schedules may borrow a few
     * meanwhile, so the test allows for them, but not for a second read per request.
     */
    @Test
    void aBrowserRequestReadsItsSessionFromTheDatabaseOnce() {
        Api browser = Api.browser(baseUrl());
        assertThat(browser.post("/api/auth/login", Map.of("username", "nalinh.bokeo", "password", "demo"))
                        .status())
                .isEqualTo(200);
        int requests = 20;
        long before = connectionsBorrowed();
        for (int request = 0; request < requests; request++) {
            assertThat(browser.get("/api/auth/session")
                            .json()
                            .path("authenticated")
                            .asBoolean())
                    .isTrue();
        }
        assertThat(connectionsBorrowed() - before).isBetween((long) requests, 2L * requests - 5);
    }

    private long connectionsBorrowed() {
        return meters.find("hikaricp.connections.usage").timers().stream()
                .mapToLong(Timer::count)
                .sum();
    }
}
