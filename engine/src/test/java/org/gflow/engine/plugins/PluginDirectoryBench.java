package org.gflow.engine.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.gflow.engine.bench.BenchmarkTable;
import org.gflow.engine.dispatch.DispatchSignal;
import org.gflow.engine.dispatch.IntegrationRegistry;
import org.gflow.engine.testing.Eventually;
import org.gflow.plugin.api.testing.RecordedCall;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugins directory's promise, measured: a jar dropped in serves its topic within 2 s, a
 * replaced jar serves its new version, a deleted one stops serving. The control is the host
 * installing the same jar directly, without the watcher. The tests only check that each change
 * is followed; how fast is measured here. Writes {@code docs/benchmarks/plugin-directory.md}.
 */
@Tag("bench")
class PluginDirectoryBench {

    private static final int ROUNDS = 10;
    private static final String TOPIC = "bench.directory";

    @TempDir
    Path work;

    @Test
    void directoryChangesAreFollowedWithinTheirPromise() throws Exception {
        List<Long> dropped = new ArrayList<>();
        List<Long> replaced = new ArrayList<>();
        List<Long> deleted = new ArrayList<>();
        List<Long> direct = new ArrayList<>();
        try (PluginFramework framework = PluginFramework.start(work.resolve("felix-cache"))) {
            IntegrationRegistry registry = new IntegrationRegistry(List.of(), new DispatchSignal());
            registry.trackPlugins(framework.context());
            PluginHost host = new PluginHost(framework, Optional.empty(), new RecordingContributions());
            TestBundles staging = new TestBundles(Files.createDirectories(work.resolve("staging")));
            Path directory = Files.createDirectories(work.resolve("plugins"));
            // the rescan is the safety net; an hour keeps it out of the figures
            try (PluginDirectoryWatcher watcher = new PluginDirectoryWatcher(directory, host, 3_600_000)) {
                watcher.start();
                for (int n = 0; n < ROUNDS; n++) {
                    int round = n;
                    Path target = directory.resolve("echo.jar");
                    Path first = staging.echo("echo.jar", "echo", "1.0." + round, TOPIC, "first-" + round);
                    dropped.add(millisUntil(() -> move(first, target), () -> replyIs(registry, "first-" + round)));
                    Path second = staging.echo("echo.jar", "echo", "1.1." + round, TOPIC, "second-" + round);
                    replaced.add(millisUntil(() -> move(second, target), () -> replyIs(registry, "second-" + round)));
                    deleted.add(millisUntil(
                            () -> Files.delete(target),
                            () -> registry.find(TOPIC).isEmpty()));
                }
            }
            for (int n = 0; n < ROUNDS; n++) {
                int round = n;
                Path jar = staging.echo("direct-" + round + ".jar", "direct", "2.0." + round, TOPIC, "direct-" + round);
                direct.add(millisUntil(
                        () -> host.installOrUpdate(jar, PluginOrigin.DIRECTORY),
                        () -> replyIs(registry, "direct-" + round)));
            }
            registry.close();
        }

        new BenchmarkTable("Plugins directory", "what", "median / max of " + ROUNDS, "budget")
                .row("jar dropped into the watched directory → its topic served", figures(dropped), "≤ 2 s")
                .row("jar replaced by a new version → the new version serves", figures(replaced), "≤ 2 s")
                .row("jar deleted → its topic no longer served", figures(deleted), "≤ 2 s")
                .row("control: the host installs the same kind of jar directly (no watcher)", figures(direct), "")
                .note(
                        "The watcher waits for a jar to be unchanged between two looks 150 ms apart before it acts, so "
                                + "a jar still being copied is never read half-written; that wait is most of the difference to the control.")
                .writeTo("plugin-directory.md");
        assertThat(dropped).hasSize(ROUNDS);
    }

    private interface Change {
        void make() throws Exception;
    }

    private static long millisUntil(Change change, BooleanSupplier done) throws Exception {
        long start = System.nanoTime();
        change.make();
        Eventually.eventually(
                "the plugins directory follows the change",
                Eventually.CEILING,
                Duration.ofMillis(1),
                done::getAsBoolean);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void move(Path from, Path to) throws Exception {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean replyIs(IntegrationRegistry registry, String expected) {
        return registry.find(TOPIC)
                .map(integration -> {
                    try {
                        return expected.equals(integration
                                .execute(RecordedCall.of(TOPIC, Map.of()))
                                .variables()
                                .get("reply"));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .orElse(false);
    }

    private static String figures(List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        return String.format("%d / %d ms", sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
    }
}
