package org.gflow.engine.dispatch;

import java.time.Duration;

/**
 * How the in-process dispatch runs.
 *
 * @param workers how many tasks run at once ({@code gflow.dispatch.workers})
 * @param callTimeout the time limit of one call ({@code gflow.dispatch.call-timeout})
 * @param retries attempts a failing task gets in all ({@code gflow.dispatch.retries})
 * @param safetyPoll how often idle workers look for work nobody told them about, e.g. created on
 *                   another engine node ({@code gflow.dispatch.safety-poll})
 * @param workerId the Camunda worker id of this node's locks
 */
public record DispatchSettings(int workers, Duration callTimeout, RetryPolicy retryPolicy, Duration safetyPoll, String workerId) {

    /** Room left after the time limit to report the outcome before the lock runs out. */
    static final Duration LOCK_MARGIN = Duration.ofSeconds(30);

    public DispatchSettings {
        if (workers < 1) {
            throw new IllegalArgumentException("gflow.dispatch.workers must be at least 1, got " + workers);
        }
    }

    /** The lock is longer than a call may take, so no other worker gets a task still being worked. */
    long lockMillis() {
        return callTimeout.plus(LOCK_MARGIN).toMillis();
    }
}
