package org.gflow.processes.validation;

import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * A user task's completion or form submission together with its declaration check, as one
 * command and one transaction. It is a named command, not an anonymous one, so the engine
 * around it can tell what it is — for example to run it again when it met a concurrent change
 * at a parallel join, or to tell a lost race from a missing task.
 *
 * @param <T> what the completion returns
 */
public final class TaskCompletion<T> implements Command<T> {

    private final String taskId;
    private final Map<String, ?> variables;
    private final Supplier<T> completion;

    TaskCompletion(String taskId, Map<String, ?> variables, Supplier<T> completion) {
        this.taskId = taskId;
        this.variables = variables;
        this.completion = completion;
    }

    /** The task being completed. */
    public String taskId() {
        return taskId;
    }

    @Override
    public T execute(CommandContext context) {
        TaskVariablesGuard.check(context, taskId, variables, true);
        return completion.get();
    }
}
