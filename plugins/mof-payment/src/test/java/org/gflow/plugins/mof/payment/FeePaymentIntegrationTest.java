package org.gflow.plugins.mof.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.gflow.plugin.api.BusinessError;
import org.gflow.plugin.api.NumberSeries;
import org.gflow.plugin.api.testing.RecordedCall;
import org.junit.jupiter.api.Test;

class FeePaymentIntegrationTest {

    /** A number series that is gapless per series and year and repeats a case's number. */
    private final Map<String, Long> issued = new HashMap<>();

    private final NumberSeries series = (name, year, caseKey) ->
            issued.computeIfAbsent(name + "/" + year + "/" + caseKey, key -> issued.size() + 1L);

    // 31 December 2025, 18:00 UTC is already 1 January 2026 in Vientiane (UTC+7).
    private final Clock newYearInVientiane = Clock.fixed(Instant.parse("2025-12-31T18:00:00Z"), ZoneOffset.UTC);
    private final FeePaymentIntegration payment = new FeePaymentIntegration(() -> series, newYearInVientiane);

    @Test
    void theExactFeeGetsAReceiptNumberOfTheLaoYear() throws Exception {
        var result = payment.execute(
                RecordedCall.of("mof.fee-payment", Map.of("feeAmount", 1_500_000L, "paidAmount", "1 500 000")));

        assertThat(result.variables())
                .containsEntry("receiptNumber", "MOF-2026-000001")
                .containsEntry("paymentVerified", true)
                .containsEntry("paidAt", java.util.Date.from(Instant.parse("2025-12-31T18:00:00Z")));
    }

    @Test
    void aRetriedCallKeepsItsReceiptAndAnotherCaseGetsTheNext() throws Exception {
        RecordedCall call = RecordedCall.of("mof.fee-payment", Map.of("feeAmount", 250000, "paidAmount", 250000.0));

        assertThat(payment.execute(call).variables().get("receiptNumber")).isEqualTo("MOF-2026-000001");
        assertThat(payment.execute(call).variables().get("receiptNumber")).isEqualTo("MOF-2026-000001");
        assertThat(payment.execute(call.inInstance("pi-2")).variables().get("receiptNumber"))
                .isEqualTo("MOF-2026-000002");
    }

    @Test
    void aWrongAmountIsTheBpmnErrorWrongAmountAndIssuesNoReceipt() {
        RecordedCall call =
                RecordedCall.of("mof.fee-payment", Map.of("feeAmount", "1,500,000", "paidAmount", 1_000_000));

        assertThatThrownBy(() -> payment.execute(call)).isInstanceOfSatisfying(BusinessError.class, error -> {
            assertThat(error.code()).isEqualTo("WRONG_AMOUNT");
            assertThat(error.getMessage()).contains("1,000,000 LAK", "1,500,000 LAK");
            assertThat(error.variables())
                    .containsEntry("paymentDifference", -500_000L)
                    .containsEntry("paymentProblem", "wrong-amount");
        });
        assertThat(issued).isEmpty();
    }

    @Test
    void missingOrMalformedAmountsAreTechnicalFailuresNamingTheVariable() {
        assertThatThrownBy(() -> payment.execute(RecordedCall.of("mof.fee-payment", Map.of("feeAmount", 100))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("missing variable 'paidAmount'");
        assertThatThrownBy(() -> payment.execute(
                        RecordedCall.of("mof.fee-payment", Map.of("feeAmount", 100, "paidAmount", "100.5"))))
                .hasMessageContaining("'paidAmount' must be a whole");
        assertThatThrownBy(() -> payment.execute(
                        RecordedCall.of("mof.fee-payment", Map.of("feeAmount", "ໜຶ່ງແສນ", "paidAmount", 1))))
                .hasMessageContaining("'feeAmount' is not an amount of kip");
    }

    @Test
    void withoutTheEngineNumberSeriesTheCallFailsTechnically() {
        FeePaymentIntegration noSeries = new FeePaymentIntegration(
                () -> {
                    throw new IllegalStateException("the engine's NumberSeries service is not available");
                },
                newYearInVientiane);

        assertThatThrownBy(() ->
                        noSeries.execute(RecordedCall.of("mof.fee-payment", Map.of("feeAmount", 1, "paidAmount", 1))))
                .isInstanceOf(IllegalStateException.class);
    }
}
