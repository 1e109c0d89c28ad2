package org.gflow.engine.errors;

/** A caller's input that G-Flow refuses, naming the field at fault. Answered with 400. */
public class BadRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String code;

    public BadRequestException(String field, String message) {
        this(field, message, "invalid-field");
    }

    /** A refusal with a code of its own, for a page to say more than "this field is not valid". */
    public BadRequestException(String field, String message, String code) {
        super(message);
        this.field = field;
        this.code = code;
    }

    public String field() {
        return field;
    }

    /** The stable code of the error body: {@code invalid-field} unless the refusal has its own. */
    public String code() {
        return code;
    }
}
