package org.gflow.engine.inbox;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.gflow.engine.errors.BadRequestException;
import org.gflow.engine.errors.ConflictException;
import org.gflow.engine.errors.Conflicts;
import org.gflow.engine.security.CurrentUser;
import org.gflow.engine.tasks.HandoverRefusal;
import org.gflow.engine.tasks.TaskRefusal;
import org.gflow.processes.validation.InvalidVariableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One action on many tasks at once — claim, release, hand over to a colleague, or complete with one
 * answer where the model allows it ({@link BulkCompletion}). Each task goes through the engine's task
 * service exactly as the single action does (so the same authorization, handover rules and variable
 * declarations decide), in a transaction of its own: one refused or contested task never undoes or
 * stops the others, and each gets its own outcome.
 */
@Component
class BulkTaskWork {

    private static final Logger LOG = LoggerFactory.getLogger(BulkTaskWork.class);

    /** Tasks one request may name: a page of the task list and then some. */
    static final int MAX_TASKS = 200;

    enum Action {
        CLAIM,
        RELEASE,
        HANDOVER,
        COMPLETE
    }

    /** Refusal of a completion the task's model does not allow in bulk. */
    static final String NOT_BULK_COMPLETABLE = "not-bulk-completable";

    /**
     * What to do to which tasks; {@code userId} names the colleague of a handover, {@code variables}
     * the one answer of a completion (plain JSON values, checked against each task's declarations).
     */
    record BulkRequest(String action, List<String> taskIds, String userId, Map<String, Object> variables) {}

    /** What became of one task: {@code done}, {@code refused} or {@code conflict}, with a code the web app translates. */
    record BulkOutcome(String taskId, String outcome, String code, String message) {
        static BulkOutcome done(String taskId) {
            return new BulkOutcome(taskId, "done", null, null);
        }
    }

    record BulkResult(String action, List<BulkOutcome> outcomes) {}

    private final TaskService taskService;
    private final BulkCompletion completion;
    private final TransactionTemplate eachTask;

    BulkTaskWork(TaskService taskService, BulkCompletion completion, PlatformTransactionManager transactions) {
        this.taskService = taskService;
        this.completion = completion;
        this.eachTask = new TransactionTemplate(transactions);
    }

    BulkResult apply(BulkRequest request, CurrentUser user) {
        Action action = actionOf(request);
        List<String> taskIds =
                request.taskIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.taskIds()));
        if (taskIds.isEmpty() || taskIds.size() > MAX_TASKS) {
            throw new BadRequestException("taskIds", "Choose between 1 and " + MAX_TASKS + " tasks.");
        }
        if (action == Action.HANDOVER
                && (request.userId() == null || request.userId().isBlank())) {
            throw new BadRequestException("userId", "Choose the colleague to hand the tasks to.");
        }
        return new BulkResult(
                action.name().toLowerCase(Locale.ROOT),
                taskIds.stream()
                        .map(taskId -> applyTo(action, taskId, request, user))
                        .toList());
    }

    private BulkOutcome applyTo(Action action, String taskId, BulkRequest request, CurrentUser user) {
        try {
            switch (action) {
                case CLAIM -> taskService.claim(taskId, user.id());
                case RELEASE -> taskService.setAssignee(taskId, null);
                case HANDOVER -> taskService.setAssignee(taskId, request.userId());
                case COMPLETE -> {
                    if (!complete(taskId, request.variables(), user)) {
                        return new BulkOutcome(
                                taskId,
                                "refused",
                                NOT_BULK_COMPLETABLE,
                                "This task's process does not allow completing it together with others.");
                    }
                }
            }
            return BulkOutcome.done(taskId);
        } catch (TaskRefusal refused) {
            return new BulkOutcome(taskId, "refused", refused.code(), refused.getMessage());
        } catch (HandoverRefusal refused) {
            return new BulkOutcome(taskId, "refused", refused.code(), refused.getMessage());
        } catch (AuthorizationException refused) {
            return new BulkOutcome(taskId, "refused", TaskRefusal.FORBIDDEN, "You are not allowed to do this.");
        } catch (NotFoundException | NullValueException gone) {
            // it was in the list a moment ago: someone finished it meanwhile (or it never was this user's)
            return new BulkOutcome(
                    taskId, "conflict", ConflictException.TASK_ALREADY_COMPLETED, "This task is no longer open.");
        } catch (BadUserRequestException wrong) {
            return Conflicts.find(wrong)
                    .map(conflict -> new BulkOutcome(taskId, "conflict", conflict.code(), conflict.message()))
                    .orElseGet(() -> new BulkOutcome(taskId, "refused", "bad-request", wrong.getMessage()));
        } catch (RuntimeException failure) {
            // an answer a task's declarations refuse (an undeclared or invalid variable) is the caller's to mend
            InvalidVariableException invalid =
                    InvalidVariableException.findIn(failure).orElse(null);
            if (invalid != null) {
                return new BulkOutcome(taskId, "refused", "invalid-field", invalid.getMessage());
            }
            return Conflicts.find(failure)
                    .map(conflict -> new BulkOutcome(taskId, "conflict", conflict.code(), conflict.message()))
                    .orElseGet(() -> unexpected(taskId, failure));
        }
    }

    /**
     * Claims the task for the user when nobody holds it, then completes it, in one transaction: a
     * refused completion leaves the task as it was. False when its model does not allow bulk completion.
     */
    private boolean complete(String taskId, Map<String, Object> variables, CurrentUser user) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new NotFoundException("task " + taskId + " is not open");
        }
        if (!completion.allowed(task.getProcessDefinitionId(), task.getTaskDefinitionKey())) {
            return false;
        }
        eachTask.executeWithoutResult(status -> {
            if (task.getAssignee() == null) {
                taskService.claim(taskId, user.id());
            }
            taskService.complete(taskId, variables == null ? Map.of() : variables);
        });
        return true;
    }

    private static BulkOutcome unexpected(String taskId, RuntimeException failure) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Bulk action on task {} failed, reference {}", taskId, reference, failure);
        return new BulkOutcome(
                taskId,
                "failed",
                "internal-error",
                "Something went wrong on our side. Please quote reference " + reference + " to the help desk.");
    }

    private static Action actionOf(BulkRequest request) {
        try {
            return Action.valueOf(String.valueOf(request.action()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("action", "The action must be claim, release, handover or complete.");
        }
    }
}
