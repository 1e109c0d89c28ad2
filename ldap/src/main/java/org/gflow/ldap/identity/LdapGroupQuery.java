package org.gflow.ldap.identity;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** Camunda's group query, answered by the directory. */
class LdapGroupQuery extends GroupQueryImpl {

    private static final long serialVersionUID = 1L;

    LdapGroupQuery() {}

    LdapGroupQuery(CommandExecutor commandExecutor) {
        super(commandExecutor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        refuseUnsupported();
        return LdapUserQuery.reader(commandContext).countGroups(this);
    }

    @Override
    public List<Group> executeList(CommandContext commandContext, Page page) {
        refuseUnsupported();
        return LdapUserQuery.reader(commandContext).groups(this, page);
    }

    private void refuseUnsupported() {
        if (procDefId != null) {
            throw new BadUserRequestException("potentialStarter is not supported by the LDAP identity provider");
        }
    }
}
