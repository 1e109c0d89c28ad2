package org.gflow.plugins.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gflow.plugin.api.Integration;
import org.gflow.plugin.api.testing.RecordedCall;
import org.gflow.plugin.api.testing.TestPluginContext;
import org.junit.jupiter.api.Test;

/** The integration as the engine creates it, from settings and messages, called without an engine. */
class ReferenceCheckIntegrationTest {

    private final Integration check = new ReferenceCheckFactory()
            .create(TestPluginContext.of(
                            "ministry-template", Map.of("office-code", "MPWT", "seal-key", "k3y", "serial-digits", "7"))
                    .withTexts(Map.of(
                            "reference.valid", "ເລກອ້າງອີງຖືກຕ້ອງ", "reference.invalid", "ເລກອ້າງອີງບໍ່ຖືກຕ້ອງ")));

    @Test
    void anOfficesReferenceIsValidAndSealedWithItsKey() throws Exception {
        Map<String, Object> result = check.execute(
                        RecordedCall.of(ReferenceCheckIntegration.TOPIC, Map.of("referenceNumber", " MPWT-0001234 ")))
                .variables();

        assertThat(result).containsEntry("referenceValid", true).containsEntry("referenceNote", "ເລກອ້າງອີງຖືກຕ້ອງ");
        assertThat(result.get("referenceSeal")).isEqualTo(hmac("k3y", "MPWT-0001234"));
    }

    @Test
    void anotherOfficesOrATooLongReferenceIsNotValidAndNotSealed() throws Exception {
        for (String number : new String[] {"MOIC-0001234", "MPWT-12345678", "MPWT-"}) {
            Map<String, Object> result = check.execute(
                            RecordedCall.of(ReferenceCheckIntegration.TOPIC, Map.of("referenceNumber", number)))
                    .variables();

            assertThat(result)
                    .as(number)
                    .containsEntry("referenceValid", false)
                    .containsEntry("referenceNote", "ເລກອ້າງອີງບໍ່ຖືກຕ້ອງ")
                    .doesNotContainKey("referenceSeal");
        }
    }

    static String hmac(String key, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
