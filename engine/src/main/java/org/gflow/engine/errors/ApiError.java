package org.gflow.engine.errors;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every error G-Flow's own APIs return: a stable code, a sentence for people,
 * and the field it concerns when there is one (so a form can show it in place).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String message, String field) {

    public static ApiError of(String error, String message) {
        return new ApiError(error, message, null);
    }
}
