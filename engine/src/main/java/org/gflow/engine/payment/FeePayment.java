package org.gflow.engine.payment;

import java.math.BigDecimal;
import java.util.Date;
import java.util.Map;
import org.gflow.engine.numbering.NumberSeriesService;
import org.gflow.plugin.api.BusinessError;
import org.gflow.plugin.api.Integration;
import org.gflow.plugin.api.IntegrationCall;
import org.gflow.plugin.api.IntegrationResult;
import org.springframework.stereotype.Component;

/**
 * Built-in {@code mof.fee-payment}: accepts a permit fee when the amount paid is exactly the
 * fee (LAK) and issues a receipt number; a wrong amount is a {@code WRONG_AMOUNT} business
 * error that the permit process handles. The Ministry of Finance's plugin serves this topic
 * in its place when installed.
 */
@Component
class FeePayment implements Integration {

    static final String WRONG_AMOUNT = "WRONG_AMOUNT";

    private final NumberSeriesService numbers;

    FeePayment(NumberSeriesService numbers) {
        this.numbers = numbers;
    }

    @Override
    public String topic() {
        return "mof.fee-payment";
    }

    @Override
    public IntegrationResult execute(IntegrationCall call) throws BusinessError {
        BigDecimal fee = amount(call, "feeAmount");
        BigDecimal paid = amount(call, "paidAmount");
        if (paid.compareTo(fee) != 0) {
            throw new BusinessError(WRONG_AMOUNT, "Paid " + paid.toPlainString() + " LAK, the fee is "
                + fee.toPlainString() + " LAK", Map.of("paymentProblem", "wrong-amount"));
        }
        return IntegrationResult.of(Map.of(
            "receiptNumber", numbers.issue("mof-receipt", call.processInstanceId()).format("MOF", 6),
            "paidAt", new Date()));
    }

    private static BigDecimal amount(IntegrationCall call, String name) {
        Object value = call.variable(name)
            .orElseThrow(() -> new IllegalArgumentException("missing variable '" + name + "'"));
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("variable '" + name + "' is not an amount: " + value);
        }
    }
}
