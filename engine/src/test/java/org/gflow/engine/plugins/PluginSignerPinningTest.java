package org.gflow.engine.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gflow.engine.dispatch.DispatchSignal;
import org.gflow.engine.dispatch.IntegrationRegistry;
import org.gflow.plugin.api.testing.RecordedCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin stays with its first trusted signer: another trusted signer, or no signer, cannot
 * replace it until an admin re-pins it. The host runs a real Felix framework; signatures are not
 * required, as on a development engine with a trust store.
 */
class PluginSignerPinningTest {

    private static final String NAME = "ministry-echo";
    private static final String TOPIC = "test.pinned";

    @TempDir
    static Path keys;

    @TempDir
    Path work;

    private static TestPki pki;
    private static PluginSignatureVerifier verifier;

    private final PluginSignerPins pins = new InMemoryPluginSignerPins();
    private PluginFramework framework;
    private IntegrationRegistry registry;
    private PluginHost host;
    private TestBundles bundles;

    @BeforeAll
    static void makeCertificates() throws Exception {
        pki = new TestPki(keys)
                .selfSigned("ca", "CN=Lao Government Code Signing CA, C=LA", TestPki.CA)
                .issued("moic", "ca", "CN=MOIC IT, C=LA", TestPki.CODE_SIGNING)
                .issued("mof", "ca", "CN=MOF IT, C=LA", TestPki.CODE_SIGNING);
        pki.make();
        verifier = new PluginSignatureVerifier(pki.trustStore("ca"));
    }

    @BeforeEach
    void startHost() throws Exception {
        framework = PluginFramework.start(work.resolve("felix-cache"));
        registry = new IntegrationRegistry(List.of(), new DispatchSignal());
        registry.trackPlugins(framework.context());
        host = new PluginHost(
                framework, new PluginTrust(Optional.of(verifier), false, pins), new RecordingContributions());
        bundles = new TestBundles(Files.createDirectories(work.resolve("plugins")));
    }

    @AfterEach
    void stopHost() {
        registry.close();
        framework.close();
    }

    /** The plugin jar in the directory, version {@code version}, signed by {@code alias} (or unsigned). */
    private Path plugin(String version, String alias) throws Exception {
        Path jar = bundles.echo(NAME + ".jar", NAME, version, TOPIC, version);
        return alias == null ? jar : pki.signer(alias).sign(jar);
    }

    private Object reply() throws Exception {
        return registry.find(TOPIC)
                .orElseThrow()
                .execute(RecordedCall.of(TOPIC, Map.of()))
                .variables()
                .get("reply");
    }

    private String fingerprint(String alias) throws Exception {
        return PluginSigner.of(pki.certificate(alias)).fingerprint();
    }

    @Test
    void anUpdateByAnotherSignerWaitsUntilAnAdminRepinsThePlugin() throws Exception {
        // 1. the first trusted signer is pinned
        assertThat(host.installOrUpdate(plugin("1.0.0", "moic"), PluginOrigin.DIRECTORY)
                        .state())
                .isEqualTo(PluginState.ACTIVE);
        assertThat(pins.pinOf(NAME)).get().extracting(SignerPin::fingerprint).isEqualTo(fingerprint("moic"));

        // 2. an unsigned update is refused: version 1 keeps serving
        PluginRecord unsigned = host.installOrUpdate(plugin("1.1.0", null), PluginOrigin.DIRECTORY);
        assertThat(unsigned.version()).isEqualTo("1.0.0");
        assertThat(unsigned.lastError())
                .startsWith("update refused: plugin 'ministry-echo' is pinned to signer 'CN=MOIC IT,C=LA'")
                .contains("this jar is not signed");
        assertThat(unsigned.failure()).isEqualTo(PluginFailure.SIGNER_CHANGED);

        // 3. an update by another signer the trust store trusts is refused too, naming both
        PluginRecord foreign = host.installOrUpdate(plugin("2.0.0", "mof"), PluginOrigin.DIRECTORY);
        assertThat(foreign.state()).isEqualTo(PluginState.ACTIVE);
        assertThat(foreign.version()).isEqualTo("1.0.0");
        assertThat(foreign.lastError())
                .contains("signed by 'CN=MOF IT,C=LA' (SHA-256 " + PluginSigner.display(fingerprint("mof")))
                .contains("POST /api/plugins/ministry-echo/signer");
        assertThat(reply()).isEqualTo("1.0.0");

        // 4. the admin pins the new signer: the jar waiting in the directory is installed
        pins.pin(NAME, PluginSigner.display(fingerprint("mof")), "admin");
        PluginRecord repinned = host.retryRefused(NAME).orElseThrow();
        assertThat(repinned.state()).isEqualTo(PluginState.ACTIVE);
        assertThat(repinned.version()).isEqualTo("2.0.0");
        assertThat(repinned.lastError()).isNull();
        assertThat(reply()).isEqualTo("2.0.0");

        // 5. and now the old signer is the stranger
        assertThat(host.installOrUpdate(plugin("3.0.0", "moic"), PluginOrigin.DIRECTORY)
                        .version())
                .isEqualTo("2.0.0");
    }

    @Test
    void afterTheAdminForgetsThePinTheNextTrustedSignerIsPinned() throws Exception {
        host.installOrUpdate(plugin("1.0.0", "moic"), PluginOrigin.DIRECTORY);
        assertThat(host.installOrUpdate(plugin("2.0.0", "mof"), PluginOrigin.DIRECTORY)
                        .lastError())
                .contains("pinned to signer");

        pins.unpin(NAME);
        PluginRecord updated = host.retryRefused(NAME).orElseThrow();

        assertThat(updated.version()).isEqualTo("2.0.0");
        assertThat(updated.lastError()).isNull();
        assertThat(pins.pinOf(NAME)).get().extracting(SignerPin::fingerprint).isEqualTo(fingerprint("mof"));
    }

    @Test
    void aPluginNeverSignedStaysUnpinnedAndMayBeUpdatedUnsigned() throws Exception {
        host.installOrUpdate(plugin("1.0.0", null), PluginOrigin.DIRECTORY);

        PluginRecord updated = host.installOrUpdate(plugin("1.1.0", null), PluginOrigin.DIRECTORY);

        assertThat(updated.version()).isEqualTo("1.1.0");
        assertThat(pins.pinOf(NAME)).isEmpty();
    }

    @Test
    void theAdminApisCheckOfAnUploadRefusesAnotherSignerWithoutPinningAnything() throws Exception {
        assertThat(host.check(plugin("1.0.0", "moic")).symbolicName()).isEqualTo(NAME);
        assertThat(pins.pinOf(NAME)).as("checking is not installing").isEmpty();

        host.installOrUpdate(plugin("1.0.0", "moic"), PluginOrigin.DIRECTORY);
        Path other = pki.signer("mof").sign(bundles.echo("upload.part", NAME, "2.0.0", TOPIC, "2.0.0"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> host.check(other))
                .isInstanceOf(PluginRejectedException.class)
                .hasMessageContaining("pinned to signer 'CN=MOIC IT,C=LA'");
    }
}
