package org.gflow.engine.authorization;

import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * One standing permission that every group of a role receives, e.g. "every front office may
 * start permit cases", or that everyone signed in receives ({@link #EVERYONE}). Roles are
 * recognised by the group id, {@code <org>-<role>}.
 */
record RoleGrant(
        String description,
        Predicate<String> groups,
        Resource resource,
        String resourceId,
        List<Permission> permissions) {

    boolean appliesTo(String groupId) {
        return groups.test(groupId);
    }

    static Predicate<String> role(String suffix) {
        return groupId -> groupId.endsWith("-" + suffix);
    }

    static Predicate<String> group(String id) {
        return id::equals;
    }

    /**
     * Every signed-in civil servant: one global authorization row instead of one row per
     * directory group, so every authorized query has fewer grants to look through.
     */
    static final Predicate<String> EVERYONE = groupId -> true;

    /** Granted once, globally, rather than to each group. */
    boolean global() {
        return groups == EVERYONE;
    }
}
