package org.gflow.engine.inbox;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.gflow.engine.errors.BadRequestException;
import org.gflow.engine.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Handing a task to a colleague of the same group. Camunda lets a group member claim a task
 * (TASK_WORK) but not assign it to someone else (TASK_ASSIGN is for supervisors and admins).
 * G-Flow allows exactly this narrow case: the one holding the task — or, while it is
 * unclaimed, a member of a group it is offered to — may give it to another member of one of
 * those groups. That rule is checked here; only the assignment itself then runs without
 * Camunda's permission check (the operation log still records who did it).
 */
@Component
class TaskHandover {

    /** A user the task can be handed to. */
    record Colleague(String id, String name) { }

    private final TaskService taskService;
    private final IdentityService identityService;
    private final CheckedAccess checked;

    TaskHandover(TaskService taskService, IdentityService identityService, CheckedAccess checked) {
        this.taskService = taskService;
        this.identityService = identityService;
        this.checked = checked;
    }

    /** Members of the task's groups that the user shares (all its groups for an admin), but not the user. */
    List<Colleague> colleagues(String taskId, CurrentUser user) {
        Task task = visibleTask(taskId);
        Map<String, Colleague> found = new LinkedHashMap<>();
        for (String group : sharedGroups(task, user)) {
            for (User member : identityService.createUserQuery().memberOfGroup(group).list()) {
                if (!member.getId().equals(user.id()) && !member.getId().equals(task.getAssignee())) {
                    found.putIfAbsent(member.getId(), new Colleague(member.getId(), UserNames.displayName(member)));
                }
            }
        }
        return found.values().stream().sorted(Comparator.comparing(Colleague::name)).toList();
    }

    void handOver(String taskId, String toUserId, CurrentUser user) {
        if (toUserId == null || toUserId.isBlank()) {
            throw new BadRequestException("userId", "Choose the colleague to hand the task to.");
        }
        Task task = visibleTask(taskId);
        boolean holder = user.id().equals(task.getAssignee());
        boolean mayTakeIt = task.getAssignee() == null && !sharedGroups(task, user).isEmpty();
        if (!holder && !mayTakeIt && !user.isAdmin()) {
            throw new BadRequestException("taskId", "Only the person holding this task can hand it over.");
        }
        boolean colleague = colleagues(taskId, user).stream().anyMatch(c -> c.id().equals(toUserId));
        if (!colleague) {
            throw new BadRequestException("userId", toUserId + " is not a member of a group this task is offered to.");
        }
        checked.afterOwnCheck(() -> {
            taskService.setAssignee(taskId, toUserId);
            return null;
        });
    }

    /** The task, if Camunda lets this user see it; 404 otherwise (no hint whether it exists). */
    private Task visibleTask(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new NotFoundException("No task " + taskId);
        }
        return task;
    }

    private Set<String> sharedGroups(Task task, CurrentUser user) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
            .map(IdentityLink::getGroupId)
            .filter(group -> user.isAdmin() || user.groupIds().contains(group))
            .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
