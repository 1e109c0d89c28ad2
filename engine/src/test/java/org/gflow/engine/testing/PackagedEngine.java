package org.gflow.engine.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;

/**
 * The packaged engine ({@code target/gflow-engine.jar}) started as an operator starts it: a
 * JVM of its own on a free port, embedded defaults unless told otherwise. For benchmarks that
 * measure the whole, and for tests that kill the process and start it again on the same data.
 */
public final class PackagedEngine implements AutoCloseable {

    private final Process process;
    private final Path data;
    private final int port;

    private PackagedEngine(Process process, Path data, int port) {
        this.process = process;
        this.data = data;
        this.port = port;
    }

    /**
     * Starts the engine on a fresh data folder.
     *
     * @param jvmOptions e.g. {@code -Xmx512m}
     * @param settings extra engine settings, e.g. {@code --management.endpoints.web.exposure.include=health,metrics}
     */
    public static PackagedEngine start(List<String> jvmOptions, String... settings) throws IOException {
        return startOn(
                Files.createTempDirectory(Path.of("target").toAbsolutePath(), "packaged-"), jvmOptions, settings);
    }

    /** Starts the engine on a data folder, e.g. the one of an engine that was killed; its log is appended to. */
    public static PackagedEngine startOn(Path data, List<String> jvmOptions, String... settings) throws IOException {
        Path jar = Path.of("target/gflow-engine.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Package the engine first: " + jar + " is missing");
        }
        int port = FreePorts.next();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--gflow.data-dir=" + data));
        command.addAll(List.of(settings));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        data.resolve("engine.log").toFile()))
                .start();
        return new PackagedEngine(process, data, port);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The engine's data folder (H2 database, plugins, document files). */
    public Path dataDir() {
        return data;
    }

    /** Waits until {@code /actuator/health} says UP; fails at once if the process stops. */
    public void awaitHealthy(Duration limit) {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(2))
                .build();
        Awaitility.await("the engine is healthy; see " + log())
                .atMost(limit)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50))
                .failFast("the engine stopped; see " + log(), () -> !process.isAlive())
                .ignoreExceptionsInstanceOf(IOException.class) // not listening yet
                .until(() -> {
                    HttpResponse<String> reply = client.send(health, HttpResponse.BodyHandlers.ofString());
                    return reply.statusCode() == 200 && reply.body().contains("UP");
                });
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return data.resolve("engine.log");
    }

    /** {@code kill -9}: the JVM ends at once, with no shutdown hook and nothing flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
