package org.gflow.engine.authorization;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Grants each directory group the standing permissions of its role ({@link RoleGrants}), at
 * start-up and then every hour so that groups added to the directory later are covered.
 * Idempotent: a permission already granted is not granted again, and nothing is revoked.
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
            int granted = 0;
            List<RoleGrant> grants = RoleGrants.all();
            for (int first = 0; ; first += PAGE) {
                List<Group> groups = identityService.createGroupQuery().orderByGroupId().asc().listPage(first, PAGE);
                for (Group group : groups) {
                    for (RoleGrant grant : grants) {
                        if (grant.appliesTo(group.getId()) && ensure(group.getId(), grant)) {
                            granted++;
                        }
                    }
                }
                if (groups.size() < PAGE) {
                    break;
                }
            }
            LOG.info("Role authorizations checked; {} granted or widened", granted);
        } catch (RuntimeException e) {
            // The directory may be down at start-up; the next run (or a restart) catches up.
            LOG.warn("Could not seed role authorizations now: {}", e.getMessage());
        }
    }

    private boolean ensure(String groupId, RoleGrant grant) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
            .authorizationType(Authorization.AUTH_TYPE_GRANT)
            .groupIdIn(groupId)
            .resourceType(grant.resource())
            .resourceId(grant.resourceId())
            .singleResult();
        boolean changed = false;
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
            changed = true;
        }
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
