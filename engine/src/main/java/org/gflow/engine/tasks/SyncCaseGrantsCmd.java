package org.gflow.engine.tasks;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.gflow.engine.authorization.CaseAuthorizationProvider;

/**
 * Brings one case's grants in line with its open tasks:
 * <ul>
 *   <li>the case itself (its instance) — only for those holding one of its open tasks;</li>
 *   <li>an open task — only for those it is offered to, its holder and its owner;</li>
 *   <li>the case's history and its tasks' history — for those holding an open task, and for
 *       the case's responsible organisation ({@link ResponsibleOrganisation}), which answers
 *       for the case and keeps reading what was done.</li>
 * </ul>
 * Grants for everyone else (a ministry that was consulted, a colleague who handed the task on)
 * are deleted. Those holding an open task get the case grants they lack — a task offered in a
 * transaction that raced with this one is not left without them.
 */
final class SyncCaseGrantsCmd implements Command<Void> {

    private final String caseId;

    SyncCaseGrantsCmd(String caseId) {
        this.caseId = caseId;
    }

    @Override
    public Void execute(CommandContext context) {
        context.disableAuthorizationCheck(); // the engine's own bookkeeping, whoever's request caused it
        List<TaskEntity> open = context.getTaskManager().findTasksByProcessInstanceId(caseId);
        Map<String, TaskParties> parties =
                open.stream().collect(Collectors.toMap(TaskEntity::getId, task -> TaskParties.of(context, task)));
        Set<String> holders = new HashSet<>();
        parties.values().forEach(task -> holders.addAll(grantees(task)));
        // asked only for a grant no holder keeps: it may have to ask the directory
        Supplier<ResponsibleOrganisation> responsible = new Supplier<>() {
            private ResponsibleOrganisation known;

            @Override
            public ResponsibleOrganisation get() {
                if (known == null) {
                    known = ResponsibleOrganisation.of(context, caseId);
                }
                return known;
            }
        };

        CaseGrants grants = CaseGrants.of(context, caseId);
        for (AuthorizationEntity grant : grants.on(Resources.PROCESS_INSTANCE)) {
            keepOnlyIf(context, grant, holders.contains(grantee(grant)));
        }
        for (AuthorizationEntity grant : grants.on(Resources.HISTORIC_PROCESS_INSTANCE)) {
            keepOnlyIf(
                    context,
                    grant,
                    holders.contains(grantee(grant)) || responsible.get().includes(context, grant));
        }
        for (AuthorizationEntity grant : grants.on(Resources.TASK)) {
            TaskParties task = parties.get(grant.getResourceId());
            // a closed task's own grants went with it; only an open one's are brought in line
            if (task != null) {
                keepOnlyIf(context, grant, grantees(task).contains(grantee(grant)));
            }
        }
        for (AuthorizationEntity grant : grants.on(Resources.HISTORIC_TASK)) {
            keepOnlyIf(
                    context,
                    grant,
                    holders.contains(grantee(grant)) || responsible.get().includes(context, grant));
        }
        grantMissing(context, open, parties, grants);
        return null;
    }

    /** Holders of an open task who lack the case's grants get them (found or made by the provider). */
    private void grantMissing(
            CommandContext context, List<TaskEntity> open, Map<String, TaskParties> parties, CaseGrants grants) {
        if (!(context.getProcessEngineConfiguration().getResourceAuthorizationProvider()
                instanceof CaseAuthorizationProvider provider)) {
            return;
        }
        for (TaskEntity task : open) {
            TaskParties party = parties.get(task.getId());
            party.candidateGroups().stream()
                    .filter(group -> lacksCaseGrants(grants, "g:" + group))
                    .forEach(group -> save(context, provider.caseGrants(task, null, group)));
            Stream.concat(party.candidateUsers().stream(), Stream.ofNullable(task.getAssignee()))
                    .filter(user -> lacksCaseGrants(grants, "u:" + user))
                    .forEach(user -> save(context, provider.caseGrants(task, user, null)));
        }
    }

    /**
     * Most holders already have what {@link CaseAuthorizationProvider#caseGrants} gives; asking it
     * anyway costs two look-ups each. One who has none may be covered by a grant on every case
     * (an administrator), which only the provider knows.
     */
    private static boolean lacksCaseGrants(CaseGrants grants, String grantee) {
        return !grants.holds(grantee, Resources.PROCESS_INSTANCE, Permissions.READ.getValue())
                || !grants.holds(
                        grantee,
                        Resources.HISTORIC_PROCESS_INSTANCE,
                        HistoricProcessInstancePermissions.READ.getValue());
    }

    private static void save(CommandContext context, AuthorizationEntity[] grants) {
        for (AuthorizationEntity grant : grants) {
            if (grant.getId() == null) {
                context.getDbEntityManager().insert(grant);
            } // an existing grant given a permission it lacked is updated when the command flushes
        }
    }

    private static void keepOnlyIf(CommandContext context, AuthorizationEntity grant, boolean keep) {
        if (!keep) {
            context.getDbEntityManager().delete(grant);
        }
    }

    /** "g:" + group or "u:" + user, so that a group and a user of the same name never mix. */
    static String grantee(AuthorizationEntity grant) {
        return grant.getGroupId() != null ? "g:" + grant.getGroupId() : "u:" + grant.getUserId();
    }

    private static Set<String> grantees(TaskParties task) {
        Set<String> grantees = new HashSet<>();
        task.candidateGroups().forEach(group -> grantees.add("g:" + group));
        task.candidateUsers().forEach(user -> grantees.add("u:" + user));
        if (task.assignee() != null) {
            grantees.add("u:" + task.assignee());
        }
        if (task.owner() != null) {
            grantees.add("u:" + task.owner());
        }
        return grantees;
    }
}
