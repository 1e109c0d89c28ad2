package org.gflow.engine.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gflow.engine.GFlowApplication;
import org.gflow.engine.testing.PostgresServer;
import org.gflow.engine.testing.RealPostgres;
import org.gflow.ldap.LdapSettings;
import org.gflow.ldap.embedded.EmbeddedDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The {@code production} profile will not run on demo identities, nor on the embedded H2 database. */
@Tag("own-engine")
class ProductionProfileIT {

    @RegisterExtension
    static final RealPostgres POSTGRES = new RealPostgres();

    @Test
    void refusesTheEmbeddedH2DatabaseBeforeCreatingIt() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "production-h2-");
        assertThatThrownBy(() -> run("jdbc:h2:file:" + data.resolve("gflow") + ";WRITE_DELAY=0")
                        .close())
                .hasStackTraceContaining("The production profile refuses the embedded H2 database")
                .hasStackTraceContaining("GFLOW_DB_URL");
        try (var files = Files.list(data)) {
            assertThat(files).as("no database file was made").isEmpty();
        }
    }

    @Test
    void refusesTheEmbeddedDirectory() {
        assertThatThrownBy(() -> run(POSTGRES.jdbcUrl()).close())
                .hasStackTraceContaining("needs a real directory: set gflow.ldap.url");
    }

    @Test
    void refusesADirectoryWhoseDemoAccountsStillAnswerToTheDemoPassword() {
        try (EmbeddedDirectory outside = EmbeddedDirectory.start(0)) {
            LdapSettings settings = outside.settings();
            assertThatThrownBy(() -> run(
                                    POSTGRES.jdbcUrl(),
                                    "--gflow.ldap.url=" + settings.getUrl(),
                                    "--gflow.ldap.bind-dn=" + settings.getBindDn(),
                                    "--gflow.ldap.bind-password=" + settings.getBindPassword(),
                                    "--gflow.ldap.user-base=" + settings.getUserBase(),
                                    "--gflow.ldap.group-base=" + settings.getGroupBase())
                            .close())
                    .hasStackTraceContaining("refuses demo accounts")
                    .hasStackTraceContaining("admin");
        }
    }

    /**
     * Starts the engine in the production profile. The settings are command-line arguments, so
     * they win over the test profile's (a random port, never 8080; this test's own database).
     */
    private static ConfigurableApplicationContext run(String databaseUrl, String... more) {
        List<String> settings = new ArrayList<>(List.of(
                "--server.port=0",
                "--gflow.data-dir=target/production-profile",
                "--gflow.db.url=" + databaseUrl,
                "--gflow.db.user=" + PostgresServer.USER,
                "--gflow.db.password=",
                "--gflow.plugins.trust-store=" + trustStore(),
                "--gflow.plugins.trust-store-password=changeit"));
        settings.addAll(List.of(more));
        return new SpringApplicationBuilder(GFlowApplication.class)
                .profiles("test", "production")
                .run(settings.toArray(String[]::new));
    }

    /** Production also insists on a plugin trust store; these tests are about identities and the database. */
    private static Path trustStore() {
        try {
            Path file = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "trust-")
                    .resolve("trust.p12");
            Process keytool = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "keytool")
                                    .toString(),
                            "-genkeypair",
                            "-alias",
                            "ministry",
                            "-keyalg",
                            "EC",
                            "-dname",
                            "CN=G-Flow test ministry",
                            "-validity",
                            "2",
                            "-storetype",
                            "PKCS12",
                            "-keystore",
                            file.toString(),
                            "-storepass",
                            "changeit")
                    .inheritIO()
                    .start();
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
