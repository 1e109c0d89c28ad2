package org.gflow.engine.dispatch;

import java.time.Duration;
import java.util.List;

/**
 * How a technical failure is retried: the first failure gives the task {@code retries} attempts
 * in all, each further failure uses one, waiting longer each time; when none is left Camunda
 * raises an incident carrying the failure's message.
 */
public record RetryPolicy(int retries, List<Duration> backOff) {

    /** 3 attempts, then 10 s, 1 min, 5 min apart (the last repeated if more retries are set). */
    public static RetryPolicy standard(int retries) {
        return new RetryPolicy(retries, List.of(Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMinutes(5)));
    }

    public RetryPolicy {
        if (retries < 1) {
            throw new IllegalArgumentException("gflow.dispatch.retries must be at least 1, got " + retries);
        }
        if (backOff.isEmpty()) {
            throw new IllegalArgumentException("a retry policy needs at least one back-off");
        }
        backOff = List.copyOf(backOff);
    }

    /**
     * @param taskRetries the task's retries before this attempt, null when it never failed
     * @return attempts left after this one fails (0 on the last attempt)
     */
    public int retriesLeftAfterFailure(Integer taskRetries) {
        int current = taskRetries == null ? retries : taskRetries;
        return Math.max(0, current - 1);
    }

    /** How long to wait before the attempt after the {@code failedAttempts}-th failure. */
    public Duration backOffAfter(int failedAttempts) {
        int index = Math.min(Math.max(failedAttempts, 1), backOff.size()) - 1;
        return backOff.get(index);
    }

    /** The wait before the next attempt, given the retries left after this failure; zero when none is left. */
    public Duration backOffFor(int retriesLeft) {
        return retriesLeft == 0 ? Duration.ZERO : backOffAfter(retries - retriesLeft);
    }
}
