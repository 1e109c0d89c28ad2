package org.gflow.engine.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gflow.engine.GFlowApplication;
import org.gflow.ldap.LdapSettings;
import org.gflow.ldap.embedded.EmbeddedDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The {@code production} profile will not run on demo identities. */
@Tag("own-engine")
class ProductionProfileIT {

    @Test
    void refusesTheEmbeddedDirectory() {
        assertThatThrownBy(() -> run().close())
            .hasStackTraceContaining("needs a real directory: set gflow.ldap.url");
    }

    @Test
    void refusesADirectoryWhoseDemoAccountsStillAnswerToTheDemoPassword() {
        try (EmbeddedDirectory outside = EmbeddedDirectory.start(0)) {
            LdapSettings settings = outside.settings();
            assertThatThrownBy(() -> run(
                    "--gflow.ldap.url=" + settings.getUrl(),
                    "--gflow.ldap.bind-dn=" + settings.getBindDn(),
                    "--gflow.ldap.bind-password=" + settings.getBindPassword(),
                    "--gflow.ldap.user-base=" + settings.getUserBase(),
                    "--gflow.ldap.group-base=" + settings.getGroupBase()).close())
                .hasStackTraceContaining("refuses demo accounts").hasStackTraceContaining("admin");
        }
    }

    /**
     * Starts an engine in the production profile. Its settings are command-line arguments, which
     * win over application.yaml; as the builder's default properties they would lose, and the
     * engine would take the configured port 8080, whoever else listens there.
     */
    private static ConfigurableApplicationContext run(String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--gflow.data-dir=target/production-profile",
            "--gflow.db.url=jdbc:h2:mem:production-profile;DB_CLOSE_DELAY=-1",
            "--gflow.plugins.trust-store=" + trustStore(), "--gflow.plugins.trust-store-password=changeit"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(GFlowApplication.class).profiles("test", "production").run(args.toArray(String[]::new));
    }

    /** Production also insists on a plugin trust store; these tests are about identities. */
    private static Path trustStore() {
        try {
            Path file = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "trust-").resolve("trust.p12");
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "ministry", "-keyalg", "EC", "-dname", "CN=G-Flow test ministry",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", "changeit")
                .inheritIO().start();
            if (keytool.waitFor() != 0) {
                throw new IllegalStateException("keytool failed");
            }
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
