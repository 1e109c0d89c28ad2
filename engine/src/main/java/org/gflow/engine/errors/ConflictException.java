package org.gflow.engine.errors;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Someone else was first: the task was completed, claimed or locked by another user or worker
 * while this caller was at it. Not the caller's fault and not a server failure — every door
 * answers it with 409 and its stable {@link #code()}, which the web app translates.
 * A {@link ProcessEngineException}, so Camunda's own REST resources pass it through unchanged.
 */
public class ConflictException extends ProcessEngineException {

    private static final long serialVersionUID = 1L;

    /** The task was completed by someone else first. */
    public static final String TASK_ALREADY_COMPLETED = "task-already-completed";
    /** The task is claimed by another user. */
    public static final String TASK_CLAIMED_BY_OTHER = "task-claimed-by-other";
    /** The external task is locked by another worker. */
    public static final String TASK_LOCKED_BY_OTHER = "task-locked-by-other";
    /** The case was changed by someone else at the same moment, even after retrying. */
    public static final String CONCURRENT_CHANGE = "concurrent-change";

    private final String code;

    public ConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The machine-readable code, one of the constants of this class. */
    public String code() {
        return code;
    }
}
