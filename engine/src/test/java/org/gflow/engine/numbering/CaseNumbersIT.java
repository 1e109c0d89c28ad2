package org.gflow.engine.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.gflow.engine.EngineIT;
import org.gflow.plugin.api.NumberSeries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Registry numbers: per series and year, no gaps, no duplicates, however many ask at once. */
class CaseNumbersIT extends EngineIT {

    @Autowired
    NumberSeries numbers;

    @Test
    void concurrentCasesGetOneToNWithoutGapsOrDuplicates() throws Exception {
        int threads = 8;
        int casesPerThread = 25;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Long>>> issued = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Callable<List<Long>> work = () -> {
                    start.await(); // 1. every thread ready, 2. all ask at the same moment
                    List<Long> mine = new ArrayList<>();
                    for (int c = 0; c < casesPerThread; c++) {
                        mine.add(numbers.next("registry-test", 2026, "case-" + thread + "-" + c));
                    }
                    return mine;
                };
                issued.add(pool.submit(work));
            }
            start.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> future : issued) {
                all.addAll(future.get());
            }
            assertThat(all)
                    .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, (long) threads * casesPerThread)
                            .boxed()
                            .toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void askingAgainForTheSameCaseGivesTheSameNumber() {
        long first = numbers.next("registry-retry", 2026, "case-a");
        long again = numbers.next("registry-retry", 2026, "case-a");
        long other = numbers.next("registry-retry", 2026, "case-b");
        assertThat(again).isEqualTo(first);
        assertThat(other).isEqualTo(first + 1);
    }

    @Test
    void eachYearAndSeriesStartsAtOne() {
        assertThat(numbers.next("registry-moic-test", 2030, "x")).isEqualTo(1);
        assertThat(numbers.next("registry-mtc-test", 2030, "x")).isEqualTo(1);
        assertThat(numbers.next("registry-moic-test", 2031, "x")).isEqualTo(1);
    }
}
