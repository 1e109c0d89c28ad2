package org.gflow.engine.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.gflow.engine.dispatch.DispatchSignal;
import org.gflow.engine.dispatch.IntegrationRegistry;
import org.gflow.plugin.api.Integration;
import org.gflow.plugin.api.testing.RecordedCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host with a real Felix framework and real bundles built by bnd. */
class PluginHostTest {

    @TempDir
    Path work;

    private PluginFramework framework;
    private PluginHost host;
    private IntegrationRegistry registry;
    private final RecordingContributions contributions = new RecordingContributions();
    private TestBundles bundles;

    @BeforeEach
    void startFramework() throws Exception {
        framework = PluginFramework.start(work.resolve("felix-cache"));
        registry = new IntegrationRegistry(List.of(), new DispatchSignal());
        registry.trackPlugins(framework.context());
        host = new PluginHost(framework, Optional.empty(), contributions);
        bundles = new TestBundles(java.nio.file.Files.createDirectories(work.resolve("jars")));
    }

    @AfterEach
    void stopFramework() {
        registry.close();
        framework.close();
    }

    private Object reply(String topic) throws Exception {
        Integration integration = registry.find(topic).orElseThrow();
        return integration.execute(RecordedCall.of(topic, Map.of())).variables().get("reply");
    }

    @Test
    void installUpdateAndUninstallChangeWhatServesTheTopic() throws Exception {
        // 1. install: active, its topic served by its code
        PluginRecord installed = host.installOrUpdate(
                bundles.echo("echo.jar", "echo", "1.0.0", "test.echo", "v1"), PluginOrigin.DIRECTORY);
        assertThat(installed.state()).isEqualTo(PluginState.ACTIVE);
        assertThat(registry.topicsOfBundle(installed.bundleId())).containsExactly("test.echo");
        assertThat(reply("test.echo")).isEqualTo("v1");
        Integration oldCode = registry.find("test.echo").orElseThrow();

        // 2. update: new calls reach the new version; a call holding the old object still completes
        PluginRecord updated = host.installOrUpdate(
                bundles.echo("echo.jar", "echo", "1.1.0", "test.echo", "v2"), PluginOrigin.DIRECTORY);
        assertThat(updated.version()).isEqualTo("1.1.0");
        assertThat(reply("test.echo")).isEqualTo("v2");
        assertThat(oldCode.execute(RecordedCall.of("test.echo", Map.of())).variables())
                .containsEntry("reply", "v1");

        // 3. uninstall: nobody serves the topic
        assertThat(host.uninstall("echo")).isTrue();
        assertThat(registry.find("test.echo")).isEmpty();
        assertThat(registry.servedTopics()).isEmpty();
        assertThat(host.records()).isEmpty();
        assertThat(contributions.events)
                .containsExactly("publish echo []", "withdraw echo", "publish echo []", "withdraw echo");
    }

    @Test
    void brokenJarsAreRecordedWithTheirReasonAndTheOthersRun() throws Exception {
        host.installOrUpdate(bundles.plainJar("plain.jar"), PluginOrigin.DIRECTORY);
        host.installOrUpdate(bundles.unresolvable("unresolvable.jar"), PluginOrigin.DIRECTORY);
        host.installOrUpdate(bundles.throwingOnStart("throwing.jar"), PluginOrigin.DIRECTORY);
        host.installOrUpdate(bundles.echo("echo.jar", "echo", "1.0.0", "test.echo", "ok"), PluginOrigin.DIRECTORY);

        assertThat(host.record("plain").orElseThrow().lastError()).contains("not an OSGi bundle");
        assertThat(host.record("unresolvable-plugin").orElseThrow())
                .satisfies(record -> assertThat(record.state()).isEqualTo(PluginState.FAILED))
                .satisfies(record -> assertThat(record.lastError()).contains("org.example.missing"));
        assertThat(host.record("throwing-plugin").orElseThrow().lastError()).contains("registry URL is not configured");
        // each failure of a kind the admin page names in the reader's language
        assertThat(Stream.of("plain", "unresolvable-plugin", "throwing-plugin")
                        .map(id -> host.record(id).orElseThrow().failure()))
                .containsExactly(
                        PluginFailure.NOT_A_PLUGIN, PluginFailure.MISSING_DEPENDENCY, PluginFailure.START_FAILED);
        assertThat(host.record("echo").orElseThrow().state()).isEqualTo(PluginState.ACTIVE);
        assertThat(host.record("echo").orElseThrow().failure()).isNull();
        assertThat(reply("test.echo")).isEqualTo("ok");
    }

    @Test
    void stopAndStartTakeTheTopicAwayAndBringItBack() throws Exception {
        host.installOrUpdate(bundles.echo("echo.jar", "echo", "1.0.0", "test.echo", "v1"), PluginOrigin.DIRECTORY);

        assertThat(host.stop("echo")).get().extracting(PluginRecord::state).isEqualTo(PluginState.STOPPED);
        assertThat(registry.find("test.echo")).isEmpty();

        assertThat(host.start("echo")).get().extracting(PluginRecord::state).isEqualTo(PluginState.ACTIVE);
        assertThat(reply("test.echo")).isEqualTo("v1");
        assertThat(host.stop("nobody")).isEmpty();
    }

