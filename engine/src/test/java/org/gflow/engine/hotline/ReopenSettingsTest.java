package org.gflow.engine.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReopenSettingsTest {

    @Test
    void aWindowIsAnIsoDurationInWorkingDaysOrMarkedElapsed() {
        assertThat(new ReopenSettings("P10D", 2).window()).isEqualTo("P10D");
        assertThat(new ReopenSettings("PT4H", 0).limit()).isZero();
        assertThat(new ReopenSettings("calendar:PT1S", 1).window()).isEqualTo("calendar:PT1S");
    }

    @Test
    void aWindowOrLimitTheModelCouldNotUseStopsTheEngineNamingTheSetting() {
        assertThatThrownBy(() -> new ReopenSettings("10 days", 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gflow.hotline.reopen.window");
        assertThatThrownBy(() -> new ReopenSettings("P10D", -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gflow.hotline.reopen.limit");
    }
}
