package org.gflow.engine.testing;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/**
 * Waiting by condition in the engine's tests. The ceiling is generous on purpose: a test waits
 * only as long as the condition takes, and the ceiling is reached only when something is broken,
 * never because the machine is busy. How fast things happen is measured by the benchmarks.
 */
public final class Eventually {

    /** The longest any test waits for asynchronous engine work (dispatch, jobs, plugin installs). */
    public static final Duration CEILING = Duration.ofMinutes(2);

    private Eventually() {}

    /** Polls until the condition holds; fails, naming {@code what}, after {@link #CEILING}. */
    public static void eventually(String what, Callable<Boolean> condition) {
        Awaitility.await(what)
                .atMost(CEILING)
                .pollInterval(Duration.ofMillis(50))
                .until(condition);
    }

    /**
     * Polls from the first moment, every {@code poll}, until the condition holds; fails after
     * {@code ceiling}. For waits longer or finer than a test's: a benchmark's whole round, or a
     * plugin swap it times to the millisecond.
     */
    public static void eventually(String what, Duration ceiling, Duration poll, Callable<Boolean> condition) {
        Awaitility.await(what)
                .atMost(ceiling)
                .pollDelay(Duration.ZERO)
                .pollInterval(poll)
                .until(condition);
    }

    /** Asks until the answer is {@code done}, and returns that answer; fails after {@code ceiling}. */
    public static <T> T eventually(
            String what, Duration ceiling, Duration poll, Callable<T> ask, Predicate<? super T> done) {
        return Awaitility.await(what)
                .atMost(ceiling)
                .pollDelay(Duration.ZERO)
                .pollInterval(poll)
                .until(ask, done);
    }
}
