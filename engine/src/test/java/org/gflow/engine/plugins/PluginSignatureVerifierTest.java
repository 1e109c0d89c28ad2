package org.gflow.engine.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gflow.engine.dispatch.DispatchSignal;
import org.gflow.engine.dispatch.IntegrationRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginSignatureVerifierTest {

    @TempDir
    static Path work;

    private static TestSigning ministry;
    private static TestSigning stranger;
    private static PluginSignatureVerifier verifier;
    private static TestBundles bundles;

    @BeforeAll
    static void makeKeys() throws Exception {
        ministry = TestSigning.newSigner(work, "CN=MOIC IT, O=Ministry of Industry and Commerce, C=LA");
        stranger = TestSigning.newSigner(work, "CN=Someone, O=Elsewhere, C=LA");
        verifier = new PluginSignatureVerifier(ministry.trustStore());
        bundles = new TestBundles(work);
    }

    private static Path signedPlugin(String name) throws Exception {
        return ministry.sign(bundles.echoWithResources(name, "signed", "1.0.0", "test.signed", "ok",
            Map.of("gflow/forms/a.form", "{\"id\":\"a\"}")));
    }

    @Test
    void aJarSignedByATrustedKeyIsAccepted() throws Exception {
        assertThatCode(() -> verifier.verify(signedPlugin("good.jar"))).doesNotThrowAnyException();
    }

    @Test
    void anUnsignedJarIsRefused() throws Exception {
        Path unsigned = bundles.echo("unsigned.jar", "unsigned", "1.0.0", "test.unsigned", "x");

        assertThatThrownBy(() -> verifier.verify(unsigned)).hasMessage("the plugin is not signed");
    }

    @Test
    void aJarSignedByAnUntrustedKeyIsRefusedNamingTheSigner() throws Exception {
        Path foreign = stranger.sign(bundles.echo("foreign.jar", "foreign", "1.0.0", "test.foreign", "x"));

        assertThatThrownBy(() -> verifier.verify(foreign)).hasMessageContaining("CN=Someone").hasMessageContaining("does not trust");
    }

    @Test
    void aChangedEntryIsRefusedAsTampered() throws Exception {
        Path tampered = TestSigning.rewrite(signedPlugin("t.jar"), work.resolve("tampered.jar"), "gflow/forms/a.form",
            bytes -> "{\"id\":\"evil\"}".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> verifier.verify(tampered)).hasMessageContaining("tampered");
    }

    @Test
    void anEntryAddedAfterSigningIsRefused() throws Exception {
        Path extended = TestSigning.rewrite(signedPlugin("e.jar"), work.resolve("extended.jar"), "gflow/forms/b.form",
            bytes -> "{\"id\":\"b\"}".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> verifier.verify(extended)).hasMessage("entry 'gflow/forms/b.form' is not signed (added after signing?)");
    }

    @Test
    void whenSignaturesAreRequiredTheHostRefusesBeforeTheFrameworkSeesTheJar() throws Exception {
        try (PluginFramework framework = PluginFramework.start(Files.createTempDirectory(work, "felix"))) {
            IntegrationRegistry registry = new IntegrationRegistry(List.of(), new DispatchSignal());
            registry.trackPlugins(framework.context());
            PluginHost host = new PluginHost(framework, Optional.of(verifier), new RecordingContributions());

            PluginRecord refused = host.installOrUpdate(bundles.echo("plain.jar", "plain", "1.0.0", "test.plain", "x"),
                PluginOrigin.DIRECTORY);
            PluginRecord accepted = host.installOrUpdate(signedPlugin("accepted.jar"), PluginOrigin.DIRECTORY);

            assertThat(refused.state()).isEqualTo(PluginState.FAILED);
            assertThat(refused.lastError()).isEqualTo("the plugin is not signed");
            assertThat(accepted.state()).isEqualTo(PluginState.ACTIVE);
            assertThat(framework.context().getBundles()).extracting(bundle -> bundle.getSymbolicName())
                .contains("signed").doesNotContain("plain");
            assertThat(registry.servedTopics()).containsExactly("test.signed");
            registry.close();
        }
    }
}
