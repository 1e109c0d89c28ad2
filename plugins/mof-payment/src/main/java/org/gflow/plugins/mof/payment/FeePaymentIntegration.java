package org.gflow.plugins.mof.payment;

import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.function.Supplier;
import org.gflow.plugin.api.BusinessError;
import org.gflow.plugin.api.Integration;
import org.gflow.plugin.api.IntegrationCall;
import org.gflow.plugin.api.IntegrationResult;
import org.gflow.plugin.api.LaoTime;
import org.gflow.plugin.api.NumberSeries;

/**
 * Topic {@code mof.fee-payment}: checks that the applicant paid exactly the fee ({@code paidAmount}
 * equals {@code feeAmount}, Lao kip) and issues the Ministry of Finance receipt number, e.g.
 * {@code MOF-2026-000123}. A wrong amount is the BPMN error {@code WRONG_AMOUNT}, which the
 * permit process catches to ask for the payment again.
 */
public final class FeePaymentIntegration implements Integration {

    /** The topic served. */
    public static final String TOPIC = "mof.fee-payment";
    /** Error code thrown into the process when the amount paid is not the fee. */
    public static final String WRONG_AMOUNT = "WRONG_AMOUNT";
    /** The receipt number series of the Ministry of Finance. */
    public static final String RECEIPT_SERIES = "mof-receipt";

    private final Supplier<NumberSeries> numberSeries;
    private final Clock clock;

    /**
     * @param numberSeries gives the engine's number series service, or throws when it is absent
     * @param clock the year of a receipt is read from it
     */
    public FeePaymentIntegration(Supplier<NumberSeries> numberSeries, Clock clock) {
        this.numberSeries = numberSeries;
        this.clock = clock;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public IntegrationResult execute(IntegrationCall call) throws BusinessError {
        long fee = KipAmount.parse("feeAmount", call.variables().get("feeAmount"));
        long paid = KipAmount.parse("paidAmount", call.variables().get("paidAmount"));
        if (paid != fee) {
            throw new BusinessError(
                    WRONG_AMOUNT,
                    "ຈຳນວນເງິນທີ່ຈ່າຍ " + KipAmount.format(paid) + " ກີບ ບໍ່ເທົ່າກັບຄ່າທຳນຽມ " + KipAmount.format(fee)
                            + " ກີບ" + " (paid " + KipAmount.format(paid) + " LAK, fee is " + KipAmount.format(fee)
                            + " LAK)",
                    Map.of("paymentDifference", paid - fee, "paymentProblem", "wrong-amount"));
        }
        // receipts are dated in Lao time: 06:30 on 1 January in Vientiane is in the new year
        int year = LaoTime.year(clock);
        long number = numberSeries.get().next(RECEIPT_SERIES, year, call.processInstanceId());
        return IntegrationResult.of(Map.of(
                "receiptNumber",
                receiptNumber(year, number),
                "paymentVerified",
                true,
                "paidAt",
                Date.from(clock.instant())));
    }

    /** {@code MOF-<year>-<number, six digits at least>}. */
    static String receiptNumber(int year, long number) {
        return String.format("MOF-%d-%06d", year, number);
    }
}
