package org.gflow.engine.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.gflow.engine.dispatch.DispatchSignal;
import org.gflow.engine.dispatch.IntegrationRegistry;
import org.gflow.engine.testing.Eventually;
import org.gflow.plugin.api.testing.RecordedCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drop in, replace and delete jars in a watched directory, as an operator would. */
class PluginDirectoryWatcherTest {

    /**
     * The safety-net rescan is far slower here than the tests' ceiling for any wait, so a change
     * that is followed proves the watch service did the work. How fast it is followed (the
     * promised 2 s) is a benchmark's question, not a test's.
     */
    private static final long SLOW_SCAN_MILLIS = Duration.ofHours(1).toMillis();

    @TempDir
    Path work;

    private PluginFramework framework;
    private IntegrationRegistry registry;
    private PluginHost host;
    private PluginDirectoryWatcher watcher;
    private Path directory;
    private TestBundles staging;

    @BeforeEach
    void start() throws Exception {
        framework = PluginFramework.start(work.resolve("felix-cache"));
        registry = new IntegrationRegistry(List.of(), new DispatchSignal());
        registry.trackPlugins(framework.context());
        host = new PluginHost(framework, Optional.empty(), new RecordingContributions());
        directory = work.resolve("plugins");
        staging = new TestBundles(Files.createDirectories(work.resolve("staging")));
    }

    @AfterEach
    void stop() {
        if (watcher != null) {
            watcher.close();
        }
        registry.close();
        framework.close();
    }

    @Test
    void jarsAlreadyThereAreInstalledBeforeStartReturns() throws Exception {
        Files.createDirectories(directory);
        Files.move(staging.echo("echo.jar", "echo", "1.0.0", "test.echo", "v1"), directory.resolve("echo.jar"));
        Files.writeString(directory.resolve("notes.txt"), "not a jar: ignored");

        watcher = new PluginDirectoryWatcher(directory, host, SLOW_SCAN_MILLIS);
        watcher.start();

        assertThat(host.record("echo")).get().extracting(PluginRecord::state).isEqualTo(PluginState.ACTIVE);
        assertThat(host.records()).hasSize(1);
    }

    @Test
    void dropReplaceAndDeleteAreFollowedWithoutWaitingForARescan() throws Exception {
        watcher = new PluginDirectoryWatcher(directory, host, SLOW_SCAN_MILLIS);
        watcher.start();

        // 1. drop in
        Files.move(staging.echo("echo.jar", "echo", "1.0.0", "test.echo", "v1"), directory.resolve("echo.jar"));
        eventually(() -> replyIs("v1"));

        // 2. replace with a newer build
        Files.move(
                staging.echo("echo.jar", "echo", "1.1.0", "test.echo", "v2"),
                directory.resolve("echo.jar"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        eventually(() -> replyIs("v2"));
        assertThat(host.record("echo").orElseThrow().version()).isEqualTo("1.1.0");

        // 3. delete
        Files.delete(directory.resolve("echo.jar"));
        eventually(() -> registry.find("test.echo").isEmpty() && host.records().isEmpty());
    }

    @Test
    void aJarStillBeingWrittenIsNeverInstalledHalfWritten() throws Exception {
        // The scans are driven by the test, one look at a time, with no watcher thread: what a
        // look sees is then decided by the test, not by how fast the machine is.
        watcher = new PluginDirectoryWatcher(directory, host, SLOW_SCAN_MILLIS);
        Files.createDirectories(directory);
        byte[] jar = Files.readAllBytes(staging.echo("echo.jar", "echo", "1.0.0", "test.echo", "whole"));
        Path target = directory.resolve("echo.jar");

        // 1. a slow copy, as over a network share: the first half is there at the first look
        Files.write(target, Arrays.copyOf(jar, jar.length / 2));
        assertThat(watcher.scan()).as("a jar seen once is still changing").isTrue();
        assertThat(host.records()).as("nothing installed from a jar seen once").isEmpty();

        // 2. the rest arrives before the second look: the jar changed since, so it is looked at again
        Files.write(target, jar);
        assertThat(watcher.scan())
                .as("a jar that changed since the last look is still changing")
                .isTrue();
        assertThat(host.records())
                .as("nothing installed from a jar that was still changing")
                .isEmpty();

        // 3. unchanged between two looks: now it is installed, whole, and only now
        assertThat(watcher.scan()).as("the jar has settled").isFalse();
        assertThat(replyIs("whole")).isTrue();
        assertThat(host.records()).extracting(PluginRecord::id).containsExactly("echo");
        assertThat(host.record("echo").orElseThrow().lastError()).isNull();
    }

    @Test
    void aBrokenJarIsReportedAndFixingItInstallsIt() throws Exception {
        watcher = new PluginDirectoryWatcher(directory, host, SLOW_SCAN_MILLIS);
        watcher.start();
        Files.move(staging.plainJar("echo.jar"), directory.resolve("echo.jar"));
        eventually(() -> host.record("echo")
                .map(record -> record.state() == PluginState.FAILED)
                .orElse(false));

        Files.move(
                staging.echo("echo.jar", "echo", "1.0.0", "test.echo", "fixed"),
                directory.resolve("echo.jar"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        eventually(() -> replyIs("fixed"));
        assertThat(host.record("echo").orElseThrow().lastError()).isNull();
    }

    private boolean replyIs(String expected) {
        return registry.find("test.echo")
                .map(integration -> {
                    try {
                        return expected.equals(integration
                                .execute(RecordedCall.of("test.echo", Map.of()))
                                .variables()
                                .get("reply"));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .orElse(false);
    }

    private static void eventually(BooleanSupplier condition) {
        Eventually.eventually("the watcher follows the directory", condition::getAsBoolean);
    }
}
