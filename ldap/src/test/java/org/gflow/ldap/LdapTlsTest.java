package org.gflow.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustAllTrustManager;
import com.unboundid.util.ssl.cert.ManageCertificates;
import java.io.File;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStoreException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** LDAPS and StartTLS, with the server's certificate checked against the configured trust store. */
class LdapTlsTest {

    private static final String BASE = "dc=tls,dc=gov,dc=la";
    private static InMemoryDirectoryServer server;
    private static File keyStore;
    private static String keyStorePassword;

    @BeforeAll
    static void start() throws Exception {
        keyStorePassword = "test-" + System.nanoTime();
        keyStore = Files.createTempFile(Files.createDirectories(Path.of("target")), "ldap-tls-", ".p12")
                .toFile();
        Files.delete(keyStore.toPath());
        addCertificate("localhost", "localhost");
        addCertificate("other", "directory.mof.gov.la");
        SSLUtil serverTls = serverTls("localhost");
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        InetAddress loopback = InetAddress.getLoopbackAddress();
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPSConfig(
                        "ldaps", loopback, 0, serverTls.createSSLServerSocketFactory(), null),
                InMemoryListenerConfig.createLDAPConfig("ldap", loopback, 0, serverTls.createSSLSocketFactory()),
                InMemoryListenerConfig.createLDAPSConfig(
                        "ldaps-other-name", loopback, 0, serverTls("other").createSSLServerSocketFactory(), null));
        config.addAdditionalBindCredentials("cn=service," + BASE, "secret");
        server = new InMemoryDirectoryServer(config);
        server.add("dn: " + BASE, "objectClass: domain", "dc: tls");
        server.add("dn: ou=people," + BASE, "objectClass: organizationalUnit", "ou: people");
        server.add(
                "dn: uid=keo,ou=people," + BASE,
                "objectClass: inetOrgPerson",
                "uid: keo",
                "cn: Keo",
                "sn: ແກ້ວ",
                "userPassword: ລັບ");
        server.startListening();
    }

    /** Adds a self-signed certificate for {@code hostName} to the test key store, which is also the trust store. */
    private static void addCertificate(String alias, String hostName) {
        ResultCode result = ManageCertificates.main(
                null,
                OutputStream.nullOutputStream(),
                System.err,
                "generate-self-signed-certificate",
                "--keystore",
                keyStore.getPath(),
                "--keystore-type",
                "PKCS12",
                "--keystore-password",
                keyStorePassword,
                "--alias",
                alias,
                "--subject-dn",
                "CN=" + hostName,
                "--subject-alternative-name-dns",
                hostName,
                "--days-valid",
                "2",
                "--key-algorithm",
                "EC",
                "--key-size-bits",
                "256",
                "--signature-algorithm",
                "SHA256withECDSA");
        assertThat(result).isEqualTo(ResultCode.SUCCESS);
    }

    private static SSLUtil serverTls(String alias) throws KeyStoreException {
        return new SSLUtil(
                new KeyStoreKeyManager(keyStore, keyStorePassword.toCharArray(), "PKCS12", alias),
                new TrustAllTrustManager());
    }

    @AfterAll
    static void stop() {
        server.shutDown(true);
        keyStore.delete();
    }

    @Test
    void ldapsWithTheRightTrustStoreWorks() {
        LdapSettings settings = settings("ldaps://localhost:" + server.getListenPort("ldaps"));
        try (LdapDirectory directory = new LdapDirectory(settings)) {
            assertThat(new Authenticator(new DirectorySearch(directory)).authenticate("keo", "ລັບ"))
                    .isTrue();
        }
    }

    @Test
    void startTlsWithTheRightTrustStoreWorks() {
        LdapSettings settings = settings("ldap://localhost:" + server.getListenPort("ldap"));
        settings.setStartTls(true);
        try (LdapDirectory directory = new LdapDirectory(settings)) {
            Authenticator authenticator = new Authenticator(new DirectorySearch(directory));
            assertThat(authenticator.authenticate("keo", "ລັບ")).isTrue();
            assertThat(authenticator.authenticate("keo", "wrong")).isFalse();
        }
    }

    @Test
    void anUntrustedCertificateIsRefused() {
        LdapSettings settings = settings("ldaps://localhost:" + server.getListenPort("ldaps"));
        settings.setTrustStore(null); // the JVM's CAs do not know the test certificate
        try (LdapDirectory directory = new LdapDirectory(settings)) {
            assertThatThrownBy(() -> new DirectoryPeople(directory).organisationOf("keo"))
                    .isInstanceOf(DirectoryUnavailableException.class);
        }
    }

    @Test
    void aCertificateForAnotherHostNameIsRefused() {
        LdapSettings settings = settings("ldaps://localhost:" + server.getListenPort("ldaps-other-name"));
        try (LdapDirectory directory = new LdapDirectory(settings)) {
            assertThatThrownBy(() -> new DirectoryPeople(directory).organisationOf("keo"))
                    .isInstanceOf(DirectoryUnavailableException.class)
                    .hasStackTraceContaining("Hostname verification failed");
        }
    }

    private static LdapSettings settings(String url) {
        LdapSettings settings = new LdapSettings();
        settings.setUrl(url);
        settings.setBindDn("cn=service," + BASE);
        settings.setBindPassword("secret");
        settings.setUserBase("ou=people," + BASE);
        settings.setGroupBase(BASE);
        settings.setTrustStore(keyStore.getAbsolutePath());
        settings.setTrustStorePassword(keyStorePassword);
        return settings;
    }
}
