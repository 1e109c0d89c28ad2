package org.gflow.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.gflow.ldap.embedded.EmbeddedDirectory;
import org.junit.jupiter.api.Test;

class LdapDirectoryTest {

    @Test
    void aPoolCreatedWhileTheDirectoryIsDownWorksOnceItIsUp() {
        try (EmbeddedDirectory embedded = EmbeddedDirectory.start(0)) {
            embedded.stop();
            LdapSettings settings = embedded.settings();
            settings.setConnectTimeout(Duration.ofSeconds(1));
            try (LdapDirectory directory = new LdapDirectory(settings)) {
                DirectoryPeople people = new DirectoryPeople(directory);
                assertThatThrownBy(() -> people.membersOf("gflow-admins"))
                        .isInstanceOf(DirectoryUnavailableException.class)
                        .hasMessageContaining(settings.getUrl());
                embedded.restart();
                assertThat(people.membersOf("gflow-admins")).containsExactly("admin");
            }
        }
    }

    @Test
    void badSettingsAreRefusedWithTheirName() {
        LdapSettings settings = new LdapSettings();
        assertThatThrownBy(() -> new LdapDirectory(settings)).hasMessage("gflow.ldap.url is not set");
        settings.setUrl("http://directory");
        settings.setUserBase("ou=people");
        settings.setGroupBase("ou=groups");
        assertThatThrownBy(() -> new LdapDirectory(settings)).hasMessageContaining("ldap:// or ldaps://");
        settings.setUrl("ldaps://directory:636");
        settings.setStartTls(true);
        assertThatThrownBy(() -> new LdapDirectory(settings)).hasMessageContaining("start-tls");
    }

    @Test
    void aWrongServiceAccountPasswordIsNotAnOutage() {
        try (EmbeddedDirectory embedded = EmbeddedDirectory.start(0)) {
            LdapSettings settings = embedded.settings();
            settings.setBindPassword("wrong");
            try (LdapDirectory directory = new LdapDirectory(settings)) {
                assertThatThrownBy(() -> new DirectoryPeople(directory).membersOf("gflow-admins"))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("gflow.ldap.bind-password");
            }
        }
    }
}