    @Test
    void resourcesAreListedAndDeployableOnesHandedOver() throws Exception {
        Path jar = bundles.echoWithResources(
                "forms.jar",
                "forms-plugin",
                "2.0.0",
                "test.forms",
                "x",
                Map.of(
                        "gflow/forms/permit-review.form", "{\"id\":\"permit-review\",\"components\":[]}",
                        "gflow/processes/fee.dmn", "<definitions/>",
                        "gflow/element-templates/test-forms.json", "{\"id\":\"t\"}",
                        "gflow/documents/certificate-x.json", "{}",
                        "gflow/messages_lo.properties", "a=ກ"));

        PluginRecord record = host.installOrUpdate(jar, PluginOrigin.DIRECTORY);

        assertThat(record.forms()).containsExactly("permit-review.form");
        assertThat(record.processes()).containsExactly("fee.dmn");
        assertThat(record.elementTemplates()).containsExactly("test-forms.json");
        assertThat(record.documents()).containsExactly("certificate-x.json");
        assertThat(record.messages()).containsExactly("messages_lo.properties");
        assertThat(host.elementTemplates("forms-plugin")).containsOnlyKeys("test-forms.json");
        assertThat(contributions.events)
                .containsExactly("publish forms-plugin [gflow/forms/permit-review.form, gflow/processes/fee.dmn]");
    }

    @Test
    void aJarWithForeignResourcesIsRefusedBeforeTheFramework() throws Exception {
        Path jar =
                bundles.echoWithResources("odd.jar", "odd", "1.0.0", "test.odd", "x", Map.of("config/secret.txt", "x"));

        PluginRecord record = host.installOrUpdate(jar, PluginOrigin.DIRECTORY);

        assertThat(record.state()).isEqualTo(PluginState.FAILED);
        assertThat(record.lastError()).contains("unexpected entry 'config/secret.txt'");
        assertThat(framework.context().getBundles()).hasSize(1);
    }

    @Test
    void declaredFactoriesServeTheirTopicsWithTheirSettingsAndTextsUntilThePluginStops() throws Exception {
        Path jar = bundles.declared(
                "greeting.jar",
                "greeting",
                "1.0.0",
                List.of("GreetingFactory"),
                Map.of(
                        "gflow/settings.json", "[{\"key\": \"greeting\", \"default\": \"ສະບາຍດີ\"}]",
                        "gflow/messages_lo.properties", "greeting.suffix=!"));

        PluginRecord record = host.installOrUpdate(jar, PluginOrigin.DIRECTORY);

        assertThat(record.state()).isEqualTo(PluginState.ACTIVE);
        assertThat(reply("test.greeting")).isEqualTo("ສະບາຍດີ!");
        assertThat(host.messages("greeting").orElseThrow().text("greeting.suffix"))
                .isEqualTo("!");
        host.stop("greeting");
        assertThat(registry.find("test.greeting")).isEmpty();
        host.start("greeting");
        assertThat(reply("test.greeting")).isEqualTo("ສະບາຍດີ!");
    }

    @Test
    void aFailingFactoryLeavesNoneOfThePluginsTopicsServed() throws Exception {
        Path jar = bundles.declared(
                "half.jar",
                "half",
                "1.0.0",
                List.of("GreetingFactory", "FailingFactory"),
                Map.of("gflow/settings.json", "[{\"key\": \"greeting\", \"default\": \"x\"}]"));

        PluginRecord record = host.installOrUpdate(jar, PluginOrigin.DIRECTORY);

        assertThat(record.state()).isEqualTo(PluginState.FAILED);
        assertThat(record.lastError()).contains("the registry extract is missing");
        assertThat(registry.find("test.greeting")).isEmpty();
    }

    @Test
    void aPluginMissingARequiredSettingIsRefusedBeforeTheFramework() throws Exception {
        Path jar = bundles.declared(
                "needy.jar",
                "needy",
                "1.0.0",
                List.of("GreetingFactory"),
                Map.of("gflow/settings.json", "[{\"key\": \"greeting\", \"required\": true}]"));

        PluginRecord record = host.installOrUpdate(jar, PluginOrigin.DIRECTORY);

        assertThat(record.state()).isEqualTo(PluginState.FAILED);
        assertThat(record.failure()).isEqualTo(PluginFailure.SETTINGS_INVALID);
        assertThat(record.lastError())
                .isEqualTo(
                        "settings of needy refused: required setting 'greeting' is missing: "
                                + "set gflow.plugins.config.needy.greeting or the environment variable GFLOW_PLUGINS_CONFIG_NEEDY_GREETING");
        assertThat(framework.context().getBundles()).hasSize(1);
    }

    @Test
    void aBundledPluginYieldsToTheDirectorysOwn() throws Exception {
        host.installOrUpdate(
                bundles.echo("mine.jar", "echo", "2.0.0", "test.echo", "directory"), PluginOrigin.DIRECTORY);
        Path bundled = new TestBundles(java.nio.file.Files.createDirectories(work.resolve("bundled")))
                .echo("echo.jar", "echo", "1.0.0", "test.echo", "bundled");

        assertThat(host.installBundled(bundled)).isEmpty();
        assertThat(reply("test.echo")).isEqualTo("directory");
    }
}
