package org.gflow.engine.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.gflow.engine.documents.archive.SerialNumbers;
import org.gflow.engine.documents.layout.DocumentKind;
import org.gflow.engine.numbering.NumberSeriesService;
import org.gflow.engine.testing.GFlowDatabase;
import org.gflow.engine.testing.PostgresServer;
import org.junit.jupiter.api.Test;

/**
 * The documents' migration and serials on a real PostgreSQL 15, where row locks and the first
 * insert of a year race differently from H2: eight takers, 50 serials each, released at once
 * on a year no one has used, never share a serial and leave no hole.
 */
class ConcurrentIssuingPostgresIT {

    private static final int THREADS = 8;
    private static final int EACH = 50;

    @Test
    void serialsStayUniqueOnPostgres() throws Exception {
        // 1. a fresh server with the documents' tables
        try (PostgresServer server = PostgresServer.start();
                HikariDataSource dataSource = GFlowDatabase.migrated(server.jdbcUrl(), PostgresServer.USER)) {
            SerialNumbers serials = new SerialNumbers(new NumberSeriesService(dataSource, Clock.systemUTC()));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                // 2. every taker waits at the gate, so all race for the year's first row
                List<Future<List<String>>> takers = new ArrayList<>();
                for (int thread = 0; thread < THREADS; thread++) {
                    Callable<List<String>> work = () -> {
                        start.await();
                        return IntStream.range(0, EACH)
                                .mapToObj(n -> serials.next(DocumentKind.LETTER, 2031, "task-" + UUID.randomUUID()))
                                .toList();
                    };
                    takers.add(pool.submit(work));
                }
                // 3. release them together and collect
                start.countDown();
                List<String> taken = new ArrayList<>();
                for (Future<List<String>> taker : takers) {
                    taken.addAll(taker.get());
                }
                // 4. 400 distinct serials, 1..400
                assertThat(taken).hasSize(THREADS * EACH).doesNotHaveDuplicates();
                assertThat(taken.stream()
                                .map(serial -> Integer.parseInt(serial.substring(serial.lastIndexOf('-') + 1)))
                                .sorted())
                        .containsExactlyElementsOf(
                                IntStream.rangeClosed(1, THREADS * EACH).boxed().toList());
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
