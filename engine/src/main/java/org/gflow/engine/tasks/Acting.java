package org.gflow.engine.tasks;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** The signed-in person a command runs for, as Camunda authenticated them. */
record Acting(String userId, List<String> groupIds, boolean admin) {

    /**
     * The person acting, when G-Flow's rules apply: someone is signed in and Camunda checks
     * authorizations in this command. Empty for the engine's own work (jobs, listeners) and
     * for code that has already checked its own rule.
     */
    static Optional<Acting> in(CommandContext context) {
        Authentication authentication = context.getAuthentication();
        if (!context.getProcessEngineConfiguration().isAuthorizationEnabled()
                || !context.isAuthorizationCheckEnabled()
                || authentication == null
                || authentication.getUserId() == null) {
            return Optional.empty();
        }
        List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
        var adminUsers = context.getProcessEngineConfiguration().getAdminUsers();
        boolean admin = groups.stream().anyMatch(Organisations.adminGroups(context)::contains)
                || adminUsers != null && adminUsers.contains(authentication.getUserId());
        return Optional.of(new Acting(authentication.getUserId(), groups, admin));
    }

    boolean supervises(String organisation) {
        return groupIds.stream().anyMatch(group -> Organisations.supervises(group, organisation));
    }
}
