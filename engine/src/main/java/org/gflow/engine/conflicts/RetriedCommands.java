package org.gflow.engine.conflicts;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.FetchExternalTasksCmd;
import org.camunda.bpm.engine.impl.cmd.HandleExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.gflow.processes.validation.TaskCompletion;

/**
 * Which commands may run again after a conflict, and which failures are worth it. Only commands
 * whose whole effect is their own transaction qualify: completing, claiming or submitting a
 * user task (G-Flow's checked {@link TaskCompletion} included), reporting on an external task,
 * fetching external tasks, and G-Flow's own commands that say so ({@link RetriedOnConflict}). A failed attempt rolled
 * everything back, so the next one starts from what the winner committed.
 */
final class RetriedCommands {

    private RetriedCommands() {}

    static boolean covers(Command<?> command) {
        return command instanceof CompleteTaskCmd
                || command instanceof SubmitTaskFormCmd
                || command instanceof ClaimTaskCmd
                || command instanceof TaskCompletion
                || command instanceof HandleExternalTaskCmd
                || command instanceof FetchExternalTasksCmd
                || command instanceof RetriedOnConflict;
    }

    /**
     * An optimistic-locking failure or a database deadlock is always worth another attempt. A fetch
     * also fails, with a null pointer or a missing execution, when a task's case ends between
     * selecting the task and reading the case's variables: the next attempt no longer sees it.
     */
    static boolean worthRetrying(Command<?> command, RuntimeException failure) {
        if (failure instanceof OptimisticLockingException || isDeadlock(failure)) {
            return true;
        }
        return command instanceof FetchExternalTasksCmd && caseEndedDuringFetch(failure);
    }

    private static boolean caseEndedDuringFetch(RuntimeException failure) {
        if (failure instanceof NullPointerException || failure instanceof NullValueException) {
            return true;
        }
        // the execution tree found incomplete; bad input and refusals would fail again the same way
        return failure instanceof ProcessEngineException
                && !(failure instanceof BadUserRequestException)
                && !(failure instanceof AuthorizationException);
    }

    private static boolean isDeadlock(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof ProcessEngineException engine
                    && engine.getCode() == BuiltinExceptionCode.DEADLOCK.getCode()) {
                return true;
            }
        }
        return false;
    }
}
