package org.gflow.engine.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Writes one benchmark's Markdown table, with the date and the machine, under docs/benchmarks/. */
public final class BenchmarkTable {

    private final String title;
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public BenchmarkTable(String title, String... header) {
        this.title = title;
        this.header = List.of(header);
    }

    public BenchmarkTable row(Object... cells) {
        rows.add(java.util.Arrays.stream(cells).map(String::valueOf).toList());
        return this;
    }

    public BenchmarkTable note(String note) {
        notes.add(note);
        return this;
    }

    public void writeTo(String fileName) {
        StringBuilder out = new StringBuilder("# ")
                .append(title)
                .append("\n\n")
                .append("Measured ")
                .append(LocalDate.now())
                .append(" on ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, ")
                .append(physicalMemoryGiB())
                .append(" GiB, Java ")
                .append(System.getProperty("java.version"))
                .append(", by `mvn -Pbench verify`.\n\n");
        out.append("| ").append(String.join(" | ", header)).append(" |\n|");
        header.forEach(h -> out.append(" --- |"));
        out.append('\n');
        rows.forEach(row -> out.append("| ").append(String.join(" | ", row)).append(" |\n"));
        notes.forEach(note -> out.append("\n").append(note).append('\n'));
        try {
            Path dir = repositoryRoot().resolve("docs/benchmarks");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(fileName), out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long physicalMemoryGiB() {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return Math.round(os.getTotalMemorySize() / (1024.0 * 1024 * 1024));
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(".ci"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Not inside the G-Flow repository");
    }
}
