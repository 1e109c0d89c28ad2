package org.gflow.engine.errors;

import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;

/**
 * Recognises "someone else was first" in an engine failure, however deeply Camunda's REST
 * resources wrapped it, and words it for people — never the engine's raw message with ids.
 */
public final class Conflicts {

    /** A conflict: its stable code and a sentence for the user. */
    public record Conflict(String code, String message) {}

    /** SQL's state for a unique constraint violated (H2 and PostgreSQL alike). */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final Conflict CONCURRENT_CHANGE = new Conflict(
            ConflictException.CONCURRENT_CHANGE,
            "Someone else changed this case at the same moment. Please reload and try again.");

    private Conflicts() {}

    /**
     * Whether the failure is only that every pooled database connection stayed busy for the pool's
     * whole wait: the server is overloaded for a moment, and the caller may try again (503).
     */
    public static boolean isPoolExhausted(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof org.springframework.transaction.CannotCreateTransactionException) {
                return true;
            }
        }
        return false;
    }

    /** The conflict this failure stands for, if it is one. */
    public static Optional<Conflict> find(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConflictException conflict) {
                return Optional.of(new Conflict(conflict.code(), conflict.getMessage()));
            }
            if (cause instanceof TaskAlreadyClaimedException) {
                return Optional.of(new Conflict(
                        ConflictException.TASK_CLAIMED_BY_OTHER, "Someone else has already claimed this task."));
            }
            if (cause instanceof java.sql.SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                // two transactions inserted the same row (a case's grant, a counter) at once
                return Optional.of(CONCURRENT_CHANGE);
            }
            if (cause instanceof OptimisticLockingException) {
                return Optional.of(CONCURRENT_CHANGE);
            }
        }
        return Optional.empty();
    }
}
