package org.gflow.engine.tasks;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A task operation G-Flow does not allow this person, with a sentence saying why. An
 * authorization failure, so {@code /engine-rest} answers 403 with the message and its {@link #code()}.
 */
public class TaskRefusal extends AuthorizationException {

    private static final long serialVersionUID = 1L;

    /** Writing comments or files takes the right to work the task (claim it first). */
    public static final String NOT_TASK_WORKER = "not-task-worker";
    /** The task is finished: comments and files go to the case's open tasks. */
    public static final String TASK_FINISHED = "task-finished";
    /** Only the holder, a supervisor or an administrator may hand a task over or take it back. */
    public static final String NOT_TASK_HOLDER = "not-task-holder";
    /** Only a supervisor or an administrator may reorganise a task. */
    public static final String NOT_SUPERVISOR = "not-supervisor";
    /** Nothing of this task or case is this person's to see or change. */
    public static final String FORBIDDEN = "forbidden";

    private final String code;

    TaskRefusal(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The stable code the web app translates: one of the constants of this class. */
    public String code() {
        return code;
    }
}
