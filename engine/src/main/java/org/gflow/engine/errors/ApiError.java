package org.gflow.engine.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of every error G-Flow's own APIs return: a stable code, a sentence for people,
 * and the field it concerns when there is one (so a form can show it in place). When several
 * fields are wrong at once, {@code fields} lists each with the rule it breaks, so a page can
 * say all of them in the reader's language.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String message, String field, List<FieldError> fields) {

    /** One wrong field: its name, the rule ({@code required}, {@code min}, ...) and the rule's limit. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String field, String rule, String limit) { }

    public ApiError(String error, String message, String field) {
        this(error, message, field, null);
    }

    public static ApiError of(String error, String message) {
        return new ApiError(error, message, null);
    }
}
