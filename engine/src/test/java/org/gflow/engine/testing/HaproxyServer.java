package org.gflow.engine.testing;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;

/**
 * A real HAProxy (Debian's package) in front of engine nodes, as a ministry would run two: each
 * request balanced round robin on its own (the connection to a node closes after each answer), a
 * node that fails its health check taken out within a second, and a request whose connection to a
 * node could not even be opened sent to the other node — never one that reached a node, which
 * might have been done there already.
 */
public final class HaproxyServer implements AutoCloseable {

    private static final String STATISTICS = "/haproxy-statistics";

    private final Process process;
    private final int port;
    private final Path log;

    private HaproxyServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts HAProxy on a free loopback port in front of the engines at these base URLs. */
    public static HaproxyServer start(List<String> nodeBaseUrls) throws IOException {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "haproxy-");
        int port = FreePorts.next();
        StringBuilder config = new StringBuilder("""
            global
              maxconn 1024
            defaults
              mode http
              timeout connect 2s
              timeout client 2m
              timeout server 2m
              option http-server-close
              retries 3
              option redispatch
              retry-on conn-failure
            frontend gflow
              bind 127.0.0.1:%d
              stats enable
              stats uri %s
              default_backend engines
            backend engines
              balance roundrobin
              option httpchk GET /actuator/health
              http-check expect status 200
            """.formatted(port, STATISTICS));
        for (int i = 0; i < nodeBaseUrls.size(); i++) {
            URI node = URI.create(nodeBaseUrls.get(i));
            config.append("  server node")
                    .append(i + 1)
                    .append(' ')
                    .append(node.getHost())
                    .append(':')
                    .append(node.getPort())
                    .append(" check inter 500 fall 2 rise 2\n");
        }
        Path file = dir.resolve("haproxy.cfg");
        Files.writeString(file, config);
        Path log = dir.resolve("haproxy.log");
        Process process = new ProcessBuilder("haproxy", "-db", "-f", file.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        HaproxyServer proxy = new HaproxyServer(process, port, log);
        Awaitility.await("HAProxy listens; see " + log)
                .atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(50))
                .failFast("HAProxy stopped; see " + log, () -> !process.isAlive())
                .ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    try (Socket ignored = new Socket("127.0.0.1", port)) {
                        return true;
                    }
                });
        return proxy;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** How many requests HAProxy has sent each node so far, by node name ({@code node1}, {@code node2}, …). */
    public Map<String, Long> requestsPerNode() throws IOException, InterruptedException {
        HttpResponse<String> statistics = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + STATISTICS + ";csv"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        List<String> lines = statistics.body().lines().toList();
        List<String> columns =
                Arrays.asList(lines.get(0).replaceFirst("^# ", "").split(","));
        int proxyName = columns.indexOf("pxname");
        int serverName = columns.indexOf("svname");
        int sessions = columns.indexOf("stot"); // one server session per request: the connection closes after each
        Map<String, Long> requests = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            if (fields.length > sessions
                    && fields[proxyName].equals("engines")
                    && fields[serverName].startsWith("node")) {
                requests.put(fields[serverName], Long.parseLong(fields[sessions]));
            }
        }
        return requests;
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
