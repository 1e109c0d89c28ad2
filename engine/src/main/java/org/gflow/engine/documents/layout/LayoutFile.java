package org.gflow.engine.documents.layout;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A layout file exactly as written, bound by Jackson; {@link LayoutParser} checks it and turns it
 * into a {@link DocumentLayout}. Its shape is published for plugin authors as
 * {@code plugins/layout.schema.json}; a test keeps the two alike.
 */
record LayoutFile(
        @JsonProperty("$schema") String schema,
        String kind,
        Text issuer,
        Text title,
        String holder,
        List<Field> fields,
        Text body,
        List<Section> sections,
        SignatureEntry signature,
        Text footer) {

    /** {@code {"lo": …, "en": …}}. */
    record Text(String lo, String en) {}

    /** One entry of {@code fields}. */
    record Field(String variable, Text label, boolean required, String format) {}

    /** One entry of {@code sections}. */
    record Section(String variable, Text heading, boolean required, String style) {}

    /** The {@code signature} entry; {@code title} names the variable holding the signatory's titles. */
    record SignatureEntry(String variable, Text label, String title) {}
}
