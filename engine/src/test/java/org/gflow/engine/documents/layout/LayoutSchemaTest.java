package org.gflow.engine.documents.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema published for plugin authors and the binding the engine reads layouts with say the same. */
class LayoutSchemaTest {

    private final JsonNode schema = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper()
                    .readTree(Path.of("../plugins/layout.schema.json").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyEntryOfTheSchemaIsAnEntryOfTheBindingAndBack() {
        assertThat(names(schema.path("properties"))).containsExactlyInAnyOrderElementsOf(components(LayoutFile.class));
        assertThat(names(definition("text"))).containsExactlyInAnyOrderElementsOf(components(LayoutFile.Text.class));
        assertThat(names(definition("field"))).containsExactlyInAnyOrderElementsOf(components(LayoutFile.Field.class));
        assertThat(names(definition("section")))
                .containsExactlyInAnyOrderElementsOf(components(LayoutFile.Section.class));
        assertThat(names(definition("signature")))
                .containsExactlyInAnyOrderElementsOf(components(LayoutFile.SignatureEntry.class));
    }

    @Test
    void theSchemasChoicesAreTheEnginesCodes() {
        assertThat(texts(schema.path("properties").path("kind").path("enum")))
                .containsExactlyElementsOf(Arrays.stream(DocumentKind.values())
                        .map(DocumentKind::code)
                        .toList());
        assertThat(texts(definition("field").path("format").path("enum")))
                .containsExactlyElementsOf(Arrays.stream(FieldFormat.values())
                        .map(FieldFormat::code)
                        .toList());
        assertThat(texts(definition("section").path("style").path("enum")))
                .containsExactlyElementsOf(Arrays.stream(SectionStyle.values())
                        .map(SectionStyle::code)
                        .toList());
    }

    @Test
    void anEntryTheSchemaDoesNotKnowIsRefusedByTheEngineTooWithItsPath() {
        String layout =
                "{\"kind\": \"letter\", \"issuer\": {\"lo\": \"ກະຊວງ\"}, \"title\": {\"lo\": \"ໜັງສື\", \"fr\": \"Lettre\"}}";

        assertThatThrownBy(() -> new LayoutParser().parse("letter.json", layout.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("unknown entry 'title.fr'");
    }

    private JsonNode definition(String name) {
        return schema.path("$defs").path(name).path("properties");
    }

    private static List<String> names(JsonNode properties) {
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(LayoutSchemaTest::jsonName)
                .toList();
    }

    private static String jsonName(RecordComponent component) {
        JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
        return renamed == null ? component.getName() : renamed.value();
    }
}
