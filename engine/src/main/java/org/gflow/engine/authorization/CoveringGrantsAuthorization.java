package org.gflow.engine.authorization;

import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.UPDATE_INSTANCE;

import java.util.List;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.AuthorizationQueryImpl;
import org.camunda.bpm.engine.impl.cmd.FetchExternalTasksCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * Decides once per fetch-and-lock, instead of once per candidate task, whether a remote worker may
 * work on the tasks it fetches.
 *
 * <p>The engine's fetch joins every open external task against the grant table to find those the
 * worker may read and update. With thousands of open cases that join costs seconds per fetch, and
 * a handful of workers then hold every database connection. A worker whose grants cover every case
 * anyway — read and update on the instances of every process definition, with no revocation on
 * any definition or case — gets the same answer without the join. Every other worker, say one
 * whose ministry granted it a single model, still meets the per-task check.
 */
final class WorkerFetchAuthorization extends CommandInterceptor {

    private static final List<Resources> REVOCABLE = List.of(Resources.PROCESS_DEFINITION, Resources.PROCESS_INSTANCE);

    @Override
    public <T> T execute(Command<T> command) {
        CommandContext context = Context.getCommandContext();
        if (!(command instanceof FetchExternalTasksCmd)
                || context == null
                || !context.isAuthorizationCheckEnabled()
                || !mayWorkOnEveryCase(context)) {
            return next.execute(command);
        }
        context.disableAuthorizationCheck();
        try {
            return next.execute(command);
        } finally {
            context.enableAuthorizationCheck();
        }
    }

    private static boolean mayWorkOnEveryCase(CommandContext context) {
        Authentication worker = context.getAuthentication();
        if (worker == null || worker.getUserId() == null) {
            return false;
        }
        AuthorizationManager grants = context.getAuthorizationManager();
        return grants.isAuthorized(
                        worker.getUserId(),
                        worker.getGroupIds(),
                        READ_INSTANCE,
                        Resources.PROCESS_DEFINITION,
                        RoleGrants.ANY)
                && grants.isAuthorized(
                        worker.getUserId(),
                        worker.getGroupIds(),
                        UPDATE_INSTANCE,
                        Resources.PROCESS_DEFINITION,
                        RoleGrants.ANY)
                && !anyRevocation(context);
    }

    /** A revocation on one model or case would exclude its tasks; only the per-task check sees it. */
    private static boolean anyRevocation(CommandContext context) {
        return context.runWithoutAuthorization(() -> REVOCABLE.stream().anyMatch(resource -> {
            AuthorizationQueryImpl revocations = new AuthorizationQueryImpl();
            revocations.authorizationType(Authorization.AUTH_TYPE_REVOKE).resourceType(resource);
            return context.getAuthorizationManager().selectAuthorizationCountByQueryCriteria(revocations) > 0;
        }));
    }
}
