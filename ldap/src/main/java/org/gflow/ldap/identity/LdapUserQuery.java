package org.gflow.ldap.identity;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** Camunda's user query, answered by the directory. */
class LdapUserQuery extends UserQueryImpl {

    private static final long serialVersionUID = 1L;

    LdapUserQuery() {}

    LdapUserQuery(CommandExecutor commandExecutor) {
        super(commandExecutor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        refuseUnsupported();
        return reader(commandContext).countUsers(this);
    }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
        refuseUnsupported();
        return reader(commandContext).users(this, page);
    }

    private void refuseUnsupported() {
        if (procDefId != null) {
            throw new BadUserRequestException("potentialStarter is not supported by the LDAP identity provider");
        }
    }

    static IdentityReader reader(CommandContext commandContext) {
        return ((LdapIdentityProvider) commandContext.getReadOnlyIdentityProvider()).reader();
    }
}
