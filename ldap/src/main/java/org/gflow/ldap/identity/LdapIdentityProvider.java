package org.gflow.ldap.identity;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Camunda's read-only identity provider, one per command, answering from the directory
 * through the engine-wide {@link IdentityReader}. The directory has no tenants: tenant
 * queries are always empty. Native (SQL) user queries have no meaning here and are refused.
 */
public class LdapIdentityProvider implements ReadOnlyIdentityProvider {

    private final IdentityReader reader;

    LdapIdentityProvider(IdentityReader reader) {
        this.reader = reader;
    }

    IdentityReader reader() {
        return reader;
    }

    @Override
    public User findUserById(String userId) {
        return reader.userById(userId).orElse(null);
    }

    @Override
    public UserQuery createUserQuery() {
        return new LdapUserQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new LdapUserQuery();
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new BadUserRequestException("Native user queries are not supported by the LDAP identity provider");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        return reader.checkPassword(userId, password);
    }

    @Override
    public Group findGroupById(String groupId) {
        return reader.groupById(groupId).orElse(null);
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new LdapGroupQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new LdapGroupQuery();
    }

    @Override
    public Tenant findTenantById(String tenantId) {
        return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new NoTenantQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new NoTenantQuery();
    }

    @Override
    public void flush() {
        // read-only: nothing to write
    }

    @Override
    public void close() {
        // the connection pool outlives the command
    }
}
