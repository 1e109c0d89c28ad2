package org.gflow.engine.eoffice;

import java.time.Year;
import java.util.Locale;
import java.util.Map;
import org.gflow.plugin.api.Integration;
import org.gflow.plugin.api.IntegrationCall;
import org.gflow.plugin.api.IntegrationResult;
import org.gflow.plugin.api.NumberSeries;
import org.springframework.stereotype.Component;

/**
 * Built-in {@code eoffice.registry-number}: the official number of a signed letter,
 * {@code <MINISTRY>-<year>-<four digits>}, e.g. {@code MOIC-2026-0042}. One series per
 * ministry and year, without gaps or duplicates however many letters are signed at once; a
 * retried step gets the number it already had.
 */
@Component
class RegistryNumbers implements Integration {

    private final NumberSeries numbers;

    RegistryNumbers(NumberSeries numbers) {
        this.numbers = numbers;
    }

    @Override
    public String topic() {
        return "eoffice.registry-number";
    }

    @Override
    public IntegrationResult execute(IntegrationCall call) {
        String ministry = call.requireText("ministry").toLowerCase(Locale.ROOT);
        int year = Year.now().getValue();
        long number = numbers.next("registry-" + ministry, year, call.processInstanceId());
        String registryNumber = String.format("%s-%d-%04d", ministry.toUpperCase(Locale.ROOT), year, number);
        return IntegrationResult.of(Map.of("registryNumber", registryNumber, "registeredAt", new java.util.Date()));
    }
}
