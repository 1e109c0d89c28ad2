package org.gflow.engine.authorization;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda grants a group the tasks it is offered; G-Flow also lets that group see the case
 * the task belongs to — its instance and its history — and nothing else. So a province's
 * verifiers see the complaints routed to them, never another province's, through the REST
 * API as much as through the inbox.
 */
public class CaseAuthorizationProvider extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
        return withCase(super.newTaskGroupIdentityLink(task, groupId, type), task, null, groupId);
    }

    @Override
    public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
        return withCase(super.newTaskUserIdentityLink(task, userId, type), task, userId, null);
    }

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
        AuthorizationEntity[] granted = super.newTaskAssignee(task, oldAssignee, newAssignee);
        return newAssignee == null ? granted : withCase(granted, task, newAssignee, null);
    }

    @Override
    protected AuthorizationEntity[] createOrUpdateAuthorizationsByGroupId(Task task, String groupId) {
        return withoutCovered(super.createOrUpdateAuthorizationsByGroupId(task, groupId));
    }

    @Override
    protected AuthorizationEntity[] createOrUpdateAuthorizationsByUserId(Task task, String userId) {
        return withoutCovered(super.createOrUpdateAuthorizationsByUserId(task, userId));
    }

    /**
     * The case grants a party of this task needs (its instance and its history), found or new;
     * new ones are not saved yet. Used to give them back to a party that lacks them.
     */
    public AuthorizationEntity[] caseGrants(Task task, String userId, String groupId) {
        return withCase(null, task, userId, groupId);
    }

    private AuthorizationEntity[] withCase(AuthorizationEntity[] granted, Task task, String userId, String groupId) {
        String instanceId = task.getProcessInstanceId();
        if (instanceId == null) {
            return granted;
        }
        List<AuthorizationEntity> all = new ArrayList<>(granted == null ? List.of() : Arrays.asList(granted));
        all.add(grant(userId, groupId, PROCESS_INSTANCE, instanceId, READ, task));
        all.add(grant(
                userId, groupId, HISTORIC_PROCESS_INSTANCE, instanceId, HistoricProcessInstancePermissions.READ, task));
        return all.stream().filter(Objects::nonNull).toArray(AuthorizationEntity[]::new);
    }

    private AuthorizationEntity grant(
            String userId, String groupId, Resource resource, String resourceId, Permission permission, Task task) {
        if (coveredByWildcard(userId, groupId, resource.resourceType(), permission.getValue())) {
            return null;
        }
        AuthorizationEntity existing = grantedEarlierInThisCommand(userId, groupId, resource, resourceId)
                .orElseGet(() -> getGrantAuthorization(resourceId, userId, groupId, resource));
        if (existing != null) {
            addPermissions(existing, permission);
            return existing;
        }
        AuthorizationEntity created = createAuthorization(userId, groupId, resource, resourceId, permission);
        if (resource == HISTORIC_PROCESS_INSTANCE) {
            provideRemovalTime(created, task); // removed with the case's history, like Camunda's own
        }
        return created;
    }

    /**
     * Grants per task and per case that a party's standing grant on every resource of the kind
     * already gives (administrators hold them all) are left out: each would be one more row that
     * every authorized query of that party looks through, thousands for a busy group.
     */
    private AuthorizationEntity[] withoutCovered(AuthorizationEntity[] granted) {
        return Arrays.stream(granted)
                .filter(grant -> !coveredByWildcard(
                        grant.getUserId(), grant.getGroupId(), grant.getResourceType(), grant.getPermissions()))
                .toArray(AuthorizationEntity[]::new);
    }

    private boolean coveredByWildcard(String userId, String groupId, int resourceType, int permissions) {
        Resource resource = Arrays.stream(Resources.values())
                .filter(r -> r.resourceType() == resourceType)
                .findFirst()
                .orElse(null);
        if (resource == null) {
            return false;
        }
        AuthorizationEntity wildcard = getGrantAuthorization(Authorization.ANY, userId, groupId, resource);
        return wildcard != null && (wildcard.getPermissions() & permissions) == permissions;
    }

    /**
     * Two tasks of one case offered to the same group in one transaction (a parallel split)
     * must share one authorization: the database does not have the first one yet.
     */
    private static Optional<AuthorizationEntity> grantedEarlierInThisCommand(
            String userId, String groupId, Resource resource, String resourceId) {
        return Context.getCommandContext()
                .getDbEntityManager()
                .getCachedEntitiesByType(AuthorizationEntity.class)
                .stream()
                .filter(a -> a.getAuthorizationType() == AUTH_TYPE_GRANT
                        && Objects.equals(a.getUserId(), userId)
                        && Objects.equals(a.getGroupId(), groupId)
                        && a.getResourceType() == resource.resourceType()
                        && Objects.equals(a.getResourceId(), resourceId))
                .findFirst();
    }
}
