package org.gflow.engine.authorization;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Grants each directory group the standing permissions of its role ({@link RoleGrants}), at
 * start-up and then every hour so that groups added to the directory later are covered, and
 * everyone signed in the permissions all civil servants share, once, globally. Idempotent: a
 * permission already granted is not granted again. The only thing it takes away is a group's
 * copy of a permission that a global grant now gives everyone — what databases seeded before
 * the global grants hold, one row per group — so those databases slim down on their own.
 */
@Component
public class AuthorizationSeeder {

    private static final Logger LOG = LoggerFactory.getLogger(AuthorizationSeeder.class);
    private static final int PAGE = 200;

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;

    AuthorizationSeeder(IdentityService identityService, AuthorizationService authorizationService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(initialDelayString = "PT1H", fixedDelayString = "PT1H")
    public void seed() {
        try {
            List<RoleGrant> grants = RoleGrants.all();
            int granted = 0;
            int slimmed = 0;
            for (RoleGrant grant : grants) {
                if (grant.global()) {
                    granted += ensure(globally(grant), grant) ? 1 : 0;
                    slimmed += withdrawGroupCopies(grant, grants);
                }
            }
            for (int first = 0; ; first += PAGE) {
                List<Group> groups = identityService
                        .createGroupQuery()
                        .orderByGroupId()
                        .asc()
                        .listPage(first, PAGE);
                for (Group group : groups) {
                    for (RoleGrant grant : grants) {
                        if (!grant.global()
                                && grant.appliesTo(group.getId())
                                && ensure(ofGroup(group.getId(), grant), grant)) {
                            granted++;
                        }
                    }
                }
                if (groups.size() < PAGE) {
                    break;
                }
            }
            LOG.info(
                    "Role authorizations checked; {} granted or widened, {} group copies of global grants removed",
                    granted,
                    slimmed);
        } catch (RuntimeException e) {
            // The directory may be down at start-up; the next run (or a restart) catches up.
            LOG.warn("Could not seed role authorizations now: {}", e.getMessage());
        }
    }

    private Authorization globally(RoleGrant grant) {
        Authorization authorization = authorizationService
                .createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(grant.resource())
                .resourceId(grant.resourceId())
                .singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
            authorization.setUserId(Authorization.ANY);
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
        }
        return authorization;
    }

    private Authorization ofGroup(String groupId, RoleGrant grant) {
        Authorization authorization = authorizationService
                .createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId)
                .resourceType(grant.resource())
                .resourceId(grant.resourceId())
                .singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
        }
        return authorization;
    }

    /** Takes the global grant's permissions out of each group's grant; a grant left with none goes. */
    private int withdrawGroupCopies(RoleGrant grant, List<RoleGrant> grants) {
        int slimmed = 0;
        for (Authorization copy : authorizationService
                .createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(grant.resource())
                .resourceId(grant.resourceId())
                .list()) {
            if (copy.getGroupId() == null || hasOwnRoleGrant(copy, grants)) {
                continue; // a person's own grant was given by hand; a role's own grant stays whole
            }
            grant.permissions().forEach(copy::removePermission);
            if (((AuthorizationEntity) copy).getPermissions() == Permissions.NONE.getValue()) {
                authorizationService.deleteAuthorization(copy.getId());
            } else {
                authorizationService.saveAuthorization(copy);
            }
            slimmed++;
        }
        return slimmed;
    }

    private static boolean hasOwnRoleGrant(Authorization copy, List<RoleGrant> grants) {
        return grants.stream()
                .anyMatch(own -> !own.global()
                        && own.appliesTo(copy.getGroupId())
                        && own.resource().resourceType() == copy.getResourceType()
                        && own.resourceId().equals(copy.getResourceId()));
    }

    /** Adds what the grant lacks and saves it; true when anything changed. */
    private boolean ensure(Authorization authorization, RoleGrant grant) {
        boolean changed = authorization.getId() == null;
        for (Permission permission : grant.permissions()) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizationService.saveAuthorization(authorization);
        }
        return changed;
    }
}
