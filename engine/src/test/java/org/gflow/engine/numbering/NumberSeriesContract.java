package org.gflow.engine.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every database under the number series must give: a number taken in a transaction that
 * rolls back is given back, and concurrent issuers — some of them rolling back — leave the
 * committed numbers 1..n without a gap or a duplicate. Each test uses a series of its own.
 */
abstract class NumberSeriesContract {

    private static final int YEAR = 2031;

    /** The database under test, with G-Flow's tables. */
    abstract DataSource dataSource();

    private NumberSeriesService numbers() {
        return new NumberSeriesService(dataSource(), Clock.systemUTC());
    }

    /** The caller's transaction, as the engine's command transaction would be. */
    private TransactionTemplate callersTransaction() {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource()));
    }

    private static String newSeries() {
        return "test-" + UUID.randomUUID();
    }

    @Test
    void aRolledBackCallerGivesItsNumberBack() {
        NumberSeriesService numbers = numbers();
        String series = newSeries();
        assertThat(numbers.next(series, YEAR, "first")).isEqualTo(1);

        // 1. a case start takes number 2 in its transaction, then fails and rolls back
        long taken = callersTransaction().execute(status -> {
            long number = numbers.next(series, YEAR, "failed-start");
            status.setRollbackOnly();
            return number;
        });
        // 2. the next case gets that number again, and nothing remembers the failed start
        assertThat(taken).isEqualTo(2);
        assertThat(numbers.next(series, YEAR, "next")).isEqualTo(2);
        assertThat(issuedCount(series)).isEqualTo(2);
    }

    @Test
    void anIssuerQueuedBehindARollbackGetsTheNumberItGaveBack() throws Exception {
        NumberSeriesService numbers = numbers();
        String series = newSeries();
        CountDownLatch firstHoldsItsNumber = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // 1. the first caller takes number 1 and keeps its transaction open
            Future<Long> first = pool.submit(() -> callersTransaction().execute(status -> {
                long number = numbers.next(series, YEAR, "rolled-back");
                firstHoldsItsNumber.countDown();
                await(secondStarted);
                status.setRollbackOnly();
                return number;
            }));
            await(firstHoldsItsNumber);
            // 2. the second caller asks meanwhile: it queues on the series' row
            Future<Long> second = pool.submit(() -> {
                secondStarted.countDown();
                return numbers.next(series, YEAR, "committed");
            });
            // 3. the first rolls back; 4. the second gets number 1, not 2
            assertThat(first.get(60, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(second.get(60, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(numbers.next(series, YEAR, "after")).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentIssuersSomeRollingBackLeaveNoGapAndNoDuplicate() throws Exception {
        NumberSeriesService numbers = numbers();
        String series = newSeries();
        int threads = 6;
        int callsEach = 20;
        List<Long> committed = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            // 1. every issuer waits at the gate, so all race for the series' first row
            List<Future<?>> issuers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                issuers.add(pool.submit(() -> {
                    await(gate);
                    for (int call = 0; call < callsEach; call++) {
                        boolean rollsBack = call % 3 == 0;
                        String caseKey = "case-" + thread + "-" + call;
                        callersTransaction().executeWithoutResult(status -> {
                            long number = numbers.next(series, YEAR, caseKey);
                            if (rollsBack) {
                                status.setRollbackOnly(); // 2. a third of the starts fail
                            } else {
                                committed.add(number);
                            }
                        });
                    }
                    return null;
                }));
            }
            gate.countDown();
            for (Future<?> issuer : issuers) {
                issuer.get(5, TimeUnit.MINUTES);
            }
            // 3. the committed numbers are exactly 1..n, and the ledger holds just those
            assertThat(committed).hasSize(threads * (callsEach - 7));
            assertThat(committed.stream().sorted().toList())
                    .containsExactlyElementsOf(
                            LongStream.rangeClosed(1, committed.size()).boxed().toList());
            assertThat(issuedCount(series)).isEqualTo(committed.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void askingAgainForTheSameCaseGivesTheSameNumber() {
        NumberSeriesService numbers = numbers();
        String series = newSeries();
        IssuedNumber first = numbers.issue(series, "case-a");
        assertThat(numbers.issue(series, "case-a")).isEqualTo(first);
        assertThat(numbers.next(series, first.year(), "case-a")).isEqualTo(first.number());
        assertThat(numbers.issue(series, "case-b").number()).isEqualTo(first.number() + 1);
    }

    private int issuedCount(String series) {
        return new JdbcTemplate(dataSource())
                .queryForObject("select count(*) from gflow_case_number where series = ?", Integer.class, series);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new AssertionError("a step of the scenario did not happen");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
