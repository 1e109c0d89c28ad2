package org.gflow.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.gflow.plugin.api.testing.RecordedCall;
import org.junit.jupiter.api.Test;

class IntegrationCallTest {

    @Test
    void requireTextNamesTheMissingOrBlankVariable() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("blank", "  ");
        variables.put("holderName", "ບໍລິສັດ ດາວເຮືອງ");
        RecordedCall call = RecordedCall.of("moic.enterprise-lookup", variables);

        assertThat(call.requireText("holderName")).isEqualTo("ບໍລິສັດ ດາວເຮືອງ");
        assertThatThrownBy(() -> call.requireText("blank")).hasMessage("missing variable 'blank'");
        assertThatThrownBy(() -> call.requireText("absent")).hasMessage("missing variable 'absent'");
        assertThat(call.variable("absent")).isEmpty();
    }

    @Test
    void resultsAndBusinessErrorsCannotBeChangedAfterwards() {
        Map<String, Object> given = new HashMap<>(Map.of("receiptNumber", "MOF-2026-000001"));
        IntegrationResult result = IntegrationResult.of(given);
        BusinessError error = new BusinessError("WRONG_AMOUNT", "paid 10 000 LAK, fee is 50 000 LAK", given);
        given.put("later", true);

        assertThat(result.variables()).containsOnlyKeys("receiptNumber");
        assertThat(error.variables()).containsOnlyKeys("receiptNumber");
        assertThatThrownBy(() -> result.variables().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(IntegrationResult.done().variables()).isEmpty();
        assertThat(IntegrationResult.of("a", null).variables()).containsEntry("a", null);
    }

    @Test
    void theApiVersionIsShippedBesideThePackage() throws Exception {
        Properties properties = new Properties();
        try (InputStream in = Integration.class.getResourceAsStream("api.properties")) {
            properties.load(in);
        }
        assertThat(properties.getProperty("version")).matches("\\d+\\.\\d+\\.\\d+");
    }
}
