package org.gflow.engine.inbox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The English names of the process models' elements (a user task's definition key, a process key),
 * from the one list the web app shows them from ({@code org/gflow/processes/model-names.json} in
 * the processes module). The models themselves are named in Lao; the inbox indexes and sorts the
 * English names too, so an English reader finds and orders tasks by the names they see.
 */
@Component
public class ModelNames {

    static final String RESOURCE = "/org/gflow/processes/model-names.json";

    private final Map<String, String> english;

    ModelNames() {
        this(read());
    }

    ModelNames(Map<String, String> english) {
        this.english = Map.copyOf(english);
    }

    /** The English name of a model element, when the list has one. */
    public Optional<String> english(String elementId) {
        return elementId == null ? Optional.empty() : Optional.ofNullable(english.get(elementId));
    }

    private static Map<String, String> read() {
        try (InputStream in = ModelNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            Map<String, Map<String, String>> byLanguage = new ObjectMapper().readValue(in, new TypeReference<>() {});
            return byLanguage.getOrDefault("en", Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
