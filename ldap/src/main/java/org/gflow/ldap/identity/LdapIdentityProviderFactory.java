package org.gflow.ldap.identity;

import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.gflow.ldap.LdapDirectory;

/**
 * Creates the per-command {@link LdapIdentityProvider} sessions. All sessions share one
 * reader, and so one connection pool and one cache.
 */
public class LdapIdentityProviderFactory implements SessionFactory {

    private final IdentityReader reader;

    public LdapIdentityProviderFactory(LdapDirectory directory) {
        this(new DirectoryIdentities(directory));
    }

    /** Shares the reader (pool and caches) with the engine's direct look-ups. */
    public LdapIdentityProviderFactory(DirectoryIdentities identities) {
        this.reader = identities.reader();
    }

    @Override
    public Class<?> getSessionType() {
        return ReadOnlyIdentityProvider.class;
    }

    @Override
    public Session openSession() {
        return new LdapIdentityProvider(reader);
    }
}
