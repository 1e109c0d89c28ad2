package org.gflow.ldap.testing;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.gflow.ldap.LdapSettings;

/**
 * A real OpenLDAP {@code slapd} for integration tests: its own configuration and database in a
 * fresh folder under {@code target/}, loaded with {@code slapadd} from
 * {@code gflow/ldap/testing/slapd-fixture.ldif}, listening on a free loopback port, run as a
 * child process.
 *
 * <p>Its layout differs from the embedded directory on purpose (base {@code o=lao-gov,c=la},
 * people under {@code ou=staff} named by {@code cn} with the login id in {@code employeeNumber},
 * roles as {@code groupOfUniqueNames}); {@link #settings()} maps it, so tests prove that the
 * layout is a matter of configuration. Server-side sorting is not loaded, so the client-side
 * ordering path is what runs here. {@link #stop()} and {@link #start()} simulate an outage.
 *
 * <p>Accounts (password {@link #PASSWORD}): {@code bounleua.bk}, {@code noy.bk}
 * (bokeo-hotline-verifiers), {@code sone.bk} (bokeo-hotline-supervisors, their manager),
 * {@code vanh.mo} (moic-drafters), {@code phet.mo} (moic-division-heads, his manager),
 * {@code dao.mo} (moic-licence-reviewers, locked), {@code ket.mf} (mof-drafters),
 * {@code lay.op} (opm-hotline-operators), {@code ton.op} (opm-hotline-triage),
 * {@code sysadmin} (gflow-admins).
 */
public final class SlapdServer implements AutoCloseable {

    public static final String SLAPD = "/usr/sbin/slapd";
    public static final String SLAPADD = "/usr/sbin/slapadd";
    public static final String BASE_DN = "o=lao-gov,c=la";
    public static final String PASSWORD = "Lao-2026";
    private static final String FIXTURE = "gflow/ldap/testing/slapd-fixture.ldif";
    private static final String SERVICE_DN = "cn=gflow-service," + BASE_DN;
    private static final String ROOT_DN = "cn=admin," + BASE_DN;
    /** A ceiling, not a budget: slapd starts in well under a second on an idle machine. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    private final Path home;
    private final int port;
    private final String servicePassword = randomSecret();
    private final String rootPassword = randomSecret();
    private Process process;

    /** Writes the configuration, loads the fixture and starts slapd. */
    public SlapdServer() {
        if (!isInstalled()) {
            throw new IllegalStateException(SLAPD + " is missing: install the Debian packages slapd and ldap-utils"
                    + " (.ci/install-test-servers does)");
        }
        try {
            this.home = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "slapd-")
                    .toAbsolutePath();
            this.port = freePort();
            Files.createDirectories(home.resolve("db"));
            Files.writeString(home.resolve("slapd.conf"), configuration());
            Files.writeString(home.resolve("data.ldif"), fixture());
            run(List.of(
                    SLAPADD, "-q", "-f", conf(), "-l", home.resolve("data.ldif").toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare slapd", e);
        }
        // a test JVM that dies must not leave its slapd behind
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "slapd-stop"));
        start();
    }

    public static boolean isInstalled() {
        return Files.isExecutable(Path.of(SLAPD)) && Files.isExecutable(Path.of(SLAPADD));
    }

    /** Starts slapd (again) on the same port and database, and waits until it answers. */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            process = new ProcessBuilder(SLAPD, "-f", conf(), "-h", "ldap://127.0.0.1:" + port + "/", "-d", "0")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            home.resolve("slapd.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + SLAPD, e);
        }
        awaitAnswer();
    }

    /** Stops slapd, as an outage would; the data stays for {@link #start()}. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        process = null;
    }

    /** Settings that map this server's layout for the identity provider. */
    public LdapSettings settings() {
        LdapSettings settings = new LdapSettings();
        settings.setUrl("ldap://127.0.0.1:" + port);
        settings.setBindDn(SERVICE_DN);
        settings.setBindPassword(servicePassword);
        settings.setUserBase("ou=staff," + BASE_DN);
        settings.setGroupBase("ou=roles," + BASE_DN);
        settings.setGroupObjectClass("groupOfUniqueNames");
        settings.getAttributes().setId("employeeNumber");
        settings.getAttributes().setMember("uniqueMember");
        settings.getAttributes().setOrganisation("ou");
        return settings;
    }

    public int port() {
        return port;
    }

    /** A connection bound as the directory's administrator, for tests that change entries. */
    public LDAPConnection connectAsAdmin() throws LDAPException {
        return new LDAPConnection("127.0.0.1", port, ROOT_DN, rootPassword);
    }

    @Override
    public void close() {
        stop();
    }

    private void awaitAnswer() {
        try {
            // a starting process has nothing to wait on but its port: poll it until it answers
            Awaitility.await("slapd answers on port " + port)
                    .atMost(START_TIMEOUT)
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("slapd exited; see " + home.resolve("slapd.log"));
                        }
                        return answers();
                    });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(
                    "slapd did not answer on port " + port + "; see " + home.resolve("slapd.log"), e);
        }
    }

    private boolean answers() {
        try (LDAPConnection connection = new LDAPConnection("127.0.0.1", port, SERVICE_DN, servicePassword)) {
            return connection.getRootDSE() != null;
        } catch (LDAPException notYet) {
            return false;
        }
    }

    private String configuration() {
        return String.join(
                "\n",
                "include /etc/ldap/schema/core.schema",
                "include /etc/ldap/schema/cosine.schema",
                "include /etc/ldap/schema/inetorgperson.schema",
                "include /etc/ldap/schema/nis.schema",
                "modulepath /usr/lib/ldap",
                "moduleload back_mdb",
                "# brings the password-policy schema, pwdAccountLockedTime among it",
                "moduleload ppolicy",
                "pidfile " + home.resolve("slapd.pid"),
                "argsfile " + home.resolve("slapd.args"),
                "database mdb",
                "maxsize 67108864",
                "suffix \"" + BASE_DN + "\"",
                "rootdn \"" + ROOT_DN + "\"",
                "rootpw " + rootPassword,
                "directory " + home.resolve("db"),
                "index objectClass eq",
                "index cn,employeeNumber,uniqueMember eq",
                "access to dn.base=\"\" by * read",
                "access to attrs=userPassword by anonymous auth by * none",
                "access to * by dn.exact=\"" + SERVICE_DN + "\" read by * none",
                "");
    }

    private String fixture() throws IOException {
        try (InputStream in = SlapdServer.class.getClassLoader().getResourceAsStream(FIXTURE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + FIXTURE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@SERVICE_PASSWORD@", servicePassword);
        }
    }

    private String conf() {
        return home.resolve("slapd.conf").toString();
    }

    private void run(List<String> command) throws IOException {
        Path log = home.resolve("slapadd.log");
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading slapd", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
