package org.gflow.ldap.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.gflow.ldap.LdapDirectory;
import org.gflow.ldap.LdapSettings;
import org.gflow.ldap.embedded.EmbeddedDirectory;
import org.junit.jupiter.api.Test;

/** The identity contract against the embedded directory and its demo seed. */
class EmbeddedIdentityTest extends IdentityContract {

    private EmbeddedDirectory embedded;

    @Override
    protected LdapDirectory startDirectory() {
        embedded = EmbeddedDirectory.start(0);
        LdapSettings settings = embedded.settings();
        settings.setCacheTtl(Duration.ZERO);
        settings.setPageSize(5); // several pages even for small results
        return new LdapDirectory(settings);
    }

    @Override
    protected DirectoryFacts facts() {
        return new DirectoryFacts(
                "bokeo-hotline-verifiers",
                List.of("nalinh.bokeo"),
                "nalinh.bokeo",
                "ນາລິນ",
                "ຈັນທະວົງ",
                "nalinh@bokeo.gov.la",
                "demo",
                "chansamone.mof",
                embedded.demoUserIds());
    }

    @Override
    protected void stopDirectory() {
        embedded.stop();
    }

    @Override
    protected void startDirectoryAgain() {
        embedded.restart();
    }

    @Override
    protected void closeDirectory() {
        embedded.close();
    }

    /** Which ordering path runs, so the contract's sorting checks exercise the server-side sort control here. */
    @Test
    void theEmbeddedDirectorySortsOnTheServer() {
        assertThat(directory.supportsServerSideSort()).isTrue();
    }
}
