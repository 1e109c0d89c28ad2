package org.gflow.engine.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;

/**
 * Password guessing is slowed down per account and per client address, at every door that
 * takes a password. The test profile trusts 127.0.0.1 as a proxy (allowing 5 failures per
 * account and 20 per address an hour), so each test acts as client addresses of its own
 * through {@code X-Forwarded-For}; a connection over {@code ::1} is an untrusted peer.
 */
class LoginThrottleIT extends EngineIT {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Test
    void anAccountIsLockedAfterFiveFailuresAtEveryDoor() {
        String account = "guess-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            assertThat(Api.as(baseUrl(), account, "guess" + i)
                            .withHeader("X-Forwarded-For", newAddress())
                            .get("/engine-rest/task")
                            .status())
                    .isEqualTo(401);
        }
        Api.Reply rest = Api.as(baseUrl(), account, "guess")
                .withHeader("X-Forwarded-For", newAddress())
                .get("/engine-rest/task");
        assertThat(rest.status()).isEqualTo(429);
        assertThat(rest.text("error")).isEqualTo("too-many-logins");
        assertThat(Long.parseLong(rest.raw().headers().firstValue("Retry-After").orElseThrow()))
                .isPositive();
        assertThat(Api.as(baseUrl(), account.toUpperCase(), "guess")
                        .withHeader("X-Forwarded-For", newAddress())
                        .get("/api/auth/session")
                        .status())
                .as("the inbox API, the name typed in capitals")
                .isEqualTo(429);
        Api.Reply browser = Api.browser(baseUrl())
                .withHeader("X-Forwarded-For", newAddress())
                .post("/api/auth/login", Map.of("username", account, "password", "guess"));
        assertThat(browser.status()).isEqualTo(429);
        assertThat(browser.raw().headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void cockpitsOwnSignInCountsFailuresAndWaitsLikeEveryOtherDoor() {
        String account = "guess-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            assertThat(Api.anonymous(baseUrl())
                            .withHeader("X-Forwarded-For", newAddress())
                            .camundaWebappLogin("cockpit", account, "guess" + i)
                            .status())
                    .isEqualTo(401);
        }
        Api.Reply cockpit = Api.anonymous(baseUrl())
                .withHeader("X-Forwarded-For", newAddress())
                .camundaWebappLogin("cockpit", account, "guess");
        assertThat(cockpit.status()).isEqualTo(429);
        assertThat(cockpit.raw().headers().firstValue("Retry-After")).isPresent();
        assertThat(Api.as(baseUrl(), account, "guess")
                        .withHeader("X-Forwarded-For", newAddress())
                        .get("/engine-rest/task")
                        .status())
                .as("the failures at Cockpit lock the REST door too")
                .isEqualTo(429);

        // and an account locked at another door waits at Cockpit, even with the right password
        String locked = "toui.monre";
        for (int i = 0; i < 5; i++) {
            Api.as(baseUrl(), locked, "guess" + i)
                    .withHeader("X-Forwarded-For", newAddress())
                    .get("/engine-rest/task");
        }
        assertThat(Api.anonymous(baseUrl())
                        .withHeader("X-Forwarded-For", newAddress())
                        .camundaWebappLogin("cockpit", locked, "demo")
                        .status())
                .isEqualTo(429);
    }

    @Test
    void whileAnAccountIsLockedEvenTheRightPasswordWaits() {
        // an account no other test signs in with: it stays locked for the rest of the run
        String account = "sinxay.monre";
        for (int i = 0; i < 5; i++) {
            Api.browser(baseUrl())
                    .withHeader("X-Forwarded-For", newAddress())
                    .post("/api/auth/login", Map.of("username", account, "password", "guess" + i));
        }
        assertThat(Api.browser(baseUrl())
                        .withHeader("X-Forwarded-For", newAddress())
                        .post("/api/auth/login", Map.of("username", account, "password", "demo"))
                        .status())
                .isEqualTo(429);
    }

    @Test
    void anAddressIsLockedAfterTwentyFailuresWhateverTheAccount() {
        String address = newAddress();
        for (int i = 0; i < 20; i++) {
            assertThat(Api.as(baseUrl(), "guess-" + UUID.randomUUID(), "guess")
                            .withHeader("X-Forwarded-For", address)
                            .get("/engine-rest/task")
                            .status())
                    .isEqualTo(401);
        }
        assertThat(Api.as(baseUrl(), "guess-" + UUID.randomUUID(), "guess")
                        .withHeader("X-Forwarded-For", address)
                        .get("/engine-rest/task")
                        .status())
                .isEqualTo(429);
        assertThat(Api.as(baseUrl(), "nalinh.bokeo", "demo")
                        .withHeader("X-Forwarded-For", address)
                        .get("/engine-rest/task")
                        .status())
                .as("a right password from there waits too")
                .isEqualTo(429);

        // a peer that is not a trusted proxy cannot borrow, or dodge, an address by naming it
        Api untrusted = Api.as("http://[::1]:" + port, "nalinh.bokeo", "demo").withHeader("X-Forwarded-For", address);
        assertThat(untrusted.get("/engine-rest/task").status()).isEqualTo(200);
        assertThat(Api.as(baseUrl(), "nalinh.bokeo", "demo")
                        .withHeader("X-Forwarded-For", newAddress())
                        .get("/engine-rest/task")
                        .status())
                .isEqualTo(200);
    }

    /** A client address of the documentation range, new to this run. */
    private static String newAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "203.0." + (113 + n / 250) + "." + (n % 250 + 1);
    }
}
