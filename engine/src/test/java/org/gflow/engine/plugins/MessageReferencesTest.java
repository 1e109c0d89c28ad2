package org.gflow.engine.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.gflow.plugin.api.PluginResources;
import org.junit.jupiter.api.Test;

/** A plugin's forms and layouts taking their texts from its message bundles. */
class MessageReferencesTest {

    private final MessageReferences texts = new MessageReferences(BundleMessages.of(new PluginJar(
            Path.of("p.jar"),
            "p",
            "1",
            Map.of(
                    PluginResources.MESSAGES_LAO,
                    "field.holder=ຜູ້ຖືໃບອະນຸຍາດ\nfield.only-lao=ລາວ".getBytes(StandardCharsets.UTF_8),
                    PluginResources.MESSAGES_ENGLISH,
                    "field.holder=Holder".getBytes(StandardCharsets.UTF_8)))));

    @Test
    void referencesBecomeTheTextsOfTheirLanguageLaoFillingGaps() throws Exception {
        byte[] layout = """
            {"fields": [{"variable": "applicantName", "label": {"lo": "msg:field.holder", "en": "msg.en:field.holder"}},
                        {"variable": "x", "label": {"lo": "msg:field.only-lao", "en": "msg.en:field.only-lao"}}],
             "note": "a msg: in passing stays"}
            """.getBytes(StandardCharsets.UTF_8);

        JsonNode resolved = new ObjectMapper().readTree(texts.resolve("gflow/documents/certificate.json", layout));

        assertThat(resolved.at("/fields/0/label/lo").asText()).isEqualTo("ຜູ້ຖືໃບອະນຸຍາດ");
        assertThat(resolved.at("/fields/0/label/en").asText()).isEqualTo("Holder");
        assertThat(resolved.at("/fields/1/label/en").asText()).isEqualTo("ລາວ");
        assertThat(resolved.at("/note").asText()).isEqualTo("a msg: in passing stays");
    }

    @Test
    void aResourceWithoutReferencesIsHandedOverUnchanged() {
        byte[] form = "{\"id\": \"f\", \"components\": [{\"label\": \"ຊື່\", \"description\": \"message\"}]}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(texts.resolve("gflow/forms/f.form", form)).isSameAs(form);
    }

    @Test
    void aKeyTheMessagesLackRefusesTheResourceNamingIt() {
        byte[] form = "{\"components\": [{\"label\": \"msg:field.missing\"}]}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> texts.resolve("gflow/forms/f.form", form))
                .hasMessage(
                        "gflow/forms/f.form names the message 'field.missing', which gflow/messages_lo.properties lacks");
    }
}
