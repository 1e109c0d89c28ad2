package org.gflow.engine.tasks;

import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Who may change who holds a task and whom it is offered to. A task stays inside the
 * organisation it belongs to, whoever asks. Inside it, the organisation's supervisors and the
 * administrators may reassign it, re-offer it and change its dates and priority; the one
 * holding it — or, while nobody does, one it is offered to — may take it or pass it to a
 * colleague it is offered to as well.
 */
final class HandoverRule {

    /**
     * Those who cannot see a task learn nothing about it — not even which organisation it belongs
     * to — unless they oversee that organisation.
     */
    void requireSight(CommandContext context, TaskEntity task, Acting actor) {
        if (!actor.admin() && !TaskWorkRule.mayRead(context, task) && !oversees(TaskParties.of(context, task), actor)) {
            throw new TaskRefusal(TaskRefusal.FORBIDDEN, "You may not change this task.");
        }
    }

    /** Giving the task to this person: assigning, delegating, claiming on their behalf, taking it. */
    void handOver(CommandContext context, TaskEntity task, String toUserId, Acting actor) {
        TaskParties parties = TaskParties.of(context, task);
        List<String> targetGroups = TaskParties.groupsOf(context, toUserId);
        requireInside(parties, toUserId, targetGroups, context);
        if (oversees(parties, actor)) {
            return;
        }
        boolean holder = actor.userId().equals(task.getAssignee());
        boolean mayTakeIt = task.getAssignee() == null && parties.offeredTo(actor.userId(), actor.groupIds());
        if (!holder && !mayTakeIt) {
            throw new TaskRefusal(
                    TaskRefusal.NOT_TASK_HOLDER,
                    "Only the person holding this task, a supervisor of " + parties.organisationNames()
                            + " or an administrator may hand it over.");
        }
        if (!parties.offeredTo(toUserId, targetGroups)) {
            throw new HandoverRefusal(
                    HandoverRefusal.NOT_OFFERED_TO,
                    toUserId + " is not a member of a group this task is offered to; " + "a supervisor of "
                            + parties.organisationNames() + " can hand it to them.");
        }
    }

    /** Giving the task back to those it is offered to: its holder may; taking it from them is oversight. */
    void release(CommandContext context, TaskEntity task, Acting actor) {
        if (actor.userId().equals(task.getAssignee())) {
            return;
        }
        TaskParties parties = TaskParties.of(context, task);
        if (!oversees(parties, actor)) {
            throw new TaskRefusal(
                    TaskRefusal.NOT_TASK_HOLDER,
                    "Only the person holding this task, a supervisor of " + parties.organisationNames()
                            + " or an administrator may take it from them.");
        }
    }

    /** Changing whom the task is offered to, its owner, due dates, priority, name or description. */
    void reorganise(CommandContext context, TaskEntity task, Acting actor) {
        requireOversight(TaskParties.of(context, task), actor);
    }

    /** Offering the task to one more group. */
    void offerToGroup(CommandContext context, TaskEntity task, String groupId, Acting actor) {
        TaskParties parties = TaskParties.of(context, task);
        requireOversight(parties, actor);
        String organisation = Organisations.ofGroup(groupId);
        if (organisation == null || !parties.organisations().contains(organisation)) {
            throw new HandoverRefusal(
                    HandoverRefusal.OUTSIDE_ORGANISATION,
                    "The group " + groupId + " is not part of " + parties.organisationNames()
                            + ", the organisation this task belongs to; it cannot be offered to them.");
        }
    }

    /** Offering the task to one more person by name, or making them its owner. */
    void offerToUser(CommandContext context, TaskEntity task, String userId, Acting actor) {
        TaskParties parties = TaskParties.of(context, task);
        requireOversight(parties, actor);
        requireInside(parties, userId, TaskParties.groupsOf(context, userId), context);
    }

    private static void requireInside(
            TaskParties parties, String userId, List<String> groupsOfUser, CommandContext context) {
        var organisations = Organisations.ofGroups(groupsOfUser, Organisations.adminGroups(context));
        if (Collections.disjoint(parties.organisations(), organisations)) {
            throw new HandoverRefusal(
                    HandoverRefusal.OUTSIDE_ORGANISATION,
                    userId + " is not part of " + parties.organisationNames()
                            + ", the organisation this task belongs to; it cannot be handed to them.");
        }
    }

    private static void requireOversight(TaskParties parties, Acting actor) {
        if (!oversees(parties, actor)) {
            throw new TaskRefusal(
                    TaskRefusal.NOT_SUPERVISOR,
                    "Only a supervisor of " + parties.organisationNames() + " or an administrator may "
                            + "change whom this task is offered to, its owner, dates or priority.");
        }
    }

    private static boolean oversees(TaskParties parties, Acting actor) {
        return actor.admin() || parties.organisations().stream().anyMatch(actor::supervises);
    }
}
