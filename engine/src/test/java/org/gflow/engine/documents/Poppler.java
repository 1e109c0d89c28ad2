package org.gflow.engine.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reads PDFs back with poppler-utils ({@code pdftotext}, {@code pdftoppm}): an independent
 * reader, so a test sees what a citizen's PDF viewer sees, not what our library thinks it wrote.
 * Renderings are kept under {@code target/documents/} for people to look at.
 */
public final class Poppler {

    /** Where rendered pages are kept for review. */
    public static final Path OUTPUT = Path.of("target", "documents");

    private Poppler() {}

    /** The PDF's text, as {@code pdftotext} extracts it. */
    public static String text(byte[] pdf) throws IOException, InterruptedException {
        Path file = save(pdf, "extract-" + Thread.currentThread().getId() + ".pdf");
        Path text = file.resolveSibling(file.getFileName() + ".txt");
        run(List.of("pdftotext", "-enc", "UTF-8", file.toString(), text.toString()));
        return Files.readString(text, StandardCharsets.UTF_8);
    }

    /**
     * Renders the first page to {@code target/documents/<name>.png}.
     *
     * @return the PNG file
     */
    public static Path firstPagePng(byte[] pdf, String name, int dpi) throws IOException, InterruptedException {
        Path file = save(pdf, name + ".pdf");
        Path prefix = OUTPUT.resolve(name);
        run(List.of(
                "pdftoppm",
                "-png",
                "-r",
                String.valueOf(dpi),
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                file.toString(),
                prefix.toString()));
        return OUTPUT.resolve(name + ".png");
    }

    /** Keeps a PDF under {@code target/documents/}. */
    public static Path save(byte[] pdf, String fileName) throws IOException {
        Files.createDirectories(OUTPUT);
        return Files.write(OUTPUT.resolve(fileName), pdf);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(command.get(0) + " failed: " + output);
        }
    }
}
