package org.gflow.engine.authorization;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.ProcessDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * Camunda's authorization checks on queries, decided once per query instead of once per row when
 * the reader's standing grants cover every row anyway.
 *
 * <p>A query's permission check joins the grant table for each row it reads. With thousands of
 * open cases H2 evaluates that join by scanning every grant for every row: a remote worker's
 * fetch-and-lock cost seconds, an administrator's count of external tasks in Cockpit minutes. When
 * the reader holds the checked permissions on {@code *} — as a user, through a group or globally —
 * and no revocation applies to them, every row passes, so the query runs without the join. Anyone
 * else, say a worker granted one ministry's model or a reader under a revocation, still meets the
 * per-row check. Per-entity checks are Camunda's own, unchanged.
 *
 * <p>An entity check passed once is passed again without asking within the same command: a
 * completion checks the task's work once before its declared variables are looked at and again
 * inside the engine. Only passes are kept — a command does not take back a grant and then ask
 * again expecting a refusal.
 *
 * <p>Process-definition queries keep the per-row check: their "startable" variant adds a second
 * check that must not be skipped with the first, and they read few rows.
 */
final class CoveringGrantsAuthorization extends AuthorizationManager {

    private boolean decideOncePerQuery = true;

    /** Whether the reader holds a permission on every resource of a type, asked once per command. */
    private final Map<String, Boolean> wildcardGrants = new HashMap<>();

    /** Entity checks passed in this command, by reader and check. */
    private final Set<String> passedChecks = new HashSet<>();

    @Override
    public boolean isAuthorized(String userId, List<String> groupIds, CompositePermissionCheck check) {
        String key = userId + "|" + groupIds + "|" + describe(check);
        if (passedChecks.contains(key)) {
            return true;
        }
        boolean passed = super.isAuthorized(userId, groupIds, check);
        if (passed) {
            passedChecks.add(key);
        }
        return passed;
    }

    private static String describe(CompositePermissionCheck check) {
        return Stream.concat(
                        check.getAtomicChecks().stream()
                                .map(atomic -> atomic.getResourceType() + ":" + atomic.getResourceId() + ":"
                                        + atomic.getPerms()),
                        check.getCompositeChecks().stream().map(CoveringGrantsAuthorization::describe))
                .collect(Collectors.joining(",", check.isDisjunctive() ? "any(" : "all(", ")"));
    }

    @Override
    public void configureProcessDefinitionQuery(ProcessDefinitionQueryImpl query) {
        decideOncePerQuery = false;
        try {
            super.configureProcessDefinitionQuery(query);
        } finally {
            decideOncePerQuery = true;
        }
    }

    @Override
    protected void addPermissionCheck(AuthorizationCheck authCheck, CompositePermissionCheck check) {
        if (decideOncePerQuery && everyRowPasses(authCheck, check)) {
            return; // the query reads without the per-row join
        }
        super.addPermissionCheck(authCheck, check);
    }

    private boolean everyRowPasses(AuthorizationCheck authCheck, CompositePermissionCheck check) {
        return authCheck.isAuthorizationCheckEnabled()
                && authCheck.getAuthUserId() != null
                && !authCheck.isRevokeAuthorizationCheckEnabled()
                && coveredByWildcards(authCheck.getAuthUserId(), authCheck.getAuthGroupIds(), check);
    }

    private boolean coveredByWildcards(String userId, List<String> groupIds, CompositePermissionCheck check) {
        Stream<Boolean> parts = Stream.concat(
                check.getAtomicChecks().stream().map(atomic -> holdsOnEvery(userId, groupIds, atomic)),
                check.getCompositeChecks().stream().map(composite -> coveredByWildcards(userId, groupIds, composite)));
        return check.isDisjunctive() ? parts.anyMatch(Boolean::booleanValue) : parts.allMatch(Boolean::booleanValue);
    }

    private boolean holdsOnEvery(String userId, List<String> groupIds, PermissionCheck check) {
        String key = userId + "|" + groupIds + "|" + check.getResource().resourceType() + "|"
                + check.getPermission().getName();
        return wildcardGrants.computeIfAbsent(
                key, any -> isAuthorized(userId, groupIds, check.getPermission(), check.getResource(), RoleGrants.ANY));
    }

    /** Opens this manager wherever the engine asks for its authorization manager. */
    static final class Factory implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return AuthorizationManager.class;
        }

        @Override
        public Session openSession() {
            return new CoveringGrantsAuthorization();
        }
    }
}
