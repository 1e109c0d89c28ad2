package org.gflow.engine.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.gflow.engine.bench.BenchmarkTable;
import org.gflow.engine.documents.archive.DatabasePdfStore;
import org.gflow.engine.documents.layout.DocumentKind;
import org.gflow.engine.documents.layout.DocumentLayout;
import org.gflow.engine.documents.layout.LayoutRegistry;
import org.gflow.engine.documents.render.CaseValues;
import org.gflow.engine.documents.render.DocumentStamp;
import org.gflow.engine.documents.render.FilledDocument;
import org.gflow.engine.documents.render.LaoFonts;
import org.gflow.engine.documents.render.LayoutFiller;
import org.gflow.engine.documents.render.OfficialDocumentRenderer;
import org.gflow.engine.testing.GFlowDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Certificates per second on one thread: the whole issue step (check, serial, render, hash,
 * archive on in-memory H2), the rendering alone, and as control the same certificate rendered as a
 * draft (no serial, no QR code), all measured in one run. Writes {@code docs/benchmarks/documents.md}.
 */
@Tag("bench")
class DocumentBench {

    private static final int WARM_UP = 300;
    private static final int MEASURED = 1500;

    @Test
    void certificatesPerSecondOnOneThread() {
        DocumentLayout layout = LayoutRegistry.withDefaults().layoutFor(DocumentKind.CERTIFICATE, null);
        LayoutFiller filler = new LayoutFiller(LaoFonts.get());
        OfficialDocumentRenderer renderer = new OfficialDocumentRenderer();
        DocumentService service =
                DocumentServiceTest.service(GFlowDatabase.create(), DatabasePdfStore::new, Clock.systemUTC());

        IntConsumer issue = n -> service.issue(DocumentServiceTest.certificateRequest("bench-" + n));
        IntConsumer render = n -> renderer.render(fill(filler, layout), DocumentSamples.stamp("C-2026-" + n));
        IntConsumer control = n -> renderer.render(
                fill(filler, layout),
                DocumentStamp.draft(DocumentSamples.stamp("C").issuedAt()));

        long[] issued = measure(issue, 0);
        long[] rendered = measure(render, 0);
        long[] controlled = measure(control, 0);

        BenchmarkTable table = new BenchmarkTable(
                        "Documents: certificates per second, one thread",
                        "what",
                        "certificates/s (mean)",
                        "certificates/s (median)",
                        "mean ms",
                        "p50 ms",
                        "p95 ms")
                .row(figures("issue step: check, serial, render, SHA-256, archive (H2 in memory)", issued))
                .row(figures("render a certificate (Lao shaping, ICU line breaks, QR code)", rendered))
                .row(figures("control: the same certificate as a draft (no serial, no QR code)", controlled))
                .note("One thread, so one core's worth: " + MEASURED + " certificates each after " + WARM_UP
                        + " to warm up. Budget: at least 100 certificates per second. System load average at the end: "
                        + String.format(
                                Locale.ROOT,
                                "%.1f",
                                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                        + " (the median is the figure to trust on a shared machine).")
                .note(
                        "The share of a permit case's end-to-end time spent in the document step comes from the"
                                + " engine's benchmark, which reads the engine's `gflow.documents.issued` timer before and after its run.");
        table.writeTo("documents.md");
        assertThat(perSecond(issued)).isPositive();
    }

    private static FilledDocument fill(LayoutFiller filler, DocumentLayout layout) {
        return filler.fill(layout, new CaseValues(DocumentSamples.certificate()));
    }

    /** Times each call in nanoseconds after a warm-up. */
    private static long[] measure(IntConsumer work, int offset) {
        for (int i = 0; i < WARM_UP; i++) {
            work.accept(-1 - i - offset);
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            work.accept(i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static Object[] figures(String what, long[] sortedNanos) {
        return new Object[] {
            what,
            String.format(Locale.ROOT, "%.0f", perSecond(sortedNanos)),
            String.format(Locale.ROOT, "%.0f", 1e9 / sortedNanos[sortedNanos.length / 2]),
            millis(Arrays.stream(sortedNanos).average().orElse(0)),
            millis(sortedNanos[sortedNanos.length / 2]),
            millis(sortedNanos[(int) (sortedNanos.length * 0.95)])
        };
    }

    private static double perSecond(long[] nanos) {
        return nanos.length / (Arrays.stream(nanos).sum() / 1e9);
    }

    private static String millis(double nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }
}
