package org.gflow.engine.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.gflow.engine.dispatch.DispatchSignal;
import org.gflow.engine.dispatch.IntegrationRegistry;
import org.gflow.plugin.api.testing.RecordedCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drop in, replace and delete jars in a watched directory, as an operator would. */
class PluginDirectoryWatcherTest {

    /** The brief's promise: a dropped-in plugin serves its topics within 2 s. */
    private static final Duration PROMISED = Duration.ofSeconds(2);
    /** The safety-net rescan is slow here, so passing proves the watch service did the work. */
    private static final long SLOW_SCAN_MILLIS = 60_000;

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
        watcher.close();
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
    void dropReplaceAndDeleteAreFollowedWithinTwoSeconds() throws Exception {
        watcher = new PluginDirectoryWatcher(directory, host, SLOW_SCAN_MILLIS);
        watcher.start();

        // 1. drop in
        Files.move(staging.echo("echo.jar", "echo", "1.0.0", "test.echo", "v1"), directory.resolve("echo.jar"));
        assertWithinPromise(() -> replyIs("v1"));

        // 2. replace with a newer build
        Files.move(staging.echo("echo.jar", "echo", "1.1.0", "test.echo", "v2"), directory.resolve("echo.jar"),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertWithinPromise(() -> replyIs("v2"));
        assertThat(host.record("echo").orElseThrow().version()).isEqualTo("1.1.0");

        // 3. delete
        Files.delete(directory.resolve("echo.jar"));
        assertWithinPromise(() -> registry.find("test.echo").isEmpty() && host.records().isEmpty());
    }

    @Test
    void aJarWrittenInTwoStepsEndsUpInstalledWhole() throws Exception {
        watcher = new PluginDirectoryWatcher(directory, host, SLOW_SCAN_MILLIS);
        watcher.start();
        byte[] jar = Files.readAllBytes(staging.echo("echo.jar", "echo", "1.0.0", "test.echo", "whole"));
        Path target = directory.resolve("echo.jar");

        // a slow copy: half now, the rest a while later, as over a network share
        Files.write(target, java.util.Arrays.copyOf(jar, jar.length / 2));
        Thread.sleep(60);
        Files.write(target, jar);

        assertWithinPromise(() -> replyIs("whole"));
        assertThat(host.records()).extracting(PluginRecord::id).containsExactly("echo");
    }

    @Test
    void aBrokenJarIsReportedAndFixingItInstallsIt() throws Exception {
        watcher = new PluginDirectoryWatcher(directory, host, SLOW_SCAN_MILLIS);
        watcher.start();
        Files.move(staging.plainJar("echo.jar"), directory.resolve("echo.jar"));
        assertWithinPromise(() -> host.record("echo").map(record -> record.state() == PluginState.FAILED).orElse(false));

        Files.move(staging.echo("echo.jar", "echo", "1.0.0", "test.echo", "fixed"), directory.resolve("echo.jar"),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertWithinPromise(() -> replyIs("fixed"));
        assertThat(host.record("echo").orElseThrow().lastError()).isNull();
    }

    private boolean replyIs(String expected) {
        return registry.find("test.echo").map(integration -> {
            try {
                return expected.equals(integration.execute(RecordedCall.of("test.echo", Map.of())).variables().get("reply"));
            } catch (Exception e) {
                return false;
            }
        }).orElse(false);
    }

    private static void assertWithinPromise(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PROMISED.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("not done within %s", PROMISED).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
