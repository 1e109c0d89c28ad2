package org.gflow.engine.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NotifySettingsTest {

    private final NotifySettings settings = new NotifySettings(
            true,
            Duration.ofSeconds(5),
            20,
            Duration.ofMinutes(2),
            8,
            Duration.ofMinutes(1),
            Duration.ofHours(1),
            "",
            "");

    @Test
    void theWaitDoublesAfterEachFailureUpToTheCeiling() {
        assertThat(settings.backOff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.backOff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.backOff(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(settings.backOff(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(settings.backOff(7)).isEqualTo(Duration.ofHours(1));
        assertThat(settings.backOff(1000)).isEqualTo(Duration.ofHours(1));
    }
}
