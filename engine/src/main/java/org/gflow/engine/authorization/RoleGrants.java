package org.gflow.engine.authorization;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.gflow.engine.authorization.RoleGrant.EVERYONE;
import static org.gflow.engine.authorization.RoleGrant.group;
import static org.gflow.engine.authorization.RoleGrant.role;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * The standing permissions of each role. Everything else a group may see comes with the
 * tasks it is offered ({@link CaseAuthorizationProvider}), so a ministry or province sees
 * only its own cases.
 */
final class RoleGrants {

    static final String ADMINS = "gflow-admins";
    static final String ANY = "*";

    private RoleGrants() {}

    static List<RoleGrant> all() {
        List<RoleGrant> grants = new java.util.ArrayList<>(List.of(
                new RoleGrant(
                        "every civil servant may open Cockpit (what it shows is still their own cases only)",
                        EVERYONE,
                        Resources.APPLICATION,
                        "cockpit",
                        List.of(ACCESS)),
                new RoleGrant(
                        "every civil servant may open Camunda's task list",
                        EVERYONE,
                        Resources.APPLICATION,
                        "tasklist",
                        List.of(ACCESS)),
                new RoleGrant(
                        "every civil servant may read process and decision models (names, diagrams, forms)",
                        EVERYONE,
                        Resources.PROCESS_DEFINITION,
                        ANY,
                        List.of(READ)),
                new RoleGrant(
                        "every civil servant may read decision models",
                        EVERYONE,
                        Resources.DECISION_DEFINITION,
                        ANY,
                        List.of(READ)),
                new RoleGrant(
                        "every civil servant may read their own profile and groups",
                        EVERYONE,
                        Resources.GROUP,
                        ANY,
                        List.of(READ)),
                new RoleGrant(
                        "every civil servant may read colleagues' names (to hand a task over)",
                        EVERYONE,
                        Resources.USER,
                        ANY,
                        List.of(READ)),
                new RoleGrant(
                        "hotline operators record calls: start hotline cases",
                        group("opm-hotline-operators"),
                        Resources.PROCESS_DEFINITION,
                        "hotline-1516",
                        List.of(CREATE_INSTANCE)),
                new RoleGrant(
                        "the Office oversees every hotline case and its history",
                        group("opm-hotline-triage"),
                        Resources.PROCESS_DEFINITION,
                        "hotline-1516",
                        List.of(READ_INSTANCE, READ_HISTORY)),
                new RoleGrant(
                        "front offices open permit applications",
                        role("front-office"),
                        Resources.PROCESS_DEFINITION,
                        "permit",
                        List.of(CREATE_INSTANCE)),
                new RoleGrant(
                        "drafters start official letters",
                        role("drafters"),
                        Resources.PROCESS_DEFINITION,
                        "document-approval",
                        List.of(CREATE_INSTANCE))));
        grants.add(new RoleGrant(
                "whoever may start a case may create its instance",
                group("opm-hotline-operators").or(role("front-office")).or(role("drafters")),
                Resources.PROCESS_INSTANCE,
                ANY,
                List.of(CREATE)));
        Arrays.stream(Resources.values()).map(RoleGrants::adminGrant).forEach(grants::add);
        return List.copyOf(grants);
    }

    private static RoleGrant adminGrant(Resource resource) {
        return new RoleGrant("administrators may do everything", group(ADMINS), resource, ANY, List.of(ALL));
    }
}
