package org.gflow.engine.identity;

import org.gflow.ldap.DirectoryPeople;
import org.gflow.ldap.LdapDirectory;
import org.gflow.ldap.LdapSettings;
import org.gflow.ldap.embedded.EmbeddedDirectory;
import org.gflow.ldap.identity.DirectoryIdentities;
import org.gflow.ldap.identity.LdapIdentityProviderPlugin;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Where identities come from: the directory named by {@code gflow.ldap.url}, or, when none is
 * configured, the embedded directory with the demo people (never in production, see
 * {@link ProductionGuard}).
 */
@Configuration(proxyBeanMethods = false)
public class DirectoryConfiguration {

    @Bean
    @ConfigurationProperties("gflow.ldap")
    LdapSettings ldapSettings() {
        return new LdapSettings();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${gflow.ldap.url:}'.isBlank()")
    EmbeddedDirectory embeddedDirectory(Environment environment) {
        if (environment.getProperty("gflow.production", Boolean.class, false)) {
            throw new IllegalStateException(
                    "The production profile needs a real directory: set gflow.ldap.url (GFLOW_LDAP_URL)");
        }
        int port = environment.getProperty("gflow.ldap.embedded-port", Integer.class, 0);
        return EmbeddedDirectory.start(port);
    }

    @Bean(destroyMethod = "close")
    LdapDirectory ldapDirectory(LdapSettings configured, ObjectProvider<EmbeddedDirectory> embedded) {
        EmbeddedDirectory directory = embedded.getIfAvailable();
        return new LdapDirectory(directory == null ? configured : withTuning(directory.settings(), configured));
    }

    /** The embedded directory decides where it is; configuration still decides pool and cache. */
    private static LdapSettings withTuning(LdapSettings embedded, LdapSettings configured) {
        embedded.setPoolSize(configured.getPoolSize());
        embedded.setConnectTimeout(configured.getConnectTimeout());
        embedded.setResponseTimeout(configured.getResponseTimeout());
        embedded.setPageSize(configured.getPageSize());
        embedded.setCacheTtl(configured.getCacheTtl());
        embedded.setPasswordCacheTtl(configured.getPasswordCacheTtl());
        return embedded;
    }

    /** Password checks and group look-ups outside engine commands (no JDBC connection needed). */
    @Bean
    DirectoryIdentities directoryIdentities(LdapDirectory directory) {
        return new DirectoryIdentities(directory);
    }

    @Bean
    LdapIdentityProviderPlugin ldapIdentityProviderPlugin(LdapDirectory directory, DirectoryIdentities identities) {
        return new LdapIdentityProviderPlugin(directory, identities);
    }

    @Bean
    DirectoryPeople directoryPeople(LdapDirectory directory) {
        return new DirectoryPeople(directory);
    }
}
