package org.gflow.engine.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What every civil servant may do is granted once, globally, not once per directory group, so
 * an authorized query has few grants to look through; a database seeded the old way, one row per
 * group, slims down when the seeder runs, and people keep every permission they had.
 */
class LeanRoleGrantsIT extends EngineIT {

    private static final String GROUP = "bokeo-hotline-verifiers";
    private static final String MEMBER = "nalinh.bokeo";

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    AuthorizationSeeder seeder;

    @Test
    void permissionsEveryoneSharesAreOneGlobalRowEachAndOldGroupCopiesAreRemoved() {
        // a database seeded before the global grants: the group's own copy of "read every model",
        // and a copy that an administrator widened by hand
        Authorization copy = groupGrant(Resources.DECISION_DEFINITION, Permissions.READ);
        Authorization widened = groupGrant(Resources.PROCESS_DEFINITION, Permissions.READ);
        widened.addPermission(ProcessDefinitionPermissions.READ_HISTORY);
        authorizations.saveAuthorization(widened);

        seeder.seed();

        assertThat(authorizations
                        .createAuthorizationQuery()
                        .authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                        .resourceType(Resources.PROCESS_DEFINITION)
                        .resourceId("*")
                        .singleResult())
                .as("one global grant to read every model")
                .isNotNull()
                .satisfies(global ->
                        assertThat(global.isPermissionGranted(Permissions.READ)).isTrue());
        assertThat(authorizations
                        .createAuthorizationQuery()
                        .authorizationId(copy.getId())
                        .count())
                .as("the group's copy of a global grant is gone")
                .isZero();
        Authorization kept = authorizations
                .createAuthorizationQuery()
                .authorizationId(widened.getId())
                .singleResult();
        assertThat(kept)
                .as("a copy widened by hand keeps what the global grant does not give")
                .isNotNull();
        assertThat(kept.isPermissionGranted(ProcessDefinitionPermissions.READ_HISTORY))
                .isTrue();
        assertThat(kept.isPermissionGranted(Permissions.READ)).isFalse();
        assertThat(authorizations
                        .createAuthorizationQuery()
                        .authorizationType(Authorization.AUTH_TYPE_GRANT)
                        .resourceType(Resources.PROCESS_DEFINITION)
                        .resourceId("*")
                        .groupIdIn("mof-hotline-verifiers")
                        .count())
                .as("no other group holds a copy")
                .isZero();

        // and the member still reads the models and the decision tables, through the REST door
        Api member = Api.as(baseUrl(), MEMBER);
        assertThat(member.get("/engine-rest/process-definition?key=hotline-1516")
                        .json()
                        .size())
                .isPositive();
        assertThat(member.get("/engine-rest/decision-definition").json().size()).isPositive();
        authorizations.deleteAuthorization(kept.getId());
    }

    @Test
    void historyPastItsTimeToLiveIsCleanedUpEachNightOutsideOfficeHours() {
        Api.Reply window = Api.as(baseUrl(), "admin").get("/engine-rest/history/cleanup/configuration");
        assertThat(window.status()).isEqualTo(200);
        assertThat(inVientiane(window.text("batchWindowStartTime")))
                .as("starts at 22:00 in Vientiane")
                .isEqualTo(LocalTime.of(22, 0));
        assertThat(inVientiane(window.text("batchWindowEndTime")))
                .as("ends at 05:00 in Vientiane")
                .isEqualTo(LocalTime.of(5, 0));
    }

    private static LocalTime inVientiane(String restDate) {
        return OffsetDateTime.parse(restDate, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"))
                .atZoneSameInstant(ZoneId.of("Asia/Vientiane"))
                .toLocalTime();
    }

    private Authorization groupGrant(Resources resource, Permissions permission) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(GROUP);
        grant.setResource(resource);
        grant.setResourceId("*");
        grant.addPermission(permission);
        return authorizations.saveAuthorization(grant);
    }
}
