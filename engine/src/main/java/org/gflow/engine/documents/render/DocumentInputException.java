package org.gflow.engine.documents.render;

import java.util.List;

/**
 * The case does not hold what its document needs: a required variable is missing or unreadable,
 * or a text has characters the document font cannot print. The message names each of them, so
 * the incident raised on the render step tells the operator what to fix.
 */
public class DocumentInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> variables;

    /**
     * @param message what is wrong, naming the variables
     * @param variables the variables at fault
     */
    public DocumentInputException(String message, List<String> variables) {
        super(message);
        this.variables = List.copyOf(variables);
    }

    /** The variables at fault, in layout order. */
    public List<String> variables() {
        return variables;
    }
}
