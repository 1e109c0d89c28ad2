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
import org.gflow.engine.identity.DisplayName;
import org.gflow.engine.security.CurrentUser;
import org.gflow.engine.tasks.HandoverRefusal;
import org.springframework.stereotype.Component;

/**
 * Handing a task to a colleague from the inbox. Who may hand a task to whom is the engine's
 * rule (G-Flow's task service, the same for {@code /engine-rest}): here the inbox only lists the
 * colleagues it offers and turns a refused handover into an answer about the chosen person.
 */
@Component
class TaskHandover {

    /** A user the task can be handed to. */
    record Colleague(String id, String name) {}

    private final TaskService taskService;
    private final IdentityService identityService;

    TaskHandover(TaskService taskService, IdentityService identityService) {
        this.taskService = taskService;
        this.identityService = identityService;
    }

    /** Members of the task's groups that the user shares (all its groups for an admin), but not the user. */
    List<Colleague> colleagues(String taskId, CurrentUser user) {
        Task task = visibleTask(taskId);
        Map<String, Colleague> found = new LinkedHashMap<>();
        for (String group : sharedGroups(task, user)) {
            for (User member :
                    identityService.createUserQuery().memberOfGroup(group).list()) {
                if (!member.getId().equals(user.id()) && !member.getId().equals(task.getAssignee())) {
                    found.putIfAbsent(member.getId(), new Colleague(member.getId(), DisplayName.of(member)));
                }
            }
        }
        return found.values().stream()
                .sorted(Comparator.comparing(Colleague::name))
                .toList();
    }

    void handOver(String taskId, String toUserId) {
        if (toUserId == null || toUserId.isBlank()) {
            throw new BadRequestException("userId", "Choose the colleague to hand the task to.");
        }
        visibleTask(taskId);
        try {
            taskService.setAssignee(taskId, toUserId);
        } catch (HandoverRefusal refused) {
            throw new BadRequestException("userId", refused.getMessage(), refused.code());
        }
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
