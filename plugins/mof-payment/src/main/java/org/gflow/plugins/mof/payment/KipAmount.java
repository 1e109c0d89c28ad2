package org.gflow.plugins.mof.payment;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Amounts in Lao kip: whole, non-negative numbers; LAK has no coins in use. */
final class KipAmount {

    private KipAmount() {}

    /**
     * Reads an amount given as a number or as text such as {@code "1 500 000"} or {@code "1,500,000"}.
     *
     * @throws IllegalArgumentException naming the variable when it is missing, negative or not whole
     */
    static long parse(String variable, Object value) {
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("missing variable '" + variable + "'");
        }
        BigDecimal amount;
        try {
            amount = value instanceof Number number
                    ? new BigDecimal(number.toString())
                    : new BigDecimal(value.toString().replaceAll("[\\s,\u00a0]", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + variable + "' is not an amount of kip: '" + value + "'");
        }
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(
                    "'" + variable + "' must be a whole, non-negative number of kip, got " + value);
        }
        return amount.longValueExact();
    }

    static String format(long amount) {
        return NumberFormat.getIntegerInstance(Locale.US).format(amount);
    }
}
