package org.gflow.engine.inbox;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.gflow.engine.errors.BadRequestException;
import org.gflow.engine.errors.ConflictException;
import org.gflow.engine.errors.Conflicts;
import org.gflow.engine.security.CurrentUser;
import org.gflow.engine.tasks.HandoverRefusal;
import org.gflow.engine.tasks.TaskRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One action on many tasks at once — claim, release, hand over to a colleague. Each task goes
 * through the engine's task service exactly as the single action does (so the same authorization
 * and handover rules decide), in a transaction of its own: one refused or contested task never
 * undoes or stops the others, and each gets its own outcome.
 */
@Component
class BulkTaskWork {

    private static final Logger LOG = LoggerFactory.getLogger(BulkTaskWork.class);

    /** Tasks one request may name: a page of the task list and then some. */
    static final int MAX_TASKS = 200;

    enum Action {
        CLAIM,
        RELEASE,
        HANDOVER
    }

    /** What to do to which tasks; {@code userId} names the colleague of a handover. */
    record BulkRequest(String action, List<String> taskIds, String userId) {}

    /** What became of one task: {@code done}, {@code refused} or {@code conflict}, with a code the web app translates. */
    record BulkOutcome(String taskId, String outcome, String code, String message) {
        static BulkOutcome done(String taskId) {
            return new BulkOutcome(taskId, "done", null, null);
        }
    }

    record BulkResult(String action, List<BulkOutcome> outcomes) {}

    private final TaskService taskService;

    BulkTaskWork(TaskService taskService) {
        this.taskService = taskService;
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
                        .map(taskId -> applyTo(action, taskId, request.userId(), user))
                        .toList());
    }

    private BulkOutcome applyTo(Action action, String taskId, String toUserId, CurrentUser user) {
        try {
            switch (action) {
                case CLAIM -> taskService.claim(taskId, user.id());
                case RELEASE -> taskService.setAssignee(taskId, null);
                case HANDOVER -> taskService.setAssignee(taskId, toUserId);
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
            return Conflicts.find(failure)
                    .map(conflict -> new BulkOutcome(taskId, "conflict", conflict.code(), conflict.message()))
                    .orElseGet(() -> unexpected(taskId, failure));
        }
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
            throw new BadRequestException("action", "The action must be claim, release or handover.");
        }
    }
}
