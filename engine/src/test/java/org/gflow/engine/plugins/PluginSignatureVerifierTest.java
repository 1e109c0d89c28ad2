package org.gflow.engine.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gflow.engine.dispatch.DispatchSignal;
import org.gflow.engine.dispatch.IntegrationRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which signed jars the engine accepts. The certificates are made for the test: a government CA
 * with code-signing certificates under it, certificates that must not sign plugins, expired ones,
 * and a ministry certificate trusted directly.
 */
class PluginSignatureVerifierTest {

    /** An expired certificate: valid for 30 days, from 400 days ago. */
    private static final String[] EXPIRED = {"-startdate", "-400d", "-validity", "30"};

    @TempDir
    static Path work;

    private static TestPki pki;
    private static PluginSignatureVerifier verifier;
    private static TestBundles bundles;

    @BeforeAll
    static void makeCertificates() throws Exception {
        pki = new TestPki(Files.createDirectories(work.resolve("pki")))
                .selfSigned("ca", "CN=Lao Government Code Signing CA, C=LA", TestPki.CA)
                .issued("moic", "ca", "CN=MOIC IT, O=Ministry of Industry and Commerce, C=LA", TestPki.CODE_SIGNING)
                .issued("web", "ca", "CN=gflow.gov.la, C=LA", TestPki.TLS_SERVER)
                .issued("underLeaf", "moic", "CN=Contractor, C=LA", TestPki.CODE_SIGNING)
                // claims it may sign certificates, but basicConstraints does not make it a CA
                .issued(
                        "selfMadeCa",
                        "ca",
                        "CN=MOIC Branch IT, C=LA",
                        "-ext",
                        "KU:c=digitalSignature,keyCertSign",
                        "-ext",
                        "EKU=codeSigning")
                .issued("underSelfMadeCa", "selfMadeCa", "CN=Branch Contractor, C=LA", TestPki.CODE_SIGNING)
                .selfSigned("ministry", "CN=MOF IT, O=Ministry of Finance, C=LA", TestPki.CODE_SIGNING)
                .issued("underMinistry", "ministry", "CN=MOF Contractor, C=LA", TestPki.CODE_SIGNING)
                .selfSigned("stranger", "CN=Someone, O=Elsewhere, C=LA", TestPki.CODE_SIGNING)
                .selfSigned("expiredSelf", "CN=Old MOF IT, C=LA", TestPki.with(TestPki.CODE_SIGNING, EXPIRED))
                .issued("expiredLeaf", "ca", "CN=Old MOIC IT, C=LA", TestPki.with(TestPki.CODE_SIGNING, EXPIRED));
        pki.make();
        verifier = new PluginSignatureVerifier(pki.trustStore("ca", "ministry", "expiredSelf"));
        bundles = new TestBundles(Files.createDirectories(work.resolve("jars")));
    }

    private static Path plugin(String fileName) throws Exception {
        return bundles.echoWithResources(
                fileName, "signed", "1.0.0", "test.signed", "ok", Map.of("gflow/forms/a.form", "{\"id\":\"a\"}"));
    }

    private static Path signedBy(String alias, String fileName) throws Exception {
        return pki.signer(alias).sign(plugin(fileName));
    }

    @Test
    void aJarSignedByACodeSigningCertificateOfATrustedCaIsAcceptedAndNamesItsSigner() throws Exception {
        Optional<PluginSigner> signer = verifier.verify(signedBy("moic", "moic.jar"));

        assertThat(signer).contains(PluginSigner.of(pki.certificate("moic")));
        assertThat(signer.get().subject()).isEqualTo("CN=MOIC IT,O=Ministry of Industry and Commerce,C=LA");
    }

    @Test
    void aJarSignedByADirectlyTrustedCertificateIsAccepted() throws Exception {
        assertThat(verifier.verify(signedBy("ministry", "ministry.jar")))
                .contains(PluginSigner.of(pki.certificate("ministry")));
    }

    @Test
    void anUnsignedJarHasNoSigner() throws Exception {
        assertThat(verifier.verify(bundles.echo("unsigned.jar", "unsigned", "1.0.0", "test.unsigned", "x")))
                .isEmpty();
    }

    @Test
    void aTlsServerCertificateOfTheTrustedCaSignsNoPlugin() throws Exception {
        assertThatThrownBy(() -> verifier.verify(signedBy("web", "web.jar")))
                .hasMessageContaining("CN=gflow.gov.la")
                .hasMessageContaining("does not trust")
                .hasMessageContaining("extended key usage must include codeSigning");
    }

    @Test
    void aCertificateIssuedByAnEndEntityIsRefused() throws Exception {
        assertThatThrownBy(() -> verifier.verify(signedBy("underLeaf", "under-leaf.jar")))
                .hasMessageContaining("CN=Contractor")
                .hasMessageContaining("'CN=MOIC IT")
                .hasMessageContaining("not a certificate authority");
    }

