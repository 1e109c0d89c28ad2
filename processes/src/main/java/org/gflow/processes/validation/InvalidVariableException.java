package org.gflow.processes.validation;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A process was started (or a task completed) with a missing or malformed variable. The message
 * names the field; the engine rolls back the command, so no half-started case is left behind.
 * Callers (the REST layer) map it to a client error such as HTTP 400.
 */
public class InvalidVariableException extends ProcessEngineException {

    private static final long serialVersionUID = 1L;

    private final List<FieldProblem> problems;

    /**
     * @param field the name of the offending variable
     * @param problem what is wrong with it, phrased to follow the field name (e.g. "is required")
     */
    public InvalidVariableException(String field, String problem) {
        this(List.of(new FieldProblem(field, "invalid", null, problem)));
    }

    /** Every field that failed at once, so a form can show them all together; never empty. */
    public InvalidVariableException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::message).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** The name of the (first) variable that failed validation. */
    public String field() {
        return problems.get(0).field();
    }

    /** Every field that failed, in the order they were checked. */
    public List<FieldProblem> problems() {
        return problems;
    }

    /**
     * The invalid-variable exception behind {@code failure}, if any. Camunda wraps exceptions
     * thrown by task listeners (ENGINE-03051), so callers mapping failures to client errors look
     * through the whole cause chain.
     */
    public static Optional<InvalidVariableException> findIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidVariableException invalid) {
                return Optional.of(invalid);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}
