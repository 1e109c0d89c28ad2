package org.gflow.engine.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Warm-up until the JIT has settled, for benchmarks whose engine runs in the benchmark's JVM.
 * Camunda's and G-Flow's deep call chains keep the compiler busy for tens of thousands of requests,
 * and on two cores its threads take CPU from the work measured: in the plugin benchmark both paths'
 * rates doubled between the first and the tenth 3,000 cases. A fixed short warm-up measures the
 * compiler, and whichever path it finished first. Settled: a round's compiling took under a
 * twentieth of the round's time.
 */
public final class JitWarmUp {

    /** One unrecorded round of the benchmark's own work. */
    @FunctionalInterface
    public interface Round {
        void run() throws Exception;
    }

    /** Rounds at most, when the compiler does not settle sooner (short rounds may never show it idle). */
    static final int MAX_ROUNDS = 12;

    private JitWarmUp() {}

    /** How a benchmark's note says it warmed up, after {@code rounds} of its warm-up. */
    public static String described(int rounds) {
        return rounds + " warm-up rounds (until a round's JIT compiling took under 5% of its time, at most "
                + MAX_ROUNDS + ")";
    }

    /** Runs rounds until one leaves the compiler nearly idle, or {@link #MAX_ROUNDS}; how many ran. */
    public static int untilSettled(Round round) throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        for (int rounds = 1; ; rounds++) {
            long compiledBefore = jit.getTotalCompilationTime();
            long start = System.nanoTime();
            round.run();
            long roundMillis = (System.nanoTime() - start) / 1_000_000;
            if (rounds == MAX_ROUNDS || (jit.getTotalCompilationTime() - compiledBefore) * 20 < roundMillis) {
                return rounds;
            }
        }
    }
}
