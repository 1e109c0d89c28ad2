package org.gflow.engine.eoffice;

import java.util.Locale;
import java.util.Map;
import org.gflow.engine.numbering.NumberSeriesService;
import org.gflow.plugin.api.Integration;
import org.gflow.plugin.api.IntegrationCall;
import org.gflow.plugin.api.IntegrationResult;
import org.springframework.stereotype.Component;

/**
 * Built-in {@code eoffice.registry-number}: the official number of a signed letter,
 * {@code <MINISTRY>-<year>-<four digits>}, e.g. {@code MOIC-2026-0042}. One series per
 * ministry and year, without gaps or duplicates however many letters are signed at once; a
 * retried step gets the number it already had.
 */
@Component
class RegistryNumbers implements Integration {

    private final NumberSeriesService numbers;

    RegistryNumbers(NumberSeriesService numbers) {
        this.numbers = numbers;
    }

    @Override
    public String topic() {
        return "eoffice.registry-number";
    }

    @Override
    public IntegrationResult execute(IntegrationCall call) {
        String ministry = call.requireText("ministry").toLowerCase(Locale.ROOT);
        String registryNumber = numbers.issue("registry-" + ministry, call.processInstanceId())
                .format(ministry.toUpperCase(Locale.ROOT), 4);
        return IntegrationResult.of(Map.of("registryNumber", registryNumber, "registeredAt", new java.util.Date()));
    }
}
