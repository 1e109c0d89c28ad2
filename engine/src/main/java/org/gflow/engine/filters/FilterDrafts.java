package org.gflow.engine.filters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gflow.engine.errors.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * Reads a filter as a client sends it, strictly: a field G-Flow does not know — a misspelt
 * criterion that would otherwise be dropped and silently select everything — is refused, named,
 * with the fields a filter may hold. Then the name and the criteria are checked and the criteria
 * stored as the task list reads them.
 */
@Component
class FilterDrafts {

    static final int MAX_NAME = 80;

    private final ObjectMapper strict;

    FilterDrafts(ObjectMapper json) {
        this.strict = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    FilterDraft read(JsonNode body) {
        FilterDraft draft = parse(body == null ? strict.createObjectNode() : body);
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty()) {
            throw new BadRequestException("name", "A filter needs a name.");
        }
        if (name.length() > MAX_NAME) {
            throw new BadRequestException("name", "A filter's name has " + MAX_NAME + " characters at most.");
        }
        String sharedWith = draft.sharedWith() == null || draft.sharedWith().isBlank()
                ? null
                : draft.sharedWith().strip().toLowerCase(Locale.ROOT);
        FilterCriteria criteria = draft.criteria() == null
                ? new FilterCriteria(null, null, null, null, null, null, null, null)
                : draft.criteria();
        return new FilterDraft(name, sharedWith, criteria.checked());
    }

    String write(FilterCriteria criteria) {
        try {
            return strict.writeValueAsString(criteria);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A filter's criteria could not be written", e);
        }
    }

    FilterCriteria criteria(String stored) {
        try {
            return strict.readValue(stored, FilterCriteria.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A saved filter's criteria could not be read", e);
        }
    }

    private FilterDraft parse(JsonNode body) {
        try {
            return strict.treeToValue(body, FilterDraft.class);
        } catch (UnrecognizedPropertyException e) {
            String field = e.getPath().stream()
                    .map(reference -> reference.getFieldName())
                    .collect(Collectors.joining("."));
            throw new BadRequestException(
                    field,
                    field + " is not something a filter holds; a filter has a name, sharedWith and criteria of "
                            + known(FilterCriteria.class) + ".",
                    "unknown-field");
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new BadRequestException(null, "The filter could not be read: each of its fields is text.");
        }
    }

    private static String known(Class<? extends Record> type) {
        return java.util.Arrays.stream(type.getRecordComponents())
                .map(component -> component.getName())
                .collect(Collectors.joining(", "));
    }
}
