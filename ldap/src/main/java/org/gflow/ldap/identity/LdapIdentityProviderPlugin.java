package org.gflow.ldap.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.gflow.ldap.LdapDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the directory the engine's (read-only) source of users, groups and passwords. The
 * caller owns the {@link LdapDirectory} and closes it after the engine.
 */
public class LdapIdentityProviderPlugin implements ProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(LdapIdentityProviderPlugin.class);

    private final LdapDirectory directory;
    private final DirectoryIdentities identities;

    public LdapIdentityProviderPlugin(LdapDirectory directory) {
        this(directory, new DirectoryIdentities(directory));
    }

    /** @param identities the direct look-ups whose reader and caches the engine should share */
    public LdapIdentityProviderPlugin(LdapDirectory directory, DirectoryIdentities identities) {
        this.directory = directory;
        this.identities = identities;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        LOG.info(
                "Identities come from the directory at {}", directory.settings().getUrl());
        configuration.setIdentityProviderSessionFactory(new LdapIdentityProviderFactory(identities));
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        // nothing to adjust after initialisation
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        // nothing to do once the engine runs
    }
}
