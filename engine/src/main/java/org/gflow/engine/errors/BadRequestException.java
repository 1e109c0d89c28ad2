package org.gflow.engine.errors;

/** A caller's input that G-Flow refuses, naming the field at fault. Answered with 400. */
public class BadRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public BadRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
