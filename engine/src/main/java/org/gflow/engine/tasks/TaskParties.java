package org.gflow.engine.tasks;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.gflow.engine.vocabulary.Vocabulary;

/**
 * Whom a task is offered to, who holds it, and so which organisations it belongs to: those of
 * its candidate groups, or — for a task given to people by name — those of its people.
 */
record TaskParties(
        List<String> candidateGroups,
        List<String> candidateUsers,
        String assignee,
        String owner,
        Set<String> organisations) {

    static TaskParties of(CommandContext context, TaskEntity task) {
        List<String> groups = candidates(task)
                .filter(link -> link.getGroupId() != null)
                .map(IdentityLinkEntity::getGroupId)
                .toList();
        List<String> users = candidates(task)
                .filter(link -> link.getUserId() != null)
                .map(IdentityLinkEntity::getUserId)
                .toList();
        Set<String> organisations =
                new LinkedHashSet<>(Organisations.ofGroups(groups, Organisations.adminGroups(context)));
        if (organisations.isEmpty()) {
            Stream.concat(users.stream(), Stream.of(task.getAssignee(), task.getOwner()))
                    .forEach(user -> organisations.addAll(Organisations.ofUser(context, user)));
        }
        return new TaskParties(groups, users, task.getAssignee(), task.getOwner(), Set.copyOf(organisations));
    }

    /** Is this person offered the task, by name or through one of these groups of theirs? */
    boolean offeredTo(String userId, Collection<String> groupsOfUser) {
        return candidateUsers.contains(userId) || groupsOfUser.stream().anyMatch(candidateGroups::contains);
    }

    /**
     * The organisations by name, for messages a person reads: "Bokeo Province" or "Bokeo Province
     * or Prime Minister's Office" (the messages are English; the web app says them in Lao by code).
     */
    String organisationNames() {
        return organisations.isEmpty()
                ? "no organisation"
                : String.join(
                        " or ",
                        organisations.stream()
                                .sorted()
                                .map(code -> Vocabulary.standard()
                                        .organisation(code)
                                        .map(Vocabulary.Organisation::en)
                                        .orElse(code))
                                .toList());
    }

    static List<String> groupsOf(CommandContext context, String userId) {
        return context
                .getProcessEngineConfiguration()
                .getIdentityService()
                .createGroupQuery()
                .groupMember(userId)
                .list()
                .stream()
                .map(Group::getId)
                .toList();
    }

    private static Stream<IdentityLinkEntity> candidates(TaskEntity task) {
        return task.getIdentityLinks().stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()));
    }
}
