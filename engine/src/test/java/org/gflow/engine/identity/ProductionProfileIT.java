package org.gflow.engine.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import org.gflow.engine.GFlowApplication;
import org.gflow.ldap.LdapSettings;
import org.gflow.ldap.embedded.EmbeddedDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The {@code production} profile will not run on demo identities. */
class ProductionProfileIT {

    @Test
    void refusesTheEmbeddedDirectory() {
        assertThatThrownBy(() -> engine().run().close())
            .rootCause().hasMessageContaining("gflow.ldap.url");
    }

    @Test
    void refusesADirectoryWhoseDemoAccountsStillAnswerToTheDemoPassword() {
        try (EmbeddedDirectory outside = EmbeddedDirectory.start(0)) {
            LdapSettings settings = outside.settings();
            assertThatThrownBy(() -> engine().run(
                    "--gflow.ldap.url=" + settings.getUrl(),
                    "--gflow.ldap.bind-dn=" + settings.getBindDn(),
                    "--gflow.ldap.bind-password=" + settings.getBindPassword(),
                    "--gflow.ldap.user-base=" + settings.getUserBase(),
                    "--gflow.ldap.group-base=" + settings.getGroupBase()).close())
                .rootCause().hasMessageContaining("demo accounts").hasMessageContaining("admin");
        }
    }

    private static SpringApplicationBuilder engine() {
        return new SpringApplicationBuilder(GFlowApplication.class)
            .profiles("test", "production")
            .properties("server.port=0", "gflow.data-dir=target/production-profile",
                "gflow.db.url=jdbc:h2:mem:production-profile;DB_CLOSE_DELAY=-1",
                "gflow.plugins.trust-store=" + emptyTrustStore(), "gflow.plugins.trust-store-password=changeit");
    }

    /** Production also insists on a plugin trust store; these tests are about identities. */
    private static Path emptyTrustStore() {
        try {
            Path file = Files.createTempFile(Path.of("target").toAbsolutePath(), "trust-", ".p12");
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, "changeit".toCharArray());
            }
            return file;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
