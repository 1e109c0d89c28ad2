package org.gflow.engine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;

/**
 * The web app's browser journeys ({@code web/e2e/run.mjs}) against this test engine: Debian's
 * Chromium, headless, driven by playwright-core with the Node.js the web build installed. The
 * journeys print their steps here and leave screenshots in {@code web/target/screenshots/}. Each
 * journey makes its own data and fails on any error its pages show (see {@code web/e2e/lib.mjs}).
 */
class BrowserJourneysIT extends EngineIT {

    /** A ceiling against a hung browser, not a budget: the journeys take minutes on a busy machine. */
    private static final long TIME_LIMIT_MINUTES = 40;

    @Test
    void everyJourneyPasses() throws Exception {
        Path web = repositoryRoot().resolve("web");
        Path node = web.resolve("target/node/node");
        assertThat(node).as("Node.js from the web build (mvn -pl web install)").isExecutable();
        assertThat(web.resolve("node_modules/playwright-core"))
                .as("the web build's npm ci")
                .isDirectory();
        assertThat(Path.of("/usr/bin/chromium"))
                .as("Debian's chromium (.ci/install-test-servers)")
                .isExecutable();

        List<String> command = new ArrayList<>(List.of(node.toString(), "e2e/run.mjs", baseUrl()));
        // -Dgflow.journeys=absence,letter runs only those (all by default)
        String only = System.getProperty("gflow.journeys", "");
        if (!only.isBlank()) {
            command.addAll(List.of(only.split(",")));
        }
        Process journeys = new ProcessBuilder(command)
                .directory(web.toFile())
                .redirectErrorStream(true)
                .start();
        Thread echo = new Thread(() -> echo(journeys), "browser-journeys-output");
        echo.start();
        boolean finished = journeys.waitFor(TIME_LIMIT_MINUTES, TimeUnit.MINUTES);
        if (!finished) {
            journeys.destroyForcibly();
        }
        echo.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(finished)
                .as("journeys finished within " + TIME_LIMIT_MINUTES + " minutes")
                .isTrue();
        assertThat(journeys.exitValue())
                .as("journeys' exit code (see their output above)")
                .isZero();
    }

    private static void echo(Process process) {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            lines.lines().forEach(line -> System.out.println("[e2e] " + line));
        } catch (IOException e) {
            System.out.println("[e2e] output lost: " + e.getMessage());
        }
    }

    /** The repository root: the nearest directory above the working directory that holds .ci/. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(".ci"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No .ci/ directory above " + Path.of("").toAbsolutePath());
    }
}
