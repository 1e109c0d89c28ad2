package org.gflow.engine.documents.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LayoutRegistryTest {

    private static final String BUSINESS_LICENCE = """
            { "kind": "certificate",
              "issuer": {"lo": "ກະຊວງອຸດສາຫະກຳ ແລະ ການຄ້າ", "en": "Ministry of Industry and Commerce"},
              "title": {"lo": "ໃບອະນຸຍາດດຳເນີນທຸລະກິດ", "en": "Business Licence"},
              "holder": "holderName",
              "fields": [
                {"variable": "holderName", "label": {"lo": "ຊື່ຜູ້ຖືໃບອະນຸຍາດ", "en": "Holder"}, "required": true},
                {"variable": "validUntil", "label": {"lo": "ໃຊ້ໄດ້ຮອດ", "en": "Valid until"}, "required": true, "format": "date"}
              ],
              "body": {"lo": "… ${enterpriseName} …", "en": "…"},
              "footer": {"lo": "…", "en": "…"} }
            """;

    private final LayoutRegistry registry = LayoutRegistry.withDefaults();

    @Test
    void theEngineShipsADefaultLayoutForEveryKind() {
        for (DocumentKind kind : DocumentKind.values()) {
            assertThat(registry.layoutFor(kind, null).kind()).isEqualTo(kind);
        }
    }

    @Test
    void aPermitTypeSpecificLayoutWinsForItsPermitTypeOnly() {
        registry.register("plugin:moic", "certificate-business-licence.json", bytes(BUSINESS_LICENCE));

        assertThat(registry.layoutFor(DocumentKind.CERTIFICATE, "business-licence")
                        .title()
                        .en())
                .isEqualTo("Business Licence");
        assertThat(registry.layoutFor(DocumentKind.CERTIFICATE, "mining")
                        .title()
                        .en())
                .isEqualTo("Permit");
        assertThat(registry.layoutFor(DocumentKind.CERTIFICATE, null).permitType())
                .isNull();
    }

    @Test
    void aCertificateWithoutAHolderEntryIsHeldByItsFirstField() {
        registry.register(
                "plugin:moic",
                "certificate-business-licence.json",
                bytes(BUSINESS_LICENCE
                        .replace("\"holder\": \"holderName\",", "")
                        .replace("holderName", "applicantName")));

        assertThat(registry.layoutFor(DocumentKind.CERTIFICATE, "business-licence")
                        .holderVariable())
                .isEqualTo("applicantName");
        assertThat(registry.layoutFor(DocumentKind.ANSWER, null).holderVariable())
                .isNull();
    }

    @Test
    void aPluginLayoutShadowsTheDefaultUntilThePluginGoes() {
        registry.register("plugin:moic", "certificate.json", bytes(BUSINESS_LICENCE));
        assertThat(registry.layoutFor(DocumentKind.CERTIFICATE, null).title().en())
                .isEqualTo("Business Licence");

        registry.unregisterAll("plugin:moic");

        assertThat(registry.layoutFor(DocumentKind.CERTIFICATE, null).title().en())
                .isEqualTo("Permit");
    }

    @Test
    void invalidLayoutsAreRefusedWithTheFileAndTheProblemNamed() {
        assertThatThrownBy(() -> registry.register("p", "certificate.json", bytes("{\"kind\": \"certificate\"}")))
                .hasMessageContaining("certificate.json")
                .hasMessageContaining("'issuer' is required");
        assertThatThrownBy(() -> registry.register("p", "letter.json", bytes(BUSINESS_LICENCE)))
                .hasMessageContaining("file name says letter");
        assertThatThrownBy(() -> registry.register("p", "Certificate.JSON", bytes(BUSINESS_LICENCE)))
                .hasMessageContaining("<kind>-<permitType>.json");
        assertThatThrownBy(() -> registry.register("p", "certificate.json", bytes("{ not json")))
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> registry.register(
                        "p",
                        "certificate.json",
                        bytes(BUSINESS_LICENCE.replace("\"format\": \"date\"", "\"format\": \"colour\""))))
                .hasMessageContaining("unknown format 'colour'");
        assertThatThrownBy(() -> registry.register(
                        "p",
                        "certificate.json",
                        bytes(BUSINESS_LICENCE.replace("\"lo\": \"ໃບອະນຸຍາດດຳເນີນທຸລະກິດ\", ", ""))))
                .hasMessageContaining("'title.lo' is required");
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
