package org.gflow.ldap.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.gflow.ldap.LdapDirectory;
import org.gflow.ldap.LdapSettings;
import org.gflow.ldap.embedded.EmbeddedDirectory;
import org.gflow.ldap.testing.SlapdServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Authentications and group lookups per second against the embedded directory and a real
 * slapd, with and without the membership cache. The control is a root DSE read on the same
 * pooled connection: one bare round trip, the floor for anything that asks the directory.
 * Runs only with {@code -Pbench}; writes {@code docs/benchmarks/ldap.md}.
 */
@Tag("bench")
class LdapThroughputBench {

    private static final Duration WARM_UP = Duration.ofSeconds(1);
    private static final Duration MEASURE = Duration.ofSeconds(3);

    private record Row(String directory, String what, double perSecond) {}

    private interface Target {
        LdapSettings settings();
    }

    @Test
    void measure() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (EmbeddedDirectory embedded = EmbeddedDirectory.start(0)) {
            rows.addAll(measure("embedded (UnboundID in-memory)", embedded::settings, "nalinh.bokeo", "demo"));
        }
        try (SlapdServer slapd = new SlapdServer()) {
            rows.addAll(measure("slapd (OpenLDAP, mdb)", slapd::settings, "bounleua.bk", SlapdServer.PASSWORD));
        }
        rows.forEach(row -> assertThat(row.perSecond()).as(row.toString()).isPositive());
        write(rows);
    }

    private static List<Row> measure(String name, Target target, String userId, String password) {
        List<Row> rows = new ArrayList<>();
        try (LdapDirectory uncached = new LdapDirectory(withTtl(target.settings(), Duration.ZERO));
                LdapDirectory cached = new LdapDirectory(withTtl(target.settings(), Duration.ofSeconds(60)))) {
            IdentityReader live = new IdentityReader(uncached);
            IdentityReader caching = new IdentityReader(cached);
            rows.add(new Row(name, "control: root DSE read", rate(() -> uncached.read(c -> c.getRootDSE()) != null)));
            rows.add(new Row(
                    name,
                    "authentication (search DN + bind), never cached",
                    rate(() -> live.checkPassword(userId, password))));
            rows.add(new Row(
                    name,
                    "group lookup of a user, uncached",
                    rate(() -> !live.groupsOf(userId).isEmpty())));
            rows.add(new Row(
                    name,
                    "group lookup of a user, cached (TTL 60 s)",
                    rate(() -> !caching.groupsOf(userId).isEmpty())));
        }
        return rows;
    }

    private static LdapSettings withTtl(LdapSettings settings, Duration ttl) {
        settings.setCacheTtl(ttl);
        return settings;
    }

    /** Operations per second on one thread, after a warm-up; every call must succeed. */
    private static double rate(BooleanSupplier operation) {
        run(operation, WARM_UP);
        long start = System.nanoTime();
        long count = run(operation, MEASURE);
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private static long run(BooleanSupplier operation, Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        long count = 0;
        while (System.nanoTime() < end) {
            if (!operation.getAsBoolean()) {
                throw new AssertionError("a benchmarked operation failed");
            }
            count++;
        }
        return count;
    }

    private static void write(List<Row> rows) throws IOException {
        StringBuilder md = new StringBuilder()
                .append("# LDAP identity throughput\n\n")
                .append("Written by `LdapThroughputBench` (`mvn -Pbench -pl ldap verify`). One thread, ")
                .append(WARM_UP.toSeconds())
                .append(" s warm-up, ")
                .append(MEASURE.toSeconds())
                .append(" s measured per row.\n")
                .append("The control is a bare root DSE read over the same pool: one round trip.\n\n")
                .append("- date: ")
                .append(LocalDate.now())
                .append('\n')
                .append("- machine: ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" CPUs (nproc), ")
                .append(memory())
                .append(", Java ")
                .append(System.getProperty("java.version"))
                .append("\n\n")
                .append("| directory | operation | per second |\n| --- | --- | ---: |\n");
        for (Row row : rows) {
            md.append("| ")
                    .append(row.directory())
                    .append(" | ")
                    .append(row.what())
                    .append(" | ")
                    .append(String.format("%,.0f", row.perSecond()))
                    .append(" |\n");
        }
        Path file = repositoryRoot().resolve("docs/benchmarks/ldap.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, md);
    }

    private static String memory() throws IOException {
        Path meminfo = Path.of("/proc/meminfo");
        if (!Files.exists(meminfo)) {
            return "memory unknown";
        }
        String total = Files.readAllLines(meminfo).get(0).replaceAll("\\D+", "");
        return Math.round(Long.parseLong(total) / 1024.0 / 1024.0) + " GiB memory";
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve(".ci"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "No folder with .ci/ above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