    @Test
    void anIssuerWithoutBasicConstraintsIsNoCertificateAuthority() throws Exception {
        assertThatThrownBy(() -> verifier.verify(signedBy("underSelfMadeCa", "under-self-made-ca.jar")))
                .hasMessageContaining("CN=Branch Contractor")
                .hasMessageContaining("'CN=MOIC Branch IT")
                .hasMessageContaining("not a certificate authority (basicConstraints CA:true)");
    }

    @Test
    void aDirectlyTrustedSignerCannotIssueSigners() throws Exception {
        assertThatThrownBy(() -> verifier.verify(signedBy("underMinistry", "under-ministry.jar")))
                .hasMessageContaining("CN=MOF Contractor")
                .hasMessageContaining("no CA in the trust store issued");
    }

    @Test
    void aJarSignedByAnUntrustedKeyIsRefusedNamingTheSigner() throws Exception {
        assertThatThrownBy(() -> verifier.verify(signedBy("stranger", "foreign.jar")))
                .hasMessageContaining("CN=Someone")
                .hasMessageContaining("does not trust");
    }

    @Test
    void anExpiredDirectlyTrustedCertificateIsRefused() throws Exception {
        assertThatThrownBy(() -> verifier.verify(signedBy("expiredSelf", "expired-self.jar")))
                .hasMessageContaining("CN=Old MOF IT")
                .hasMessageContaining("expired on");
    }

    @Test
    void anExpiredCertificateWithoutATimestampIsRefused() throws Exception {
        assertThatThrownBy(() -> verifier.verify(signedBy("expiredLeaf", "expired-leaf.jar")))
                .hasMessageContaining("CN=Old MOIC IT")
                .hasMessageContaining("is valid only from");
    }

    @Test
    void withRevocationCheckingOnASignerWhoseStatusCannotBeLearnedIsRefused() throws Exception {
        PluginSignatureVerifier checkingRevocation =
                new PluginSignatureVerifier(pki.trustStore("ca"), true, Clock.systemUTC());

        assertThatThrownBy(() -> checkingRevocation.verify(signedBy("moic", "revocation.jar")))
                .hasMessageContaining("CN=MOIC IT")
                .hasMessageContaining("OCSP responder")
                .hasMessageContaining("gflow.plugins.revocation-check is on");
    }

    @Test
    void aChangedEntryIsRefusedAsTampered() throws Exception {
        Path tampered = TestSigning.rewrite(
                signedBy("moic", "t.jar"),
                work.resolve("tampered.jar"),
                "gflow/forms/a.form",
                bytes -> "{\"id\":\"evil\"}".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> verifier.verify(tampered)).hasMessageContaining("tampered");
    }

    @Test
    void anEntryAddedAfterSigningIsRefused() throws Exception {
        Path extended = TestSigning.rewrite(
                signedBy("moic", "e.jar"),
                work.resolve("extended.jar"),
                "gflow/forms/b.form",
                bytes -> "{\"id\":\"b\"}".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> verifier.verify(extended))
                .hasMessage("entry 'gflow/forms/b.form' is not signed (added after signing?)");
    }

    @Test
    void aTrustStoreWithoutCertificatesIsAConfigurationError() throws Exception {
        KeyStore empty = KeyStore.getInstance("PKCS12");
        empty.load(null, null);

        assertThatThrownBy(() -> new PluginSignatureVerifier(empty)).hasMessageContaining("holds no certificate");
    }

    @Test
    void whenSignaturesAreRequiredTheHostRefusesBeforeTheFrameworkSeesTheJar() throws Exception {
        try (PluginFramework framework = PluginFramework.start(Files.createTempDirectory(work, "felix"))) {
            IntegrationRegistry registry = new IntegrationRegistry(List.of(), new DispatchSignal());
            registry.trackPlugins(framework.context());
            PluginHost host = new PluginHost(framework, Optional.of(verifier), new RecordingContributions());

            PluginRecord refused = host.installOrUpdate(
                    bundles.echo("plain.jar", "plain", "1.0.0", "test.plain", "x"), PluginOrigin.DIRECTORY);
            PluginRecord untrusted = host.installOrUpdate(signedBy("web", "web-signed.jar"), PluginOrigin.DIRECTORY);
            PluginRecord accepted = host.installOrUpdate(signedBy("moic", "accepted.jar"), PluginOrigin.DIRECTORY);

            assertThat(refused.state()).isEqualTo(PluginState.FAILED);
            assertThat(refused.lastError()).isEqualTo("the plugin is not signed");
            assertThat(List.of(refused.failure(), untrusted.failure())).containsOnly(PluginFailure.SIGNATURE_REFUSED);
            assertThat(untrusted.state()).isEqualTo(PluginState.FAILED);
            assertThat(untrusted.lastError()).contains("codeSigning");
            assertThat(accepted.state()).isEqualTo(PluginState.ACTIVE);
            assertThat(framework.context().getBundles())
                    .extracting(bundle -> bundle.getSymbolicName())
                    .contains("signed")
                    .doesNotContain("plain");
            assertThat(registry.servedTopics()).containsExactly("test.signed");
            registry.close();
        }
    }
}
