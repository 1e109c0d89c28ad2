package org.gflow.engine.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.gflow.engine.documents.archive.ArchivedDocument;
import org.gflow.engine.documents.archive.DatabasePdfStore;
import org.gflow.engine.testing.GFlowDatabase;
import org.junit.jupiter.api.Test;

/**
 * Eight issuers, 25 certificates each, all released at once: every certificate gets its own
 * serial, the serials of the year run 1 to 200 without a hole, and each reads back intact.
 */
class ConcurrentIssuingTest {

    private static final int THREADS = 8;
    private static final int EACH = 25;

    @Test
    void concurrentIssuersNeverShareASerial() throws Exception {
        // 1. one archive, one service, shared by all issuers
        DataSource dataSource = GFlowDatabase.create();
        DocumentService service = DocumentServiceTest.service(dataSource, DatabasePdfStore::new, Clock.systemUTC());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            // 2. each issuer waits at the gate, then issues its certificates for its own tasks
            List<Future<List<String>>> issuers = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int issuer = thread;
                Callable<List<String>> work = () -> {
                    start.await();
                    return IntStream.range(0, EACH)
                            .mapToObj(n -> service.issue(
                                            DocumentServiceTest.certificateRequest("task-" + issuer + "-" + n))
                                    .document()
                                    .serial())
                            .toList();
                };
                issuers.add(pool.submit(work));
            }
            // 3. release them together
            start.countDown();
            List<String> serials = new ArrayList<>();
            for (Future<List<String>> issuer : issuers) {
                serials.addAll(issuer.get());
            }

            // 4. 200 distinct serials, 1..200 of this year
            assertThat(serials).hasSize(THREADS * EACH).doesNotHaveDuplicates();
            assertThat(serials.stream()
                            .map(serial -> Integer.parseInt(serial.substring(serial.lastIndexOf('-') + 1)))
                            .sorted())
                    .containsExactlyElementsOf(
                            IntStream.rangeClosed(1, THREADS * EACH).boxed().toList());
            // 5. the fonts are shared by all renderers: documents made side by side still read right
            for (int issuer = 0; issuer < THREADS; issuer++) {
                ArchivedDocument last = service.archive()
                        .byTask("task-" + issuer + "-" + (EACH - 1))
                        .orElseThrow();
                assertThat(Poppler.text(service.archive().pdf(last)))
                        .contains(DocumentSamples.HOLDER, last.serial(), last.code());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
