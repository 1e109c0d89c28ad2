package org.gflow.engine.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server (Debian's package) for the engine's tests: a fresh cluster under
 * {@code target/}, on a free loopback port, with trust authentication, stopped and deleted
 * at the end. PostgreSQL refuses to run as root, so as root it runs as the {@code postgres}
 * system user.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String DATABASE = "gflow";
    public static final String USER = "gflow";

    private final Path dataDir;
    private final Path socketDir;
    private final int port;
    private final Path bin;

    private PostgresServer(Path dataDir, Path socketDir, int port, Path bin) {
        this.dataDir = dataDir;
        this.socketDir = socketDir;
        this.port = port;
        this.bin = bin;
    }

    /** Initialises and starts a new cluster with an empty {@value #DATABASE} database. */
    public static PostgresServer start() throws IOException, InterruptedException {
        Path bin = findBin();
        Path root = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "postgres-");
        Path dataDir = root.resolve("data");
        Path socketDir = root.resolve("socket");
        Files.createDirectories(socketDir);
        PostgresServer server = new PostgresServer(dataDir, socketDir, FreePorts.next(), bin);
        server.chownForPostgres(root);
        server.run(
                bin.resolve("initdb").toString(),
                "-D",
                dataDir.toString(),
                "-U",
                USER,
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8");
        server.startServer();
        server.run(
                bin.resolve("createdb").toString(),
                "-h",
                "127.0.0.1",
                "-p",
                String.valueOf(server.port),
                "-U",
                USER,
                DATABASE);
        return server;
    }

    /**
     * The settings that start an engine in this JVM on this server, as the benchmarks do: the test
     * and postgres profiles, its own data folder and engine name.
     */
    public Map<String, Object> engineSettings(String dataDir, String engineName) {
        return Map.of(
                "spring.profiles.active",
                "test,postgres",
                "gflow.db.url",
                jdbcUrl(),
                "gflow.db.user",
                USER,
                "gflow.db.password",
                "",
                "gflow.data-dir",
                dataDir,
                "camunda.bpm.process-engine-name",
                engineName);
    }

    /** The command-line settings that connect an engine to this server (its profile is the caller's). */
    public List<String> connectionArguments() {
        return List.of("--gflow.db.url=" + jdbcUrl(), "--gflow.db.user=" + USER, "--gflow.db.password=");
    }

    /** The settings of a packaged engine on this server: the postgres profile, the connection, then {@code more}. */
    public String[] packagedEngineArguments(String... more) {
        List<String> arguments = new ArrayList<>();
        arguments.add("--spring.profiles.active=postgres");
        arguments.addAll(connectionArguments());
        arguments.addAll(List.of(more));
        return arguments.toArray(String[]::new);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public void startServer() throws IOException, InterruptedException {
        run(
                bin.resolve("pg_ctl").toString(),
                "-D",
                dataDir.toString(),
                "-w",
                "-t",
                "60",
                "-l",
                dataDir.getParent().resolve("server.log").toString(),
                "-o",
                "-p " + port + " -k " + socketDir + " -c listen_addresses=127.0.0.1 -c fsync=off",
                "start");
    }

    public void stopServer() throws IOException, InterruptedException {
        run(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-w", "-m", "fast", "stop");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stopServer();
        } finally {
            try (Stream<Path> files = Files.walk(dataDir.getParent())) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private void run(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        if (isRoot()) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("PostgreSQL command failed: " + String.join(" ", line) + "\n" + output);
        }
    }

    private void chownForPostgres(Path root) throws IOException, InterruptedException {
        if (isRoot()) {
            Process chown = new ProcessBuilder("chown", "-R", "postgres:postgres", root.toString())
                    .inheritIO()
                    .start();
            if (chown.waitFor() != 0) {
                throw new IOException("Cannot hand " + root + " to the postgres user");
            }
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Path findBin() throws IOException {
        Path base = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(base)) {
            throw new IllegalStateException(
                    "PostgreSQL is not installed: run .ci/install-test-servers " + "(Debian package postgresql)");
        }
        try (Stream<Path> versions = Files.list(base)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new IllegalStateException("No PostgreSQL server binaries under " + base));
        }
    }
}
