package org.gflow.engine.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The login throttle on a clock the test moves by hand. */
class ThrottleTest {

    /** A clock that stands still until the test moves it. */
    private static final class ManualTime implements TimeMeter {
        private long nanos;

        void advance(Duration by) {
            nanos += by.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }

    private final ManualTime time = new ManualTime();
    private final LoginThrottle logins = new LoginThrottle(
            new Throttle(
                    List.of(new Throttle.Limit(5, Duration.ofMinutes(5)), new Throttle.Limit(20, Duration.ofHours(1))),
                    time),
            new Throttle(List.of(new Throttle.Limit(20, Duration.ofMinutes(5))), time));

    @Test
    void afterTheWaitTheAccountMayTryAgain() {
        for (int i = 0; i < 5; i++) {
            logins.checkAllowed("nalinh.bokeo", "203.0.113.1");
            logins.failed("nalinh.bokeo", "203.0.113.1");
        }
        long wait = waitOf("NALINH.BOKEO", "203.0.113.2").orElseThrow();
        assertThat(wait).isEqualTo(60); // one try back per minute (5 per 5 minutes)

        time.advance(Duration.ofSeconds(wait));
        logins.checkAllowed("nalinh.bokeo", "203.0.113.2");
        logins.succeeded("nalinh.bokeo");
        logins.checkAllowed("nalinh.bokeo", "203.0.113.2");
    }

    @Test
    void aGuesserWhoWaitsAsToldIsLetInButWaitsLongerAndLonger() {
        List<Long> waits = new ArrayList<>();
        for (int attempt = 0; attempt < 40; attempt++) {
            String address = "203.0.113." + attempt;
            Optional<Long> wait = waitOf("guess", address);
            wait.ifPresent(seconds -> {
                waits.add(seconds);
                time.advance(Duration.ofSeconds(seconds));
            });
            logins.checkAllowed("guess", address); // waiting as told is enough
            logins.failed("guess", address);
        }
        assertThat(waits.get(0)).isEqualTo(60);
        assertThat(waits.get(waits.size() - 1))
                .as("once the hourly allowance is spent")
                .isEqualTo(180);
    }

    @Test
    void anAddressIsCountedAcrossAccounts() {
        for (int i = 0; i < 20; i++) {
            logins.failed("guess-" + i, "203.0.113.7");
        }
        assertThat(waitOf("someone-new", "203.0.113.7")).isPresent();
        logins.checkAllowed("someone-new", "203.0.113.8");
    }

    private Optional<Long> waitOf(String account, String address) {
        try {
            logins.checkAllowed(account, address);
            return Optional.empty();
        } catch (LoginThrottledException throttled) {
            return Optional.of(throttled.retryAfterSeconds());
        }
    }
}
