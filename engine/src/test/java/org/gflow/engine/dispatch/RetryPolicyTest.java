package org.gflow.engine.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy standard = RetryPolicy.standard(3);

    @Test
    void threeAttemptsWithGrowingWaitsThenAnIncident() {
        // 1st failure: the task had no retries yet
        int afterFirst = standard.retriesLeftAfterFailure(null);
        assertThat(afterFirst).isEqualTo(2);
        assertThat(standard.backOffFor(afterFirst)).isEqualTo(Duration.ofSeconds(10));

        int afterSecond = standard.retriesLeftAfterFailure(afterFirst);
        assertThat(afterSecond).isEqualTo(1);
        assertThat(standard.backOffFor(afterSecond)).isEqualTo(Duration.ofMinutes(1));

        int afterThird = standard.retriesLeftAfterFailure(afterSecond);
        assertThat(afterThird).isZero();
        assertThat(standard.backOffFor(afterThird)).isZero();
    }

    @Test
    void moreRetriesThanWaitsRepeatTheLongestWait() {
        RetryPolicy patient = RetryPolicy.standard(6);

        assertThat(patient.backOffFor(1)).isEqualTo(Duration.ofMinutes(5));
        assertThat(patient.backOffFor(5)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void nonsenseSettingsAreRefusedWithThePropertyName() {
        assertThatThrownBy(() -> RetryPolicy.standard(0)).hasMessageContaining("gflow.dispatch.retries");
        assertThatThrownBy(() -> new RetryPolicy(3, List.of())).hasMessageContaining("back-off");
    }
}
