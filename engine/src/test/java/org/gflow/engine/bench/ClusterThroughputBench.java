package org.gflow.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gflow.engine.bench.NeutralWorkload.basicAuthorization;
import static org.gflow.engine.bench.NeutralWorkload.driveCases;
import static org.gflow.engine.bench.NeutralWorkload.spread;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gflow.engine.bench.NeutralWorkload.Target;
import org.gflow.engine.testing.HaproxyServer;
import org.gflow.engine.testing.PackagedEngine;
import org.gflow.engine.testing.PostgresServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two packaged engine nodes against one, on the same PostgreSQL, each behind its own HAProxy:
 * the neutral REST workload through the proxy that balances over both nodes and through the proxy
 * that sends everything to one of them, alternated, three rounds per client count. Both nodes run
 * the whole time, so the one-node runs pay for an idle second JVM as the two-node runs do.
 * Writes {@code docs/benchmarks/cluster.md}. That a killed node loses and doubles nothing is
 * {@code TwoNodeClusterIT}'s to prove, in every test run.
 */
@Tag("bench")
class ClusterThroughputBench {

    private static final List<String> JVM = List.of("-Xmx512m");
    private static final Duration START_LIMIT = Duration.ofMinutes(5);
    private static final List<Integer> CLIENTS = List.of(4, 16);
    /** Per node: enough for the packaged JVMs' compilers, so that neither side is measured cold. */
    private static final int WARM_UP_CASES = 1000;

    private static final int MEASURED_CASES = 400;
    private static final int ROUNDS = 3;

    @Test
    void twoNodesAgainstOne() throws Exception {
        try (PostgresServer postgres = PostgresServer.start()) {
            String[] settings = postgres.packagedEngineArguments();
            // one after the other: the first creates the schema and deploys the models, the second joins
            try (PackagedEngine first = PackagedEngine.start(JVM, settings)) {
                first.awaitHealthy(START_LIMIT);
                try (PackagedEngine second = PackagedEngine.start(JVM, settings)) {
                    second.awaitHealthy(START_LIMIT);
                    try (HaproxyServer both = HaproxyServer.start(List.of(first.baseUrl(), second.baseUrl()));
                            HaproxyServer one = HaproxyServer.start(List.of(first.baseUrl()))) {
                        measure(through(one), through(both), both);
                    }
                }
            }
        }
    }

    private static void measure(Target oneNode, Target twoNodes, HaproxyServer both) throws Exception {
        oneNode.deployModel();
        // through the balancing proxy: each node gets the same warm-up
        driveCases(twoNodes, CLIENTS.get(0), 2 * WARM_UP_CASES);
        BenchmarkTable table = new BenchmarkTable(
                "Two engine nodes against one, on one PostgreSQL, through HAProxy",
                "clients",
                "one node, requests/s, median (min–max)",
                "two nodes, requests/s, median (min–max)",
                "two ÷ one, median (min–max)",
                "goal");
        for (int clients : CLIENTS) {
            List<double[]> rounds = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) {
                double oneRate = driveCases(oneNode, clients, MEASURED_CASES);
                double twoRate = driveCases(twoNodes, clients, MEASURED_CASES);
                rounds.add(new double[] {oneRate, twoRate, twoRate / oneRate});
            }
            table.row(
                    clients + " clients",
                    spread(rounds, 0, "%.0f"),
                    spread(rounds, 1, "%.0f"),
                    spread(rounds, 2, "%.2f×"),
                    "≥ 1.0×");
        }
        Map<String, Long> served = both.requestsPerNode();
        assertThat(served.values())
                .as("requests each node was sent")
                .allSatisfy(n -> assertThat(n).isPositive());
        table.note("Workload: the REST benchmark's neutral one (`rest.md`) — start a case of a trivial model, find "
                        + "its task, complete it — as `admin` with HTTP Basic; " + MEASURED_CASES + " cases ("
                        + 3 * MEASURED_CASES + " requests) per run after " + WARM_UP_CASES
                        + " warm-up cases per node, through the balancing proxy. Every request of every "
                        + "run succeeded (a failed one stops the benchmark).")
                .note("Two packaged engines (`-Xmx512m`, the `postgres` profile) on one Debian PostgreSQL, both "
                        + "running throughout; one HAProxy balances over both (round robin, health-checked), another "
                        + "sends to the first node only. Requests the balancing proxy sent to each node: " + served
                        + ".")
                .note(String.format(
                        "System load average at the end: %.1f. All of it — both nodes, PostgreSQL, HAProxy and the "
                                + "clients — shares one machine's %d cores, so a second node adds no CPU here: on "
                                + "this machine the ratio shows what the cluster costs, not what it gains on "
                                + "separate hosts.",
                        NeutralWorkload.loadAverage(), Runtime.getRuntime().availableProcessors()))
                .writeTo("cluster.md");
    }

    private static Target through(HaproxyServer proxy) {
        return new Target(URI.create(proxy.baseUrl() + "/engine-rest"), basicAuthorization("admin", "demo"));
    }
}
